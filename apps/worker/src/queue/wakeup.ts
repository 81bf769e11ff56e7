/** Wakes the claim loop early: on NOTIFY, when a slot frees, on stop. A wake that comes while the loop is busy is kept. */
export class Wakeup {
  private pending = false;
  private resolve: (() => void) | null = null;

  notify(): void {
    if (this.resolve) {
      this.resolve();
      this.resolve = null;
    } else {
      this.pending = true;
    }
  }

  /** Resolves on the next notify (or a kept one), or after timeoutMs. */
  wait(timeoutMs: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.resolve = null;
        resolve();
      }, timeoutMs);
      this.resolve = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
