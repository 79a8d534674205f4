// The CLI's virtual network (src/net): `--net:NAME=switch` puts a NIC on this process's
// switch, where the host stack sits at 10.0.0.1 (the guests' gateway); the guest's address
// is its `ip=` argument (default 10.0.0.2). `--forward=HOSTPORT:GUESTPORT` relays every TCP
// connection to 127.0.0.1:HOSTPORT to the guest's GUESTPORT through the host stack;
// `--pcap=FILE` writes every frame crossing the switch to FILE.
//
// The network lives as long as its NICs: it closes (forwarders and capture with it) when
// the last NIC's port closes, which the monitor does when the machine stops.

import { guestIpFromCmdline } from '../net/addressing.ts';
import { formatIp4, Ip4 } from '../net/ipv4-address.ts';
import { Network } from '../net/network.ts';
import { Forwarder, parseForward, startForward } from '../net/node/forward.ts';
import { PcapFileWriter } from '../net/node/pcap-file.ts';
import type { SwitchPort } from '../net/switch.ts';
import { LoadError } from '../monitor/errors.ts';
import { registerRunOption, RunConfig, UsageError } from './args.ts';
import { registerNetBackend } from './net-backends.ts';

interface Session {
  network: Network;
  nics: Array<{ name: string; ip: Ip4; port: SwitchPort }>;
  pcap?: PcapFileWriter;
}

let session: Session | undefined;

function endSession(s: Session): void {
  s.pcap?.close();
  s.network.close();
  if (session === s) session = undefined;
}

registerNetBackend({
  scheme: 'switch',
  usage: "switch      the virtual switch of this process, with a host stack at 10.0.0.1; the guest's address is its ip= argument (default 10.0.0.2)",
  create: (arg, ctx) => {
    if (arg !== undefined) throw new Error(`'switch' takes no argument`);
    const ip = guestIpFromCmdline(ctx.args);
    if (ip === undefined) throw new Error(`the guest's ip= argument is not an IPv4 address`);
    let s = session;
    if (!s) {
      const created: Session = (s = session = { network: new Network(), nics: [] });
      created.network.onMachineDown = () => {
        if (created.nics.every((n) => !n.port.isAttached)) endSession(created);
      };
    }
    const port = s.network.attach(ctx.name, { ip });
    s.nics.push({ name: ctx.name, ip, port });
    return port;
  },
});

const FORWARDS = '--forward';
const PCAP = '--pcap';

function requireSession(option: string): Session {
  if (!session) throw new LoadError(`${option} needs a network device on the virtual switch (--net:NAME=switch)`);
  return session;
}

registerRunOption({
  syntax: '--forward=HOSTPORT:GUESTPORT',
  help: "relay TCP connections to 127.0.0.1:HOSTPORT to the guest's GUESTPORT (needs --net:NAME=switch; repeatable)",
  parse: (arg) => {
    if (!arg.startsWith('--forward=')) return undefined;
    const spec = parseForward(arg.slice(10));
    if (!spec) throw new UsageError(`Malformed argument to --forward (expected HOSTPORT:GUESTPORT): '${arg.slice(10)}'`);
    return (cfg: RunConfig) => {
      const list = (cfg.extra.get(FORWARDS) as Array<{ hostPort: number; guestPort: number }> | undefined) ?? [];
      list.push(spec);
      cfg.extra.set(FORWARDS, list);
    };
  },
  start: async (cfg) => {
    const list = cfg.extra.get(FORWARDS) as Array<{ hostPort: number; guestPort: number }> | undefined;
    if (!list) return;
    const s = requireSession('--forward');
    const nic = s.nics[0];
    const forwarders: Forwarder[] = [];
    try {
      for (const f of list) forwarders.push(await startForward(s.network.stack, { ...f, guestIp: nic.ip }));
    } catch (e) {
      for (const f of forwarders) void f.close();
      throw new LoadError(`--forward: ${(e as Error).message} (guest ${formatIp4(nic.ip)})`);
    }
    return () => {
      for (const f of forwarders) void f.close();
    };
  },
});

registerRunOption({
  syntax: '--pcap=FILE',
  help: 'write every frame on the virtual switch to FILE (pcap, for tshark/wireshark; needs --net:NAME=switch)',
  parse: (arg) => {
    if (!arg.startsWith('--pcap=')) return undefined;
    const file = arg.slice(7);
    if (!file) throw new UsageError('Malformed argument to --pcap (no file)');
    return (cfg: RunConfig) => void cfg.extra.set(PCAP, file);
  },
  start: (cfg) => {
    const file = cfg.extra.get(PCAP) as string | undefined;
    if (file === undefined) return;
    const s = requireSession('--pcap');
    try {
      s.pcap = new PcapFileWriter(file, s.network.switch);
    } catch (e) {
      throw new LoadError(`--pcap: ${(e as Error).message}`);
    }
    const pcap = s.pcap;
    return () => pcap.close();
  },
});
