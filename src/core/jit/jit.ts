// The host half of the block translator: the imports `jit.compile`, `jit.call` and `jit.free`
// of emu-core.wasm (see emu-core/assembly/jit.ts for the core half).
//
//   core run loop --call(index, budget)--> trampoline module --call_indirect--> block function
//                 --compile(page, slot)--> translateBlock() -> new WebAssembly.Module -> table
//                 <-jitCoverage(lo, hi)--  (the page slots the trace read, for invalidation)
//
// Translated blocks live in a function table owned by this object (the core's own table has a
// fixed size); a tiny trampoline module imports that table so the core reaches a block with a
// wasm-to-wasm call, no JavaScript in between. Each block is its own small module importing
// the core's memory and the globals it works on; freed table slots are reused.
// Environment-neutral (Node and Web Workers): synchronous compilation of small modules only.

import { buildModule, Body, I32, I64, Op } from './wasm.ts';
import { translateBlock, SAMPLE_WORDS, type CoreLayout } from './translate.ts';

/** What the translator needs from the core instance (its exports). */
export interface JitCoreExports {
  memory: WebAssembly.Memory;
  decodeId(insn: number): number;
  regsPtr(): number;
  jitCoverage(lo: number, hi: number): void;
  jitPc: WebAssembly.Global;
  jitN: WebAssembly.Global;
  jitZ: WebAssembly.Global;
  jitC: WebAssembly.Global;
  jitV: WebAssembly.Global;
  jitEl: WebAssembly.Global;
  jitTlb: WebAssembly.Global;
}

const BLOCK_TYPE = { params: [I32], results: [I32] };
const PAGE_WORDS = 1024;

export class Jit {
  readonly table = new WebAssembly.Table({ initial: 1, element: 'anyfunc' });
  /** The core's import object `jit`. */
  readonly imports: {
    compile: (pageHost: number, slot: number) => number;
    call: (index: number, budget: number) => number;
    free: (index: number) => void;
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

  constructor() {
    const trampoline = new Body(2);
    trampoline.get(1).get(0).op(Op.callIndirect, 1, 0);
    const mod = new WebAssembly.Module(buildModule({
      types: [{ params: [I32, I32], results: [I32] }, BLOCK_TYPE],
      table: { module: 'jit', field: 'table' },
      globals: [],
      funcs: [{ type: 0, body: trampoline.encode() }],
    }));
    const inst = new WebAssembly.Instance(mod, { jit: { table: this.table } });
    this.imports = {
      compile: (pageHost, slot) => this.compile(pageHost, slot),
      call: inst.exports.f0 as (index: number, budget: number) => number,
      free: (index) => this.release(index),
    };
  }

  /** Connect to the instantiated core (before it runs). */
  attach(core: JitCoreExports): void {
    this.core = core;
    this.layout = { regs: core.regsPtr(), tlb: Number(core.jitTlb.value) };
    for (const [name, word] of Object.entries(SAMPLE_WORDS)) this.names.set(core.decodeId(word), name);
    this.blockImports = {
      core: {
        memory: core.memory,
        pc: core.jitPc, n: core.jitN, z: core.jitZ, c: core.jitC, v: core.jitV, el: core.jitEl,
      },
    };
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
      globals: [
        { module: 'core', field: 'pc', type: I64, mutable: true },
        { module: 'core', field: 'n', type: I32, mutable: true },
        { module: 'core', field: 'z', type: I32, mutable: true },
        { module: 'core', field: 'c', type: I32, mutable: true },
        { module: 'core', field: 'v', type: I32, mutable: true },
        { module: 'core', field: 'el', type: I32, mutable: true },
      ],
      funcs: [{ type: 0, body: t.body }],
    });
    const inst = new WebAssembly.Instance(new WebAssembly.Module(bytes), this.blockImports!);
    const index = this.free.pop() ?? this.table.grow(1);
    this.table.set(index, inst.exports.f0);
    this.compiled++;
    this.bytes += bytes.length;
    return (t.len << 24) | index;
  }

  private release(index: number): void {
    this.table.set(index, null);
    this.free.push(index);
  }
}

