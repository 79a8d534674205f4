// Builds a bare-metal test program (runtime + the program's sources) with clang and ld.lld into
// an ELF at 0x4008_0000, cached on disk by the content of every input and flag.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
export const RUNTIME_DIR = join(here, 'runtime');
export const PROGRAMS_DIR = join(here, 'programs');
const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'ukplay-baremetal');

const PICOLIBC = '/usr/lib/picolibc/aarch64-linux-gnu';
const LIBGCC = '/usr/lib/gcc-cross/aarch64-linux-gnu/12/libgcc.a';

export interface ProgramSpec {
  /** Also the test's name. */
  name: string;
  /** C or assembly (.S) files in programs/. */
  sources: string[];
  /** Extra compiler flags for the program's sources (not the runtime's). */
  cflags?: string[];
  /** Turn on the runtime's identity MMU map before main (needed for picolibc: unaligned accesses). */
  mmuAtStart?: boolean;
  /** Link picolibc's libc.a and libm.a (and libgcc.a for the 128-bit helpers printf needs). */
  libc?: boolean;
  /**
   * Let the compiler use FP/SIMD registers in the program's sources (the runtime never does).
   * Exception hooks in such a program must not touch FP/SIMD: the vectors do not save them.
   */
  fp?: boolean;
  /** qemu-system-aarch64 -cpu model (default cortex-a53: ARMv8.0, 40-bit PA like our core). */
  qemuCpu?: string;
  /** Instructions our core may run before the test fails (default 50 M). */
  maxInstructions?: number;
}

const RUNTIME_SOURCES = ['start.S', 'vectors.S', 'rt.c'];

function baseFlags(fp = false): string[] {
  return [
    '--target=aarch64-none-elf', '-march=armv8-a+crc', '-O2', '-g0',
    '-ffreestanding', '-fno-pic', '-fno-stack-protector', '-fno-asynchronous-unwind-tables',
    // The vectors do not save FP/SIMD registers; the MMU may be off (Device memory: no
    // unaligned accesses).
    ...(fp ? [] : ['-mgeneral-regs-only']), '-mstrict-align',
    '-Wall', '-Werror', `-I${RUNTIME_DIR}`,
  ];
}

function libcFlags(): string[] {
  const resource = execFileSync('clang', ['-print-resource-dir']).toString().trim();
  return ['-nostdinc', '-isystem', join(PICOLIBC, 'include'), '-isystem', join(resource, 'include')];
}

/** Build `spec` and return the path of its ELF. Throws with the compiler's message on errors. */
export function buildProgram(spec: ProgramSpec): string {
  const rtFlags = [...baseFlags(), ...(spec.mmuAtStart ? ['-DRT_MMU_AT_START'] : [])];
  const progFlags = [...baseFlags(spec.fp), ...(spec.libc ? libcFlags() : []), ...(spec.cflags ?? [])];
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ spec, rtFlags, progFlags }));
  for (const f of readdirSync(RUNTIME_DIR).sort()) hash.update(f + '\0' + readFileSync(join(RUNTIME_DIR, f)));
  for (const f of spec.sources) hash.update(f + '\0' + readFileSync(join(PROGRAMS_DIR, f)));
  const elf = join(cacheDir, `${spec.name}-${hash.digest('hex').slice(0, 24)}.elf`);
  if (existsSync(elf)) return elf;

  mkdirSync(cacheDir, { recursive: true });
  const work = join(tmpdir(), `ukplay-bm-${process.pid}-${spec.name}`);
  mkdirSync(work, { recursive: true });
  try {
    const objects: string[] = [];
    const compile = (src: string, flags: string[]) => {
      const obj = join(work, `${objects.length}.o`);
      execFileSync('clang', [...flags, '-c', src, '-o', obj], { stdio: ['ignore', 'pipe', 'pipe'] });
      objects.push(obj);
    };
    for (const f of RUNTIME_SOURCES) compile(join(RUNTIME_DIR, f), rtFlags);
    for (const f of spec.sources) compile(join(PROGRAMS_DIR, f), progFlags);
    const libs = spec.libc ? [join(PICOLIBC, 'lib', 'libc.a'), join(PICOLIBC, 'lib', 'libm.a'), LIBGCC] : [];
    const out = join(work, 'prog.elf');
    execFileSync('ld.lld', ['-static', '-T', join(RUNTIME_DIR, 'link.ld'), '-o', out, ...objects, ...libs], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    renameSync(out, elf);
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    throw new Error(`building ${spec.name} failed:\n${err.stderr?.toString() ?? err.message}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return elf;
}
