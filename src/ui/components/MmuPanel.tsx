// The MMU as the guest has set it up: SCTLR/TCR/MAIR/TTBR in words, the page-table tree
// level by level, a translation with every step of the walk, and the TLB counters. It
// refreshes while the guest runs, so a guest rewriting its tables (mmu-lab) is seen live.
import { useEffect, useState } from 'react';
import { usePlayground, useSel } from '../hooks.tsx';
import { hex, hex64, parseAddress } from '../format.ts';
import type { MmuInfo, PageTableView, Translation } from '../../worker/api.ts';

const REFRESH_MS = 1000;
const LEVEL_NAMES = ['L0 (PGD)', 'L1 (PUD)', 'L2 (PMD)', 'L3 (PTE)'];

interface Crumb {
  addr: bigint;
  level: number;
  baseVa: bigint;
}

function useRefresh(version: number): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const t = setInterval(() => setTick((n) => n + 1), REFRESH_MS);
    return () => clearInterval(t);
  }, [version]);
  return tick + version;
}

function Registers({ info }: { info: MmuInfo }) {
  const [open, setOpen] = useState<string>('SCTLR_EL1');
  return (
    <div className="mmu-regs">
      {info.registers.map((r) => (
        <details key={r.name} open={open === r.name} onToggle={(e) => (e.currentTarget.open ? setOpen(r.name) : undefined)}>
          <summary>
            <code>{r.name}</code> = <code>{hex64(r.value)}</code>
          </summary>
          <table className="fields">
            <tbody>
              {r.fields.map((f) => (
                <tr key={f.name}>
                  <th scope="row">{f.name}</th>
                  <td>
                    <code>{f.value}</code>
                  </td>
                  <td>{f.meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </div>
  );
}

function TableBrowser({ id, info, tick }: { id: number; info: MmuInfo; tick: number }) {
  const p = usePlayground();
  const root = info.root[0];
  const [path, setPath] = useState<Crumb[]>([]);
  const [table, setTable] = useState<PageTableView>();
  const [error, setError] = useState('');
  const rootKey = root ? `${root.addr}:${root.startLevel}` : '';
  useEffect(() => {
    setPath(root ? [{ addr: root.addr, level: root.startLevel, baseVa: 0n }] : []);
  }, [rootKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const here = path[path.length - 1];
  useEffect(() => {
    if (!here) return;
    let live = true;
    p.pool
      .with(id, (api) => api.pageTable(id, here.addr, here.level, here.baseVa))
      .then((t) => live && (setTable(t), setError('')))
      .catch((e) => live && setError(String(e.message ?? e)));
    return () => {
      live = false;
    };
  }, [p, id, here, tick]);
  if (!root) return <p className="hint">Translation through TTBR0_EL1 is disabled (TCR_EL1.EPD0).</p>;
  return (
    <div className="table-browser">
      <nav aria-label="Page-table path" className="crumbs">
        {path.map((c, i) => (
          <span key={i}>
            {i > 0 && ' › '}
            <button onClick={() => setPath(path.slice(0, i + 1))} aria-current={i === path.length - 1 ? 'step' : undefined}>
              {LEVEL_NAMES[c.level]} @ {hex(c.addr)}
            </button>
          </span>
        ))}
      </nav>
      {error && <p className="error">{error}</p>}
      {table && (
        <table className="entries" data-testid="page-table">
          <thead>
            <tr>
              <th>index</th>
              <th>virtual range</th>
              <th>descriptor</th>
              <th>meaning</th>
            </tr>
          </thead>
          <tbody>
            {table.entries.length === 0 && (
              <tr>
                <td colSpan={4}>All 512 entries are empty.</td>
              </tr>
            )}
            {table.entries.map((e) => (
              <tr key={e.index}>
                <td>{e.index}</td>
                <td>
                  <code>
                    {hex(e.va)}–{hex(e.va + table.entrySpan - 1n)}
                  </code>
                </td>
                <td>
                  <code>{hex(e.desc, 16)}</code>
                </td>
                <td>
                  {e.kind === 'table' && table.level < 3 ? (
                    <button className="link" onClick={() => setPath([...path, { addr: e.target, level: table.level + 1, baseVa: e.va }])}>
                      {e.words}
                    </button>
                  ) : e.kind === 'block' || e.kind === 'page' ? (
                    <button className="link" onClick={() => p.openMemory(e.target, 'physical')} title="Open the output address in the hex viewer">
                      {e.words}
                    </button>
                  ) : (
                    e.words
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function Translate({ id, tick }: { id: number; tick: number }) {
  const p = usePlayground();
  const [text, setText] = useState('0x100000');
  const [va, setVa] = useState<bigint>(0x10_0000n);
  const [t, setT] = useState<Translation>();
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    p.pool
      .with(id, (api) => api.translate(id, va))
      .then((r) => live && (setT(r), setError('')))
      .catch((e) => live && setError(String(e.message ?? e)));
    return () => {
      live = false;
    };
  }, [p, id, va, tick]);
  const go = () => {
    const a = parseAddress(text) ?? p.symbolTable(id)?.lookup(text.trim())?.address;
    if (a === undefined) setError(`not an address or a symbol: ${text}`);
    else setVa(a);
  };
  const yes = (b: boolean) => (b ? '✓' : '✗');
  return (
    <div className="translate">
      <form className="row" onSubmit={(e) => (e.preventDefault(), go())}>
        <label>
          Translate <input value={text} onChange={(e) => setText(e.target.value)} aria-label="Virtual address to translate" />
        </label>
        <button type="submit">Walk</button>
      </form>
      {error && <p className="error">{error}</p>}
      {t && (
        <div data-testid="walk">
          <ol className="walk-steps">
            {t.steps.map((s, i) => (
              <li key={i}>
                <strong>{LEVEL_NAMES[s.level]}</strong> [{s.index}] at <code>{hex(s.descAddr)}</code> = <code>{hex(s.desc, 16)}</code>: {s.words}
              </li>
            ))}
          </ol>
          <p className={t.ok ? 'walk-result ok' : 'walk-result bad'} data-testid="walk-result">
            {t.ok ? (
              <>
                {hex(t.va)} → physical <code>{hex(t.pa ?? 0n)}</code>
                {t.device ? ' (device memory)' : ''}
              </>
            ) : (
              <>
                {hex(t.va)}: no translation ({t.fault})
              </>
            )}
          </p>
          {t.fault && t.ok && <p className="hint">{t.fault}, but other accesses are allowed:</p>}
          <table className="perm-table" aria-label="Permissions">
            <thead>
              <tr>
                <th />
                <th>read</th>
                <th>write</th>
                <th>execute</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">EL1 (kernel)</th>
                <td>{yes(t.access.el1.r)}</td>
                <td>{yes(t.access.el1.w)}</td>
                <td>{yes(t.access.el1.x)}</td>
              </tr>
              <tr>
                <th scope="row">EL0 (user)</th>
                <td>{yes(t.access.el0.r)}</td>
                <td>{yes(t.access.el0.w)}</td>
                <td>{yes(t.access.el0.x)}</td>
              </tr>
            </tbody>
          </table>
          {t.attributes && <p>{t.attributes}</p>}
        </div>
      )}
    </div>
  );
}

export function MmuPanel() {
  const p = usePlayground();
  const id = useSel((s) => s.selectedId);
  const version = useSel((s) => s.debug.stopVersion);
  const tick = useRefresh(version);
  const [info, setInfo] = useState<MmuInfo>();
  const [error, setError] = useState('');
  useEffect(() => {
    if (id === undefined) return;
    let live = true;
    p.pool
      .with(id, (api) => api.mmu(id))
      .then((m) => live && (setInfo(m), setError('')))
      .catch((e) => live && setError(String(e.message ?? e)));
    return () => {
      live = false;
    };
  }, [p, id, tick]);
  if (id === undefined) return <p className="hint">No machine.</p>;
  if (error) return <p className="error">{error}</p>;
  if (!info) return <p className="hint">Reading the MMU…</p>;
  const lookups = info.tlb.hits + info.tlb.misses;
  return (
    <div className="mmu-panel">
      <p className="mmu-summary" data-testid="tlb">
        MMU {info.enabled ? 'on' : 'off'} · TLB hits {info.tlb.hits.toString()} · misses {info.tlb.misses.toString()}
        {lookups > 0n ? ` (${((Number(info.tlb.hits) / Number(lookups)) * 100).toFixed(2)}% hits)` : ''} · flushes {info.tlb.flushes.toString()} · exceptions taken {info.exceptions.toString()} · code pages decoded {info.codePages}
      </p>
      <h3>Translate an address</h3>
      <Translate id={id} tick={tick} />
      <h3>Page tables ({info.root.map((r) => `${r.ttbr}: ${r.vaBits}-bit addresses, walk starts at level ${r.startLevel}`).join('; ') || 'no walks'})</h3>
      <TableBrowser id={id} info={info} tick={tick} />
      <h3>Registers</h3>
      <Registers info={info} />
    </div>
  );
}
