// The bare-metal programs run in QEMU and in our core by baremetal.test.ts; the output of both
// must be identical. Add a program: a .c file here (see ../README.md) and a line below.
import type { ProgramSpec } from '../build.ts';

export const PROGRAMS: ProgramSpec[] = [
  { name: 'hello', sources: ['hello.c'] },
  { name: 'exceptions', sources: ['exceptions.c'] },
  { name: 'el0', sources: ['el0.c'] },
];
