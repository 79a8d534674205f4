// Where a machine's console bytes land in the page: straight from its MessagePort to the
// attached xterm (never through React state), plus a bounded log so a terminal attached
// later (switching machines, saving as text) gets what came before.
//
//   worker ── MessagePort (Uint8Array chunks, null = end) ──▶ ConsoleSink ──▶ xterm.write
//                                                                  └── log (last `limit` bytes)

export interface TerminalLike {
  write(data: Uint8Array): void;
}

export class ConsoleSink {
  private chunks: Uint8Array[] = [];
  private size = 0;
  private dropped = 0;
  private terminal: TerminalLike | undefined;
  private port: MessagePort | undefined;
  /** Called once with the time of the first byte (performance.now()). */
  onFirstByte: ((ms: number) => void) | undefined;

  constructor(private readonly limit: number) {}

  /** A new port pair for a (re)started machine: the worker gets the returned port. */
  connect(): MessagePort {
    this.port?.close();
    const ch = new MessageChannel();
    this.port = ch.port1;
    ch.port1.onmessage = (e: MessageEvent) => {
      if (e.data instanceof Uint8Array) this.push(e.data);
    };
    return ch.port2;
  }

  private push(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (this.onFirstByte) {
      const f = this.onFirstByte;
      this.onFirstByte = undefined;
      f(performance.now());
    }
    this.chunks.push(bytes);
    this.size += bytes.length;
    while (this.size > this.limit && this.chunks.length > 1) {
      const old = this.chunks.shift()!;
      this.size -= old.length;
      this.dropped += old.length;
    }
    this.terminal?.write(bytes);
  }

  /** Show this machine in `terminal`: what was logged first, then live bytes. */
  attach(terminal: TerminalLike): void {
    this.terminal = terminal;
    for (const c of this.chunks) terminal.write(c);
  }

  detach(terminal: TerminalLike): void {
    if (this.terminal === terminal) this.terminal = undefined;
  }

  /** Everything logged, as one array (and how many older bytes were dropped). */
  bytes(): { bytes: Uint8Array; dropped: number } {
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return { bytes: out, dropped: this.dropped };
  }

  clear(): void {
    this.chunks = [];
    this.size = 0;
    this.dropped = 0;
  }

  close(): void {
    this.port?.close();
    this.port = undefined;
    this.terminal = undefined;
  }
}
