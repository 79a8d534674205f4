// Deterministic mode replays: every catalog entry, booted twice in deterministic mode, passes
// its checks and gives byte-identical golden consoles both times (what makes golden files
// possible at all; `npm test`'s catalog step then compares them with tests/golden/).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogFile } from './catalog-file.ts';
import { goldenView } from './golden.ts';
import { runEntry, type EntryResult } from './node-runner.ts';

const file = readCatalogFile(join(import.meta.dirname, '..', '..', 'public', 'guests', 'catalog.json'));

const views = (r: EntryResult) => r.boots.map((b) => ({ phase: b.phase, problems: b.problems, console: new TextDecoder().decode(goldenView(b.log.bytes(), b.log.text, b.expect)) }));

describe('deterministic runs of the catalog', () => {
  it.each(file.catalog.guests.map((g) => [g.name, g] as const))('%s replays byte for byte', async (_name, entry) => {
    const first = views(await runEntry(entry, { dir: file.dir, deterministic: true }));
    const second = views(await runEntry(entry, { dir: file.dir, deterministic: true }));
    expect(first.flatMap((b) => b.problems)).toEqual([]);
    expect(first.length).toBe(entry.rerun ? 2 : 1);
    expect(first[0].console).not.toBe('');
    expect(second).toEqual(first);
  });
});
