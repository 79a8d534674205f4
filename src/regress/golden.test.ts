// Golden files: what part of a console is stored, and how a difference is shown.
import { describe, expect, it } from 'vitest';
import { goldenFileName, goldenProblems, goldenView } from './golden.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

describe('goldenView', () => {
  it('keeps the whole console of a guest that ends', () => {
    const text = 'a\nb\nSolo5: exit status 0\n';
    expect(dec(goldenView(enc(text), text, { output: ['^a'], exitStatus: 0 }))).toBe(text);
  });

  it("cuts a server's console after the line where its last pattern matched", () => {
    const text = 'boot\nnet up\nserving http://x/\nGET / 200 (3 ms)\n';
    expect(dec(goldenView(enc(text), text, { output: ['net up', '^serving'] }))).toBe('boot\nnet up\nserving http://x/\n');
    expect(dec(goldenView(enc(text), text, { output: ['net up', 'serving http://x/\\n'] }))).toBe('boot\nnet up\nserving http://x/\n');
    // Not ready: all of it (the checks report what is missing).
    expect(dec(goldenView(enc(text), text, { output: ['never'] }))).toBe(text);
  });

  it('keeps the raw bytes of the kept part', () => {
    const bytes = Uint8Array.from([...enc('caf'), 0xc3, 0xa9, ...enc('\nready\nlater\n')]);
    const view = goldenView(bytes, dec(bytes), { output: ['^ready$'] });
    expect([...view]).toEqual([...bytes.subarray(0, bytes.length - 'later\n'.length)]);
  });

  it('names the files by entry and boot', () => {
    expect(goldenFileName('kv', 'boot')).toBe('kv.txt');
    expect(goldenFileName('kv', 'rerun')).toBe('kv.rerun.txt');
  });
});

describe('goldenProblems', () => {
  it('is empty for identical bytes', () => {
    expect(goldenProblems('g/x.txt', enc('a\nb\n'), enc('a\nb\n'))).toEqual([]);
  });

  it('shows the differing lines with context', () => {
    const golden = enc('one\ntwo\nthree\ntick 1: 200 ms\ntick 2: 400 ms\nend\n');
    const now = enc('one\ntwo\nthree\ntick 1: 201 ms\ntick 2: 400 ms\nend\n');
    expect(goldenProblems('g/clock.txt', golden, now)).toEqual([
      'console differs from the golden file g/clock.txt at line 4 (6 lines golden, 6 this run):',
      '    2   two',
      '    3   three',
      '    4 - tick 1: 200 ms',
      '    4 + tick 1: 201 ms',
    ]);
  });

  it('shows missing and extra lines, a bounded number of them', () => {
    const golden = enc('a\nb\n');
    const now = enc(`a\n${Array.from({ length: 20 }, (_, i) => `x${i}`).join('\n')}\nb\n`);
    const lines = goldenProblems('g.txt', golden, now);
    expect(lines[0]).toBe('console differs from the golden file g.txt at line 2 (2 lines golden, 22 this run):');
    expect(lines.filter((l) => / \+ x/.test(l))).toHaveLength(12);
    expect(lines.at(-1)).toBe('       + … 8 more');
    expect(goldenProblems('g.txt', enc('a\nb\nc\n'), enc('a\nc\n'))).toEqual([
      'console differs from the golden file g.txt at line 2 (3 lines golden, 2 this run):',
      '    1   a',
      '    2 - b',
    ]);
  });

  it('says when only line ends differ, and makes control characters visible', () => {
    expect(goldenProblems('g.txt', enc('a\nb\n'), enc('a\nb'))).toEqual([
      'console differs from the golden file g.txt at line 3 (2 lines golden, 2 this run):',
      '    1   a',
      '    2   b',
      '    (the lines are the same: the difference is in line ends or the final newline)',
    ]);
    expect(goldenProblems('g.txt', enc('a\n'), enc('a\x1b[31m\n'))).toContain('    1 + "a\\u001b[31m"');
  });
});
