// Registers, disassembly around PC and breakpoints of the selected machine. Registers are
// fetched at every stop; what changed since the previous stop is highlighted.
import { useEffect, useMemo, useState } from 'react';
import { usePlayground, useSel } from '../hooks.tsx';
import { hex, hex64, parseAddress } from '../format.ts';
import type { DisasmLine, RegisterSnapshot } from '../../worker/api.ts';
import { SYSREGS } from '../../../emu-core/isa/sysreg-names.ts';

const SYSREG_GROUPS: Array<[string, RegExp]> = [
  ['Exceptions', /^(ESR|FAR|ELR|SPSR|VBAR|ISR)_/],
  ['MMU', /^(SCTLR|TCR|MAIR|AMAIR|TTBR0|TTBR1|PAR|CONTEXTIDR)_/],
  ['Timer', /^CNT/],
  ['Thread and misc.', /^(TPIDR|CPACR|ACTLR|AFSR|MDSCR|OS|CSSELR|SP_EL|SPSel|CurrentEL|NZCV|DAIF|FPCR|FPSR)/],
  ['Identification', /./],
];

function pstateWords(p: bigint): string {
  const el = Number((p >> 2n) & 3n);
  const sp = Number(p & 1n) ? 'h' : 't';
  const daif = ['D', 'A', 'I', 'F'].filter((_, i) => (p >> BigInt(9 - i)) & 1n).join('') || 'none';
  return `EL${el}${sp}, masked: ${daif}`;
}
function nzcvWords(p: bigint): string {
  return ['N', 'Z', 'C', 'V'].map((f, i) => ((p >> BigInt(31 - i)) & 1n ? f : f.toLowerCase())).join('');
}
function vHex(b: Uint8Array): string {
  let s = '';
  for (let i = 15; i >= 0; i--) s += b[i].toString(16).padStart(2, '0');
  return '0x' + s;
}

function Reg({ name, value, prev, title }: { name: string; value: string; prev?: string; title?: string }) {
  const changed = prev !== undefined && prev !== value;
  return (
    <div className={changed ? 'reg changed' : 'reg'} title={title} data-reg={name}>
      <span className="reg-name">{name}</span>
      <span className="reg-value">{value}</span>
    </div>
  );
}

function Registers({ regs, prev }: { regs: RegisterSnapshot; prev?: RegisterSnapshot }) {
  const [showV, setShowV] = useState(false);
  const [showSys, setShowSys] = useState(false);
  return (
    <div className="registers" data-testid="registers">
      <div className="reg-grid">
        {regs.x.map((v, i) => (
          <Reg key={i} name={`X${i}`} value={hex64(v)} prev={prev && hex64(prev.x[i])} />
        ))}
        <Reg name="SP" value={hex64(regs.sp)} prev={prev && hex64(prev.sp)} />
        <Reg name="PC" value={hex64(regs.pc)} prev={prev && hex64(prev.pc)} />
        <Reg name="NZCV" value={nzcvWords(regs.pstate)} prev={prev && nzcvWords(prev.pstate)} title="upper case = flag set" />
        <Reg name="PSTATE" value={pstateWords(regs.pstate)} prev={prev && pstateWords(prev.pstate)} title={hex(regs.pstate)} />
      </div>
      <button className="disclosure" aria-expanded={showV} onClick={() => setShowV(!showV)}>
        FP/SIMD registers
      </button>
      {showV && (
        <div className="reg-grid wide">
          {regs.fp.v.map((v, i) => (
            <Reg key={i} name={`V${i}`} value={vHex(v)} prev={prev && vHex(prev.fp.v[i])} />
          ))}
          <Reg name="FPCR" value={hex(regs.fp.fpcr, 8)} prev={prev && hex(prev.fp.fpcr, 8)} />
          <Reg name="FPSR" value={hex(regs.fp.fpsr, 8)} prev={prev && hex(prev.fp.fpsr, 8)} />
        </div>
      )}
      <button className="disclosure" aria-expanded={showSys} onClick={() => setShowSys(!showSys)}>
        System registers
      </button>
      {showSys &&
        SYSREG_GROUPS.map(([group, re], gi) => {
          const names = SYSREGS.map((r) => r.name).filter((n) => re.test(n) && SYSREG_GROUPS.findIndex(([, r2]) => r2.test(n)) === gi);
          return (
            <div key={group}>
              <h4>{group}</h4>
              <div className="reg-grid">
                {names.map((n) => (
                  <Reg key={n} name={n} value={hex64(regs.sysregs[n] ?? 0n)} prev={prev && hex64(prev.sysregs[n] ?? 0n)} />
                ))}
              </div>
            </div>
          );
        })}
    </div>
  );
}

