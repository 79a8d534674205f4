// The page layout: header, controls, console on the left, panels on the right (stacked on
// narrow screens); a file dropped anywhere boots as the user's image.
import { useEffect, useState, type ReactNode } from 'react';
import { usePlayground, useSel } from './hooks.tsx';
import { TABS, type TabId } from './state/url-state.ts';
import { Header } from './components/Header.tsx';
import { Controls } from './components/Controls.tsx';
import { ConsolePanel } from './components/ConsolePanel.tsx';
import { CpuPanel } from './components/CpuPanel.tsx';
import { MemoryPanel } from './components/MemoryPanel.tsx';
import { MapPanel } from './components/MapPanel.tsx';
import { MmuPanel } from './components/MmuPanel.tsx';
import { MonitorPanel } from './components/MonitorPanel.tsx';
import { FleetPanel } from './components/FleetPanel.tsx';
import { NetworkPanel } from './components/NetworkPanel.tsx';
import { GuestPicker } from './components/GuestPicker.tsx';
import { Notices } from './components/Notices.tsx';

const TAB_LABELS: Record<TabId, string> = {
  cpu: 'CPU',
  memory: 'Memory',
  map: 'Memory map',
  mmu: 'MMU',
  monitor: 'Monitor',
  network: 'Network',
  fleet: 'Fleet',
};

const PANELS: Record<TabId, () => ReactNode> = {
  cpu: () => <CpuPanel />,
  memory: () => <MemoryPanel />,
  map: () => <MapPanel />,
  mmu: () => <MmuPanel />,
  monitor: () => <MonitorPanel />,
  network: () => <NetworkPanel />,
  fleet: () => <FleetPanel />,
};

function Tabs() {
  const p = usePlayground();
  const tab = useSel((s) => s.tab);
  const onKey = (e: React.KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : undefined;
    if (!next) return;
    e.preventDefault();
    p.setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <section className="panels">
      <div role="tablist" aria-label="Inspector panels" className="tabs" onKeyDown={onKey}>
        {TABS.map((t) => (
          <button key={t} id={`tab-${t}`} role="tab" aria-selected={tab === t} aria-controls={`panel-${t}`} tabIndex={tab === t ? 0 : -1} onClick={() => p.setTab(t)}>
            {TAB_LABELS[t]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="panel" data-testid={`panel-${tab}`}>
        {PANELS[tab]()}
      </div>
    </section>
  );
}

function DropZone() {
  const p = usePlayground();
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFile = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const enter = (e: DragEvent) => {
      if (!hasFile(e)) return;
      depth++;
      setOver(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overFn = (e: DragEvent) => hasFile(e) && e.preventDefault();
    const drop = (e: DragEvent) => {
      if (!hasFile(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const f = e.dataTransfer?.files[0];
      if (f) void f.arrayBuffer().then((b) => p.loadFile(f.name, new Uint8Array(b)));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overFn);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overFn);
      window.removeEventListener('drop', drop);
    };
  }, [p]);
  return over ? <div className="drop-overlay">Drop a Solo5 hvt image to boot it</div> : null;
}

export function App() {
  const theme = useSel((s) => s.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div className="app">
      <Header />
      <Controls />
      <Notices />
      <main className="workspace">
        <ConsolePanel />
        <Tabs />
      </main>
      <GuestPicker />
      <DropZone />
    </div>
  );
}
