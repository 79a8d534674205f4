// Which table patterns the differential test checks, and their generated cases.
//
// Every pattern not marked @nodiff is checked, and so is every UNALLOC line (its words must
// raise SIGILL on both sides). A case's instruction word is the pattern with random field
// values (or the class's choice); it only counts for the pattern if the core's own decoder
// sends it there (a more specific pattern or an UNALLOC hole may own that word), so every
// pattern is tested on exactly the words it handles.
import { allPatterns } from '../../isa/index.ts';
import { ID_UNALLOC, handlerId } from '../../isa/ids.ts';
import { UNALLOC, type Pattern } from '../../isa/table.ts';
import { CLASSES, classOf, randomState, sectionClass, type CaseClass, type Fields } from './classes.ts';
import type { TestCase } from './protocol.ts';
import type { CpuModel } from './qemu.ts';
import { Rng, hash32 } from './rng.ts';
import { MAX_INSNS } from './layout.ts';

export interface Target {
  /** Pattern name, or UNALLOC@section:line for an unallocated hole. */
  key: string;
  pattern: Pattern;
  className: string;
  cls: CaseClass | undefined;
  /** Why the pattern is not checked here (undefined: it is). */
  skip?: string;
  /** Something the coverage report should say about how it is checked. */
  note?: string;
}

export interface PlannedCase {
  key: string;
  model: CpuModel;
  c: TestCase;
}

export function targetKey(p: Pattern): string {
  return p.name === UNALLOC ? `${UNALLOC}@${p.section}:${p.line}` : p.name;
}

export function allTargets(): Target[] {
  return allPatterns().map((p) => {
    let className = classOf(p);
    let note: string | undefined;
    if (!CLASSES[className]) {
      // Still tested, with its section's generator; the coverage report says so.
      note = `@class=${className} is unknown to classes.ts: generated as ${sectionClass(p)}`;
      className = sectionClass(p);
    }
    const skip = p.attrs.nodiff ? '@nodiff (system/EL1 state: checked by the EL1 suite)' : undefined;
    return { key: targetKey(p), pattern: p, className, cls: CLASSES[className], skip, note };
  });
}

/** Decoder check: which handler id the core gives a word (the wasm decoder, fast). */
export type DecodeId = (insn: number) => number;

let ids: Map<string, number> | undefined;

/** The handler id a word must decode to, to count as a case of this target. */
export function expectedId(t: Target): number {
  if (t.pattern.name === UNALLOC) return ID_UNALLOC;
  ids ??= handlerId(allPatterns());
  const id = ids.get(t.pattern.name);
  if (id === undefined) throw new Error(`no handler id for ${t.pattern.name}`);
  return id;
}

function randomWord(p: Pattern, f: Fields, rng: Rng): number {
  let w = p.value >>> 0;
  // Don't-care bits get random values too: the decoder must ignore them, and so must we.
  w |= rng.u32() & ~p.mask & ~fieldMask(p);
  for (const fld of p.fields) {
    const v = f[fld.name] ?? rng.bits(fld.width);
    const m = fld.width >= 32 ? 0xffffffff : (1 << fld.width) - 1;
    w |= ((v & m) << fld.lo) >>> 0;
  }
  return w >>> 0;
}

function fieldMask(p: Pattern): number {
  let m = 0;
  for (const f of p.fields) m |= (f.width >= 32 ? 0xffffffff : ((1 << f.width) - 1) << f.lo) >>> 0;
  return m >>> 0;
}

/** Read back the fields of a word (what the handler will see). */
function fieldsOf(p: Pattern, w: number): Fields {
  const f: Fields = {};
  for (const fld of p.fields) f[fld.name] = fld.width >= 32 ? w >>> 0 : (w >>> fld.lo) & ((1 << fld.width) - 1);
  return f;
}

/** Attempts per wanted case before a pattern is declared unreachable by its generator. */
const TRIES_PER_CASE = 50;
const DATA_SEED_POOL = 16;

/** A word of the target chosen by its class, or undefined if `tries` attempts do not decode to it. */
function targetWord(t: Target, rng: Rng, decodeId: DecodeId, tries: number): { word: number; f: Fields } | undefined {
  const want = expectedId(t);
  for (let i = 0; i < tries; i++) {
    const word = randomWord(t.pattern, t.cls!.fields?.(t.pattern, rng) ?? {}, rng);
    if (decodeId(word) === want) return { word, f: fieldsOf(t.pattern, word) };
  }
  return undefined;
}

