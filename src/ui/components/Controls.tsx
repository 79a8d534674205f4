// Run control of the selected machine and its status line. The counters are LiveText:
// they follow the store without re-rendering the buttons.
import { useEffect } from 'react';
import { LiveText, usePlayground, useSel } from '../hooks.tsx';
import type { PlaygroundState } from '../state/store.ts';
import type { MachineStatus } from '../../worker/api.ts';
import { countText, hex } from '../format.ts';

function selectedStatus(s: PlaygroundState): MachineStatus | undefined {
  return s.selectedId === undefined ? undefined : s.machines[s.selectedId]?.status;
}

export function stateText(st: MachineStatus | undefined, crashed?: string): string {
  if (crashed) return `crashed: ${crashed}`;
  if (!st) return 'starting';
  switch (st.state) {
    case 'created':
      return 'starting';
    case 'running':
      return 'running';
    case 'waiting':
      return 'waiting (idle in poll or WFI)';
    case 'paused':
      return st.pauseCause === 'breakpoint' ? `paused at breakpoint ${hex(st.pc)}` : st.pauseCause === 'entry' ? `paused at entry ${hex(st.pc)}` : `paused at ${hex(st.pc)}`;
    case 'exited': {
      const e = st.exit;
      if (!e) return 'exited';
      if (e.reason === 'halt') return `exited, status ${e.status}`;
      if (e.reason === 'stopped') return 'stopped';
      return `${e.reason}: ${e.message ?? ''}`;
    }
  }
}

const mipsText = (s: PlaygroundState) => {
  const st = selectedStatus(s);
  return st && (st.state === 'running' || st.state === 'waiting') ? `${st.mips.toFixed(1)} MIPS` : '– MIPS';
};
const insnText = (s: PlaygroundState) => `${countText(selectedStatus(s)?.instructions ?? 0)} instructions`;
const bootText = (s: PlaygroundState) => {
  const st = selectedStatus(s);
  const ms = st?.firstOutputMs;
  return ms !== undefined ? `first output ${ms < 10 ? ms.toFixed(1) : ms.toFixed(0)} ms after start` : 'no output yet';
};

const pauseText = (s: PlaygroundState) => {
  const st = selectedStatus(s);
  return st?.state === 'paused' && st.pauseCause === 'user' && s.lastPauseMs !== undefined ? `paused within ${s.lastPauseMs.toFixed(1)} ms` : '';
};

export function Controls() {
  const p = usePlayground();
  const state = useSel((s) => selectedStatus(s)?.state);
  const text = useSel((s) => stateText(selectedStatus(s), s.selectedId === undefined ? undefined : s.machines[s.selectedId]?.crashed));
  const exitReason = useSel((s) => selectedStatus(s)?.exit?.reason);
  const exitStatus = useSel((s) => selectedStatus(s)?.exit?.status);
  const which = useSel((s) => (s.selectedId === undefined ? '' : s.machines[s.selectedId]?.name ?? ''));
  const isMain = useSel((s) => s.selectedId === s.mainId);
  const live = state === 'running' || state === 'waiting';
  const paused = state === 'paused';
  const exited = state === 'exited' || state === undefined;

  useEffect(() => {
    // Debugger keys: F8 pause/resume, F10 step over, F11 step (not while typing).
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.closest('.xterm'))) return;
      if (e.key === 'F8') {
        e.preventDefault();
        void (paused ? p.resume() : p.pause());
      } else if (e.key === 'F10' && paused) {
        e.preventDefault();
        void p.stepOver();
      } else if (e.key === 'F11' && paused) {
        e.preventDefault();
        void p.step();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [p, paused]);

  const tone = state === 'exited' ? (exitReason === 'halt' && exitStatus === 0 ? 'ok' : exitReason === 'stopped' ? 'muted' : 'bad') : state ?? 'muted';
  return (
    <section className="controls" aria-label="Machine controls">
      <div className="buttons" role="toolbar" aria-label="Run control">
        {paused ? (
          <button onClick={() => void p.resume()} aria-keyshortcuts="F8" title="Resume (F8)"><span aria-hidden="true">▶</span> Resume</button>
        ) : (
          <button onClick={() => void p.pause()} disabled={!live} aria-keyshortcuts="F8" title="Pause (F8)">Pause</button>
        )}
        <button onClick={() => void p.step()} disabled={!paused} aria-keyshortcuts="F11" title="Step one instruction (F11)">Step</button>
        <button onClick={() => void p.stepOver()} disabled={!paused} aria-keyshortcuts="F10" title="Step over a call (F10)">Step over</button>
        <button onClick={() => void p.reset()} title="Reset: boot a fresh machine with the same configuration"><span aria-hidden="true">⟲</span> Reset</button>
        <button onClick={() => void p.stop()} disabled={exited} title="Stop the machine"><span aria-hidden="true">■</span> Stop</button>
      </div>
      <div className="status" aria-live="polite">
        <span className={`badge tone-${tone}`} data-testid="machine-state">{text}</span>
        {!isMain && <span className="badge tone-muted">fleet machine {which}</span>}
      </div>
      <div className="counters">
        <LiveText select={mipsText} className="counter" label="speed" />
        <LiveText select={insnText} className="counter" label="instructions retired" />
        <LiveText select={bootText} className="counter" label="boot time to first console byte" />
        <LiveText select={pauseText} className="counter" label="pause latency" />
      </div>
    </section>
  );
}
