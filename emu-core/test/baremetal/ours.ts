// Runs a bare-metal program in our core, set up like QEMU's virt board as far as the programs
// can tell: RAM from 0x4000_0000, the PL011 data register at 0x0900_0000 (the MMIO window: a
// store there is a console byte), the GIC range as plain RAM (the timer drives the IRQ line
// itself), EL1h with the MMU off at the ELF entry, semihosting SYS_EXIT on HLT #0xF000,
// deterministic time (16 instructions per tick, WFI skips to the next timer event).
import { readFileSync } from 'node:fs';
import { Cpu, Exit, EXIT_NAMES } from '../../../src/core/cpu.ts';
import { loadCoreModuleSync } from '../../../src/core/load-node.ts';
import type { RunResult } from './qemu.ts';

export const RAM_END = 0x5000_0000; // 256 MiB above 0x4000_0000, as QEMU's -m 256M
export const UART_BASE = 0x0900_0000n;
const UART_DR = UART_BASE;
const SEMIHOSTING_HLT = 0xf000;
const SYS_EXIT = 0x18n;
const ADP_STOPPED_APPLICATION_EXIT = 0x20026n;
const SLICE = 1_000_000;

export interface OursResult extends RunResult {
  retired: bigint;
}

/** Copy the PT_LOAD segments of an ELF64 little-endian AArch64 image into RAM; returns the entry. */
export function loadElf(cpu: Cpu, image: Uint8Array): bigint {
  const v = new DataView(image.buffer, image.byteOffset, image.byteLength);
  const magic = v.getUint32(0, false);
  if (magic !== 0x7f454c46 || image[4] !== 2 || image[5] !== 1 || v.getUint16(18, true) !== 183) {
    throw new Error('not an ELF64 little-endian AArch64 image');
  }
  const phoff = Number(v.getBigUint64(32, true));
  const phentsize = v.getUint16(54, true);
  const phnum = v.getUint16(56, true);
  for (let i = 0; i < phnum; i++) {
    const p = phoff + i * phentsize;
    if (v.getUint32(p, true) !== 1) continue; // PT_LOAD
    const off = Number(v.getBigUint64(p + 8, true));
    const paddr = Number(v.getBigUint64(p + 24, true));
    const filesz = Number(v.getBigUint64(p + 32, true));
    const memsz = Number(v.getBigUint64(p + 40, true));
    cpu.writePhys(paddr, image.subarray(off, off + filesz));
    if (memsz > filesz) cpu.writePhys(paddr + filesz, new Uint8Array(memsz - filesz));
  }
  return v.getBigUint64(24, true);
}

export async function runOurs(elf: string, maxInstructions = 50_000_000): Promise<OursResult> {
  const cpu = await Cpu.create(loadCoreModuleSync(), {
    ramBytes: RAM_END,
    mmioBase: UART_BASE,
    mmioSize: 0x1000n,
    deterministic: true,
  });
  cpu.pc = loadElf(cpu, readFileSync(elf));
  cpu.pstate = 0x3c5n; // EL1h, DAIF masked
  cpu.hltExits = true;
  const out: number[] = [];
  const done = (exitCode: number): OursResult => ({ output: Buffer.from(out).toString('latin1'), exitCode, retired: cpu.retired });
  const state = () =>
    `pc 0x${cpu.pc.toString(16)}, ESR 0x${cpu.sysreg('ESR_EL1').toString(16)}, ELR 0x${cpu.sysreg('ELR_EL1').toString(16)}, ` +
    `FAR 0x${cpu.sysreg('FAR_EL1').toString(16)}; output so far:\n${done(-1).output}`;
  for (;;) {
    const before = cpu.retired;
    const exit = cpu.run(SLICE);
    switch (exit) {
      case Exit.Budget:
        // A whole slice without one retired instruction: exceptions on every fetch.
        if (cpu.retired === before) throw new Error(`stuck taking an exception on every instruction: ${state()}`);
        if (cpu.retired > BigInt(maxInstructions)) throw new Error(`no exit after ${maxInstructions} instructions: ${state()}`);
        break;
      case Exit.MmioWrite:
        if (cpu.mmio.addr === UART_DR) out.push(Number(cpu.mmio.value & 0xffn));
        break; // other PL011 registers: configuration, ignored
      case Exit.MmioRead:
        break; // reads as zero (UARTFR = 0: never busy, never full)
      case Exit.Wfi: {
        const ticks = cpu.timerTicksLeft();
        if (ticks === undefined) throw new Error(`WFI with no timer armed at pc 0x${cpu.pc.toString(16)}: the program would sleep forever`);
        cpu.advanceIdle(ticks);
        break;
      }
      case Exit.Hlt: {
        const imm = (cpu.readU32(Number(cpu.translate(cpu.pc - 4n, 'exec', 1).pa ?? 0n)) >> 5) & 0xffff;
        if (imm !== SEMIHOSTING_HLT) throw new Error(`HLT #0x${imm.toString(16)} is not a semihosting call (QEMU: UNDEFINED): ${state()}`);
        if (cpu.getX(0) !== SYS_EXIT) throw new Error(`unsupported semihosting call 0x${cpu.getX(0).toString(16)}`);
        const walk = cpu.translate(cpu.getX(1), 'read', 1);
        if (!walk.ok) throw new Error('semihosting SYS_EXIT block is not mapped');
        const reason = cpu.readU64(Number(walk.pa!));
        const code = cpu.readU64(Number(walk.pa!) + 8);
        if (reason !== ADP_STOPPED_APPLICATION_EXIT) throw new Error(`semihosting exit reason 0x${reason.toString(16)}`);
        return done(Number(BigInt.asIntN(32, code)));
      }
      default:
        throw new Error(`our core stopped: ${EXIT_NAMES[exit]}: ${state()}`);
    }
  }
}
