// Module `console`: the puts hypercall (guest console output).
//   puts { u64 data @0, u64 len @8 }

import { Hc, PUTS_SIZE } from '../abi.ts';
import type { HvtContext } from '../context.ts';
import { hex } from '../errors.ts';
import { always, HvtModule } from './module.ts';

function puts(vm: HvtContext, arg: bigint): void {
  const at = vm.mem.checkedGpa(arg, BigInt(PUTS_SIZE));
  const data = vm.mem.u64(at, 0);
  const len = vm.mem.u64(at, 8);
  vm.trace?.(`data=${hex(data)} len=${len}`);
  const buf = vm.mem.checkedGpa(data, len);
  for (const piece of vm.mem.pieces(buf, Number(len))) vm.console(piece.bytes);
  vm.addBytes(Number(len));
}

export const consoleModule: HvtModule = {
  name: 'console',
  wanted: always,
  hypercalls: [[Hc.Puts, puts]],
};
