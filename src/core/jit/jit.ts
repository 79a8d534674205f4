// The host half of the block translator: the imports `jit.compile`, `jit.call` and `jit.free`
// of emu-core.wasm (see emu-core/assembly/jit.ts for the core half).
//
//   core run loop --call_indirect(index, budget)--> trace function (in the core's table)
//                 --compile(page, slot)--> translateBlock() -> new WebAssembly.Module -> table
//                 <-jitCoverage(lo, hi)--  (the page slots the trace read, for invalidation)
//
// Each trace is its own small module importing the core's memory (registers, JITBOX, TLB, RAM);
// its function goes into the core's own function table (exported, without a maximum: scripts/build-core.mjs), so
// the run loop calls it with one call_indirect. Freed table slots are reused.
// Environment-neutral (Node and Web Workers): synchronous compilation of small modules only.

import { buildModule, I32 } from './wasm.ts';
import { translateBlock, SAMPLE_WORDS, type CoreLayout } from './translate.ts';

/** What the translator needs from the core instance (its exports). */
export interface JitCoreExports {
  memory: WebAssembly.Memory;
  table: WebAssembly.Table;
  decodeId(insn: number): number;
  regsPtr(): number;
  jitCoverage(lo: number, hi: number): void;
  jitBox: WebAssembly.Global;
  jitTlb: WebAssembly.Global;
}

const BLOCK_TYPE = { params: [I32], results: [I32] };
const PAGE_WORDS = 1024;
/** A JIT slot holds 24 bits of table index (emu-core/assembly/jit.ts). */
const MAX_INDEX = 0xffffff;

export class Jit {
  /** The core's function table (exported without a maximum: scripts/build-core.mjs); set by attach(). */
  private table?: WebAssembly.Table;
  /** The core's import object `jit`. */
  readonly imports: {
    compile: (pageHost: number, slot: number) => number;
    free: (index: number) => void;
  } = {
    compile: (pageHost, slot) => this.compile(pageHost, slot),
    free: (index) => this.release(index),
  };
  private core?: JitCoreExports;
  private layout?: CoreLayout;
  private blockImports?: WebAssembly.Imports;
  private readonly free: number[] = [];
  /** Translations made, bytes of wasm generated and milliseconds spent (for tools). */
  compiled = 0;
  bytes = 0;
  ms = 0;
  /** Handler names of the decoder ids the translator knows (learnt from the core's decoder). */
  private readonly names = new Map<number, string>();

  /** Connect to the instantiated core (before it runs). */
  attach(core: JitCoreExports): void {
    this.core = core;
    this.table = core.table;
    this.layout = { regs: core.regsPtr(), tlb: Number(core.jitTlb.value), box: Number(core.jitBox.value) };
    for (const [name, word] of Object.entries(SAMPLE_WORDS)) this.names.set(core.decodeId(word), name);
    this.blockImports = { core: { memory: core.memory } };
  }

  private compile(pageHost: number, slot: number): number {
    const t0 = performance.now();
    try {
      return this.translate(pageHost, slot);
    } finally {
      this.ms += performance.now() - t0;
    }
  }

  private translate(pageHost: number, slot: number): number {
    const core = this.core!;
    const page = new Uint32Array(core.memory.buffer, pageHost, PAGE_WORDS);
    const t = translateBlock(page, slot, (w) => this.names.get(core.decodeId(w)) ?? '', this.layout!);
    if (!t) return 0;
    core.jitCoverage(t.lo, t.hi);
    const bytes = buildModule({
      types: [BLOCK_TYPE],
      memory: { module: 'core', field: 'memory' },
      globals: [],
      funcs: [{ type: 0, body: t.body }],
    });
    const inst = new WebAssembly.Instance(new WebAssembly.Module(bytes), this.blockImports!);
    const index = this.free.pop() ?? this.table!.grow(1);
    if (index > MAX_INDEX) return 0;
    this.table!.set(index, inst.exports.f0);
    this.compiled++;
    this.bytes += bytes.length;
    return (t.len << 24) | index;
  }

  private release(index: number): void {
    this.table!.set(index, null);
    this.free.push(index);
  }
}

