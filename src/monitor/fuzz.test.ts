// Fuzzing the image boundary: mutated valid images (random bytes, truncation, huge counts and
// offsets in the headers and notes) must each end in a clean LoadError or a normal machine
// exit; nothing else may escape the monitor, and nothing may hang (instruction budget + timeout).
import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseImage } from './image.ts';
import { Machine, MachineExit } from './machine.ts';
import { LoadError } from './errors.ts';
import { loadCoreModuleSync } from '../core/load-node.ts';
import { asmImage, dataSegment } from './test-support/guest.ts';
import { EH, PH, PHOFF, PHSIZE, RODATA } from './test-support/elf-builder.ts';
import { DevType } from './abi.ts';
import { MemoryBlockBackend } from './block-backend.ts';
import { TestNetPort } from './net-port.ts';

/** xorshift32: a fixed seed makes every run try the same cases. */
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
  return { next, below: (n: number) => next() % n, pick: <T>(a: readonly T[]) => a[next() % a.length] };
}

const INTERESTING_U64 = [0n, 1n, 0x7fn, 0x1000n, 0xfffn, 0x10_0000n, 0xffff_ffffn, 0x1_0000_0000n, (1n << 63n), (1n << 64n) - 1n, (1n << 64n) - 0x1000n];
const INTERESTING_U32 = [0, 1, 6, 16, 0x3149_4241, 0x3154_464d, 0x7fff_ffff, 0xffff_ffff];

type Mutator = (b: Uint8Array, r: ReturnType<typeof rng>) => Uint8Array;
const dv = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const phnum = (b: Uint8Array) => (b.length >= 64 ? dv(b).getUint16(EH.phnum, true) : 0);

const mutators: Record<string, Mutator> = {
  flipBytes: (b, r) => {
    for (let n = 1 + r.below(8); n > 0; n--) b[r.below(b.length)] ^= 1 << r.below(8);
    return b;
  },
  randomBytes: (b, r) => {
    const at = r.below(b.length);
    for (let i = at; i < Math.min(b.length, at + 1 + r.below(64)); i++) b[i] = r.below(256);
    return b;
  },
  truncate: (b, r) => b.slice(0, r.below(b.length)),
  headerField: (b, r) => {
    const off = r.pick([EH.entry, EH.phoff, EH.phnum, EH.phentsize, EH.ehsize, EH.type, EH.machine, EH.version]);
    if (off === EH.entry || off === EH.phoff) dv(b).setBigUint64(off, r.pick(INTERESTING_U64), true);
    else if (off === EH.version) dv(b).setUint32(off, r.pick(INTERESTING_U32), true);
    else dv(b).setUint16(off, r.pick([0, 1, 0xffff, phnum(b) + 1, 56, 64]), true);
    return b;
  },
  phdrField: (b, r) => {
    const n = phnum(b);
    if (!n || PHOFF + n * PHSIZE > b.length) return b;
    const ph = PHOFF + r.below(n) * PHSIZE;
    const off = r.pick([PH.type, PH.flags, PH.offset, PH.vaddr, PH.filesz, PH.memsz, PH.align]);
    if (off === PH.type || off === PH.flags) dv(b).setUint32(ph + off, r.pick([0, 1, 4, 7, 0xffff_ffff]), true);
    else dv(b).setBigUint64(ph + off, r.pick(INTERESTING_U64), true);
    return b;
  },
  noteField: (b, r) => {
    // The notes' headers and the manifest header: sizes, types, entry counts.
    const n = phnum(b);
    for (let i = 0; i < n && PHOFF + (i + 1) * PHSIZE <= b.length; i++) {
      const ph = PHOFF + i * PHSIZE;
      if (dv(b).getUint32(ph, true) !== 4) continue;
      const at = Number(dv(b).getBigUint64(ph + PH.offset, true));
      const field = at + r.pick([0, 4, 8, 24, 28]);
      if (field + 4 <= b.length && r.below(2)) dv(b).setUint32(field, r.pick(INTERESTING_U32), true);
    }
    return b;
  },
};

