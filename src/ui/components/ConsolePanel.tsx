// The guest console: one xterm, showing the selected machine. Bytes go from the machine's
// ConsoleSink straight into the terminal; React only mounts it and swaps machines.
import { useEffect, useRef, useState } from 'react';
import { Terminal, type ITheme } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { usePlayground, useSel } from '../hooks.tsx';
import { saveFile } from '../format.ts';
import type { Theme } from '../state/store.ts';

const THEMES: Record<Theme, ITheme> = {
  dark: { background: '#0d1117', foreground: '#d6dde6', cursor: '#d6dde6', selectionBackground: '#3b5070' },
  light: { background: '#fbfcfd', foreground: '#1d2430', cursor: '#1d2430', selectionBackground: '#b5cdf0', black: '#1d2430', brightBlack: '#5c6675', yellow: '#8a6d00', brightYellow: '#7a5c00', white: '#5c6675', brightWhite: '#333c48' },
};
const SCROLLBACK_LINES = 10_000;

export function ConsolePanel() {
  const p = usePlayground();
  const host = useRef<HTMLDivElement>(null);
  const [term, setTerm] = useState<Terminal>();
  const selected = useSel((s) => s.selectedId);
  const name = useSel((s) => (s.selectedId === undefined ? '' : s.machines[s.selectedId]?.name ?? ''));
  const theme = useSel((s) => s.theme);
  const [copied, setCopied] = useState('');
  const themeAtMount = useRef(theme);

  useEffect(() => {
    const t = new Terminal({
      convertEol: true,
      scrollback: SCROLLBACK_LINES,
      fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
      fontSize: 13,
      disableStdin: true,
      theme: THEMES[themeAtMount.current],
      screenReaderMode: false,
    });
    const fit = new FitAddon();
    t.loadAddon(fit);
    t.open(host.current!);
    t.textarea?.setAttribute('aria-label', 'Guest console output');
    const ro = new ResizeObserver(() => {
      try {
        fit.fit();
      } catch {
        // not laid out yet
      }
    });
    ro.observe(host.current!);
    setTerm(t);
    return () => {
      ro.disconnect();
      t.dispose();
    };
  }, []);

  useEffect(() => {
    if (term) term.options.theme = THEMES[theme];
  }, [term, theme]);

  // Attach the selected machine's sink; a reboot of the main machine brings a new id.
  useEffect(() => {
    if (!term || selected === undefined) return;
    const sink = p.sink(selected);
    term.reset();
    sink?.attach(term);
    return () => sink?.detach(term);
  }, [term, selected, p]);

  const allText = () => {
    if (!term) return '';
    const buf = term.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buf.length; i++) lines.push(buf.getLine(i)?.translateToString(true) ?? '');
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    return lines.join('\n') + '\n';
  };

  const copy = async () => {
    const text = term?.hasSelection() ? term.getSelection() : allText();
    try {
      await navigator.clipboard.writeText(text);
      setCopied(term?.hasSelection() ? 'selection copied' : 'console copied');
    } catch {
      setCopied('copy refused by the browser: select and press Ctrl+C');
    }
    setTimeout(() => setCopied(''), 2500);
  };

  return (
    <section className="console-panel" aria-label="Console">
      <div className="panel-bar">
        <h2>Console{name ? ` — ${name}` : ''}</h2>
        <span className="spacer" />
        <span className="hint" role="status">{copied}</span>
        <button onClick={() => void copy()} title="Copy the selection, or everything">Copy</button>
        <button
          onClick={() => {
            term?.clear();
            term?.reset();
            if (selected !== undefined) p.sink(selected)?.clear();
          }}
        >
          Clear
        </button>
        <button onClick={() => saveFile(`${name || 'console'}.txt`, allText(), 'text/plain')}>Save as text</button>
      </div>
      <div className="console-host" ref={host} data-testid="console" />
    </section>
  );
}
