// Our side of the differential test: one emu-core machine that runs a case at EL0 with the
// same virtual layout as the QEMU harness (layout.ts) and reports how it ended as the signal
// Linux would deliver (signals.ts).
//
//   guest physical = virtual (identity-mapped, 4 KiB pages, TTBR0, T0SZ = 32, TBI0 = 1)
//   0x0001_0000  level-1 table  (entry 0 -> level-2 table)
//   0x0001_1000  level-2 table  (entry 0 -> L3 "low", entry 128 -> L3 "test")
//   0x0001_2000  level-3 "low"  (maps the vector page only)
//   0x0001_3000  level-3 "test" (maps the code page and the data buffer of layout.ts; the
//                                guard pages stay invalid)
//   0x0002_0000  vector page, EL1-only:  VBAR_EL1; every vector entry has a host breakpoint,
//                +0x800: ERET, the launch pad that enters EL0 with the case's state
//   0x1000_0000  the test region of layout.ts
//
// A case: EL1h at the launch pad with SPSR_EL1 = the case's NZCV + EL0t and ELR_EL1 = ENTRY;
// ERET enters EL0 (clearing the exclusive monitor, as the harness's CLREX does), the case runs
// and ends in an exception (at the latest the BRK of a landing slot), which reaches a vector:
// the breakpoint there stops the run. X0-X30 are untouched by exception entry; SP is SP_EL0,
// NZCV is in SPSR_EL1, the faulting or landing PC in ELR_EL1.
import { Cpu, Exit, EXIT_NAMES } from '../../../src/core/cpu.ts';
import { loadCoreModuleSync } from '../../../src/core/load-node.ts';
import { CODE, CODE_SIZE, DATA, DATA_SIZE, ENTRY, MAX_INSNS, NO_SIGNAL, PAGE, REGION, SIGALRM, SLOT_WORD } from './layout.ts';
import { type CpuState, type Outcome, type TestCase } from './protocol.ts';
import { dataWords } from './rng.ts';
import { signalFor } from './signals.ts';

const L1 = 0x1_0000;
const L2 = 0x1_1000;
const L3_LOW = 0x1_2000;
const L3_TEST = 0x1_3000;
const VECTORS = 0x2_0000;
const LAUNCH = VECTORS + 0x800;
const RAM_BYTES = REGION + 0x20_0000; // lazily committed: only the touched 2 MiB chunks cost memory

const ERET = 0xd69f03e0;
/** The case must reach a vector within this many instructions (ERET + the case + a slot). */
const BUDGET = 2 + MAX_INSNS + 8;

// Descriptor bits (VMSAv8-64, 4 KiB granule).
const DESC_PAGE = 3n; // valid + page (level 3) / table (levels 1-2)
const AF = 1n << 10n;
const SH_INNER = 3n << 8n;
const AP_EL0_RW = 1n << 6n;
const AP_EL1_RW = 0n;
const PXN = 1n << 53n;
const UXN = 1n << 54n;
const ATTR_NORMAL = 0n << 2n; // MAIR attr0

// SCTLR_EL1 as Linux runs user space: MMU and caches on; EL0 may use DC ZVA (DZE), read CTR_EL0
// (UCT) and do cache maintenance (UCI); WFI/WFE do not trap. No alignment checks (A = 0).
// SA0 (SP alignment checks at EL0) is off: qemu-aarch64 does not implement them.
const SCTLR_RES1 = 0x30d00800n;
const SCTLR = SCTLR_RES1 | 1n | (1n << 2n) | (1n << 12n) | (1n << 14n) | (1n << 15n) | (1n << 16n) | (1n << 18n) | (1n << 26n);
// TCR_EL1: T0SZ = 32 (4 GiB), inner/outer write-back, inner shareable, TTBR1 walks disabled
// (EPD1), 40-bit IPS, top byte ignored for EL0 addresses (TBI0) as Linux sets it.
const TCR = 32n | (1n << 8n) | (1n << 10n) | (3n << 12n) | (1n << 23n) | (2n << 32n) | (1n << 37n);
const MAIR = 0xffn;

