// Every validation rule of hvt-abi.md §5, each with a crafted bad image.
import { describe, it, expect } from 'vitest';
import { parseImage } from './image.ts';
import { planLoad } from './loader.ts';
import { LoadError } from './errors.ts';
import {
  buildImage, manifestBytes, noteBytes, abiNoteDesc, phdrAt, setU16, setU32, setU64, EH, PH, TEXT, RODATA, DATA,
  ImageSpec, SegmentSpec,
} from './test-support/elf-builder.ts';
import { ABI1_NOTE_TYPE, DevType, MFT1_NOTE_TYPE, MFT_ENTRY_SIZE, ME_ATTACHED, ME_TYPE, PF_W, PF_X, PT_NOTE } from './abi.ts';

const NAME = 'test.hvt';
const INVALID = `${NAME}: Invalid or unsupported executable`;
const MEM = 16 << 20;
const page = (n = 1) => new Uint8Array(0x1000 * n).fill(0xaa);
const text = (vaddr = 0x10_0000, n = 1): SegmentSpec => ({ vaddr, data: page(n), flags: TEXT });
const good = (extra: Partial<ImageSpec> = {}) => buildImage({ segments: [text()], ...extra });

function loadError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof LoadError) return e.message;
    throw e;
  }
  throw new Error('expected a LoadError');
}
const parse = (b: Uint8Array) => parseImage(b, NAME);
const place = (b: Uint8Array, mem = MEM) => planLoad(parse(b), mem);

describe('ELF header', () => {
  it('accepts a well-formed image', () => {
    const img = parse(good());
    expect(img.abiTarget).toBe(1);
    expect(img.abiVersion).toBe(2);
    expect(img.manifest.entries).toHaveLength(1);
    expect(img.elf.entry).toBe(0x10_0000n);
  });
  it.each([
    ['shorter than a header', (b: Uint8Array) => b.slice(0, 63), 'file shorter than an ELF header'],
    ['empty', () => new Uint8Array(0), 'file shorter than an ELF header'],
    ['bad magic', (b: Uint8Array) => ((b[1] = 0x46), b), 'no ELF magic'],
    ['ELFCLASS32', (b: Uint8Array) => ((b[EH.class] = 1), b), 'not ELFCLASS64'],
    ['big-endian', (b: Uint8Array) => ((b[EH.data] = 2), b), 'not little-endian'],
    ['e_version 0', (b: Uint8Array) => setU32(b, EH.version, 0), 'e_version is not EV_CURRENT'],
    ['e_ehsize 52', (b: Uint8Array) => setU16(b, EH.ehsize, 52), 'e_ehsize is not 64'],
    ['e_phnum 0', (b: Uint8Array) => setU16(b, EH.phnum, 0), 'no program headers'],
    ['e_phentsize 32', (b: Uint8Array) => setU16(b, EH.phentsize, 32), 'e_phentsize is not 56'],
    ['ET_DYN', (b: Uint8Array) => setU16(b, EH.type, 3), 'not ET_EXEC'],
    ['EM_X86_64', (b: Uint8Array) => setU16(b, EH.machine, 62), 'not EM_AARCH64'],
    ['phdr table past the end', (b: Uint8Array) => setU64(b, EH.phoff, b.length - 10), 'program header table outside the file'],
    ['phdr offset 2^64-1', (b: Uint8Array) => setU64(b, EH.phoff, (1n << 64n) - 1n), 'program header table outside the file'],
    ['phnum larger than the file holds', (b: Uint8Array) => setU16(b, EH.phnum, 0xffff), 'program header table outside the file'],
  ])('refuses: %s', (_what, mutate, detail) => {
    expect(loadError(() => parse(mutate(good())))).toBe(`${INVALID} (${detail})`);
  });
});

