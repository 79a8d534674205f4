// The catalog schema accepts the committed catalog and rejects each kind of mistake with a
// message that names it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { validateCatalog } from './catalog-schema.ts';

const committed = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'public', 'guests', 'catalog.json'), 'utf8'));

const base = () => ({
  version: 1,
  guests: [
    {
      name: 'a', title: 'A', description: 'd', image: 'a.hvt', source: 'guests/a', memory: 16, devices: [],
      cmdline: '', default: true, kind: 'demo', expect: { exitStatus: 0, output: ['x'] },
    },
  ],
});

describe('catalog schema', () => {
  it('accepts the committed catalog, with exactly one default guest', () => {
    const c = validateCatalog(committed);
    expect(c.guests.filter((g) => g.default)).toHaveLength(1);
    expect(c.guests.length).toBeGreaterThan(0);
  });

  it('accepts a minimal entry', () => {
    expect(validateCatalog(base()).guests[0].name).toBe('a');
  });

  it("accepts a team's own entry without the playground's presentation fields", () => {
    const [g] = validateCatalog({
      version: 1,
      guests: [{ name: 'mine', image: 'mine.hvt', memory: 32, devices: [], expect: { exitStatus: 0, output: ['ok'] } }],
    }).guests;
    expect([g.title, g.description, g.source, g.cmdline, g.default, g.kind]).toEqual(['mine', '', '', '', false, 'demo']);
  });

  const bad: [string, (c: ReturnType<typeof base>) => void, RegExp][] = [
    ['an unknown field', (c) => Object.assign(c.guests[0], { colour: 'red' }), /unknown field "colour"/],
    ['a bad name', (c) => (c.guests[0].name = 'Hello World'), /name/],
    ['two defaults', (c) => c.guests.push({ ...c.guests[0], name: 'b' }), /at most one entry may be the default/],
    ['memory out of range', (c) => (c.guests[0].memory = 1), /memory: must be an integer in \[2, 4096\]/],
    ['a broken pattern', (c) => (c.guests[0].expect.output = ['(']), /not a regular expression/],
    ['a block device with size and image', (c) => (c.guests[0].devices = [{ type: 'block', name: 's', size: 1, image: 'x.img' }] as never), /exactly one of "size" and "image"/],
    ['a sector size not a power of two', (c) => (c.guests[0].devices = [{ type: 'block', name: 's', size: 4096, sectorSize: 1000 }] as never), /power of two/],
    ['a bad IP', (c) => (c.guests[0].devices = [{ type: 'net', name: 'n', ip: '10.0.0.300' }] as never), /ip/],
    ['HTTP checks without a net device', (c) => Object.assign(c.guests[0], { http: [{ path: '/', status: 200 }] }), /needs a net device/],
    ['a device attached twice', (c) => (c.guests[0].devices = [{ type: 'block', name: 's', size: 512 }, { type: 'block', name: 's', size: 512 }] as never), /attached twice/],
    ['a wrong version', (c) => (c.version = 2), /version: must be 1/],
    ['an exit status out of range', (c) => (c.guests[0].expect.exitStatus = 256), /exitStatus/],
  ];
  it.each(bad)('rejects %s', (_what, mutate, message) => {
    const c = base();
    mutate(c);
    expect(() => validateCatalog(c)).toThrow(message);
  });

  it('rejects a name used twice', () => {
    const c = base();
    c.guests.push({ ...c.guests[0], default: false });
    expect(() => validateCatalog(c)).toThrow(/name used twice/);
  });
});
