// Bytes the application wrote that the peer has not acknowledged yet, from SND.UNA on:
// a list of chunks, read by offset when (re)transmitting, dropped from the front on ACK.

export class SendQueue {
  private chunks: Uint8Array[] = [];
  /** Bytes of chunks[0] already acknowledged. */
  private head = 0;
  /** Bytes held (acknowledged ones excluded). */
  length = 0;

  push(data: Uint8Array): void {
    if (data.length === 0) return;
    this.chunks.push(data);
    this.length += data.length;
  }

  /** Copy of up to `len` bytes starting `offset` bytes after SND.UNA. */
  read(offset: number, len: number): Uint8Array {
    len = Math.max(0, Math.min(len, this.length - offset));
    const out = new Uint8Array(len);
    let skip = offset + this.head;
    let filled = 0;
    for (const c of this.chunks) {
      if (filled === len) break;
      if (skip >= c.length) {
        skip -= c.length;
        continue;
      }
      const n = Math.min(c.length - skip, len - filled);
      out.set(c.subarray(skip, skip + n), filled);
      filled += n;
      skip = 0;
    }
    return out;
  }

  /** Drop `n` acknowledged bytes from the front. */
  drop(n: number): void {
    n = Math.min(n, this.length);
    this.length -= n;
    while (n > 0) {
      const first = this.chunks[0];
      const left = first.length - this.head;
      if (n < left) {
        this.head += n;
        return;
      }
      n -= left;
      this.chunks.shift();
      this.head = 0;
    }
  }

  clear(): void {
    this.chunks = [];
    this.head = 0;
    this.length = 0;
  }
}
