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
  readonly #openQuickAdd: () => void;

  /** `openQuickAdd` opens quick add on pages without a quick-add box of their own. */
  constructor(showHelp: () => void, openQuickAdd: () => void) {
    this.#showHelp = showHelp;
    this.#openQuickAdd = openQuickAdd;
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
        if (!this.#focus(event, 'quick-add')) {
          event.preventDefault();
          this.#openQuickAdd();
        }
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

  #focus(event: KeyboardEvent, id: string): boolean {
    const field = document.getElementById(id);
    if (!field) return false;
    event.preventDefault();
    field.focus();
    return true;
  }
}
