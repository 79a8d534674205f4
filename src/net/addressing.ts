// How machines get their IPv4 addresses: the guests' convention (guests/README.md,
// guests/sdk/lwip): `ip=A.B.C.D` on the command line (default 10.0.0.2), netmask /24,
// gateway `gw=` (default 10.0.0.1), which is where the host stack sits. Several machines on
// one switch need distinct addresses: the network hands out 10.0.0.2, .3, ... and
// `withGuestIp` rewrites (or adds) the `ip=` argument of a command line.

import { formatIp4, Ip4, parseIp4 } from './ipv4-address.ts';

export const SUBNET = parseIp4('10.0.0.0')!;
export const NETMASK_BITS = 24;
export const HOST_IP = parseIp4('10.0.0.1')!;
export const DEFAULT_GUEST_IP = parseIp4('10.0.0.2')!;
/** Locally administered, fixed so that captures and replays are stable. */
export const HOST_MAC = new Uint8Array([0x02, 0x75, 0x6b, 0x00, 0x00, 0x01]);

/** The `ip=` of a guest command line (words separated by spaces), or the default. */
export function guestIpFromCmdline(cmdline: string | readonly string[]): Ip4 | undefined {
  const words = typeof cmdline === 'string' ? cmdline.split(/\s+/) : cmdline.flatMap((a) => a.split(/\s+/));
  const arg = words.find((w) => w.startsWith('ip='));
  if (arg === undefined) return DEFAULT_GUEST_IP;
  return parseIp4(arg.slice(3));
}

/** `cmdline` with its `ip=` set to `ip` (added at the end if absent). */
export function withGuestIp(cmdline: string, ip: Ip4): string {
  const words = cmdline.split(/\s+/).filter(Boolean);
  const text = `ip=${formatIp4(ip)}`;
  const i = words.findIndex((w) => w.startsWith('ip='));
  if (i >= 0) words[i] = text;
  else words.push(text);
  return words.join(' ');
}

/** Whether `ip` is a usable host address of the subnet (not the network, broadcast or host stack). */
export function isGuestAddress(ip: Ip4): boolean {
  const mask = (0xffff_ffff << (32 - NETMASK_BITS)) >>> 0;
  const hostPart = ip & ~mask;
  return ((ip & mask) >>> 0) === SUBNET && hostPart !== 0 && hostPart !== (~mask >>> 0) && ip !== HOST_IP;
}

/** The lowest guest address not in `used`. */
export function freeGuestIp(used: Iterable<Ip4>): Ip4 | undefined {
  const taken = new Set(used);
  for (let h = 2; h < 255; h++) {
    const ip = (SUBNET + h) >>> 0;
    if (!taken.has(ip)) return ip;
  }
  return undefined;
}
