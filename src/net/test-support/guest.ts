// Running catalog guests (public/guests/*.hvt) on a Network in this process, for the tests
// that talk to real lwIP: boot, wait for a console line, stop.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCoreModuleSync } from '../../core/load-node.ts';
import { MemoryBlockBackend } from '../../monitor/block-backend.ts';
import { parseImage } from '../../monitor/image.ts';
import { Machine } from '../../monitor/machine.ts';
import type { MachineExit } from '../../monitor/machine-types.ts';
import type { Network } from '../network.ts';

export const GUESTS_DIR = join(import.meta.dirname, '..', '..', '..', 'public', 'guests');

export interface RunningGuest {
  machine: Machine;
  exit: Promise<MachineExit>;
  console(): string;
  /** Resolves when the console matches `re`; rejects if the machine exits first. */
  waitFor(re: RegExp): Promise<RegExpMatchArray>;
  stop(): Promise<MachineExit>;
}

export interface GuestSpec {
  image: string;
  /** Name on the network. */
  name: string;
  ip: string;
  args?: string[];
  memMiB?: number;
  /** Bytes of an in-memory disk for the device 'storage'. */
  storage?: number;
}

export async function startGuest(net: Network, spec: GuestSpec): Promise<RunningGuest> {
  const bytes = readFileSync(join(GUESTS_DIR, spec.image));
  const image = parseImage(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), spec.image);
  let text = '';
  const waiters: Array<() => void> = [];
  const port = net.attach(spec.name, { ip: spec.ip });
  const machine = await Machine.create(loadCoreModuleSync(), image, {
    memBytes: (spec.memMiB ?? 32) << 20,
    args: [`ip=${spec.ip}`, 'gw=10.0.0.1', ...(spec.args ?? [])],
    nets: { service0: { port } },
    blocks: spec.storage ? { storage: { backend: new MemoryBlockBackend(spec.storage) } } : {},
    onConsole: (b) => {
      text += new TextDecoder().decode(b);
      for (const w of waiters.splice(0)) w();
    },
  });
  const exit = machine.run();
  void exit.then(() => {
    for (const w of waiters.splice(0)) w();
  });
  return {
    machine,
    exit,
    console: () => text,
    async waitFor(re) {
      for (;;) {
        const m = text.match(re);
        if (m) return m;
        if (machine.exit) throw new Error(`${spec.name} exited (${machine.exit.reason}) before printing ${re}:\n${text}`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    stop: () => machine.stop(),
  };
}
