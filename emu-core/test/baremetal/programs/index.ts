// The bare-metal programs run in QEMU and in our core by baremetal.test.ts; the output of both
// must be identical. Add a program: a .c file here (see ../README.md) and a line below.
import type { ProgramSpec } from '../build.ts';

export const PROGRAMS: ProgramSpec[] = [
  { name: 'hello', sources: ['hello.c'] },
  { name: 'exceptions', sources: ['exceptions.c'] },
  { name: 'el0', sources: ['el0.c'] },
  { name: 'illegal', sources: ['illegal.c'] },
  { name: 'mmu-walk', sources: ['mmu-walk.c', 'mmu-common.c'] },
  { name: 'mmu-perm', sources: ['mmu-perm.c', 'mmu-common.c'] },
  { name: 'at', sources: ['at.c', 'mmu-common.c'] },
  { name: 'dczva', sources: ['dczva.c', 'mmu-common.c'] },
  { name: 'tlbi', sources: ['tlbi.c', 'mmu-common.c'] },
  { name: 'icivau', sources: ['icivau.c', 'mmu-common.c'] },
  { name: 'timer', sources: ['timer.c'] },
  { name: 'sysregs', sources: ['sysregs.c'] },
  { name: 'fp-libm', sources: ['fp-libm.c'], libc: true, fp: true, mmuAtStart: true },
];
