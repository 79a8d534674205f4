// The fixed table of hypercall modules, in the order they are set up, and the per-machine
// hypercall table built from the modules a manifest needs.

import { HC_MAX } from '../abi.ts';
import type { HypercallHandler } from '../context.ts';
import type { Manifest } from '../manifest.ts';
import { blockModule } from './block.ts';
import { clockModule } from './clock.ts';
import { consoleModule } from './console.ts';
import { haltModule } from './halt.ts';
import type { HvtModule } from './module.ts';
import { netModule } from './net.ts';
import { pollModule } from './poll.ts';

export type { HvtModule } from './module.ts';

export const MODULES: readonly HvtModule[] = [consoleModule, clockModule, pollModule, blockModule, netModule, haltModule];

export function modulesFor(manifest: Manifest): HvtModule[] {
  return MODULES.filter((m) => m.wanted(manifest));
}

export interface HypercallSlot {
  nr: number;
  module: string;
  handler: HypercallHandler;
}

/** Slot n holds the handler of hypercall n, or nothing: the guest's attack surface. */
export function hypercallTable(modules: readonly HvtModule[]): Array<HypercallSlot | undefined> {
  const table: Array<HypercallSlot | undefined> = new Array(HC_MAX).fill(undefined);
  for (const m of modules) {
    for (const [nr, handler] of m.hypercalls) {
      if (table[nr]) throw new Error(`hypercall ${nr} registered twice`);
      table[nr] = { nr, module: m.name, handler };
    }
  }
  return table;
}