describe('Solo5 notes', () => {
  const abiPhdr = phdrAt(0);
  it('refuses a PT_NOTE shorter than a note header', () => {
    expect(loadError(() => parse(setU64(good(), abiPhdr + PH.filesz, 11)))).toContain(INVALID);
  });
  it('skips a PT_NOTE too short for a Solo5 note (then has no ABI note)', () => {
    expect(loadError(() => parse(setU64(good(), abiPhdr + PH.filesz, 19)))).toBe(`${NAME}: No Solo5 ABI information found in executable`);
  });
  it('skips notes with another name or name size', () => {
    const b = good();
    const off = Number(new DataView(b.buffer).getBigUint64(abiPhdr + PH.offset, true));
    const other = b.slice();
    other[off + 12] = 0x73; // "solo5"
    expect(loadError(() => parse(other))).toBe(`${NAME}: No Solo5 ABI information found in executable`);
    expect(loadError(() => parse(setU32(b.slice(), off, 5)))).toBe(`${NAME}: No Solo5 ABI information found in executable`);
  });
  it('finds no ABI note in an image without one', () => {
    expect(loadError(() => parse(good({ abi: null })))).toBe(`${NAME}: No Solo5 ABI information found in executable`);
  });
  it('refuses a note outside the file', () => {
    expect(loadError(() => parse(setU64(good(), abiPhdr + PH.offset, 1n << 40n)))).toContain(INVALID);
    const b = good();
    expect(loadError(() => parse(setU64(b, abiPhdr + PH.offset, b.length - 8)))).toContain(INVALID);
  });
  it.each([
    ['0', 0],
    ['8 (too small)', 8],
    ['17 (too large)', 17],
    ['2^32-1', 0xffff_ffff],
  ])('refuses an ABI descriptor size of %s', (_w, size) => {
    const b = good();
    const off = Number(new DataView(b.buffer).getBigUint64(abiPhdr + PH.offset, true));
    expect(loadError(() => parse(setU32(b, off + 4, size)))).toContain(INVALID);
  });
  it('refuses a note larger than its segment', () => {
    expect(loadError(() => parse(setU64(good(), abiPhdr + PH.filesz, 20 + 15)))).toContain(INVALID);
  });
  it('refuses another target and another ABI version', () => {
    expect(loadError(() => parse(good({ abi: { target: 2, version: 2 } })))).toBe(`${NAME}: Executable is not for the solo5-hvt target`);
    expect(loadError(() => parse(good({ abi: { target: 1, version: 1 } })))).toBe(
      `${NAME}: Executable requests unsupported ABI version 1`,
    );
    expect(loadError(() => parse(good({ abi: { target: 1, version: 0xffffffff } })))).toBe(
      `${NAME}: Executable requests unsupported ABI version 4294967295`,
    );
  });
  it('uses the first ABI note of several', () => {
    // Replace the manifest note with a second (bad) ABI note after the good one: still fine,
    // apart from the missing manifest.
    const b = buildImage({ segments: [text()], manifest: null });
    expect(loadError(() => parse(b))).toBe(`${NAME}: No Solo5 manifest found in executable`);
  });
  it('reads the manifest descriptor after its 4 bytes of alignment padding', () => {
    const n = noteBytes(MFT1_NOTE_TYPE, manifestBytes([]), 8);
    expect(new DataView(n.buffer).getUint32(4, true)).toBe(4 + 8 + MFT_ENTRY_SIZE);
    expect(new DataView(n.buffer).getUint32(24, true)).toBe(1); // version at offset 24
    expect(noteBytes(ABI1_NOTE_TYPE, abiNoteDesc(), 4).length).toBe(36);
  });
});

describe('manifest', () => {
  const INVALID_MFT = `${NAME}: Solo5 manifest is invalid`;
  const withMft = (raw: Uint8Array) => good({ manifest: raw });
  const base = () => manifestBytes([{ name: 'disk', type: DevType.BlockBasic }]);
  const entry = (i: number) => 8 + i * MFT_ENTRY_SIZE;

  it('parses entries with names and types', () => {
    const m = parse(good({ manifest: [{ name: 'disk', type: DevType.BlockBasic }, { name: 'service', type: DevType.NetBasic }] })).manifest;
    expect(m.entries.map((e) => [e.index, e.name, e.typeName])).toEqual([
      [0, '', 'RESERVED_FIRST'],
      [1, 'disk', 'BLOCK_BASIC'],
      [2, 'service', 'NET_BASIC'],
    ]);
  });
  it('accepts a name of exactly 67 characters and 63 devices', () => {
    const many = Array.from({ length: 63 }, (_, i) => ({ name: 'n'.repeat(67 - 2) + String(i).padStart(2, '0'), type: DevType.NetBasic }));
    expect(parse(good({ manifest: many })).manifest.entries).toHaveLength(64);
  });
  it.each([
    ['version 2', (m: Uint8Array) => setU32(m, 0, 2)],
    ['65 entries', (m: Uint8Array) => setU32(m, 4, 65)],
    ['entry count larger than the note', (m: Uint8Array) => setU32(m, 4, 3)],
    ['entry count smaller than the note', (m: Uint8Array) => setU32(m, 4, 1)],
    ['no entries', () => setU32(new Uint8Array(8), 0, 1)],
    ['entry 0 not RESERVED_FIRST', (m: Uint8Array) => setU32(m, entry(0) + ME_TYPE, DevType.BlockBasic)],
    ['entry 0 with a name', (m: Uint8Array) => ((m[entry(0)] = 0x41), m)],
    ['name[67] not NUL', (m: Uint8Array) => (m.fill(0x41, entry(1), entry(1) + 68), m)],
    ['attached already set', (m: Uint8Array) => ((m[entry(1) + ME_ATTACHED] = 1), m)],
    ['attached set on entry 0', (m: Uint8Array) => ((m[entry(0) + ME_ATTACHED] = 1), m)],
  ])('refuses: %s', (_w, mutate) => {
    expect(loadError(() => parse(withMft(mutate(base()))))).toBe(INVALID_MFT);
  });
  it('refuses a manifest note smaller than the manifest header', () => {
    expect(loadError(() => parse(withMft(new Uint8Array(4))))).toContain(INVALID);
  });
  it('refuses a manifest note larger than 64 entries could be', () => {
    expect(loadError(() => parse(withMft(new Uint8Array(8 + 65 * MFT_ENTRY_SIZE))))).toContain(INVALID);
  });
});

