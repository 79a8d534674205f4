// A minimal WebAssembly binary writer for the block translator: one function body at a time
// (opcodes and immediates appended to a byte array) and the few module layouts the translator
// needs. Only what jit/ uses is here; see the WebAssembly core specification, "Binary Format".

/** Value types. */
export const I32 = 0x7f;
export const I64 = 0x7e;

/** Opcodes used by the translator. */
export const Op = {
  unreachable: 0x00,
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  else: 0x05,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  return: 0x0f,
  call: 0x10,
  callIndirect: 0x11,
  drop: 0x1a,
  select: 0x1b,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  globalGet: 0x23,
  globalSet: 0x24,
  i32Load: 0x28,
  i64Load: 0x29,
  i32Load8S: 0x2c,
  i32Load8U: 0x2d,
  i32Load16S: 0x2e,
  i32Load16U: 0x2f,
  i64Load8S: 0x30,
  i64Load8U: 0x31,
  i64Load16S: 0x32,
  i64Load16U: 0x33,
  i64Load32S: 0x34,
  i64Load32U: 0x35,
  i32Store: 0x36,
  i64Store: 0x37,
  i32Store8: 0x3a,
  i32Store16: 0x3b,
  i64Store8: 0x3c,
  i64Store16: 0x3d,
  i64Store32: 0x3e,
  i32Const: 0x41,
  i64Const: 0x42,
  i32Eqz: 0x45,
  i32Eq: 0x46,
  i32Ne: 0x47,
  i32LtU: 0x49,
  i32GtU: 0x4b,
  i32GeU: 0x4f,
  i64Eqz: 0x50,
  i64Eq: 0x51,
  i64Ne: 0x52,
  i64LtU: 0x54,
  i64GeU: 0x5a,
  i32Clz: 0x67,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32Mul: 0x6c,
  i32DivS: 0x6d,
  i32DivU: 0x6e,
  i32And: 0x71,
  i32Or: 0x72,
  i32Xor: 0x73,
  i32Shl: 0x74,
  i32ShrS: 0x75,
  i32ShrU: 0x76,
  i32Rotr: 0x78,
  i64Clz: 0x79,
  i64Add: 0x7c,
  i64Sub: 0x7d,
  i64Mul: 0x7e,
  i64DivS: 0x7f,
  i64DivU: 0x80,
  i64And: 0x83,
  i64Or: 0x84,
  i64Xor: 0x85,
  i64Shl: 0x86,
  i64ShrS: 0x87,
  i64ShrU: 0x88,
  i64Rotr: 0x8a,
  i32WrapI64: 0xa7,
  i64ExtendI32S: 0xac,
  i64ExtendI32U: 0xad,
} as const;

/** Block type "no result". */
export const VOID = 0x40;

export function uleb(out: number[], v: number): void {
  do {
    let b = v & 0x7f;
    v = Math.floor(v / 128);
    if (v !== 0) b |= 0x80;
    out.push(b);
  } while (v !== 0);
}

export function sleb32(out: number[], v: number): void {
  v |= 0;
  for (;;) {
    const b = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return;
    }
    out.push(b | 0x80);
  }
}

export function sleb64(out: number[], v: bigint): void {
  v = BigInt.asIntN(64, v);
  for (;;) {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    if ((v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0)) {
      out.push(b);
      return;
    }
    out.push(b | 0x80);
  }
}

/** One function body under construction: locals are declared up front, code appended. */
export class Body {
  readonly code: number[] = [];
  private readonly localTypes: number[] = [];

  constructor(readonly params: number) {}

