// The private apt sources for fetching lwIP mirror the system's binary sources as deb-src, in
// both of apt's formats, and skip what is disabled or not a binary source.
import { describe, expect, it } from 'vitest';

import { sourceEntriesFrom } from './lwip-source.ts';

describe('deb-src entries from the system apt sources', () => {
  it('turns one-line "deb" entries into "deb-src" and ignores the rest', () => {
    const { list } = sourceEntriesFrom([
      { name: 'sources.list', text: '# comment\ndeb http://mirror.example/debian bookworm main\ndeb-src http://x/ y z\n  deb [arch=arm64] http://m/ s c\n' },
    ]);
    expect(list.trim().split('\n')).toEqual(['deb-src http://mirror.example/debian bookworm main', 'deb-src [arch=arm64] http://m/ s c']);
  });

  it('turns deb822 blocks of Types: deb into Types: deb-src, keeping their other fields', () => {
    const { sources } = sourceEntriesFrom([
      {
        name: 'debian.sources',
        text: 'Types: deb\n# note\nURIs: http://mirror.example/debian\nSuites: bookworm\nComponents: main\nSigned-By: /k.gpg\n\n' +
          'Types: deb\nURIs: http://off/\nSuites: s\nComponents: c\nEnabled: no\n\nTypes: deb-src\nURIs: http://src/\nSuites: s\nComponents: c\n',
      },
    ]);
    expect(sources.trim()).toBe('Types: deb-src\nURIs: http://mirror.example/debian\nSuites: bookworm\nComponents: main\nSigned-By: /k.gpg');
  });

  it('ignores files of other kinds', () => {
    const { list, sources } = sourceEntriesFrom([{ name: 'x.list.disabled', text: 'deb http://a/ b c\n' }]);
    expect(list.trim()).toBe('');
    expect(sources.trim()).toBe('');
  });
});