describe('segments (checked against the RAM size)', () => {
  const seg = (s: Partial<SegmentSpec>): SegmentSpec => ({ ...text(), ...s });
  it('places text, rodata, data and bss and computes kernel_end', () => {
    const b = buildImage({
      segments: [
        text(0x10_0000, 2),
        { vaddr: 0x10_2000, data: page(), flags: RODATA },
        { vaddr: 0x10_3000, data: page(), memsz: 0x3000, flags: DATA },
        { vaddr: 0x20_0000, data: new Uint8Array(0), memsz: 0x10_0000, flags: DATA }, // bss only: ignored
      ],
    });
    const plan = place(b);
    expect(plan.entry).toBe(0x10_0000);
    expect(plan.kernelEnd).toBe(0x10_6000);
    expect(plan.segments.map((s) => [s.start, s.end])).toEqual([
      [0x10_0000, 0x10_2000],
      [0x10_2000, 0x10_3000],
      [0x10_3000, 0x10_6000],
    ]);
    expect(plan.readOnly).toEqual([[0x10_0000, 0x10_3000]]); // text + rodata merged
  });
  it('aligns ranges to p_align', () => {
    const plan = place(buildImage({ segments: [seg({ vaddr: 0x11_0000, align: 0x1_0000, memsz: 0x1800 })] }));
    expect([plan.segments[0].start, plan.segments[0].end]).toEqual([0x11_0000, 0x12_0000]);
  });
  it.each([
    ['entry below 0x100000', { entry: 0xf_fffc }],
    ['entry at mem_size', { entry: MEM }],
    ['entry 2^64-4', { entry: -4 }],
  ])('refuses: %s', (_w, { entry }) => {
    const b = good();
    setU64(b, EH.entry, BigInt.asUintN(64, BigInt(entry)));
    expect(loadError(() => place(b))).toMatch(/Invalid or unsupported executable \(e_entry/);
  });

  const segCase = (mutate: (b: Uint8Array, ph: number) => void, segments: SegmentSpec[] = [text()], index = 0) => {
    const b = buildImage({ segments, entry: 0x10_0000 });
    mutate(b, phdrAt(2 + index));
    return loadError(() => place(b));
  };
  it.each([
    ['p_vaddr below 0x100000', (b: Uint8Array, ph: number) => setU64(b, ph + PH.vaddr, 0xff000), 'p_vaddr below 0x100000'],
    ['p_align 0', (b: Uint8Array, ph: number) => setU64(b, ph + PH.align, 0), 'p_align is not a power of two'],
    ['p_align 3', (b: Uint8Array, ph: number) => setU64(b, ph + PH.align, 3), 'p_align is not a power of two'],
    ['aligned start below 0x100000', (b: Uint8Array, ph: number) => setU64(b, ph + PH.align, 0x20_0000), 'aligned start below 0x100000'],
    ['p_vaddr at mem_size', (b: Uint8Array, ph: number) => setU64(b, ph + PH.vaddr, MEM), 'file contents outside RAM'],
    ['p_vaddr 2^64-4096', (b: Uint8Array, ph: number) => setU64(b, ph + PH.vaddr, -4096), 'file contents outside RAM'],
    ['file contents past mem_size', (b: Uint8Array, ph: number) => setU64(b, ph + PH.vaddr, MEM - 0x800), 'file contents outside RAM'],
    ['p_filesz 2^64-1', (b: Uint8Array, ph: number) => (setU64(b, ph + PH.filesz, -1), setU64(b, ph + PH.memsz, -1)), 'file contents outside RAM'],
    ['p_memsz < p_filesz', (b: Uint8Array, ph: number) => setU64(b, ph + PH.memsz, 0x800), 'p_memsz smaller than p_filesz'],
    ['memory contents past mem_size', (b: Uint8Array, ph: number) => setU64(b, ph + PH.memsz, MEM), 'memory contents outside RAM'],
    ['p_memsz 2^64-1', (b: Uint8Array, ph: number) => setU64(b, ph + PH.memsz, -1), 'memory contents outside RAM'],
    ['p_vaddr + p_memsz = 2^64', (b: Uint8Array, ph: number) => setU64(b, ph + PH.memsz, -0x10_0000), 'memory contents outside RAM'],
    ['p_align 2^63', (b: Uint8Array, ph: number) => setU64(b, ph + PH.align, 1n << 63n), 'aligned start below 0x100000'],
    ['file contents past the end of the file', (b: Uint8Array, ph: number) => setU64(b, ph + PH.offset, b.length - 0x800), 'file contents outside the file'],
    ['p_offset 2^64-1', (b: Uint8Array, ph: number) => setU64(b, ph + PH.offset, -1), 'file contents outside the file'],
    ['start not 4 KiB aligned', (b: Uint8Array, ph: number) => (setU64(b, ph + PH.vaddr, 0x10_0010), setU64(b, ph + PH.align, 16)), 'not aligned to 4 KiB pages'],
    ['end not 4 KiB aligned', (b: Uint8Array, ph: number) => (setU64(b, ph + PH.memsz, 0x1010), setU64(b, ph + PH.align, 16)), 'not aligned to 4 KiB pages'],
  ])('refuses: %s', (_w, mutate, detail) => {
    expect(segCase(mutate)).toBe(`${INVALID} (phdr[2]: ${detail})`);
  });
  it('refuses descending p_vaddr and overlapping segments', () => {
    const desc = [text(0x20_0000), { vaddr: 0x10_0000, data: page(), flags: DATA }];
    expect(loadError(() => place(buildImage({ segments: desc, entry: 0x20_0000 })))).toMatch(/phdr\[3\]: p_vaddr not in ascending order/);
    const overlap = [text(0x10_0000, 2), { vaddr: 0x10_1000, data: page(), flags: DATA }];
    expect(loadError(() => place(buildImage({ segments: overlap })))).toMatch(/phdr\[3\]: overlaps the previous segment/);
  });
  it('refuses a segment that is writable and executable', () => {
    const b = buildImage({ segments: [text(), { vaddr: 0x10_1000, data: page(), flags: PF_W | PF_X }] });
    expect(loadError(() => place(b))).toBe(`${NAME}: phdr[3] requests WRITE and EXEC permissions`);
  });
  it('ignores segments without file contents and non-LOAD segments', () => {
    const b = buildImage({
      segments: [
        text(),
        { vaddr: 0x10, data: new Uint8Array(0), memsz: 1 << 40, flags: PF_W | PF_X, align: 3 },
        { vaddr: 0x5, data: page(), flags: PF_W | PF_X, type: 0x6474e551 }, // PT_GNU_STACK-like
        { vaddr: 0x5, data: new Uint8Array(24), flags: 0, type: PT_NOTE }, // a non-Solo5 note
      ],
    });
    expect(place(b).segments).toHaveLength(1);
  });
  it('refuses more than 16 separate read-only ranges', () => {
    const segs: SegmentSpec[] = [];
    for (let i = 0; i < 17; i++) {
      segs.push({ vaddr: 0x10_0000 + i * 0x2000, data: page(), flags: RODATA });
      segs.push({ vaddr: 0x10_1000 + i * 0x2000, data: page(), flags: DATA });
    }
    expect(loadError(() => place(buildImage({ segments: segs })))).toBe(`${NAME}: more than 16 separate read-only segments`);
    expect(place(buildImage({ segments: segs.slice(0, 32) })).readOnly).toHaveLength(16);
  });
});
