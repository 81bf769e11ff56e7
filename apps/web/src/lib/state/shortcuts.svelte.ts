import { goto } from '$app/navigation';

const GO_TO: Record<string, string> = { d: '/dashboard', p: '/projects', t: '/tasks' };

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Single-key shortcuts of the app; ignored while typing in a field or with a modifier held. */
export class Shortcuts {
  #awaitingGoTo = false;
  readonly #showHelp: () => void;

  constructor(showHelp: () => void) {
    this.#showHelp = showHelp;
  }

  handle = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
    if (this.#awaitingGoTo) {
      this.#awaitingGoTo = false;
      const path = GO_TO[event.key];
      if (path) {
        event.preventDefault();
        void goto(path);
      }
      return;
    }
    switch (event.key) {
      case 'q':
      case 'n':
        this.#focus(event, 'quick-add');
        break;
      case '/':
        this.#focus(event, 'app-search');
        break;
      case 'g':
        this.#awaitingGoTo = true;
        break;
      case '?':
        event.preventDefault();
        this.#showHelp();
        break;
    }
  };

  #focus(event: KeyboardEvent, id: string): void {
    const field = document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    field.focus();
  }
}
