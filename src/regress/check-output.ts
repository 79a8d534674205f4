// A run's console output and exit status against a catalog expectation, with what a person
// needs to see when it fails: which pattern is missing, and the console lines where it was
// expected (the closest-looking line marked). Pure: the Node runner and the browser suite
// both use it. The verdict is guests/expectations.ts's (checkRun), the one definition of a
// correct run shared with the QEMU runner; this file only explains it.
//
// Patterns match in order: each one is searched from the end of the previous match, with the
// `m` flag (so `^`/`$` are line starts/ends), exactly as checkRun does.

import type { Expectation } from '../../guests/catalog-schema.ts';
import { checkRun } from '../../guests/expectations.ts';

/** Console lines shown on each side of the place a missing pattern was expected. */
const CONTEXT_LINES = 3;
/** Longest console line quoted in a report (longer ones are cut, marked with an ellipsis). */
const QUOTE_MAX = 160;

export interface OutputProblem {
  /** One line: what is wrong. */
  summary: string;
  /** The console lines that show it (already formatted: `  > 12 | text`). */
  context: string[];
}

/** Problems found, in the order checkRun reports them; empty when the run is correct. */
export function checkOutput(output: string, status: number | null, expect: Expectation): OutputProblem[] {
  const verdict = checkRun(output, status, expect);
  if (verdict.length === 0) return [];
  const explained = explain(output, status, expect);
  // Should the explanation ever miss a problem, the verdict's own words stand.
  return explained.length === verdict.length ? explained : verdict.map((summary) => ({ summary, context: [] }));
}

function explain(output: string, status: number | null, expect: Expectation): OutputProblem[] {
  const problems: OutputProblem[] = [];
  const lines = splitLines(output);
  const lineAt = lineIndexer(output);
  if (expect.exitStatus !== undefined && status !== expect.exitStatus) {
    problems.push({
      summary: `exit status ${status ?? 'none (still running)'}, expected ${expect.exitStatus}`,
      context: quoteLines(lines, Math.max(0, lines.length - 2 * CONTEXT_LINES), lines.length, -1, 'last console lines'),
    });
  }
  let from = 0;
  let previous: { pattern: string; line: number } | undefined;
  for (const [i, p] of expect.output.entries()) {
    const re = new RegExp(p, 'mg');
    re.lastIndex = from;
    const m = re.exec(output);
    if (m) {
      from = m.index + m[0].length;
      previous = { pattern: p, line: lineAt(m.index) };
      continue;
    }
    const startLine = previous ? previous.line : 0;
    const where = previous ? ` after /${previous.pattern}/ (line ${previous.line + 1})` : '';
    problems.push({
      summary: `output lacks /${p}/ (pattern ${i + 1} of ${expect.output.length})${where}`,
      context: missingContext(lines, startLine, p),
    });
  }
  for (const p of expect.notOutput ?? []) {
    const m = new RegExp(p, 'm').exec(output);
    if (!m) continue;
    const line = lineAt(m.index);
    problems.push({
      summary: `output matches forbidden /${p}/ at line ${line + 1}`,
      context: quoteLines(lines, Math.max(0, line - 1), Math.min(lines.length, line + 2), line, 'console'),
    });
  }
  return problems;
}

/** The problems as text lines (summary, then its context indented). */
export function formatProblems(problems: readonly OutputProblem[]): string[] {
  return problems.flatMap((p) => [p.summary, ...p.context]);
}

/** Lines without their line ends; a trailing newline does not make an empty last line. */
export function splitLines(text: string): string[] {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Maps a character offset to its 0-based line number (binary search over line starts). */
function lineIndexer(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/**
 * Where a missing pattern was expected: from the previous match on, the line that looks most
 * like the pattern (marked), with a few lines either side. With nothing that looks alike,
 * the lines right after the previous match.
 */
function missingContext(lines: string[], startLine: number, pattern: string): string[] {
  if (lines.length === 0) return ['  (the console is empty)'];
  if (startLine >= lines.length - 1 && startLine > 0) {
    return quoteLines(lines, Math.max(0, startLine - CONTEXT_LINES), lines.length, -1, 'the console ends here');
  }
  const literal = patternLiteral(pattern);
  let best = -1;
  let bestScore = 0;
  for (let i = startLine; i < lines.length; i++) {
    const s = similarity(literal, lines[i]);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  if (best < 0 || bestScore < 0.3) {
    const end = Math.min(lines.length, startLine + 2 * CONTEXT_LINES + 1);
    return quoteLines(lines, startLine, end, -1, 'console from there');
  }
  const start = Math.max(startLine, best - CONTEXT_LINES);
  return quoteLines(lines, start, Math.min(lines.length, best + CONTEXT_LINES + 1), best, `closest line is ${best + 1}`);
}

function quoteLines(lines: string[], start: number, end: number, mark: number, title: string): string[] {
  if (start >= end) return [`  (${title}: no lines)`];
  const width = String(end).length;
  const out = [`  ${title}:`];
  for (let i = start; i < end; i++) {
    const text = lines[i].length > QUOTE_MAX ? lines[i].slice(0, QUOTE_MAX) + '…' : lines[i];
    out.push(`  ${i === mark ? '>' : ' '} ${String(i + 1).padStart(width)} | ${text}`);
  }
  return out;
}

/**
 * The plain text a pattern asks for, to compare with console lines: anchors, groups,
 * classes and quantifiers dropped, escaped characters unescaped (`\.` -> `.`).
 */
export function patternLiteral(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const n = pattern[++i] ?? '';
      // \d, \s, \w and friends stand for a class, not a character.
      if (!/[dDsSwWbBnrtv0-9]/.test(n)) out += n;
      else out += ' ';
      continue;
    }
    if (c === '[') {
      // Skip the class (with its escapes).
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
      out += ' ';
      continue;
    }
    if (c === '{') {
      const close = pattern.indexOf('}', i);
      if (close > 0 && /^\{\d+(,\d*)?\}$/.test(pattern.slice(i, close + 1))) {
        i = close;
        continue;
      }
    }
    if ('^$()|*+?.'.includes(c)) {
      if (c === '.') out += ' ';
      continue;
    }
    out += c;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Dice coefficient over character pairs (0: nothing shared, 1: the same pairs). */
export function similarity(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const p = a.slice(i, i + 2);
    pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const p = b.slice(i, i + 2);
    const n = pairs.get(p) ?? 0;
    if (n > 0) {
      shared++;
      pairs.set(p, n - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}
