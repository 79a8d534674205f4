// What `--net:NAME=VALUE` can attach a guest NIC to. A small registry, so that other parts
// (the virtual switch, host port forwarding) add their kinds without touching the parser:
//   registerNetBackend({ scheme: 'switch', usage: 'switch:NAME', create: (arg, ctx) => port })
// VALUE is `scheme` or `scheme:argument`.

import type { NetPort } from '../monitor/net-port.ts';
import { NullNetPort } from '../monitor/net-port.ts';
import { PcapSinkPort } from './pcap.ts';

export interface NetBackendContext {
  /** The manifest name of the NIC. */
  name: string;
  deterministic: boolean;
  /** The guest's arguments (the virtual switch reads the guest's address from `ip=`). */
  args: readonly string[];
}

export interface NetBackend {
  scheme: string;
  /** One line for --help, e.g. `pcap:FILE  record the guest's frames to a pcap file`. */
  usage: string;
  /** Make the port; throw an Error with a one-line message if `arg` is unusable. */
  create(arg: string | undefined, ctx: NetBackendContext): NetPort | Promise<NetPort>;
}

const backends = new Map<string, NetBackend>();

export function registerNetBackend(b: NetBackend): void {
  if (backends.has(b.scheme)) throw new Error(`net backend '${b.scheme}' registered twice`);
  backends.set(b.scheme, b);
}

export function netBackends(): NetBackend[] {
  return [...backends.values()];
}

/** Split VALUE into its scheme and argument; undefined if no backend has that scheme. */
export function findNetBackend(value: string): { backend: NetBackend; arg: string | undefined } | undefined {
  const colon = value.indexOf(':');
  const scheme = colon < 0 ? value : value.slice(0, colon);
  const backend = backends.get(scheme);
  return backend && { backend, arg: colon < 0 ? undefined : value.slice(colon + 1) };
}

registerNetBackend({
  scheme: 'none',
  usage: 'none        a cable to nowhere: frames from the guest are dropped, none arrive',
  create: (arg) => {
    if (arg !== undefined) throw new Error(`'none' takes no argument`);
    return new NullNetPort();
  },
});

registerNetBackend({
  scheme: 'pcap',
  usage: "pcap:FILE   record the guest's frames to FILE (pcap format); none arrive",
  create: (arg, ctx) => {
    if (!arg) throw new Error(`'pcap' needs a file name: pcap:FILE`);
    return new PcapSinkPort(arg, ctx.deterministic ? () => 0 : () => Date.now());
  },
});
