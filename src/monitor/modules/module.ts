// A hypercall module: a named set of hypercall handlers that a machine includes only when
// its guest's manifest needs them (the "specialized monitor" of uKVM).

import type { Hc } from '../abi.ts';
import type { HypercallHandler } from '../context.ts';
import type { Manifest } from '../manifest.ts';

export interface HvtModule {
  name: string;
  /** Whether a machine for a guest with this manifest contains the module. */
  wanted(manifest: Manifest): boolean;
  hypercalls: ReadonlyArray<readonly [Hc, HypercallHandler]>;
}

export const always = (): boolean => true;