  /** A new local of `type`; returns its index. */
  local(type: number): number {
    this.localTypes.push(type);
    return this.params + this.localTypes.length - 1;
  }
  op(...bytes: number[]): this {
    this.code.push(...bytes);
    return this;
  }
  i32(v: number): this {
    this.code.push(Op.i32Const);
    sleb32(this.code, v);
    return this;
  }
  i64(v: bigint): this {
    this.code.push(Op.i64Const);
    sleb64(this.code, v);
    return this;
  }
  get(l: number): this {
    this.code.push(Op.localGet);
    uleb(this.code, l);
    return this;
  }
  set(l: number): this {
    this.code.push(Op.localSet);
    uleb(this.code, l);
    return this;
  }
  tee(l: number): this {
    this.code.push(Op.localTee);
    uleb(this.code, l);
    return this;
  }
  gget(g: number): this {
    this.code.push(Op.globalGet);
    uleb(this.code, g);
    return this;
  }
  gset(g: number): this {
    this.code.push(Op.globalSet);
    uleb(this.code, g);
    return this;
  }
  /** A load or store with alignment log2 `align` at constant `offset` from the address operand. */
  mem(opcode: number, align: number, offset: number): this {
    this.code.push(opcode);
    uleb(this.code, align);
    uleb(this.code, offset);
    return this;
  }

  /** The encoded body: local declarations, code, `end`. */
  encode(): number[] {
    const out: number[] = [];
    const groups: [number, number][] = [];
    for (const t of this.localTypes) {
      const last = groups[groups.length - 1];
      if (last && last[1] === t) last[0]++;
      else groups.push([1, t]);
    }
    uleb(out, groups.length);
    for (const [n, t] of groups) {
      uleb(out, n);
      out.push(t);
    }
    out.push(...this.code, Op.end);
    const sized: number[] = [];
    uleb(sized, out.length);
    return sized.concat(out);
  }
}

function section(out: number[], id: number, content: number[]): void {
  out.push(id);
  uleb(out, content.length);
  out.push(...content);
}

function name(out: number[], s: string): void {
  uleb(out, s.length);
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
}

export interface GlobalImport {
  module: string;
  field: string;
  type: number;
  mutable: boolean;
}

export interface FuncType {
  params: number[];
  results: number[];
}

export interface ModuleSpec {
  types: FuncType[];
  /** Imports, in index order: memory, table, then globals. */
  memory?: { module: string; field: string };
  table?: { module: string; field: string };
  globals: GlobalImport[];
  /** Defined functions (type index, encoded body), exported as "f0", "f1", ... */
  funcs: { type: number; body: number[] }[];
}

/** Assemble a module from its types, imports and exported functions. */
export function buildModule(spec: ModuleSpec): Uint8Array<ArrayBuffer> {
  const out: number[] = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  const types: number[] = [];
  uleb(types, spec.types.length);
  for (const t of spec.types) {
    types.push(0x60);
    uleb(types, t.params.length);
    types.push(...t.params);
    uleb(types, t.results.length);
    types.push(...t.results);
  }
  section(out, 1, types);
  const imports: number[] = [];
  uleb(imports, spec.globals.length + (spec.memory ? 1 : 0) + (spec.table ? 1 : 0));
  if (spec.memory) {
    name(imports, spec.memory.module);
    name(imports, spec.memory.field);
    imports.push(0x02, 0x00, 0x00); // memory, limits: min 0, no max
  }
  if (spec.table) {
    name(imports, spec.table.module);
    name(imports, spec.table.field);
    imports.push(0x01, 0x70, 0x00, 0x00); // table of funcref, min 0, no max
  }
  for (const g of spec.globals) {
    name(imports, g.module);
    name(imports, g.field);
    imports.push(0x03, g.type, g.mutable ? 1 : 0);
  }
  section(out, 2, imports);
  const funcs: number[] = [];
  uleb(funcs, spec.funcs.length);
  for (const f of spec.funcs) uleb(funcs, f.type);
  section(out, 3, funcs);
  const exports: number[] = [];
  uleb(exports, spec.funcs.length);
  spec.funcs.forEach((_, i) => {
    name(exports, `f${i}`);
    exports.push(0x00);
    uleb(exports, i);
  });
  section(out, 7, exports);
  const code: number[] = [];
  uleb(code, spec.funcs.length);
  for (const f of spec.funcs) code.push(...f.body);
  section(out, 10, code);
  return new Uint8Array(out);
}
