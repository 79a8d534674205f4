// Guest physical memory drawn as a bar: every region the monitor placed, the image's
// segments, heap, stack, and the MMIO window. Region sizes span 4 KiB to GiBs, so the
// default scale is logarithmic (said on screen); the linear scale is true to size.
import { useEffect, useState } from 'react';
import { usePlayground, useSel } from '../hooks.tsx';
import { bytesText, hex } from '../format.ts';
import type { MapRegion, MemoryMapInfo } from '../../worker/api.ts';

const BAR_PX = 520;
const MIN_LABEL_PX = 15;
/** On the log scale every region is tall enough for its label. */
const LOG_MIN_PX = 18;
const PAGE = 4096;

type Scale = 'log' | 'linear';

function heights(regions: MapRegion[], scale: Scale): number[] {
  const w = regions.map((r) => {
    const size = r.end - r.start;
    return scale === 'log' ? 1 + Math.log2(Math.max(1, size / PAGE)) : size;
  });
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => Math.max(scale === 'log' ? LOG_MIN_PX : 1, (BAR_PX * x) / total));
}

export function MapPanel() {
  const p = usePlayground();
  const id = useSel((s) => s.selectedId);
  const version = useSel((s) => s.debug.stopVersion);
  const [map, setMap] = useState<MemoryMapInfo>();
  const [scale, setScale] = useState<Scale>('log');
  const [focus, setFocus] = useState<MapRegion>();
  const [error, setError] = useState('');

  useEffect(() => {
    if (id === undefined) return;
    let live = true;
    const load = () =>
      p.pool
        .with(id, (api) => api.memoryMap(id))
        .then((m) => live && (setMap(m), setError('')))
        .catch((e) => live && setError(String(e.message ?? e)));
    void load();
    const t = setInterval(load, 2000); // the stack and committed RAM move while it runs
    return () => {
      live = false;
      clearInterval(t);
    };
  }, [p, id, version]);

  if (error) return <p className="error">{error}</p>;
  if (!map) return <p className="hint">Loading the memory map…</p>;
  const hs = heights(map.regions, scale);
  const open = (r: MapRegion) => p.openMemory(BigInt(r.start), 'physical');
  const shown = focus ?? map.regions.find((r) => r.kind === 'segment');

  return (
    <div className="map-panel">
      <div className="row">
        <fieldset className="segmented">
          <legend>Scale</legend>
          <label>
            <input type="radio" name="scale" checked={scale === 'log'} onChange={() => setScale('log')} /> logarithmic
          </label>
          <label>
            <input type="radio" name="scale" checked={scale === 'linear'} onChange={() => setScale('linear')} /> linear
          </label>
        </fieldset>
        <p className="hint scale-note" data-testid="scale-note">
          {scale === 'log'
            ? 'Heights grow with the logarithm of each region\'s size, so 4 KiB regions stay visible next to megabytes: not to scale.'
            : 'Heights are to scale (regions smaller than a pixel are drawn one pixel high).'}
        </p>
      </div>
      <div className="map-body">
        <ol className="map-bar" aria-label={`Guest physical memory, ${bytesText(map.memBytes)}, from address 0 at the top`} data-testid="memory-map">
          {map.regions.map((r, i) => (
            <li key={r.start} style={{ height: `${hs[i]}px` }}>
              <button
                className={`region kind-${r.kind}${shown === r ? ' focused' : ''}`}
                onMouseEnter={() => setFocus(r)}
                onFocus={() => setFocus(r)}
                onClick={() => open(r)}
                aria-label={`${r.label}, ${hex(r.start)} to ${hex(r.end)}, ${bytesText(r.end - r.start)}, ${r.perms ?? ''}. Open in the hex viewer.`}
                data-region={r.kind}
              >
                {hs[i] >= MIN_LABEL_PX && (
                  <>
                    <span className="region-label">{r.label}</span>
                    <span className="region-size">{bytesText(r.end - r.start)}</span>
                  </>
                )}
              </button>
              <span className="region-addr" aria-hidden="true">
                {hs[i] >= MIN_LABEL_PX || i === 0 ? hex(r.start) : ''}
              </span>
            </li>
          ))}
          <li className="map-end" aria-hidden="true">
            <span className="region-addr">{hex(map.memBytes)} (mem_size)</span>
          </li>
          <li className="map-gap" aria-hidden="true">
            ⋮ not RAM ⋮
          </li>
          <li style={{ height: '40px' }}>
            <button className="region kind-mmio" onMouseEnter={() => setFocus(map.mmio)} onFocus={() => setFocus(map.mmio)} aria-label={`${map.mmio.label}, ${hex(map.mmio.start)}, ${bytesText(map.mmio.end - map.mmio.start)}`} data-region="mmio">
              <span className="region-label">{map.mmio.label}</span>
              <span className="region-size">{bytesText(map.mmio.end - map.mmio.start)}</span>
            </button>
            <span className="region-addr">{hex(map.mmio.start)}</span>
          </li>
        </ol>
        <aside className="map-details" aria-live="polite" data-testid="region-details">
          {shown && (
            <>
              <h3>{shown.label}</h3>
              <p>
                <code>
                  {hex(shown.start)} – {hex(shown.end - 1)}
                </code>{' '}
                ({bytesText(shown.end - shown.start)}) {shown.perms && <code className="perms">{shown.perms}</code>}
              </p>
              <p>{shown.detail}</p>
              {shown.kind !== 'mmio' && <button onClick={() => open(shown)}>Open in the hex viewer</button>}
            </>
          )}
          <p className="hint">
            RAM committed so far: {bytesText(map.committedBytes)} of {bytesText(map.memBytes)} (guest RAM is allocated in 2 MiB pieces on first touch). SP = {hex(map.sp)}.
          </p>
        </aside>
      </div>
    </div>
  );
}