/**
 * `n` cases for a target, deterministic in (seed, key). Returns fewer when random words
 * rarely decode to the target (the coverage report says so).
 */
export function planCases(t: Target, n: number, seed: string, decodeId: DecodeId): PlannedCase[] {
  if (t.skip || !t.cls) return [];
  const cls = t.cls;
  const rng = new Rng(`${seed}/${t.key}`);
  const sharedSeed = hash32(`${seed}/${t.key}/data`);
  // Memory classes draw each case's buffer from a small pool of seeds: varied contents, and
  // both sides can keep the few buffers cached.
  const seedPool = Array.from({ length: DATA_SEED_POOL }, (_, i) => hash32(`${seed}/${t.key}/data${i}`));
  const out: PlannedCase[] = [];
  for (let budget = n * TRIES_PER_CASE; out.length < n && budget > 0; budget--) {
    const got = targetWord(t, rng, decodeId, 1);
    if (!got) continue;
    const { word, f } = got;
    const state = randomState(cls, t.pattern, f, rng);
    cls.state?.(t.pattern, f, state, rng);
    const insns = [...(cls.prefix?.(t.pattern, word, f, rng) ?? []), word];
    out.push({ key: t.key, model: cls.cpu, c: { insns, state, dataSeed: cls.memory ? rng.pick(seedPool) : sharedSeed } });
  }
  return out;
}

// ---- sequences -----------------------------------------------------------------------------------

export const SEQUENCE_KEY = 'SEQUENCE';
const SEQUENCE_PATTERN: Pattern = {
  name: SEQUENCE_KEY, section: '(mixed)', mask: 0, value: 0, fields: [], format: '', attrs: {}, prio: 0, line: 0, source: '',
};

/**
 * The sequence target: 2..MAX_INSNS instructions of different register-only patterns in a
 * row (flags set by one and read by the next, a result feeding an operand, FP state carried
 * along, the run loop going from one instruction to the next), sometimes ending in an
 * immediate branch whose target lies beyond the sequence.
 */
export function sequenceTarget(): Target {
  return { key: SEQUENCE_KEY, pattern: SEQUENCE_PATTERN, className: 'mixed', cls: CLASSES.alu };
}

function sequenceSafe(t: Target): boolean {
  const c = t.cls;
  return !t.skip && !!c && !c.memory && !c.prefix && c.cpu === 'v8.0' && t.className !== 'branch' && t.className !== 'branchreg';
}

export function planSequences(pool: Target[], n: number, seed: string, decodeId: DecodeId): PlannedCase[] {
  const body = pool.filter(sequenceSafe);
  const branches = pool.filter((t) => !t.skip && t.className === 'branch' && t.cls);
  if (!body.length) return [];
  const rng = new Rng(`${seed}/${SEQUENCE_KEY}`);
  const out: PlannedCase[] = [];
  const dataSeed = hash32(`${seed}/${SEQUENCE_KEY}/data`);
  while (out.length < n) {
    const len = rng.range(2, MAX_INSNS);
    const parts: { t: Target; word: number; f: Fields }[] = [];
    for (let k = 0; k < len; k++) {
      const last = k === len - 1;
      const t = last && branches.length && rng.chance(0.25) ? rng.pick(branches) : rng.pick(body);
      const got = targetWord(t, rng, decodeId, TRIES_PER_CASE);
      if (!got) continue;
      // A branch displacement is generated relative to ENTRY; from slot k it must not land
      // back on the sequence (a loop).
      if (t.className === 'branch' && branchBackIntoSequence(t.pattern, got.word, k)) continue;
      parts.push({ t, ...got });
    }
    if (parts.length < 2) continue;
    const first = parts[0];
    const fp = parts.some((p) => p.t.cls!.fp);
    const state = randomState(fp ? CLASSES.fp : CLASSES.alu, first.t.pattern, first.f, rng);
    for (const p of parts) p.t.cls!.state?.(p.t.pattern, p.f, state, rng);
    out.push({ key: SEQUENCE_KEY, model: 'v8.0', c: { insns: parts.map((p) => p.word), state, dataSeed } });
  }
  return out;
}

function branchBackIntoSequence(p: Pattern, word: number, at: number): boolean {
  const disp = p.fields.find((x) => /^imm\d+$/.test(x.name));
  if (!disp) return false;
  const raw = (word >>> disp.lo) & ((1 << disp.width) - 1);
  const words = (raw << (32 - disp.width)) >> (32 - disp.width);
  const target = at + words;
  return target >= 0 && target <= at;
}
