// The last lines a guest wrote to its console, kept for exit reports (bounded memory).

const KEEP_CHARS = 8192;
const KEEP_LINES = 20;

export class ConsoleTail {
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });
  private text = '';

  push(bytes: Uint8Array): void {
    this.text += this.decoder.decode(bytes, { stream: true });
    if (this.text.length > 2 * KEEP_CHARS) this.text = this.text.slice(-KEEP_CHARS);
  }

  /** Up to the last 20 lines (the last one may be unfinished), without line ends. */
  lines(): string[] {
    const all = this.text.slice(-KEEP_CHARS).split('\n').map((l) => l.replace(/\r$/, ''));
    if (all[all.length - 1] === '') all.pop();
    return all.slice(-KEEP_LINES);
  }
}
