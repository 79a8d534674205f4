// What page code can read of the playground's machines, next to window.ukplay.fetch: a
// machine's console exactly as the guest wrote it (the terminal wraps and trims lines, so its
// text is not that), and its state and exit. The browser regression suite checks catalog
// guests through these (e2e/catalog-runner.ts; docs/regression-testing.md).
//
//   window.ukplay.console(name)  -> Uint8Array | undefined   (the last 4 MiB of the main machine's console)
//   window.ukplay.machine(name)  -> { id, state, exit?, crashed? } | undefined   (a reset brings a new id)
//   window.ukplay.loadError()    -> string | undefined       (the monitor's words for a refused boot)

import type { Playground } from './controller.ts';
import type { MachineEntry } from './state/store.ts';
import type { MachineStatus } from '../worker/api.ts';

export interface PageMachine {
  /** A reset boots a new machine under the same name, with a new id. */
  id: number;
  /** 'starting' until the first status arrives. */
  state: MachineStatus['state'] | 'starting';
  exit?: MachineStatus['exit'];
  /** The machine's worker died, or the monitor refused to create it (its words). */
  crashed?: string;
}

export function installPageApi(playground: Playground): void {
  const byName = (name: string): MachineEntry | undefined =>
    Object.values(playground.store.getState().machines).find((m) => m.name === name);
  const w = window as unknown as { ukplay?: Record<string, unknown> };
  w.ukplay = {
    ...w.ukplay,
    console: (name: string): Uint8Array | undefined => {
      const m = byName(name);
      return m && playground.sink(m.id)?.bytes().bytes;
    },
    machine: (name: string): PageMachine | undefined => {
      const m = byName(name);
      return m && { id: m.id, state: m.status?.state ?? 'starting', exit: m.status?.exit, crashed: m.crashed };
    },
    loadError: (): string | undefined => playground.store.getState().loadError,
  };
}
