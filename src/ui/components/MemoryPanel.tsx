// A hex viewer over guest memory, physical or through the guest's page tables, with
// go-to-address (numbers, symbols, register names).
import { useEffect, useState } from 'react';
import { usePlayground, useSel } from '../hooks.tsx';
import { hex, parseAddress } from '../format.ts';
import type { MemoryRead } from '../../worker/api.ts';

const ROW = 16;
const ROWS = 32;
const SPAN = ROW * ROWS;

export function MemoryPanel() {
  const p = usePlayground();
  const id = useSel((s) => s.selectedId);
  const view = useSel((s) => s.memoryView);
  const version = useSel((s) => s.debug.stopVersion);
  const regs = useSel((s) => s.debug.current);
  const [text, setText] = useState('');
  const [data, setData] = useState<MemoryRead>();
  const [error, setError] = useState('');

  useEffect(() => setText(hex(view.address)), [view.address]);
  useEffect(() => {
    if (id === undefined) return;
    let live = true;
    const start = view.address & ~BigInt(ROW - 1);
    p.pool
      .with(id, (api) => api.readMemory(id, start, SPAN, view.space))
      .then((d) => live && (setData(d), setError('')))
      .catch((e) => live && setError(String(e.message ?? e)));
    return () => {
      live = false;
    };
  }, [p, id, view, version]);

  const resolve = (t: string): bigint | undefined => {
    const a = parseAddress(t);
    if (a !== undefined) return a;
    const name = t.trim().toLowerCase();
    if (regs) {
      if (name === 'pc') return regs.pc;
      if (name === 'sp') return regs.sp;
      const m = /^x([0-9]|[12][0-9]|30)$/.exec(name);
      if (m) return regs.x[Number(m[1])];
    }
    return id === undefined ? undefined : p.symbolTable(id)?.lookup(t.trim())?.address;
  };
  const go = () => {
    const a = resolve(text);
    if (a === undefined) setError(`not an address, register or symbol: ${text}`);
    else p.openMemory(a, view.space);
  };
  const move = (d: number) => p.openMemory(BigInt.asUintN(64, view.address + BigInt(d)), view.space);

  const rows = [];
  if (data) {
    for (let r = 0; r < ROWS; r++) {
      const base = data.address + BigInt(r * ROW);
      const cells: string[] = [];
      let ascii = '';
      for (let i = 0; i < ROW; i++) {
        const a = base + BigInt(i);
        const ok = data.valid.some((v) => v.ok && a >= v.start && a < v.end);
        const b = data.bytes[r * ROW + i];
        cells.push(ok ? b.toString(16).padStart(2, '0') : '··');
        ascii += ok ? (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.') : ' ';
      }
      rows.push(
        <tr key={r}>
          <th scope="row">{hex(base, 8)}</th>
          <td className="hex-bytes">{cells.slice(0, 8).join(' ') + '  ' + cells.slice(8).join(' ')}</td>
          <td className="hex-ascii">{ascii}</td>
        </tr>,
      );
    }
  }
  const bad = data?.valid.filter((v) => !v.ok) ?? [];
  return (
    <div className="memory-panel">
      <form className="row" onSubmit={(e) => (e.preventDefault(), go())}>
        <label>
          Address <input value={text} onChange={(e) => setText(e.target.value)} aria-label="Go to address, register or symbol" placeholder="0x10000, sp, x0, main" />
        </label>
        <button type="submit">Go</button>
        <fieldset className="segmented">
          <legend className="sr-only">Address space</legend>
          {(['physical', 'virtual'] as const).map((sp) => (
            <label key={sp}>
              <input type="radio" name="space" checked={view.space === sp} onChange={() => p.openMemory(view.address, sp)} /> {sp === 'physical' ? 'guest-physical' : 'virtual (guest tables, EL1)'}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={() => move(-SPAN)} aria-label="Previous page">
          ◀
        </button>
        <button type="button" onClick={() => move(SPAN)} aria-label="Next page">
          ▶
        </button>
      </form>
      {error && <p className="error">{error}</p>}
      {bad.length > 0 && (
        <p className="hint">
          {bad.map((v) => `${hex(v.start)}–${hex(v.end)}: ${v.why}`).join('; ')} (shown as ··)
        </p>
      )}
      <table className="hex" data-testid="hex-view">
        <tbody>{rows}</tbody>
      </table>
    </div>
  );
}
