// Classic pcap files (the format tcpdump, Wireshark and tshark read), LINKTYPE_ETHERNET.
//
//   global header (24 bytes, little-endian):
//   0          4        6        8          12        16        20
//   ┌──────────┬────────┬────────┬──────────┬─────────┬─────────┬──────────┐
//   │ a1b2c3d4 │ major 2│ minor 4│ thiszone │ sigfigs │ snaplen │ linktype │
//   └──────────┴────────┴────────┴──────────┴─────────┴─────────┴──────────┘
//   then per frame a 16-byte record header and the frame:
//   ┌──────────┬──────────┬──────────┬──────────┬──────── ─ ─
//   │ ts_sec   │ ts_usec  │ incl_len │ orig_len │ frame bytes
//   └──────────┴──────────┴──────────┴──────────┴──────── ─ ─

export const PCAP_MAGIC = 0xa1b2c3d4;
export const LINKTYPE_ETHERNET = 1;
export const PCAP_SNAPLEN = 65535;
export const PCAP_HEADER_LEN = 24;
export const PCAP_RECORD_HEADER_LEN = 16;

export function pcapHeader(): Uint8Array {
  const h = new DataView(new ArrayBuffer(PCAP_HEADER_LEN));
  h.setUint32(0, PCAP_MAGIC, true);
  h.setUint16(4, 2, true);
  h.setUint16(6, 4, true);
  h.setInt32(8, 0, true);
  h.setUint32(12, 0, true);
  h.setUint32(16, PCAP_SNAPLEN, true);
  h.setUint32(20, LINKTYPE_ETHERNET, true);
  return new Uint8Array(h.buffer);
}

/** One record: `timeMs` since the Unix epoch, the frame (cut at the snap length). */
export function pcapRecord(timeMs: number, frame: Uint8Array): Uint8Array {
  const incl = Math.min(frame.length, PCAP_SNAPLEN);
  const out = new Uint8Array(PCAP_RECORD_HEADER_LEN + incl);
  const v = new DataView(out.buffer);
  const usecTotal = Math.max(0, Math.round(timeMs * 1000));
  v.setUint32(0, Math.floor(usecTotal / 1_000_000), true);
  v.setUint32(4, usecTotal % 1_000_000, true);
  v.setUint32(8, incl, true);
  v.setUint32(12, frame.length, true);
  out.set(frame.subarray(0, incl), PCAP_RECORD_HEADER_LEN);
  return out;
}

/** A whole file from timestamped frames. */
export function encodePcap(frames: Iterable<{ timeMs: number; frame: Uint8Array }>): Uint8Array {
  const parts: Uint8Array[] = [pcapHeader()];
  let n = PCAP_HEADER_LEN;
  for (const f of frames) {
    const r = pcapRecord(f.timeMs, f.frame);
    parts.push(r);
    n += r.length;
  }
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
