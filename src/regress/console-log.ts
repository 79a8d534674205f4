// A boot's console as the regression runners see it: the guest's bytes exactly as written
// (for golden files), their text (for patterns), and waiters for patterns to appear in order.
// Monitor messages (a refused image, a guest stopped by the monitor) are appended as
// `ukplay: MESSAGE` lines, as the CLI prints them, so the catalog's expectations and the
// golden files see the same thing a user of `ukplay run` sees.

export const MONITOR_PREFIX = 'ukplay: ';

export class ConsoleLog {
  private chunks: Uint8Array[] = [];
  private size = 0;
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });
  private textValue = '';
  private waiters: Array<() => void> = [];
  private closed = false;

  /** Guest console bytes. */
  push(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.chunks.push(bytes.slice());
    this.size += bytes.length;
    this.textValue += this.decoder.decode(bytes, { stream: true });
    this.wake();
  }

  /** A line from the monitor, on a line of its own. */
  monitorLine(message: string): void {
    const text = this.textValue;
    const sep = text === '' || text.endsWith('\n') ? '' : '\n';
    this.push(new TextEncoder().encode(`${sep}${MONITOR_PREFIX}${message}\n`));
  }

  /** No more output will come (the machine exited): waiters give up. */
  close(): void {
    this.closed = true;
    this.wake();
  }

  get text(): string {
    return this.textValue;
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  /** How many of `patterns`, matched in order as checkOutput does, have appeared. */
  matchedInOrder(patterns: readonly string[]): number {
    return countInOrder(this.textValue, patterns);
  }

  /**
   * Resolves true once the first `count` patterns have appeared in order, false if the log
   * closes first or `abort` fires.
   */
  async waitFor(patterns: readonly string[], count: number, abort: AbortSignal): Promise<boolean> {
    // One abort listener for the whole wait (not one per chunk of output: a chatty guest
    // would pile them up).
    let wakeWaiter: (() => void) | undefined;
    const onAbort = () => wakeWaiter?.();
    abort.addEventListener('abort', onAbort, { once: true });
    try {
      for (;;) {
        if (this.matchedInOrder(patterns) >= count) return true;
        if (this.closed || abort.aborted) return false;
        await new Promise<void>((resolve) => {
          this.waiters.push(resolve);
          wakeWaiter = resolve;
        });
      }
    } finally {
      abort.removeEventListener('abort', onAbort);
    }
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}

/** How many of `patterns` match `text` in order (each from the end of the previous match). */
export function countInOrder(text: string, patterns: readonly string[]): number {
  let from = 0;
  let n = 0;
  for (const p of patterns) {
    const re = new RegExp(p, 'mg');
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) break;
    from = m.index + m[0].length;
    n++;
  }
  return n;
}
