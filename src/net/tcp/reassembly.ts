// Out-of-order data waiting for the hole before it to fill: non-overlapping byte ranges
// sorted by sequence number. Duplicates and overlaps are trimmed on the way in, so each byte
// is held once whatever the peer retransmits.

import { seqAdd, seqDiff, seqGe, seqLe, seqLt } from './seq.ts';

interface Piece {
  seq: number;
  data: Uint8Array;
}

export class Reassembly {
  private pieces: Piece[] = [];
  /** Bytes held. */
  bytes = 0;

  get size(): number {
    return this.pieces.length;
  }

  /**
   * Keep `data` starting at `seq` (beyond `rcvNxt`), only the part before `limit` (the right
   * edge of the receive window). Returns how many new bytes were kept.
   */
  insert(seq: number, data: Uint8Array, rcvNxt: number, limit: number): number {
    // Trim what is already delivered and what lies beyond the window.
    if (seqLt(seq, rcvNxt)) {
      const skip = seqDiff(rcvNxt, seq);
      if (skip >= data.length) return 0;
      data = data.subarray(skip);
      seq = rcvNxt;
    }
    const room = seqDiff(limit, seq);
    if (room <= 0) return 0;
    if (data.length > room) data = data.subarray(0, room);

    let kept = 0;
    let cursor = seq;
    let rest = data;
    const out: Piece[] = [];
    let i = 0;
    // Pieces entirely before the new data stay as they are.
    while (i < this.pieces.length && seqLe(seqAdd(this.pieces[i].seq, this.pieces[i].data.length), cursor)) out.push(this.pieces[i++]);
    // Fill the gaps between existing pieces with the new bytes.
    while (rest.length > 0) {
      const next = this.pieces[i];
      if (!next || seqGe(next.seq, seqAdd(cursor, rest.length))) {
        out.push({ seq: cursor, data: rest.slice() });
        kept += rest.length;
        break;
      }
      if (seqLt(cursor, next.seq)) {
        const gap = seqDiff(next.seq, cursor);
        out.push({ seq: cursor, data: rest.slice(0, gap) });
        kept += gap;
      }
      out.push(next);
      i++;
      const nextEnd = seqAdd(next.seq, next.data.length);
      const consumed = seqDiff(nextEnd, cursor);
      if (consumed >= rest.length) break;
      rest = rest.subarray(consumed);
      cursor = nextEnd;
    }
    while (i < this.pieces.length) out.push(this.pieces[i++]);
    this.pieces = out;
    this.bytes += kept;
    return kept;
  }

  /** Remove and return the bytes that now continue from `rcvNxt`, in order. */
  take(rcvNxt: number): Uint8Array[] {
    const out: Uint8Array[] = [];
    let next = rcvNxt;
    while (this.pieces.length) {
      const p = this.pieces[0];
      const d = seqDiff(next, p.seq);
      if (d < 0) break;
      this.pieces.shift();
      this.bytes -= p.data.length;
      if (d >= p.data.length) continue; // already delivered (cannot happen after trimming, kept safe)
      const fresh = p.data.subarray(d);
      out.push(fresh);
      next = seqAdd(next, fresh.length);
    }
    return out;
  }

  clear(): void {
    this.pieces = [];
    this.bytes = 0;
  }
}
