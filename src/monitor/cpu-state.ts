// The CPU state an hvt guest starts in (hvt-abi.md §2): EL1h with interrupts masked, the MMU
// on with the monitor's tables, FP enabled, x0 = boot info, SP at the top of RAM.

import type { Cpu } from '../core/cpu.ts';
import {
  BOOT_INFO_BASE, INIT_CPACR, INIT_MAIR, INIT_PSTATE, INIT_SCTLR, INIT_TCR, INIT_TTBR0, STACK_TOP_OFFSET,
} from './abi.ts';

export function setInitialCpuState(cpu: Cpu, entry: number, memSize: number): void {
  cpu.pstate = INIT_PSTATE; // EL1h first, so that `sp` below is SP_EL1
  for (let r = 0; r < 31; r++) cpu.setX(r, 0n);
  cpu.setX(0, BigInt(BOOT_INFO_BASE));
  cpu.sp = BigInt(memSize - STACK_TOP_OFFSET);
  cpu.setSysreg('CPACR_EL1', INIT_CPACR);
  cpu.setSysreg('MAIR_EL1', INIT_MAIR);
  cpu.setSysreg('TCR_EL1', INIT_TCR);
  cpu.setSysreg('TTBR0_EL1', INIT_TTBR0);
  cpu.setSysreg('SCTLR_EL1', INIT_SCTLR); // last: the MMU comes on with everything in place
  cpu.pc = BigInt(entry);
}
