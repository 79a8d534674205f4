import { describe, expect, it } from 'vitest';
import { exploreHoles, holesText } from './holes.ts';

describe('completeness exploration', () => {
  it('groups the undecoded words QEMU executes by mnemonic, with examples', async () => {
    const r = await exploreHoles(300, 'holes-test');
    expect(r.sampled).toBe(300);
    expect(r.groups.reduce((n, g) => n + g.count, 0)).toBe(r.executed);
    for (const g of r.groups) {
      expect(g.examples.length).toBeGreaterThan(0);
      for (const e of g.examples) expect(e.text.split(' ')[0]).toBe(g.mnemonic);
    }
    expect(holesText(r, 'holes-test')).toMatch(/^# Words our decode table does not match/);
  });
});
