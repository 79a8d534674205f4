// Module `poll`: wait for input or a timeout. The wait costs no host CPU: the machine hands
// control back to the event loop until a frame arrives or the timeout passes.
//   poll { u64 timeout_nsecs @0 (relative), u64 ready_set @8 (out), i32 ret @16 (out) }
// ret = the number of handles with input (bits set in ready_set).

import { Hc, POLL_SIZE } from '../abi.ts';
import type { HvtContext } from '../context.ts';
import type { CheckedGpa } from '../memory.ts';
import { always, HvtModule } from './module.ts';

function popcount(v: bigint): number {
  let n = 0;
  for (; v !== 0n; v &= v - 1n) n++;
  return n;
}

function report(vm: HvtContext, at: CheckedGpa): void {
  const ready = vm.readySet();
  vm.mem.setU64(at, 8, ready);
  vm.mem.setI32(at, 16, popcount(ready));
  vm.trace?.(`ready_set=0x${ready.toString(16)}`);
}

function poll(vm: HvtContext, arg: bigint): void | Promise<void> {
  const at = vm.mem.checkedGpa(arg, BigInt(POLL_SIZE));
  const timeout = vm.mem.u64(at, 0);
  vm.trace?.(`timeout_nsecs=${timeout}`);
  if (timeout === 0n || vm.readySet() !== 0n) return report(vm, at);
  const waiting = vm.idle(timeout);
  if (waiting) return waiting.then(() => report(vm, at));
  report(vm, at);
}

export const pollModule: HvtModule = {
  name: 'poll',
  wanted: always,
  hypercalls: [[Hc.Poll, poll]],
};