function Disassembly({ id, pc, version }: { id: number; pc?: bigint; version: number }) {
  const p = usePlayground();
  const [at, setAt] = useState('');
  const [lines, setLines] = useState<DisasmLine[]>([]);
  const [error, setError] = useState('');
  const [target, setTarget] = useState<bigint | undefined>(undefined);
  const bps = useSel((s) => s.breakpoints);

  useEffect(() => setTarget(undefined), [version]);
  const center = target ?? pc;
  useEffect(() => {
    if (center === undefined) return;
    let live = true;
    p.pool
      .with(id, (api) => api.disassemble(id, center, 8, 24))
      .then((l) => live && (setLines(l), setError('')))
      .catch((e) => live && setError(String(e.message ?? e)));
    return () => {
      live = false;
    };
  }, [p, id, center, version, bps]);

  const go = () => {
    const a = parseAddress(at) ?? p.symbolTable(id)?.lookup(at.trim())?.address;
    if (a === undefined) setError(`not an address or a symbol: ${at}`);
    else setTarget(a);
  };

  return (
    <div className="disasm">
      <form className="row" onSubmit={(e) => (e.preventDefault(), go())}>
        <label>
          Go to <input value={at} onChange={(e) => setAt(e.target.value)} placeholder="0x100000 or a symbol" aria-label="Disassemble at address or symbol" />
        </label>
        <button type="submit">Show</button>
        {target !== undefined && (
          <button type="button" onClick={() => setTarget(undefined)}>
            Back to PC
          </button>
        )}
      </form>
      {error && <p className="error">{error}</p>}
      <ol className="disasm-lines" data-testid="disassembly">
        {lines.map((l) => (
          <li key={String(l.address)} className={l.address === pc ? 'current' : undefined}>
            {l.label && <div className="label">{l.label}:</div>}
            <div className="line">
              <button
                className={l.breakpoint ? 'bp on' : 'bp'}
                aria-label={`${l.breakpoint ? 'Remove' : 'Set'} breakpoint at ${hex(l.address)}`}
                aria-pressed={l.breakpoint}
                onClick={() => void p.toggleBreakpoint(l.address)}
              />
              <span className="addr">{hex(l.address, 8)}</span>
              <span className="word">{l.word === undefined ? '' : l.word.toString(16).padStart(8, '0')}</span>
              <span className="insn">{l.text}</span>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}

function Breakpoints({ id }: { id: number }) {
  const p = usePlayground();
  const bps = useSel((s) => s.breakpoints);
  const [text, setText] = useState('');
  const funcs = useMemo(() => p.symbolsOf(id).filter((s) => s.kind === 'func').map((s) => s.name), [p, id]);
  const add = () => {
    const t = text.trim();
    if (!t) return;
    void p.setBreakpoints([...bps.map((b) => b.spec), t]);
    setText('');
  };
  return (
    <div className="breakpoints">
      <form className="row" onSubmit={(e) => (e.preventDefault(), add())}>
        <label>
          Breakpoint <input list="symbol-list" value={text} onChange={(e) => setText(e.target.value)} placeholder="symbol or 0xaddress" aria-label="New breakpoint: symbol or address" />
        </label>
        <datalist id="symbol-list">
          {funcs.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
        <button type="submit">Add</button>
      </form>
      {bps.length === 0 ? (
        <p className="hint">No breakpoints. Click the dot left of an instruction, or name a function ({funcs.length} known from the ELF symbol table).</p>
      ) : (
        <ul className="bp-list" data-testid="breakpoints">
          {bps.map((b) => (
            <li key={b.spec}>
              <code>{b.spec}</code> {b.address !== undefined && b.spec !== hex(b.address) && <span className="muted">{hex(b.address)}</span>}
              {b.problem && <span className="error"> {b.problem}</span>}
              <button aria-label={`Remove breakpoint ${b.spec}`} onClick={() => void p.setBreakpoints(bps.filter((x) => x !== b).map((x) => x.spec))}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function CpuPanel() {
  const id = useSel((s) => s.selectedId);
  const regs = useSel((s) => s.debug.current);
  const prev = useSel((s) => s.debug.previous);
  const version = useSel((s) => s.debug.stopVersion);
  const state = useSel((s) => (s.selectedId === undefined ? undefined : s.machines[s.selectedId]?.status?.state));
  const statusPc = useSel((s) => (s.selectedId === undefined ? undefined : s.machines[s.selectedId]?.status?.pc));
  if (id === undefined) return <p className="hint">No machine.</p>;
  const stopped = state === 'paused' || state === 'exited';
  return (
    <div className="cpu-panel">
      <section aria-label="Registers">
        <h3>Registers {stopped ? <span className="muted">(at this stop; changed since the last stop highlighted)</span> : <span className="muted">(pause to inspect)</span>}</h3>
        {regs && stopped ? <Registers regs={regs} prev={prev} /> : <p className="hint">Registers are read when the machine stops: pause it, or set a breakpoint.</p>}
      </section>
      <div className="cpu-lower">
        <section aria-label="Disassembly">
          <h3>Disassembly</h3>
          <Disassembly id={id} pc={stopped ? regs?.pc ?? statusPc : statusPc} version={version} />
        </section>
        <section aria-label="Breakpoints">
          <h3>Breakpoints</h3>
          <Breakpoints id={id} />
        </section>
      </div>
    </div>
  );
}
