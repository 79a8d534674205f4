// The catalog as cards (title, description, devices, memory, image size) and the boot
// options; also the way in for the user's own .hvt (file button here, or drop anywhere).
import { useEffect, useRef, useState } from 'react';
import { usePlayground, useSel } from '../hooks.tsx';
import { bytesText } from '../format.ts';
import { guestFileSize } from '../vm/guest-files.ts';
import type { CatalogEntry } from '../../../guests/catalog-schema.ts';
import { MEM_MAX_MIB, MEM_MIN_MIB } from '../state/url-state.ts';

function devicesText(g: CatalogEntry): string {
  if (g.devices.length === 0) return 'no devices';
  const blocks = g.devices.filter((d) => d.type === 'block');
  const nets = g.devices.filter((d) => d.type === 'net');
  const parts = [];
  if (blocks.length) parts.push(blocks.length > 3 ? `${blocks.length} disks` : blocks.map((d) => `disk ${d.name}`).join(', '));
  if (nets.length) parts.push(nets.map((d) => `NIC ${d.name}${d.type === 'net' ? ` (${d.ip})` : ''}`).join(', '));
  return parts.join('; ');
}

function Card({ g, current, size }: { g: CatalogEntry; current: boolean; size?: number }) {
  const p = usePlayground();
  return (
    <li className={current ? 'card current' : 'card'}>
      <h3>
        {g.title} <code className="muted">{g.name}</code>
      </h3>
      <p>{g.description}</p>
      <p className="card-facts">
        {g.memory} MiB RAM · {devicesText(g)} · image {size ? bytesText(size) : g.image}
        {g.cmdline && (
          <>
            {' '}
            · <code>{g.cmdline}</code>
          </>
        )}
      </p>
      <button onClick={() => void p.chooseGuest(g.name)} aria-label={`Boot ${g.title}`}>
        {current ? 'Reboot' : 'Boot'}
      </button>
    </li>
  );
}

export function FileButton({ label = 'Open .hvt…' }: { label?: string }) {
  const p = usePlayground();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button onClick={() => input.current?.click()} title="Boot your own Solo5 hvt image (or drop it on the page)">
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".hvt,application/octet-stream"
        hidden
        data-testid="image-file"
        aria-label="hvt image file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void f.arrayBuffer().then((b) => p.loadFile(f.name, new Uint8Array(b)));
        }}
      />
    </>
  );
}

function Options() {
  const p = usePlayground();
  const config = useSel((s) => s.config);
  return (
    <form className="options" onSubmit={(e) => (e.preventDefault(), void p.bootMain())}>
      <label>
        Memory (MiB){' '}
        <input
          type="number"
          min={MEM_MIN_MIB}
          max={MEM_MAX_MIB}
          step={2}
          value={config.memMiB}
          onChange={(e) => p.setConfig({ memMiB: Math.max(MEM_MIN_MIB, Math.min(MEM_MAX_MIB, Math.round(Number(e.target.value) / 2) * 2 || MEM_MIN_MIB)) })}
        />
      </label>
      <label className="grow">
        Command line <input value={config.cmdline} onChange={(e) => p.setConfig({ cmdline: e.target.value })} maxLength={8191} />
      </label>
      <label>
        <input type="checkbox" checked={config.deterministic} onChange={(e) => p.setConfig({ deterministic: e.target.checked })} /> deterministic time
      </label>
      <label>
        <input type="checkbox" checked={config.pauseAtEntry} onChange={(e) => p.setConfig({ pauseAtEntry: e.target.checked })} /> pause at entry
      </label>
      <button type="submit">Boot with these options</button>
    </form>
  );
}

export function GuestPicker() {
  const p = usePlayground();
  const open = useSel((s) => s.pickerOpen);
  const catalog = useSel((s) => s.catalog);
  const current = useSel((s) => (s.upload ? undefined : s.config.guest));
  const dialog = useRef<HTMLDialogElement>(null);
  const [sizes, setSizes] = useState<Record<string, number>>({});

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  useEffect(() => {
    if (!open) return;
    for (const g of catalog) if (sizes[g.name] === undefined) void guestFileSize(g.image).then((n) => n && setSizes((s) => ({ ...s, [g.name]: n })));
  }, [open, catalog]); // eslint-disable-line react-hooks/exhaustive-deps

  const demos = catalog.filter((g) => g.kind === 'demo');
  const conformance = catalog.filter((g) => g.kind === 'conformance');
  return (
    <dialog ref={dialog} className="picker" aria-labelledby="picker-title" onClose={() => p.store.setState({ pickerOpen: false })}>
      <div className="picker-head">
        <h2 id="picker-title">Guests</h2>
        <span className="spacer" />
        <FileButton label="Open your own .hvt…" />
        <button onClick={() => p.store.setState({ pickerOpen: false })} aria-label="Close">
          ✕
        </button>
      </div>
      <h3>Options for the next boot</h3>
      <Options />
      <h3>Demos</h3>
      <ul className="cards" data-testid="catalog">
        {demos.map((g) => (
          <Card key={g.name} g={g} current={g.name === current} size={sizes[g.name]} />
        ))}
      </ul>
      <h3>Conformance tests (Solo5's test suite)</h3>
      <ul className="cards compact">
        {conformance.map((g) => (
          <Card key={g.name} g={g} current={g.name === current} size={sizes[g.name]} />
        ))}
      </ul>
    </dialog>
  );
}
