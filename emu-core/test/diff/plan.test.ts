// Case planning: every generated word decodes to its target in the core's own decoder,
// the plan is deterministic in the seed, and sequences are loop-free mixes of safe patterns.
import { beforeAll, describe, expect, it } from 'vitest';
import { OurMachine } from './ours.ts';
import { allTargets, expectedId, planCases, planSequences, type DecodeId } from './plan.ts';
import { ENTRY } from './layout.ts';

let decodeId: DecodeId;
beforeAll(async () => {
  const m = await OurMachine.create();
  decodeId = (w) => m.cpu.decodeId(w);
});

describe('case planning', () => {
  it('gives every checkable pattern words that decode to it, the same ones for the same seed', () => {
    for (const t of allTargets().filter((x) => !x.skip)) {
      const cases = planCases(t, 6, 'plan-test', decodeId);
      expect(cases.length, t.key).toBeGreaterThan(0);
      for (const c of cases) expect(decodeId(c.c.insns[c.c.insns.length - 1]), t.key).toBe(expectedId(t));
      expect(planCases(t, 6, 'plan-test', decodeId)).toEqual(cases);
    }
  });

  it('plans nothing for @nodiff patterns', () => {
    const skipped = allTargets().filter((x) => x.skip);
    expect(skipped.length).toBeGreaterThan(0);
    for (const t of skipped) expect(planCases(t, 5, 's', decodeId)).toEqual([]);
  });

  it('builds sequences of 2..4 words that never branch back into themselves', () => {
    const seqs = planSequences(allTargets(), 500, 'seq', decodeId);
    expect(seqs).toHaveLength(500);
    let branches = 0;
    for (const { c } of seqs) {
      expect(c.insns.length).toBeGreaterThanOrEqual(2);
      expect(c.insns.length).toBeLessThanOrEqual(4);
      const last = c.insns[c.insns.length - 1];
      if ((last & 0xfc000000) >>> 0 === 0x14000000) {
        // B imm26: its target, counted in words from ENTRY, lies outside the sequence.
        branches++;
        const at = c.insns.length - 1;
        const target = at + ((last << 6) >> 6);
        expect(target < 0 || target > at, `b at ${ENTRY + 4 * at}`).toBe(true);
      }
    }
    expect(branches).toBeGreaterThan(0);
  });
});
