// One line per frame for the packet log, in the spirit of tcpdump's: protocol, addresses and
// the fields that matter (ARP question and answer, ICMP echo id/seq, TCP flags, sequence
// numbers, window and length). Works on any bytes: what cannot be parsed says so.

import { ARP_REQUEST, parseArp } from './arp.ts';
import { ETH_HEADER_LEN, ETHERTYPE_ARP, ETHERTYPE_IPV4, ETHERTYPE_IPV6, etherType, formatMac } from './ethernet.ts';
import { ICMP_DEST_UNREACHABLE, ICMP_ECHO_REPLY, ICMP_ECHO_REQUEST } from './icmp.ts';
import { formatIp4, readIp4 } from './ipv4-address.ts';
import { parseIpv4, PROTO_ICMP, PROTO_TCP, PROTO_UDP } from './ipv4.ts';
import { flagNames, parseTcp } from './tcp/segment.ts';

export type Protocol = 'ARP' | 'ICMP' | 'TCP' | 'UDP' | 'IPv4' | 'IPv6' | 'Ethernet';

export interface FrameSummary {
  protocol: Protocol;
  /** Addresses as text: IP(:port) when there is IP, else MAC. */
  src: string;
  dst: string;
  info: string;
  /** TCP ports, for grouping a connection's frames. */
  ports?: [number, number];
}

export function summarizeFrame(frame: Uint8Array): FrameSummary {
  if (frame.length < ETH_HEADER_LEN) return { protocol: 'Ethernet', src: '?', dst: '?', info: `runt frame (${frame.length} bytes)` };
  const srcMac = formatMac(frame, 6);
  const dstMac = formatMac(frame, 0);
  const type = etherType(frame);
  if (type === ETHERTYPE_ARP) {
    const a = parseArp(frame);
    if (!a) return { protocol: 'ARP', src: srcMac, dst: dstMac, info: 'malformed ARP' };
    const info = a.op === ARP_REQUEST ? `who has ${formatIp4(a.targetIp)}? tell ${formatIp4(a.senderIp)}` : `${formatIp4(a.senderIp)} is at ${formatMac(a.senderMac)}`;
    return { protocol: 'ARP', src: srcMac, dst: dstMac, info };
  }
  if (type === ETHERTYPE_IPV6) return { protocol: 'IPv6', src: srcMac, dst: dstMac, info: 'IPv6 (not handled)' };
  if (type !== ETHERTYPE_IPV4) return { protocol: 'Ethernet', src: srcMac, dst: dstMac, info: `ethertype 0x${type.toString(16).padStart(4, '0')}` };
  const h = parseIpv4(frame);
  if (typeof h === 'string') {
    const src = frame.length >= ETH_HEADER_LEN + 20 ? formatIp4(readIp4(frame, ETH_HEADER_LEN + 12)) : srcMac;
    const dst = frame.length >= ETH_HEADER_LEN + 20 ? formatIp4(readIp4(frame, ETH_HEADER_LEN + 16)) : dstMac;
    return { protocol: 'IPv4', src, dst, info: `bad IPv4 packet (${h})` };
  }
  const src = formatIp4(h.src);
  const dst = formatIp4(h.dst);
  const payload = frame.subarray(ETH_HEADER_LEN + h.headerLen, ETH_HEADER_LEN + h.totalLen);
  if (h.protocol === PROTO_ICMP) {
    if (payload.length < 8) return { protocol: 'ICMP', src, dst, info: 'truncated ICMP' };
    const id = (payload[4] << 8) | payload[5];
    const seq = (payload[6] << 8) | payload[7];
    const kind =
      payload[0] === ICMP_ECHO_REQUEST ? 'echo request' : payload[0] === ICMP_ECHO_REPLY ? 'echo reply' : payload[0] === ICMP_DEST_UNREACHABLE ? 'destination unreachable' : `type ${payload[0]}`;
    const ids = payload[0] === ICMP_ECHO_REQUEST || payload[0] === ICMP_ECHO_REPLY ? ` id=${id} seq=${seq}, ${payload.length - 8} bytes` : '';
    return { protocol: 'ICMP', src, dst, info: `${kind}${ids}` };
  }
  if (h.protocol === PROTO_TCP) {
    const t = parseTcp(payload, h.src, h.dst);
    if (typeof t === 'string') return { protocol: 'TCP', src, dst, info: `bad TCP segment (${t})` };
    const mss = t.mss !== undefined ? ` mss=${t.mss}` : '';
    return {
      protocol: 'TCP',
      src: `${src}:${t.srcPort}`,
      dst: `${dst}:${t.dstPort}`,
      info: `[${flagNames(t.flags)}] seq=${t.seq} ack=${t.ack} win=${t.window} len=${t.data.length}${mss}`,
      ports: [t.srcPort, t.dstPort],
    };
  }
  if (h.protocol === PROTO_UDP) return { protocol: 'UDP', src, dst, info: `UDP, ${payload.length} bytes` };
  return { protocol: 'IPv4', src, dst, info: `protocol ${h.protocol}, ${payload.length} bytes` };
}

/** The text of an HTTP request or status line at the start of a TCP payload, if there is one. */
export function httpFirstLine(frame: Uint8Array): string | undefined {
  const h = parseIpv4(frame);
  if (typeof h === 'string' || h.protocol !== PROTO_TCP) return undefined;
  const payload = frame.subarray(ETH_HEADER_LEN + h.headerLen, ETH_HEADER_LEN + h.totalLen);
  const t = parseTcp(payload, h.src, h.dst);
  if (typeof t === 'string' || t.data.length < 8) return undefined;
  const end = t.data.indexOf(13);
  const line = String.fromCharCode(...t.data.subarray(0, Math.min(end < 0 ? 120 : end, 120)));
  return /^(HTTP\/1\.[01] \d{3}|[A-Z]+ \S+ HTTP\/1\.[01])/.test(line) ? line : undefined;
}
