// IPv4 headers (RFC 791), as the host stack reads and writes them.
//
//   header at ETH_HEADER_LEN (20 bytes without options):
//   0        1        2                 4                 6     8     9      10         12       16       20
//   ┌────────┬────────┬─────────────────┬─────────────────┬─────┬─────┬──────┬──────────┬────────┬────────┐
//   │ver|IHL │ DSCP/EC│ total length    │ identification  │flags│ TTL │proto │ checksum │ src IP │ dst IP │
//   │ 4 | 5+ │        │ header+payload  │                 │+frag│     │1/6.. │          │        │        │
//   └────────┴────────┴─────────────────┴─────────────────┴─────┴─────┴──────┴──────────┴────────┴────────┘
//   flags+fragment offset (16 bits): 0 reserved, DF (0x4000), MF (0x2000), offset in 8-byte units.

import { internetChecksum } from './checksum.ts';
import { ETH_HEADER_LEN } from './ethernet.ts';
import { Ip4, readIp4, writeIp4 } from './ipv4-address.ts';

export const IPV4_HEADER_LEN = 20;
export const PROTO_ICMP = 1;
export const PROTO_TCP = 6;
export const PROTO_UDP = 17;
export const FLAG_DF = 0x4000;
export const FLAG_MF = 0x2000;
export const FRAG_OFFSET_MASK = 0x1fff;
export const DEFAULT_TTL = 64;

export interface Ipv4Header {
  headerLen: number;
  totalLen: number;
  id: number;
  /** Flags and fragment offset, as on the wire. */
  fragment: number;
  ttl: number;
  protocol: number;
  src: Ip4;
  dst: Ip4;
}

/** Why a frame's IPv4 packet was not accepted (each is a counter). */
export type Ipv4Problem = 'truncated' | 'bad-version' | 'bad-header-length' | 'bad-total-length' | 'bad-checksum' | 'fragment';

/**
 * The IPv4 header of an Ethernet frame, or why it is unusable. The payload is
 * frame[ETH_HEADER_LEN + headerLen, ETH_HEADER_LEN + totalLen): Ethernet padding past
 * totalLen is not part of it.
 */
export function parseIpv4(frame: Uint8Array): Ipv4Header | Ipv4Problem {
  const p = ETH_HEADER_LEN;
  if (frame.length < p + IPV4_HEADER_LEN) return 'truncated';
  if (frame[p] >> 4 !== 4) return 'bad-version';
  const headerLen = (frame[p] & 0x0f) * 4;
  if (headerLen < IPV4_HEADER_LEN || p + headerLen > frame.length) return 'bad-header-length';
  const totalLen = (frame[p + 2] << 8) | frame[p + 3];
  if (totalLen < headerLen || p + totalLen > frame.length) return 'bad-total-length';
  if (internetChecksum(frame, p, headerLen) !== 0) return 'bad-checksum';
  const fragment = (frame[p + 6] << 8) | frame[p + 7];
  // This stack never reassembles: a fragment (more to come, or not the first) is refused.
  if (fragment & (FLAG_MF | FRAG_OFFSET_MASK)) return 'fragment';
  return {
    headerLen,
    totalLen,
    id: (frame[p + 4] << 8) | frame[p + 5],
    fragment,
    ttl: frame[p + 8],
    protocol: frame[p + 9],
    src: readIp4(frame, p + 12),
    dst: readIp4(frame, p + 16),
  };
}

/** Fill a 20-byte header (no options) at ETH_HEADER_LEN of `frame`, with its checksum. */
export function writeIpv4Header(
  frame: Uint8Array,
  h: { payloadLen: number; id: number; protocol: number; src: Ip4; dst: Ip4; dontFragment?: boolean; ttl?: number },
): void {
  const p = ETH_HEADER_LEN;
  const total = IPV4_HEADER_LEN + h.payloadLen;
  frame[p] = 0x45;
  frame[p + 1] = 0;
  frame[p + 2] = total >> 8;
  frame[p + 3] = total & 0xff;
  frame[p + 4] = (h.id >> 8) & 0xff;
  frame[p + 5] = h.id & 0xff;
  frame[p + 6] = h.dontFragment ? FLAG_DF >> 8 : 0;
  frame[p + 7] = 0;
  frame[p + 8] = h.ttl ?? DEFAULT_TTL;
  frame[p + 9] = h.protocol;
  frame[p + 10] = 0;
  frame[p + 11] = 0;
  writeIp4(frame, p + 12, h.src);
  writeIp4(frame, p + 16, h.dst);
  const sum = internetChecksum(frame, p, IPV4_HEADER_LEN);
  frame[p + 10] = sum >> 8;
  frame[p + 11] = sum & 0xff;
}

/** Sum of the pseudo-header that TCP and UDP checksums cover (RFC 793 §3.1). */
export function pseudoHeaderSum(src: Ip4, dst: Ip4, protocol: number, length: number): number {
  return (src >>> 16) + (src & 0xffff) + (dst >>> 16) + (dst & 0xffff) + protocol + length;
}
