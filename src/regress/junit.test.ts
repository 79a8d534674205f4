// JUnit XML: counts, failures with their lines, console in system-out, and nothing a guest
// prints can break the XML.
import { describe, expect, it } from 'vitest';
import { junitXml } from './junit.ts';

describe('junitXml', () => {
  it('writes one testcase per entry with failures and console', () => {
    const xml = junitXml('catalog', [
      { name: 'hello', seconds: 0.25, problems: [], output: 'Hello, world!\n' },
      { name: 'kv', seconds: 1.5, problems: ['boot: GET /kv: status 500, expected 200', '  context <line>'], output: 'kv: serving\n' },
    ]);
    expect(xml).toContain('<testsuites name="ukplay" tests="2" failures="1" errors="0" time="1.750">');
    expect(xml).toContain('<testsuite name="catalog" tests="2" failures="1" errors="0" skipped="0" time="1.750">');
    expect(xml).toContain('<testcase classname="ukplay.catalog" name="hello" time="0.250">\n      <system-out>Hello, world!\n</system-out>');
    expect(xml).toContain(
      '<failure message="boot: GET /kv: status 500, expected 200" type="mismatch">boot: GET /kv: status 500, expected 200\n  context &lt;line&gt;</failure>',
    );
    expect(xml.match(/<testcase /g)).toHaveLength(2);
    expect(xml.match(/<failure /g)).toHaveLength(1);
  });

  it('escapes markup and quotes, and makes characters XML cannot carry visible', () => {
    const xml = junitXml('a"b', [{ name: 'x<y>&"z"', seconds: 0, problems: ['bad "quote" & <tag>\nsecond'], output: 'esc \x1b[31mred\x00 \ud800 ok é 😀\r\n' }]);
    expect(xml).toContain('name="a&quot;b"');
    expect(xml).toContain('name="x&lt;y&gt;&amp;&quot;z&quot;"');
    expect(xml).toContain('message="bad &quot;quote&quot; &amp; &lt;tag&gt;&#10;second"');
    expect(xml).toContain('<system-out>esc \\x1b[31mred\\x00 \\ud800 ok é 😀\r\n</system-out>');
    // eslint-disable-next-line no-control-regex
    expect(/[\x00-\x08\x0b\x0c\x0e-\x1f]/.test(xml)).toBe(false);
  });
});
