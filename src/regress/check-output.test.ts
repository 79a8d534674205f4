// The explained output check: same verdict as guests/expectations.ts (checkRun), and the
// console lines a person needs to see where a pattern was expected.
import { describe, expect, it } from 'vitest';
import type { Expectation } from '../../guests/catalog-schema.ts';
import { checkRun } from '../../guests/expectations.ts';
import { checkOutput, formatProblems, patternLiteral, similarity, splitLines } from './check-output.ts';

const hello = [
  'Solo5: boot',
  'Hello, world! This is a test.',
  'Command line: "a b"',
  '  mem_size 16777216 bytes',
  'Goodbye.',
  'Solo5: exit status 0',
  '',
].join('\n');

describe('checkOutput', () => {
  it('agrees with checkRun on correct and wrong runs', () => {
    const cases: Array<[string, number | null, Expectation]> = [
      [hello, 0, { output: ['^Hello', '^Goodbye\\.$'], exitStatus: 0 }],
      [hello, 1, { output: ['^Hello'], exitStatus: 0 }],
      [hello, null, { output: ['^Hello'], exitStatus: 0 }],
      [hello, 0, { output: ['^Goodbye', '^Hello'] }], // out of order
      [hello, 0, { output: ['^Hello', '^Farewell', '^Goodbye'] }],
      [hello, 0, { output: [], notOutput: ['exit status'] }],
      [hello, 0, { output: ['^x', '^y'], notOutput: ['Solo5', 'nothing'], exitStatus: 3 }],
      ['', null, { output: ['^ready$'] }],
      ['ready', null, { output: ['^ready$'] }],
      ['a\r\nb\r\n', 0, { output: ['^a', '^b'] }],
    ];
    for (const [out, status, exp] of cases) {
      const mine = checkOutput(out, status, exp);
      const theirs = checkRun(out, status, exp);
      expect(mine.length, JSON.stringify([out, status, exp])).toBe(theirs.length);
    }
  });

  it('shows the closest console line to a pattern that is missing', () => {
    const problems = checkOutput(hello, 0, { output: ['^Hello', '^Goodbye, world\\.$'], exitStatus: 0 });
    expect(formatProblems(problems)).toEqual([
      'output lacks /^Goodbye, world\\.$/ (pattern 2 of 2) after /^Hello/ (line 2)',
      '  closest line is 5:',
      '    2 | Hello, world! This is a test.',
      '    3 | Command line: "a b"',
      '    4 |   mem_size 16777216 bytes',
      '  > 5 | Goodbye.',
      '    6 | Solo5: exit status 0',
    ]);
  });

  it('says where the console ends when the guest stopped early, and shows the last lines for a wrong status', () => {
    const out = 'Solo5: boot\nworking\nukplay: KVM: host/guest translation fault: pc=0x1010f8\n';
    expect(formatProblems(checkOutput(out, 1, { output: ['^working$', '^done$'], exitStatus: 0 }))).toEqual([
      'exit status 1, expected 0',
      '  last console lines:',
      '    1 | Solo5: boot',
      '    2 | working',
      '    3 | ukplay: KVM: host/guest translation fault: pc=0x1010f8',
      'output lacks /^done$/ (pattern 2 of 2) after /^working$/ (line 2)',
      '  console from there:',
      '    2 | working',
      '    3 | ukplay: KVM: host/guest translation fault: pc=0x1010f8',
    ]);
  });

  it('marks the line a forbidden pattern matched, and says so for an empty console', () => {
    expect(formatProblems(checkOutput(hello, 0, { output: [], notOutput: ['^Goodbye'] }))).toEqual([
      'output matches forbidden /^Goodbye/ at line 5',
      '  console:',
      '    4 |   mem_size 16777216 bytes',
      '  > 5 | Goodbye.',
      '    6 | Solo5: exit status 0',
    ]);
    expect(formatProblems(checkOutput('', null, { output: ['^ready'] }))).toEqual(['output lacks /^ready/ (pattern 1 of 1)', '  (the console is empty)']);
  });

  it('reduces a pattern to its text and compares lines by character pairs', () => {
    expect(patternLiteral('^http: serving http://10\\.0\\.0\\.2:80/$')).toBe('http: serving http://10.0.0.2:80/');
    expect(patternLiteral('^tick \\d+: 20\\d\\d-[0-9]{2}')).toBe('tick : 20 -');
    expect(similarity('Goodbye, world.', 'Goodbye.')).toBeGreaterThan(0.5);
    expect(similarity('Goodbye', 'Solo5: exit status 0')).toBe(0);
    expect(splitLines('a\r\nb\n')).toEqual(['a', 'b']);
  });
});
