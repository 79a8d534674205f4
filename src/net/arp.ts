// ARP for IPv4 over Ethernet (RFC 826): the packet format and the host's cache.
//
//   payload at ETH_HEADER_LEN (28 bytes):
//   0      2      4    5    6      8           14          18          24          28
//   ┌──────┬──────┬────┬────┬──────┬───────────┬───────────┬───────────┬───────────┐
//   │ htype│ ptype│hlen│plen│  op  │ sender MAC│ sender IP │ target MAC│ target IP │
//   │  =1  │0x0800│ =6 │ =4 │ 1|2  │           │           │           │           │
//   └──────┴──────┴────┴────┴──────┴───────────┴───────────┴───────────┴───────────┘

import { BROADCAST_MAC, ETH_HEADER_LEN, ETHERTYPE_ARP, buildFrame } from './ethernet.ts';
import { Ip4, readIp4, writeIp4 } from './ipv4-address.ts';

export const ARP_LEN = 28;
export const ARP_REQUEST = 1;
export const ARP_REPLY = 2;

export interface ArpPacket {
  op: number;
  senderMac: Uint8Array;
  senderIp: Ip4;
  targetMac: Uint8Array;
  targetIp: Ip4;
}

/** The ARP packet in an Ethernet frame; undefined if it is not Ethernet/IPv4 ARP. */
export function parseArp(frame: Uint8Array): ArpPacket | undefined {
  const p = ETH_HEADER_LEN;
  if (frame.length < p + ARP_LEN) return undefined;
  const htype = (frame[p] << 8) | frame[p + 1];
  const ptype = (frame[p + 2] << 8) | frame[p + 3];
  if (htype !== 1 || ptype !== 0x0800 || frame[p + 4] !== 6 || frame[p + 5] !== 4) return undefined;
  const op = (frame[p + 6] << 8) | frame[p + 7];
  if (op !== ARP_REQUEST && op !== ARP_REPLY) return undefined;
  return {
    op,
    senderMac: frame.slice(p + 8, p + 14),
    senderIp: readIp4(frame, p + 14),
    targetMac: frame.slice(p + 18, p + 24),
    targetIp: readIp4(frame, p + 24),
  };
}

export function buildArp(ethDst: Uint8Array, a: ArpPacket): Uint8Array {
  const frame = buildFrame(ethDst, a.senderMac, ETHERTYPE_ARP, ARP_LEN);
  const p = ETH_HEADER_LEN;
  frame.set([0, 1, 0x08, 0x00, 6, 4, 0, a.op], p);
  frame.set(a.senderMac.subarray(0, 6), p + 8);
  writeIp4(frame, p + 14, a.senderIp);
  frame.set(a.targetMac.subarray(0, 6), p + 18);
  writeIp4(frame, p + 24, a.targetIp);
  return frame;
}

export function buildArpRequest(myMac: Uint8Array, myIp: Ip4, targetIp: Ip4): Uint8Array {
  return buildArp(BROADCAST_MAC, { op: ARP_REQUEST, senderMac: myMac, senderIp: myIp, targetMac: new Uint8Array(6), targetIp });
}

/** How the cache resolves: entries live this long, requests are retried this often. */
export interface ArpTiming {
  entryTtlMs: number;
  retryMs: number;
  tries: number;
  /** Packets held per unresolved address (older ones are dropped first). */
  maxPending: number;
}

export const ARP_TIMING: ArpTiming = { entryTtlMs: 300_000, retryMs: 1000, tries: 3, maxPending: 64 };
