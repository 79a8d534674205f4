// Module `clock`: the walltime hypercall. (The monotonic clock is CNTVCT_EL0, read by the
// guest without a hypercall.)
//   walltime { u64 nsecs @0 (out) }

import { Hc, WALLTIME_SIZE } from '../abi.ts';
import type { HvtContext } from '../context.ts';
import { always, HvtModule } from './module.ts';

function walltime(vm: HvtContext, arg: bigint): void {
  const at = vm.mem.checkedGpa(arg, BigInt(WALLTIME_SIZE));
  const ns = vm.walltimeNs();
  vm.mem.setU64(at, 0, ns);
  vm.trace?.(`nsecs=${ns}`);
}

export const clockModule: HvtModule = {
  name: 'clock',
  wanted: always,
  hypercalls: [[Hc.Walltime, walltime]],
};
