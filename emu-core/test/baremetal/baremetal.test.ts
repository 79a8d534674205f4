// EL1 behaviour checked against qemu-system-aarch64 -M virt: every program in programs/ is built
// once, run in QEMU and in our core, and the console output and exit code must be identical.
// Each program ends by printing "done" and exiting 0, so two runs that fail alike still fail.
import { describe, it, expect } from 'vitest';
import { buildProgram } from './build.ts';
import { runQemu } from './qemu.ts';
import { runOurs } from './ours.ts';
import { PROGRAMS } from './programs/index.ts';

describe('bare-metal programs: our core vs qemu-system-aarch64 -M virt', () => {
  for (const spec of PROGRAMS) {
    it(spec.name, async () => {
      const elf = buildProgram(spec);
      const qemu = runQemu(elf, spec.qemuCpu);
      expect(qemu.output, 'QEMU run did not finish the program').toMatch(/\ndone\n$/);
      expect(qemu.exitCode).toBe(0);
      const ours = await runOurs(elf, spec.maxInstructions);
      expect(ours.output).toBe(qemu.output);
      expect(ours.exitCode).toBe(qemu.exitCode);
    });
  }
});
