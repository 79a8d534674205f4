// Completeness exploration (`npm run diff -- --holes N`): random words that no line of our
// table matches (we raise UNDEF for them) are run under qemu-aarch64 -cpu cortex-a57. Every
// word QEMU executes is an ARMv8.0 (+crypto/CRC) instruction missing from the table, or an
// encoding QEMU accepts beyond the architecture. Not a test: a report, grouped by LLVM's
// mnemonic, in test-results/diff-holes.txt.
import { spawnSync } from 'node:child_process';
import { allPatterns } from '../../isa/index.ts';
import { ID_UNALLOC } from '../../isa/ids.ts';
import { matches } from '../../isa/table.ts';
import { DATA, SIGILL, SIGALRM } from './layout.ts';
import { OurMachine } from './ours.ts';
import type { TestCase } from './protocol.ts';
import { runQemu } from './qemu.ts';
import { Rng } from './rng.ts';

/** SVC would make a random system call inside the harness: never generated. */
const SVC_MASK = 0xffe0001f;
const SVC_VALUE = 0xd4000001;

export interface HoleGroup {
  mnemonic: string;
  count: number;
  examples: { word: number; text: string }[];
}

export interface HoleReport {
  sampled: number;
  executed: number;
  groups: HoleGroup[];
}

/**
 * Every X register points into the middle of the data buffer, so a load or store with any
 * immediate offset stays inside the test region or faults on unmapped memory near it.
 */
function holeCase(word: number, rng: Rng): TestCase {
  const v = new Uint8Array(512);
  for (let i = 0; i < 512; i++) v[i] = rng.below(256);
  return {
    insns: [word],
    dataSeed: 1,
    state: { x: Array.from({ length: 31 }, () => BigInt(DATA + 0x1000)), sp: BigInt(DATA + 0x1000), nzcv: 0, fpcr: 0, fpsr: 0, tpidr: 0n, v },
  };
}

/** LLVM's text for each word (undefined when LLVM calls it invalid). */
function llvmTexts(words: number[]): Map<number, string> {
  const input = words.map((w) => [0, 8, 16, 24].map((s) => '0x' + ((w >>> s) & 0xff).toString(16)).join(' ')).join('\n');
  const r = spawnSync('llvm-mc', ['--disassemble', '--show-encoding', '-triple=aarch64', '-mattr=+v8a,+lse,+crc,+aes,+sha2,+fp-armv8,+neon'], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const out = new Map<number, string>();
  for (const line of r.stdout?.split('\n') ?? []) {
    const m = line.match(/^\s*(.*?)\s*\/\/ encoding: \[0x(..),0x(..),0x(..),0x(..)\]/);
    if (!m) continue;
    const w = (parseInt(m[2], 16) | (parseInt(m[3], 16) << 8) | (parseInt(m[4], 16) << 16) | (parseInt(m[5], 16) << 24)) >>> 0;
    out.set(w, m[1].replace(/\s+/, ' '));
  }
  return out;
}

export async function exploreHoles(n: number, seed: string, log: (s: string) => void = () => {}): Promise<HoleReport> {
  const m = await OurMachine.create();
  const pats = allPatterns();
  const rng = new Rng(`${seed}/holes`);
  const words: number[] = [];
  while (words.length < n) {
    const w = rng.u32();
    if (((w & SVC_MASK) >>> 0) === SVC_VALUE) continue;
    if (m.cpu.decodeId(w) !== ID_UNALLOC) continue;
    if (pats.some((p) => matches(p, w))) continue; // an UNALLOC line: tested as its own target
    words.push(w);
  }
  log(`holes: ${n} words our table does not decode; running them under QEMU`);
  const outcomes = await runQemu(words.map((w) => holeCase(w, rng)), 'v8.0');
  const executed = words.filter((_, i) => outcomes[i].signo !== SIGILL && outcomes[i].signo !== SIGALRM);
  const texts = llvmTexts(executed);
  const groups = new Map<string, HoleGroup>();
  for (const w of executed) {
    const text = texts.get(w) ?? '(LLVM: invalid encoding)';
    const mnemonic = text.split(' ')[0];
    const g = groups.get(mnemonic) ?? { mnemonic, count: 0, examples: [] };
    g.count++;
    if (g.examples.length < 3) g.examples.push({ word: w, text });
    groups.set(mnemonic, g);
  }
  return { sampled: n, executed: executed.length, groups: [...groups.values()].sort((a, b) => b.count - a.count) };
}

export function holesText(r: HoleReport, seed: string): string {
  const lines = [
    `# Words our decode table does not match that qemu-aarch64 -cpu cortex-a57 executes (seed ${seed})`,
    `# ${r.sampled} random undecoded words sampled, ${r.executed} executed by QEMU: missing instructions, or`,
    `# encodings QEMU accepts beyond ARMv8.0. Grouped by LLVM's mnemonic; count, then examples.`,
  ];
  for (const g of r.groups) {
    const ex = g.examples.map((e) => `0x${e.word.toString(16).padStart(8, '0')} ${e.text}`).join('; ');
    lines.push(`${String(g.count).padStart(6)}  ${g.mnemonic.padEnd(12)} ${ex}`);
  }
  return lines.join('\n') + '\n';
}
