// ELF sections and symbols: read from a real guest, and never a throw on hostile tables.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readElfDebugInfo, SymbolTable } from './elf-symbols.ts';

const hello = new Uint8Array(readFileSync(join(__dirname, '..', '..', 'public', 'guests', 'hello.hvt')));
const dv = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

describe('readElfDebugInfo', () => {
  it('reads the sections and function symbols of a guest', () => {
    const info = readElfDebugInfo(hello);
    expect(info.sections.filter((s) => s.alloc).map((s) => s.name)).toEqual(expect.arrayContaining(['.text', '.rodata', '.data', '.bss']));
    const main = info.symbols.find((s) => s.name === 'solo5_app_main');
    expect(main).toMatchObject({ kind: 'func' });
    expect(main!.size).toBeGreaterThan(0n);
    expect(info.symbols.some((s) => s.name.startsWith('$'))).toBe(false);
  });

  it('returns nothing (never throws) for broken section tables', () => {
    const cases: Array<[string, (b: Uint8Array) => void]> = [
      ['e_shoff past the end', (b) => dv(b).setBigUint64(40, BigInt(b.length + 10), true)],
      ['e_shoff near 2^64', (b) => dv(b).setBigUint64(40, (1n << 64n) - 8n, true)],
      ['wrong e_shentsize', (b) => dv(b).setUint16(58, 40, true)],
      ['too many sections', (b) => dv(b).setUint16(60, 0xffff, true)],
    ];
    for (const [, mutate] of cases) {
      const b = hello.slice();
      mutate(b);
      expect(readElfDebugInfo(b)).toEqual({ sections: [], symbols: [] });
    }
    expect(readElfDebugInfo(new Uint8Array(10))).toEqual({ sections: [], symbols: [] });
  });

  it('survives a symbol table and string table pointing anywhere', () => {
    const shoff = Number(dv(hello).getBigUint64(40, true));
    const shnum = dv(hello).getUint16(60, true);
    for (let i = 0; i < shnum; i++) {
      for (const [field, value] of [[24, 0xffff_ffff_ffffn], [32, 0xffff_ffff_ffffn], [40, 0xffffn]] as const) {
        const b = hello.slice();
        const p = shoff + i * 64 + field;
        if (field === 40) dv(b).setUint32(p, Number(value), true);
        else dv(b).setBigUint64(p, value, true);
        expect(() => readElfDebugInfo(b)).not.toThrow();
      }
    }
    // A truncated file: the tables are cut off.
    for (const n of [64, 1000, hello.length - 100, hello.length - 1]) expect(() => readElfDebugInfo(hello.subarray(0, n))).not.toThrow();
  });
});

describe('SymbolTable', () => {
  const t = new SymbolTable([
    { name: 'label', address: 0x1000n, size: 0n, kind: 'other' },
    { name: 'f', address: 0x1000n, size: 0x10n, kind: 'func' },
    { name: 'g', address: 0x1010n, size: 0x8n, kind: 'func' },
    { name: 'end', address: 0x2000n, size: 0n, kind: 'other' },
  ]);
  it('prefers functions at an address and respects sizes', () => {
    expect(t.symbolize(0x1000n)).toEqual({ name: 'f', offset: 0n });
    expect(t.symbolize(0x100cn)).toEqual({ name: 'f', offset: 0xcn });
    expect(t.symbolize(0x1014n)).toEqual({ name: 'g', offset: 4n });
    expect(t.symbolize(0x1018n)).toBeUndefined(); // past g, before the next symbol
    expect(t.symbolize(0x2100n)).toEqual({ name: 'end', offset: 0x100n }); // unsized: up to the next
    expect(t.symbolize(0xfffn)).toBeUndefined();
    expect(t.labelAt(0x1010n)).toBe('g');
    expect(t.labelAt(0x1011n)).toBeUndefined();
    expect(t.lookup('g')?.address).toBe(0x1010n);
  });
});
