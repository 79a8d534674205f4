// N copies of a guest (up to 256), each a tile colored by its state. A tile re-renders only
// when its own machine's status changes; clicking one shows that machine everywhere else.
import { memo, useEffect, useState } from 'react';
import { usePlayground, useSel } from '../hooks.tsx';
import { bytesText, countText } from '../format.ts';
import { FLEET_MAX } from '../state/url-state.ts';
import { stateText } from './Controls.tsx';
import type { MachineId, MachineStatus } from '../../worker/api.ts';

function tone(st: MachineStatus | undefined, crashed?: string): string {
  if (crashed) return 'bad';
  if (!st) return 'starting';
  if (st.state === 'exited') return st.exit?.reason === 'halt' && st.exit.status === 0 ? 'ok' : st.exit?.reason === 'stopped' ? 'muted' : 'bad';
  return st.state;
}

const Tile = memo(function Tile({ id, index }: { id: MachineId; index: number }) {
  const p = usePlayground();
  const st = useSel((s) => s.machines[id]?.status);
  const crashed = useSel((s) => s.machines[id]?.crashed);
  const selected = useSel((s) => s.selectedId === id);
  const text = stateText(st, crashed);
  return (
    <li>
      <button
        className={`tile tone-${tone(st, crashed)}${selected ? ' selected' : ''}`}
        onClick={() => p.select(id)}
        aria-pressed={selected}
        aria-label={`Machine ${index + 1}: ${text}`}
        title={`#${index + 1} ${text}\n${countText(st?.instructions ?? 0)} instructions\n${st?.lastLine ?? ''}`}
        data-state={crashed ? 'crashed' : st?.state ?? 'starting'}
      >
        <span className="tile-n">{index + 1}</span>
        <span className="tile-i">{countText(st?.instructions ?? 0)}</span>
      </button>
    </li>
  );
});

function Summary({ ids }: { ids: MachineId[] }) {
  const counts = useSel((s) => {
    const c: Record<string, number> = {};
    for (const id of ids) {
      const m = s.machines[id];
      const k = m?.crashed ? 'crashed' : m?.status?.state ?? 'starting';
      c[k] = (c[k] ?? 0) + 1;
    }
    return Object.entries(c)
      .sort()
      .map(([k, n]) => `${n} ${k}`)
      .join(' · ');
  });
  return (
    <p className="fleet-summary" data-testid="fleet-summary" aria-live="polite">
      {ids.length} machines: {counts}
    </p>
  );
}

/** Host memory of all machines: each one's wasm linear memory, and the guest RAM committed in it. */
function MemoryUse() {
  const p = usePlayground();
  const [use, setUse] = useState<{ machines: number; wasmBytes: number; committedBytes: number; workers: number }>();
  useEffect(() => {
    let live = true;
    const load = () => void p.pool.memory().then((m) => live && setUse(m), () => {});
    load();
    const t = setInterval(load, 2000);
    return () => {
      live = false;
      clearInterval(t);
    };
  }, [p]);
  if (!use) return null;
  return (
    <p className="hint" data-testid="fleet-memory" data-wasm-bytes={use.wasmBytes} data-committed-bytes={use.committedBytes} data-machines={use.machines}>
      {use.machines} machines in {use.workers} worker{use.workers === 1 ? '' : 's'}: {bytesText(use.wasmBytes)} of wasm memory in all, of which guest RAM committed {bytesText(use.committedBytes)}.
    </p>
  );
}

export function FleetPanel() {
  const p = usePlayground();
  const catalog = useSel((s) => s.catalog);
  const fleet = useSel((s) => s.fleet);
  const current = useSel((s) => s.config.guest);
  const workers = useSel((s) => s.workers);
  const mainId = useSel((s) => s.mainId);
  const showingFleet = useSel((s) => s.selectedId !== s.mainId);
  const [guest, setGuest] = useState<string>(fleet.guest ?? current ?? 'hello');
  const [count, setCount] = useState(16);
  return (
    <div className="fleet-panel">
      <form className="row" onSubmit={(e) => (e.preventDefault(), void p.startFleet(guest, count))}>
        <label>
          Guest{' '}
          <select value={guest} onChange={(e) => setGuest(e.target.value)}>
            {catalog.map((g) => (
              <option key={g.name} value={g.name}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Copies <input type="number" min={1} max={FLEET_MAX} value={count} onChange={(e) => setCount(Number(e.target.value))} aria-label="Number of copies" />
        </label>
        <button type="submit" disabled={fleet.starting}>
          Start fleet
        </button>
        <button type="button" onClick={() => void p.stopFleet()} disabled={fleet.ids.length === 0}>
          Stop fleet
        </button>
        {mainId !== undefined && showingFleet && (
          <button type="button" onClick={() => p.select(mainId)}>
            Show the main machine
          </button>
        )}
      </form>
      <p className="hint">
        Each copy is a machine of its own (own core instance and RAM), spread over {workers} worker{workers === 1 ? '' : 's'} (this browser reports{' '}
        {navigator.hardwareConcurrency} cores). Copies with a NIC join the network at an address of their own (their <code>ip=</code> rewritten); their disks live in memory.
      </p>
      <MemoryUse />
      {fleet.error && <p className="error">{fleet.error}</p>}
      {fleet.ids.length > 0 && (
        <>
          <Summary ids={fleet.ids} />
          <ol className="fleet-grid" data-testid="fleet-grid">
            {fleet.ids.map((id, i) => (
              <Tile key={id} id={id} index={i} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
