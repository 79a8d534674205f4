// Unit tests of the decode-table format: parsing, its errors, and the overlap rules.
import { describe, expect, it } from 'vitest';
import { allPatterns } from './index.ts';
import {
  bySpecificity, extractFields, matches, moreSpecific, overlaps, parseSection, validateTable, UNALLOC,
  type Pattern,
} from './table.ts';

const ZEROS27 = '000000000000000000000000000';

function one(text: string): Pattern {
  const pats = parseSection('t', text);
  expect(pats).toHaveLength(1);
  return pats[0];
}

function firstMatch(pats: Pattern[], insn: number): string | undefined {
  const p = bySpecificity(pats).find((q) => matches(q, insn));
  return p && p.name !== UNALLOC ? p.name : undefined;
}

describe('parseSection', () => {
  it('reads fixed bits, ignored bits and fields, most significant first', () => {
    const p = one('ADDX  sf:1 0 0 100010 sh:1 imm12:12 Rn:5 Rd:5 | add {rsp:Rd}, {rsp:Rn}, {imm:imm12}');
    expect(p.name).toBe('ADDX');
    expect(p.mask >>> 0).toBe(0x7f800000);
    expect(p.value >>> 0).toBe(0x11000000);
    expect(p.fields).toEqual([
      { name: 'sf', lo: 31, width: 1 },
      { name: 'sh', lo: 22, width: 1 },
      { name: 'imm12', lo: 10, width: 12 },
      { name: 'Rn', lo: 5, width: 5 },
      { name: 'Rd', lo: 0, width: 5 },
    ]);
    expect(p.format).toBe('add {rsp:Rd}, {rsp:Rn}, {imm:imm12}');
    expect(extractFields(p, 0x91000420 | (0x123 << 10))).toEqual({ sf: 1, sh: 0, imm12: 0x123, Rn: 1, Rd: 0 });
    const q = one('IGN  ---- 1111 ' + '-'.repeat(24) + ' | x');
    expect(q.mask >>> 0).toBe(0x0f000000);
    expect(q.value >>> 0).toBe(0x0f000000);
  });

  it('handles a 32-bit field (value read unsigned)', () => {
    const p = one('ALL  w:32 | w');
    expect(extractFields(p, 0xffffffff)).toEqual({ w: 0xffffffff });
  });

  it('parses attributes after the format, with and without values', () => {
    const p = one(`FOO ${ZEROS27} r:5 | foo {x:r}  @nodiff @class=branch @prio=3`);
    expect(p.attrs).toEqual({ nodiff: 'true', class: 'branch', prio: '3' });
    expect(p.prio).toBe(3);
    expect(p.format).toBe('foo {x:r}');
    const u = one(`UNALLOC ${ZEROS27} ----- |`);
    expect(u.prio).toBe(1000);
    expect(u.format).toBe('');
  });

  it("treats '#' as a comment only at a line start or as ' # ' at the end", () => {
    const pats = parseSection(
      't',
      [
        '# a whole-line comment',
        '   #indented comment without a space',
        `CCMP ${ZEROS27} n:5 | ccmp x0, #{dec:n}, #0, eq   # trailing comment`,
        `BAR  ${'1'.repeat(27)} n:5 | bar #{dec:n}`,
      ].join('\n'),
    );
    expect(pats.map((p) => p.format)).toEqual(['ccmp x0, #{dec:n}, #0, eq', 'bar #{dec:n}']);
    expect(pats.map((p) => p.line)).toEqual([3, 4]);
  });

  it.each([
    ['a bad name', `9BAD ${ZEROS27} 00000 | x`, /bad name '9BAD'/],
    ['a bad token', `BAD ${ZEROS27} 0000x | x`, /bad token '0000x'/],
    ['a field without width', `BAD ${ZEROS27} Rd | x`, /bad token 'Rd'/],
    ['a zero-width field', `BAD ${ZEROS27} 00000 z:0 | x`, /field z:0 overflows/],
    ['too few bits', `BAD ${ZEROS27} 0000 | x`, /pattern has 31 bits, want 32/],
    ['too many fixed bits', `BAD ${ZEROS27} 000000 | x`, /pattern longer than 32 bits/],
    ['a field past bit 0', `BAD ${ZEROS27} Rd:6 | x`, /field Rd:6 overflows 32 bits/],
    ['a duplicate field', `BAD ${'0'.repeat(22)} Rd:5 Rd:5 | x`, /duplicate field Rd/],
  ])('rejects %s with the line number', (_, text, msg) => {
    expect(() => parseSection('sec', `\n${text}`)).toThrow(msg);
    expect(() => parseSection('sec', `\n${text}`)).toThrow(/^sec:2: /);
  });
});

describe('validateTable and specificity', () => {
  const wide = `WIDE  0000 ${'-'.repeat(23)} r:5 | w`;
  const narrow = `NARROW 0000 1${'-'.repeat(22)} r:5 | n`;
  const other = `OTHER 0000 ${'-'.repeat(22)} 1 r:5 | o`;

  it('accepts an overlap where one line is strictly more specific, and that one wins', () => {
    const pats = parseSection('t', [wide, narrow].join('\n'));
    expect(validateTable(pats)).toEqual([]);
    expect(moreSpecific(pats[1], pats[0])).toBe(true);
    expect(moreSpecific(pats[0], pats[1])).toBe(false);
    expect(firstMatch(pats, 0x08000000)).toBe('NARROW');
    expect(firstMatch(pats, 0x00000000)).toBe('WIDE');
    expect(firstMatch(pats, 0x10000000)).toBeUndefined();
  });

  it('reports an ambiguous overlap (neither mask contains the other)', () => {
    const pats = parseSection('t', [narrow, other].join('\n'));
    expect(overlaps(pats[0], pats[1])).toBe(true);
    const problems = validateTable(pats);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/ambiguous overlap: NARROW \(t:1\) and OTHER \(t:2\)/);
  });

  it('reports two lines with the same mask and value as ambiguous', () => {
    const pats = parseSection('t', [wide, wide.replace('WIDE', 'TWIN')].join('\n'));
    expect(validateTable(pats)).toEqual([expect.stringMatching(/ambiguous overlap: WIDE .* TWIN/)]);
  });

  it('lets @prio settle an overlap, the higher priority winning', () => {
    const pats = parseSection('t', [narrow, other + ' @prio=1'].join('\n'));
    expect(validateTable(pats)).toEqual([]);
    expect(firstMatch(pats, 0x08000020)).toBe('OTHER');
    expect(firstMatch(pats, 0x08000000)).toBe('NARROW');
  });

  it('makes UNALLOC beat a more specific line, and lets UNALLOC lines overlap', () => {
    const pats = parseSection(
      't',
      [narrow, `UNALLOC 0000 ${'-'.repeat(28)} |`, `UNALLOC 0000 ${'-'.repeat(27)} 1 |`].join('\n'),
    );
    expect(validateTable(pats)).toEqual([]);
    expect(bySpecificity(pats)[0].name).toBe(UNALLOC);
    expect(firstMatch(pats, 0x08000000)).toBeUndefined();
  });

  it('reports duplicate names (UNALLOC excepted)', () => {
    const pats = parseSection('t', [wide, `WIDE 1111 ${'-'.repeat(28)} | w`].join('\n'));
    expect(validateTable(pats)).toEqual(['t:2: duplicate name WIDE (first at t:1)']);
  });

  it('finds no problem in the real table', () => {
    expect(validateTable(allPatterns())).toEqual([]);
  });
});
