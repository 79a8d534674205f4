// JUnit XML for CI systems (GitLab, Jenkins, GitHub test reporters): one <testsuite> for the
// catalog, one <testcase> per entry, a <failure> with the problem lines when it failed, and
// the console of each boot in <system-out>.
//
//   <testsuites name="ukplay" tests= failures= time=>
//     <testsuite name="CATALOG" tests= failures= time=>
//       <testcase classname="ukplay.CATALOG" name="ENTRY" time=>
//         <failure message="first problem">all problem lines</failure>     (only if it failed)
//         <system-out>--- boot ---\nconsole...</system-out>
//       </testcase>

export interface JunitCase {
  name: string;
  seconds: number;
  /** Problem lines; empty when the entry passed. */
  problems: string[];
  /** The console (and monitor lines) of the entry's boots. */
  output: string;
}

/** Longest console kept per test case (CI viewers choke on huge reports). */
const OUTPUT_MAX = 256 * 1024;

export function junitXml(suite: string, cases: readonly JunitCase[]): string {
  const failures = cases.filter((c) => c.problems.length > 0).length;
  const total = cases.reduce((s, c) => s + c.seconds, 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ukplay" tests="${cases.length}" failures="${failures}" errors="0" time="${secs(total)}">`,
    `  <testsuite name="${attr(suite)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="${secs(total)}">`,
  ];
  for (const c of cases) {
    lines.push(`    <testcase classname="${attr(`ukplay.${suite}`)}" name="${attr(c.name)}" time="${secs(c.seconds)}">`);
    if (c.problems.length) lines.push(`      <failure message="${attr(c.problems[0])}" type="mismatch">${text(c.problems.join('\n'))}</failure>`);
    const out = c.output.length > OUTPUT_MAX ? c.output.slice(0, OUTPUT_MAX) + `\n[… ${c.output.length - OUTPUT_MAX} more characters]\n` : c.output;
    lines.push(`      <system-out>${text(out)}</system-out>`);
    lines.push('    </testcase>');
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}

function secs(s: number): string {
  return s.toFixed(3);
}

/**
 * Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF)
 * are written as a visible \xNN / \uNNNN instead: a guest may print anything.
 */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => {
    const n = c.charCodeAt(0);
    return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}

function text(s: string): string {
  return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
