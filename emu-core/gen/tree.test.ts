// The generator's decision tree must give the same answer as a plain first-match scan of the
// table (bySpecificity order), and the decoder compiled into the wasm must agree with both
// (handler ids from isa/ids.ts). Words: uniformly random ones, and words sampled from every
// line of every section (so each line's corners and carved-out holes are visited).
import { describe, expect, it } from 'vitest';
import { allPatterns } from '../isa/index.ts';
import { handlerId, namedPatterns, ID_UNALLOC } from '../isa/ids.ts';
import { bySpecificity, matches, parseSection, UNALLOC, type Pattern } from '../isa/table.ts';
import { buildTree, evalTree, treeStats } from './tree.ts';
import { emitTree, handlerModules, missingHandlers } from './generate.ts';
import { prng, sampleWords, testSeed } from '../disasm/samples.ts';
import { Cpu } from '../../src/core/cpu.ts';
import { loadCoreModuleSync } from '../../src/core/load-node.ts';

const RANDOM_WORDS = 200_000;
const SAMPLES_PER_LINE = 64;

function scan(ordered: Pattern[], insn: number): Pattern | undefined {
  const p = ordered.find((q) => matches(q, insn));
  return p && p.name !== UNALLOC ? p : undefined;
}

function testWords(pats: Pattern[], seed: number): number[] {
  const rand = prng(seed);
  const words: number[] = [];
  for (let k = 0; k < RANDOM_WORDS; k++) words.push(rand());
  for (const p of pats) words.push(...sampleWords(p, SAMPLES_PER_LINE, rand));
  return words;
}

describe('decoder generator', () => {
  const pats = allPatterns();
  const ordered = bySpecificity(pats);
  const tree = buildTree(pats);
  const seed = testSeed();
  const words = testWords(pats, seed);

  it(`tree agrees with a first-match scan of the table (${words.length} words, seed ${seed})`, () => {
    const wrong: string[] = [];
    for (const w of words) {
      const a = evalTree(tree, w);
      const b = scan(ordered, w);
      if (a !== b && wrong.length < 20) wrong.push(`0x${(w >>> 0).toString(16)}: tree ${a?.name}, scan ${b?.name}`);
    }
    expect(wrong).toEqual([]);
  });

  it('every named line decodes to itself on its own words (unless a more specific line or a hole wins)', () => {
    const rand = prng(seed ^ 0x9e3779b9);
    const neverSelf: string[] = [];
    for (const p of namedPatterns(pats)) {
      const own = sampleWords(p, SAMPLES_PER_LINE * 4, rand).filter((w) => evalTree(tree, w) === p);
      if (own.length === 0) neverSelf.push(`${p.section}:${p.line} ${p.name}`);
    }
    expect(neverSelf).toEqual([]);
  });

  it('the wasm decodeId() agrees with the TypeScript side, ids from isa/ids.ts', async () => {
    const cpu = await Cpu.create(loadCoreModuleSync(), { ramBytes: 1 << 20 });
    const ids = handlerId(pats);
    expect(cpu.x.handlerCount()).toBe(namedPatterns(pats).length + 2);
    const wrong: string[] = [];
    for (const w of words) {
      const p = scan(ordered, w);
      const want = p ? ids.get(p.name)! : ID_UNALLOC;
      const got = cpu.decodeId(w);
      if (got !== want && wrong.length < 20) wrong.push(`0x${(w >>> 0).toString(16)}: wasm ${got}, table ${want} (${p?.name ?? 'unallocated'})`);
    }
    expect(wrong, 'stale build? run npm run build:core').toEqual([]);
  });

  it('keeps leaves small and emits one test per candidate', () => {
    const stats = treeStats(tree);
    expect(stats.maxLeaf).toBeLessThanOrEqual(8);
    const small = parseSection(
      't',
      ['AAA 1 0000000000000000000000000000000 | a', 'BBB 0 1 ------------------------------ | b', 'UNALLOC 0 1 1----------------------------- |'].join('\n'),
    );
    const src = emitTree(buildTree(small), handlerId(small), '');
    expect(src).toContain('return 2; // AAA');
    expect(src).toContain('return 3; // BBB');
    expect(src).toContain(`return ${ID_UNALLOC}; // UNALLOC`);
  });

  it('has a handler for every named line', () => {
    expect(missingHandlers(pats)).toEqual([]);
  });

  it('finds handlers in exec/<section>.ts and in exec/<section>/*.ts', () => {
    const { modules } = handlerModules(pats);
    expect(modules.get('ADD_imm')).toBe('dp-imm');
    expect(modules.get('LDR_x_uimm')).toBe('ldst');
    expect(modules.get('LDADD_x')).toBe('ldst/atomic');
  });
});