function baseImages(): Array<[string, Uint8Array]> {
  const hello = `
      adr x1, msg
      mov64 x2, 0x200000
      str x1, [x2]
      mov x3, #6
      str x3, [x2, #8]
      hypercall 2, w2
      mov x4, #0
      str x4, [x2, #16]
      str w4, [x2, #24]
      add x5, x2, #16
      hypercall 8, w5
      b .
    msg: .ascii "fuzz!\\n"`;
  const images: Array<[string, Uint8Array]> = [
    ['spin', asmImage('b .')],
    [
      'hello-devices',
      asmImage(hello, {
        manifest: [
          { name: 'storage', type: DevType.BlockBasic },
          { name: 'service', type: DevType.NetBasic },
        ],
        segments: [{ vaddr: 0x10_1000, data: new Uint8Array(0x1000).fill(3), flags: RODATA }, dataSegment()],
      }),
    ],
  ];
  const pub = join(process.cwd(), 'public', 'guests');
  if (existsSync(pub)) {
    for (const f of readdirSync(pub).filter((n) => n.endsWith('.hvt')).sort()) images.push([f, new Uint8Array(readFileSync(join(pub, f)))]);
  }
  return images;
}

type Outcome = { kind: 'refused'; message: string } | { kind: 'ran'; exit: MachineExit };

async function attempt(bytes: Uint8Array): Promise<Outcome> {
  try {
    const image = parseImage(bytes, 'fuzz.hvt');
    const blocks: Record<string, { backend: MemoryBlockBackend }> = {};
    const nets: Record<string, { port: TestNetPort }> = {};
    for (const e of image.manifest.entries) {
      if (e.type === DevType.BlockBasic) blocks[e.name] = { backend: new MemoryBlockBackend(4096) };
      if (e.type === DevType.NetBasic) nets[e.name] = { port: new TestNetPort() };
    }
    const m = await Machine.create(loadCoreModuleSync(), image, {
      memBytes: 16 << 20,
      deterministic: true,
      blocks,
      nets,
      maxInstructions: 200_000,
      maxIdleLeadMs: Infinity, // idle guests end at the instruction budget, never sleep
      timeoutMs: 20_000,
    });
    return { kind: 'ran', exit: await m.run() };
  } catch (e) {
    if (e instanceof LoadError) return { kind: 'refused', message: e.message };
    throw e;
  }
}

describe('fuzzing images', () => {
  it('ends every mutated image in a clean refusal or a normal exit', async () => {
    const r = rng(0x5eed_1234);
    const names = Object.keys(mutators);
    const stats = { refused: 0, ran: 0, halted: 0, fatal: 0 };
    const bases = baseImages();
    const CASES = 600;
    for (let i = 0; i < CASES; i++) {
      const [base, bytes] = bases[i % bases.length];
      const mut = names[r.below(names.length)];
      let b: Uint8Array = bytes.slice();
      for (let k = 1 + r.below(3); k > 0 && b.length > 0; k--) b = mutators[mut](b, r);
      let out: Outcome;
      try {
        out = await attempt(b);
      } catch (e) {
        throw new Error(`case ${i} (${base}, ${mut}) escaped the monitor: ${e instanceof Error ? e.stack : e}`);
      }
      if (out.kind === 'refused') {
        stats.refused++;
        expect(out.message, `case ${i}`).not.toMatch(/\n.*\n.*\n/); // a line or two, never a dump
        expect(out.message.length).toBeLessThan(300);
      } else {
        stats.ran++;
        expect(out.exit.reason, `case ${i} (${base}, ${mut}): ${out.exit.message}`).not.toBe('internal');
        if (out.exit.reason === 'halt') stats.halted++;
        if (out.exit.reason === 'fatal') stats.fatal++;
      }
    }
    // Both outcomes must actually occur, or the mutations are not reaching the interesting code.
    expect(stats.refused).toBeGreaterThan(CASES / 10);
    expect(stats.ran).toBeGreaterThan(CASES / 10);
  });
});