const REG_X = 0x000;
const REG_V = 0x200;

export class OurMachine {
  private constructor(readonly cpu: Cpu) {}

  static async create(): Promise<OurMachine> {
    const cpu = await Cpu.create(loadCoreModuleSync(), { ramBytes: RAM_BYTES, deterministic: true });
    const m = new OurMachine(cpu);
    m.setUp();
    return m;
  }

  private setUp(): void {
    const cpu = this.cpu;
    const page = (pa: number, attrs: bigint) => BigInt(pa) | DESC_PAGE | AF | SH_INNER | ATTR_NORMAL | attrs;
    cpu.writeU64(L1, BigInt(L2) | DESC_PAGE);
    cpu.writeU64(L2, BigInt(L3_LOW) | DESC_PAGE);
    cpu.writeU64(L2 + 8 * (REGION >>> 21), BigInt(L3_TEST) | DESC_PAGE);
    cpu.writeU64(L3_LOW + 8 * (VECTORS >>> 12), page(VECTORS, AP_EL1_RW | UXN));
    cpu.writeU64(L3_TEST + 8 * ((CODE - REGION) >>> 12), page(CODE, AP_EL0_RW | PXN));
    for (let a = DATA; a < DATA + DATA_SIZE; a += PAGE) cpu.writeU64(L3_TEST + 8 * ((a - REGION) >>> 12), page(a, AP_EL0_RW | PXN | UXN));
    const slots = new Uint32Array(CODE_SIZE / 4).fill(SLOT_WORD);
    cpu.writePhys(CODE, new Uint8Array(slots.buffer));
    cpu.writeU32(LAUNCH, ERET);
    for (let v = 0; v < 16; v++) cpu.addBreakpoint(BigInt(VECTORS + v * 0x80));
    cpu.setSysreg('MAIR_EL1', MAIR);
    cpu.setSysreg('TCR_EL1', TCR);
    cpu.setSysreg('TTBR0_EL1', BigInt(L1));
    cpu.setSysreg('VBAR_EL1', BigInt(VECTORS));
    cpu.setSysreg('CPACR_EL1', 3n << 20n); // FP/SIMD enabled at EL0, as for every Linux task
    cpu.setSysreg('SCTLR_EL1', SCTLR);
  }

  /** Seed of the data buffer's current initial contents, and the words the last case changed. */
  private seed = -1;
  private dirty: number[] = [];

  /** Cases run so far: they alternate between the interpreter and the block translator. */
  private cases = 0;

  /**
   * Run one case; returns its outcome in the QEMU harness's terms. Every other case runs with
   * the block translator translating on first execution (the case's instructions become a
   * translated block, see src/core/jit/), the others in the interpreter alone, so both are
   * held to QEMU in every run.
   */
  run(c: TestCase): Outcome {
    const cpu = this.cpu;
    cpu.setJitThreshold(this.cases++ % 2 === 0 ? 1 : 0);
    const code = new Uint32Array(MAX_INSNS).fill(SLOT_WORD);
    c.insns.forEach((w, i) => (code[i] = w >>> 0));
    cpu.writePhys(ENTRY, new Uint8Array(code.buffer));
    this.prepareData(c.dataSeed);
    this.loadState(c.state);
    const exit = cpu.run(BUDGET);
    const mem = this.changedWords();
    const state = this.saveState();
    const dataSeed = c.dataSeed;
    if (exit === Exit.Budget) {
      // Still running after the budget: the harness's watchdog would call it a hang.
      return { signo: SIGALRM, siCode: 0x80, siAddr: 0n, pc: cpu.pc, state, dataSeed, mem };
    }
    const vector = Number(cpu.pc) - VECTORS;
    const elr = cpu.sysreg('ELR_EL1');
    const esr = cpu.sysreg('ESR_EL1');
    // Anything but an exception from EL0 to its synchronous vector is a core bug in this case:
    // report it as this case's outcome (a mismatch), and carry on with the others.
    const stopped = (why: string): Outcome => ({ signo: NO_SIGNAL, siCode: 0, siAddr: 0n, pc: cpu.pc, state, dataSeed, mem, note: why });
    if (exit !== Exit.Breakpoint) return stopped(`our machine stopped with exit ${EXIT_NAMES[exit] ?? exit} at pc 0x${cpu.pc.toString(16)}`);
    if (vector !== 0x400) return stopped(`exception to vector +0x${vector.toString(16)} (not EL0 synchronous), ESR 0x${esr.toString(16)}, ELR 0x${elr.toString(16)}`);
    try {
      return { ...signalFor(esr, cpu.sysreg('FAR_EL1'), elr, state.sp), pc: elr, state, dataSeed, mem };
    } catch (e) {
      return stopped((e as Error).message);
    }
  }

