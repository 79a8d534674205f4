// Every committed guest image follows the hvt ABI (hvt-abi.md section 5) strictly: ELF header,
// PT_LOAD layout and permissions, both Solo5 notes byte for byte, a manifest that matches the
// catalog's devices, a symbol table for the UI's disassembly, and no debug info.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { validateCatalog } from './catalog-schema.ts';
import { manifestOf, parseElf, PF_R, PF_W, PF_X, PT_LOAD, PT_NOTE, PT_TLS } from './elf-image.ts';

const dir = join(import.meta.dirname, '..', 'public', 'guests');
const catalog = validateCatalog(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')));
const images = [...new Set(catalog.guests.map((g) => g.image))].sort();
const PAGE = 4096;
const MIN_BASE = 0x100000;

describe.each(images)('%s', (image) => {
  const bytes = new Uint8Array(readFileSync(join(dir, image))); // offset 0: byteOffset == file offset
  const elf = parseElf(bytes);

  it('has an ET_EXEC AArch64 header with the sizes the monitor checks', () => {
    expect(elf.type).toBe(2);
    expect(elf.machine).toBe(183);
    expect(elf.ehsize).toBe(64);
    expect(elf.phentsize).toBe(56);
    expect(elf.phdrs.length).toBeGreaterThanOrEqual(1);
  });

  it('loads text (R-X), rodata (R--) and data (RW-) from 0x100000, page aligned, never W+X', () => {
    const loads = elf.phdrs.filter((p) => p.type === PT_LOAD);
    expect(loads.map((p) => p.flags)).toEqual([PF_R | PF_X, PF_R, PF_R | PF_W]);
    let end = MIN_BASE;
    for (const p of loads) {
      expect(p.vaddr).toBeGreaterThanOrEqual(end);
      expect(p.vaddr % PAGE).toBe(0);
      expect((p.vaddr + p.memsz) % PAGE).toBe(0);
      expect(p.offset % PAGE).toBe(p.vaddr % PAGE);
      expect(p.align).toBe(PAGE);
      expect(p.memsz).toBeGreaterThanOrEqual(p.filesz);
      expect(p.filesz).toBeGreaterThan(0);
      expect((p.flags & PF_W) !== 0 && (p.flags & PF_X) !== 0).toBe(false);
      end = p.vaddr + p.memsz;
    }
    const text = loads[0];
    expect(elf.entry).toBe(MIN_BASE);
    expect(elf.entry).toBeLessThan(text.vaddr + text.memsz);
    const tls = elf.phdrs.filter((p) => p.type === PT_TLS);
    expect(tls.length).toBeLessThanOrEqual(1);
  });

  it('carries the ABI1 note: hvt target, ABI version 2, in a PT_NOTE of its own', () => {
    const abi = elf.notes.filter((n) => n.type === 0x31494241);
    expect(abi).toHaveLength(1);
    const n = abi[0];
    expect(n.namesz).toBe(6);
    expect(n.name).toBe('Solo5');
    expect(n.descsz).toBe(16);
    const dv = new DataView(n.raw.buffer, n.raw.byteOffset, n.raw.byteLength);
    expect([20, 24, 28, 32].map((o) => dv.getUint32(o, true))).toEqual([1, 2, 0, 0]);
    expect([...n.raw.subarray(12, 20)]).toEqual([0x53, 0x6f, 0x6c, 0x6f, 0x35, 0, 0, 0]); // "Solo5\0" + pad
  });

  it('carries a valid MFT1 manifest whose devices are the ones the catalog attaches', () => {
    const mftNotes = elf.notes.filter((n) => n.type === 0x3154464d);
    expect(mftNotes).toHaveLength(1);
    const note = mftNotes[0];
    expect(note.namesz).toBe(6);
    const pt = elf.phdrs.find((p) => p.type === PT_NOTE && p.offset === note.raw.byteOffset);
    expect(pt).toBeDefined();
    expect(pt!.vaddr % 8).toBe(0); // so the body at note offset 24 is 8-byte aligned
    const m = manifestOf(note.raw);
    expect(m.version).toBe(1);
    expect(m.entries.length).toBeLessThanOrEqual(64);
    expect(m.bodySize).toBe(8 + 104 * m.entries.length);
    expect(note.raw.byteLength).toBe(24 + m.bodySize);
    expect(m.entries[0]).toMatchObject({ name: '', type: 1 << 30 });
    for (const e of m.entries) {
      expect(e.lastNameByte).toBe(0);
      expect([...e.rest].every((b) => b === 0)).toBe(true); // attached = 0, nothing pre-filled
    }
    const declared = m.entries.slice(1).map((e) => `${e.type === 1 ? 'block' : e.type === 2 ? 'net' : '?'}:${e.name}`).sort();
    for (const g of catalog.guests.filter((g) => g.image === image)) {
      expect(g.devices.map((d) => `${d.type}:${d.name}`).sort(), `catalog entry ${g.name}`).toEqual(declared);
    }
  });

  it('keeps its symbol table and has no DWARF', () => {
    const names = elf.shdrs.map((s) => s.name);
    expect(names).toContain('.symtab');
    expect(names.filter((n) => n.startsWith('.debug'))).toEqual([]);
  });
});
