// Golden files: a deterministic boot's console, stored, and compared byte for byte with the
// next run. Pure (no file access), so the Node runner and the browser suite compare alike.
//
// What is stored: for a guest that ends, its whole console (with the monitor's lines, as the
// runners log them). For a server, the console up to the end of the line where its last
// output pattern matched (the moment it is ready): what comes later depends on when the
// host's requests arrive, which no virtual clock controls.

import type { Expectation } from '../../guests/catalog-schema.ts';
import { splitLines } from './check-output.ts';
import { countInOrder } from './console-log.ts';

/** Lines of the differing region shown on each side. */
const DIFF_LINES_MAX = 12;
/** Unchanged lines shown before the first difference. */
const DIFF_CONTEXT = 2;
const QUOTE_MAX = 160;

/** The golden file's name for boot `phase` of catalog entry `name`. */
export function goldenFileName(name: string, phase: 'boot' | 'rerun'): string {
  return phase === 'boot' ? `${name}.txt` : `${name}.rerun.txt`;
}

/** The part of a boot's console that goes into its golden file. */
export function goldenView(bytes: Uint8Array, text: string, expect: Expectation): Uint8Array {
  if (expect.exitStatus !== undefined) return bytes;
  const end = readyEnd(text, expect.output);
  const prefix = new TextEncoder().encode(text.slice(0, end));
  // The console's own bytes when its text decoded losslessly (it nearly always does).
  return startsWith(bytes, prefix) ? bytes.subarray(0, prefix.length) : prefix;
}

/** Offset just past the line where the last of `patterns` matched in order (0 if none is there). */
function readyEnd(text: string, patterns: readonly string[]): number {
  if (countInOrder(text, patterns) < patterns.length || patterns.length === 0) return text.length;
  let from = 0;
  for (const p of patterns) {
    const re = new RegExp(p, 'mg');
    re.lastIndex = from;
    const m = re.exec(text)!;
    from = m.index + m[0].length;
  }
  const nl = text.indexOf('\n', from > 0 && text[from - 1] === '\n' ? from - 1 : from);
  return nl < 0 ? text.length : nl + 1;
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (prefix.length > bytes.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && startsWith(a, b);
}

/**
 * Problem lines when `actual` differs from the golden `expected`: where, and the differing
 * lines (`-` golden, `+` this run) with a little context. Empty when they are identical.
 */
export function goldenProblems(file: string, expected: Uint8Array, actual: Uint8Array): string[] {
  if (sameBytes(expected, actual)) return [];
  const dec = new TextDecoder();
  const exp = splitLines(dec.decode(expected));
  const act = splitLines(dec.decode(actual));
  let head = 0;
  while (head < exp.length && head < act.length && exp[head] === act[head]) head++;
  let tail = 0;
  while (tail < exp.length - head && tail < act.length - head && exp[exp.length - 1 - tail] === act[act.length - 1 - tail]) tail++;
  const gone = exp.slice(head, exp.length - tail);
  const added = act.slice(head, act.length - tail);
  const out = [`console differs from the golden file ${file} at line ${head + 1} (${exp.length} lines golden, ${act.length} this run):`];
  const width = String(Math.max(exp.length, act.length)).length;
  const num = (n: number) => String(n).padStart(width);
  for (let i = Math.max(0, head - DIFF_CONTEXT); i < head; i++) out.push(`    ${num(i + 1)}   ${quote(exp[i])}`);
  const show = (lines: string[], mark: string) => {
    lines.slice(0, DIFF_LINES_MAX).forEach((l, i) => out.push(`    ${num(head + i + 1)} ${mark} ${quote(l)}`));
    if (lines.length > DIFF_LINES_MAX) out.push(`    ${' '.repeat(width)} ${mark} … ${lines.length - DIFF_LINES_MAX} more`);
  };
  show(gone, '-');
  show(added, '+');
  if (gone.length === 0 && added.length === 0) out.push('    (the lines are the same: the difference is in line ends or the final newline)');
  return out;
}

/** A console line as shown in a diff: control characters made visible, long lines cut. */
function quote(line: string): string {
  // eslint-disable-next-line no-control-regex
  const visible = /[\x00-\x08\x0b-\x1f\x7f]/.test(line) ? JSON.stringify(line) : line;
  return visible.length > QUOTE_MAX ? visible.slice(0, QUOTE_MAX) + '…' : visible;
}