  /** The data buffer as wasm memory words (a fresh view: memory growth detaches old ones). */
  private dataView(): Uint32Array {
    const host = this.cpu.x.physHostPtr(BigInt(DATA), 1);
    return new Uint32Array(this.cpu.x.memory.buffer, host, DATA_SIZE / 4);
  }

  /** Initial contents for `seed`: all of it for a new seed, else only the words last changed. */
  private prepareData(seed: number): void {
    const initial = dataWords(seed, DATA_SIZE);
    if (seed !== this.seed) {
      this.cpu.writePhys(DATA, initial);
      this.seed = seed;
    } else {
      for (const off of this.dirty) this.cpu.writePhys(DATA + off, initial.subarray(off, off + 8));
    }
    this.dirty = [];
  }

  /** The words that differ from the initial contents (byte offset -> LE word), remembered for the restore. */
  private changedWords(): Map<number, bigint> {
    const now = this.dataView();
    const was = new Uint32Array(dataWords(this.seed, DATA_SIZE).buffer);
    const mem = new Map<number, bigint>();
    for (let i = 0; i < now.length; i += 2) {
      if (now[i] === was[i] && now[i + 1] === was[i + 1]) continue;
      mem.set(i * 4, (BigInt(now[i + 1]) << 32n) | BigInt(now[i]));
      this.dirty.push(i * 4);
    }
    return mem;
  }

  private loadState(s: CpuState): void {
    const cpu = this.cpu;
    cpu.pstate = 0x3c5n; // EL1h, DAIF masked
    cpu.pc = BigInt(LAUNCH);
    cpu.setSysreg('SPSR_EL1', BigInt(s.nzcv & 0xf0000000)); // EL0t, DAIF clear
    cpu.setSysreg('ELR_EL1', BigInt(ENTRY));
    cpu.setSysreg('SP_EL0', s.sp);
    cpu.setSysreg('FPCR', BigInt(s.fpcr));
    cpu.setSysreg('FPSR', BigInt(s.fpsr));
    cpu.setSysreg('TPIDR_EL0', s.tpidr);
    const regs = cpu.x.regsPtr();
    const dv = new DataView(cpu.x.memory.buffer, regs, 0x400);
    for (let r = 0; r < 31; r++) dv.setBigUint64(REG_X + 8 * r, BigInt.asUintN(64, s.x[r]), true);
    new Uint8Array(cpu.x.memory.buffer, regs + REG_V, 512).set(s.v);
  }

  private saveState(): CpuState {
    const cpu = this.cpu;
    const regs = cpu.x.regsPtr();
    const dv = new DataView(cpu.x.memory.buffer, regs, 0x400);
    const x: bigint[] = [];
    for (let r = 0; r < 31; r++) x.push(dv.getBigUint64(REG_X + 8 * r, true));
    return {
      x,
      sp: cpu.sysreg('SP_EL0'),
      nzcv: Number(cpu.sysreg('SPSR_EL1') & 0xf0000000n),
      fpcr: Number(cpu.sysreg('FPCR')),
      fpsr: Number(cpu.sysreg('FPSR')),
      tpidr: cpu.sysreg('TPIDR_EL0'),
      v: new Uint8Array(cpu.x.memory.buffer.slice(regs + REG_V, regs + REG_V + 512)),
    };
  }
}
