// Module `halt`: the guest stops with an exit status. A non-zero cookie points at up to
// 512 bytes the guest leaves for the host (Solo5 guests pass their trap frame on abort);
// the monitor keeps a copy in the exit report.
//   halt { u64 cookie @0, i32 exit_status @8 }

import { Hc, HALT_SIZE, HALT_COOKIE_MAX } from '../abi.ts';
import type { HvtContext } from '../context.ts';
import { hex } from '../errors.ts';
import { always, HvtModule } from './module.ts';

function halt(vm: HvtContext, arg: bigint): void {
  const at = vm.mem.checkedGpa(arg, BigInt(HALT_SIZE));
  const cookie = vm.mem.u64(at, 0);
  const status = vm.mem.i32(at, 8);
  vm.trace?.(`cookie=${hex(cookie)} exit_status=${status}`);
  let saved: Uint8Array | undefined;
  if (cookie !== 0n) saved = vm.mem.read(vm.mem.checkedGpa(cookie, BigInt(HALT_COOKIE_MAX)), HALT_COOKIE_MAX);
  vm.halt(status, saved);
}

export const haltModule: HvtModule = {
  name: 'halt',
  wanted: always,
  hypercalls: [[Hc.Halt, halt]],
};
