// The floating-point decode table (isa/fp.ts, isa/simd-fp.ts) against an independent decoder:
// LLVM's disassembler for ARMv8.0-A + FP + AdvSIMD (no FP16 arithmetic).
//   1. every word our table decodes to an FP pattern disassembles to that mnemonic;
//   2. every word of the FP/AdvSIMD encoding space that LLVM calls an FP instruction of
//      ours decodes, in our table, to a pattern of that mnemonic (nothing missing).
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { allPatterns } from '../isa/index.ts';
import { buildTree, evalTree } from '../gen/tree.ts';
import { type Pattern, UNALLOC } from '../isa/table.ts';

const FP_SECTIONS = new Set(['fp', 'simd-fp']);

/** LLVM's mnemonic for each word ('<unknown>' when it rejects the encoding). */
function llvmMnemonics(words: number[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'ukplay-fpdec-'));
  try {
    writeFileSync(join(dir, 'a.s'), words.map((w) => `.inst 0x${(w >>> 0).toString(16)}`).join('\n') + '\n');
    execFileSync('llvm-mc', ['-triple=aarch64', '-filetype=obj', '-o', join(dir, 'a.o'), join(dir, 'a.s')]);
    const out = execFileSync('llvm-objdump', ['-d', '--mattr=+v8a,+fp-armv8,+neon', join(dir, 'a.o')], {
      maxBuffer: 1 << 28,
    }).toString();
    const res: string[] = [];
    for (const line of out.split('\n')) {
      const m = line.match(/^\s*[0-9a-f]+:\s+(?:[0-9a-f]{2} ){4}\s*(\S+)/);
      if (m) res.push(m[1]);
    }
    if (res.length !== words.length) throw new Error(`objdump gave ${res.length} lines for ${words.length} words`);
    return res;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Our mnemonic for a pattern: the first word of its format, without the "{two:Q}" suffix. */
function ourMnemonic(p: Pattern, word: number): string {
  const head = p.format.split(/\s+/)[0];
  const q = (word >>> 30) & 1;
  return head.replace('{two:Q}', q ? '2' : '');
}

// A small deterministic generator, so a failure names a reproducible word.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
}

describe('FP decode table vs LLVM', () => {
  const pats = allPatterns();
  const tree = buildTree(pats);
  const fpPats = pats.filter((p) => FP_SECTIONS.has(p.section) && p.name !== UNALLOC);

  it('decodes each FP pattern to the mnemonic LLVM gives', () => {
    const next = rng(12345);
    const words: number[] = [];
    const owners: Pattern[] = [];
    for (const p of fpPats) {
      let found = 0;
      for (let tries = 0; tries < 400 && found < 40; tries++) {
        const w = ((next() & ~p.mask) | p.value) >>> 0;
        if (evalTree(tree, w) !== p) continue; // a more specific line (or a reserved hole) owns it
        words.push(w);
        owners.push(p);
        found++;
      }
      expect(found, `${p.name}: no word decodes to it`).toBeGreaterThan(0);
    }
    const llvm = llvmMnemonics(words);
    const bad: string[] = [];
    words.forEach((w, k) => {
      const want = ourMnemonic(owners[k], w);
      if (llvm[k] !== want) bad.push(`${owners[k].name} 0x${w.toString(16)}: llvm '${llvm[k]}', ours '${want}'`);
    });
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('misses no FP instruction of the AdvSIMD/FP encoding space', () => {
    const ourNames = new Set(fpPats.map((p) => p.format.split(/\s+/)[0].replace('{two:Q}', '')));
    const next = rng(777);
    const words: number[] = [];
    // op0 = x111 (bits 28:25): the scalar FP and AdvSIMD space. Bias towards bit patterns of
    // the FP groups: half of the words get bit 28 and the "floating-point" bits set.
    for (let k = 0; k < 60000; k++) {
      let w = (next() & ~(0x7 << 25)) | (0x7 << 25);
      if (k & 1) w = (w | (1 << 28)) >>> 0;
      words.push(w >>> 0);
    }
    const llvm = llvmMnemonics(words);
    const bad: string[] = [];
    let checked = 0;
    words.forEach((w, k) => {
      const m = llvm[k].replace(/2$/, '');
      if (!ourNames.has(m) && !ourNames.has(llvm[k])) return;
      // FMOV (vector, immediate) is an AdvSIMD modified-immediate instruction: not ours.
      if (m === 'fmov' && (w & 0x9ff80400) === 0x0f000400) return;
      // Integer instructions sharing a mnemonic root with ours do not exist; everything left
      // must decode to one of our lines with that mnemonic.
      checked++;
      const p = evalTree(tree, w);
      const ours = p && FP_SECTIONS.has(p.section) ? ourMnemonic(p, w) : p?.name ?? 'UNALLOC';
      if (ours !== llvm[k]) bad.push(`0x${w.toString(16)}: llvm '${llvm[k]}', ours '${ours}'`);
    });
    expect(checked).toBeGreaterThan(1000);
    expect(bad.slice(0, 20)).toEqual([]);
  });
});
