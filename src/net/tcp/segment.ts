// TCP segments (RFC 9293 §3.1): header parsing with the checksum over the IPv4 pseudo-header,
// and building a whole Ethernet frame for an outgoing segment.
//
//   at the IPv4 payload:
//   0         2         4          8          12     13     14       16         18         20
//   ┌─────────┬─────────┬──────────┬──────────┬──────┬──────┬────────┬──────────┬──────────┬──────── ─ ─
//   │ src port│ dst port│ sequence │ ack      │offset│flags │ window │ checksum │ urgent   │ options, data
//   │         │         │          │          │ <<4  │CWR..F│        │          │ pointer  │
//   └─────────┴─────────┴──────────┴──────────┴──────┴──────┴────────┴──────────┴──────────┴──────── ─ ─
//   Options: kind 0 end, 1 no-op, else kind, length, value; MSS is kind 2, length 4, u16.

import { foldCarries, sumWords } from '../checksum.ts';
import { buildFrame, ETH_HEADER_LEN, ETHERTYPE_IPV4 } from '../ethernet.ts';
import type { Ip4 } from '../ipv4-address.ts';
import { IPV4_HEADER_LEN, PROTO_TCP, pseudoHeaderSum, writeIpv4Header } from '../ipv4.ts';

export const TCP_HEADER_LEN = 20;
export const FIN = 0x01;
export const SYN = 0x02;
export const RST = 0x04;
export const PSH = 0x08;
export const ACK = 0x10;
export const URG = 0x20;

const OPT_END = 0;
const OPT_NOP = 1;
const OPT_MSS = 2;

export interface TcpSegment {
  srcPort: number;
  dstPort: number;
  seq: number;
  ack: number;
  flags: number;
  window: number;
  /** The MSS option, if the segment carries one. */
  mss?: number;
  /** The payload (a view into the frame). */
  data: Uint8Array;
}

export type TcpProblem = 'truncated' | 'bad-offset' | 'bad-checksum' | 'bad-options';

/** The TCP segment in `ip` payload bytes `payload` (a view of exactly the IPv4 payload). */
export function parseTcp(payload: Uint8Array, src: Ip4, dst: Ip4): TcpSegment | TcpProblem {
  if (payload.length < TCP_HEADER_LEN) return 'truncated';
  const offset = (payload[12] >> 4) * 4;
  if (offset < TCP_HEADER_LEN || offset > payload.length) return 'bad-offset';
  const sum = sumWords(payload, 0, payload.length, pseudoHeaderSum(src, dst, PROTO_TCP, payload.length));
  if (foldCarries(sum) !== 0xffff) return 'bad-checksum';
  const seg: TcpSegment = {
    srcPort: (payload[0] << 8) | payload[1],
    dstPort: (payload[2] << 8) | payload[3],
    seq: ((payload[4] << 24) | (payload[5] << 16) | (payload[6] << 8) | payload[7]) >>> 0,
    ack: ((payload[8] << 24) | (payload[9] << 16) | (payload[10] << 8) | payload[11]) >>> 0,
    flags: payload[13] & 0x3f,
    window: (payload[14] << 8) | payload[15],
    data: payload.subarray(offset),
  };
  for (let i = TCP_HEADER_LEN; i < offset; ) {
    const kind = payload[i];
    if (kind === OPT_END) break;
    if (kind === OPT_NOP) {
      i++;
      continue;
    }
    if (i + 1 >= offset) return 'bad-options';
    const len = payload[i + 1];
    if (len < 2 || i + len > offset) return 'bad-options';
    if (kind === OPT_MSS) {
      if (len !== 4) return 'bad-options';
      seg.mss = (payload[i + 2] << 8) | payload[i + 3];
    }
    i += len;
  }
  return seg;
}

export interface OutgoingSegment {
  srcPort: number;
  dstPort: number;
  seq: number;
  ack: number;
  flags: number;
  window: number;
  mss?: number;
  data?: Uint8Array;
}

/** A complete Ethernet frame carrying `s` from `src` to `dst`, checksums filled in. */
export function buildTcpFrame(
  ethDst: Uint8Array,
  ethSrc: Uint8Array,
  src: Ip4,
  dst: Ip4,
  ipId: number,
  s: OutgoingSegment,
): Uint8Array {
  const optLen = s.mss !== undefined ? 4 : 0;
  const dataLen = s.data ? s.data.length : 0;
  const tcpLen = TCP_HEADER_LEN + optLen + dataLen;
  const frame = buildFrame(ethDst, ethSrc, ETHERTYPE_IPV4, IPV4_HEADER_LEN + tcpLen);
  writeIpv4Header(frame, { payloadLen: tcpLen, id: ipId, protocol: PROTO_TCP, src, dst, dontFragment: true });
  const t = ETH_HEADER_LEN + IPV4_HEADER_LEN;
  frame[t] = s.srcPort >> 8;
  frame[t + 1] = s.srcPort & 0xff;
  frame[t + 2] = s.dstPort >> 8;
  frame[t + 3] = s.dstPort & 0xff;
  writeU32(frame, t + 4, s.seq);
  writeU32(frame, t + 8, s.ack);
  frame[t + 12] = ((TCP_HEADER_LEN + optLen) / 4) << 4;
  frame[t + 13] = s.flags;
  frame[t + 14] = s.window >> 8;
  frame[t + 15] = s.window & 0xff;
  if (s.mss !== undefined) {
    frame[t + 20] = OPT_MSS;
    frame[t + 21] = 4;
    frame[t + 22] = s.mss >> 8;
    frame[t + 23] = s.mss & 0xff;
  }
  if (s.data) frame.set(s.data, t + TCP_HEADER_LEN + optLen);
  const sum = ~foldCarries(sumWords(frame, t, tcpLen, pseudoHeaderSum(src, dst, PROTO_TCP, tcpLen))) & 0xffff;
  frame[t + 16] = sum >> 8;
  frame[t + 17] = sum & 0xff;
  return frame;
}

function writeU32(b: Uint8Array, off: number, v: number): void {
  b[off] = v >>> 24;
  b[off + 1] = (v >>> 16) & 0xff;
  b[off + 2] = (v >>> 8) & 0xff;
  b[off + 3] = v & 0xff;
}

export function flagNames(flags: number): string {
  const names: string[] = [];
  if (flags & SYN) names.push('SYN');
  if (flags & FIN) names.push('FIN');
  if (flags & RST) names.push('RST');
  if (flags & PSH) names.push('PSH');
  if (flags & ACK) names.push('ACK');
  if (flags & URG) names.push('URG');
  return names.join(',');
}
