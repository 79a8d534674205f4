// The guest's website in an <iframe>, served by the service worker from vm/<machine>/.
import { useEffect, useState } from 'react';
import type { NetApi } from './browser-network.ts';
import './net.css';

export interface PreviewFrameProps {
  net: NetApi;
  machine: string;
  initialPath?: string;
}

export function PreviewFrame({ net, machine, initialPath = '/' }: PreviewFrameProps) {
  const [ready, setReady] = useState<boolean>();
  const [path, setPath] = useState(initialPath);
  const [src, setSrc] = useState(() => net.vmUrl(machine, initialPath));
  const [generation, setGeneration] = useState(0);
  const [scripts, setScripts] = useState(false);

  useEffect(() => {
    let live = true;
    void net.serviceWorkerReady().then((ok) => live && setReady(ok));
    return () => void (live = false);
  }, [net]);
  // Another machine: same path, its site.
  useEffect(() => setSrc((old) => net.vmUrl(machine, new URL(old).pathname.replace(/^.*?\/vm\/[^/]+/, '') || '/')), [net, machine]);

  const go = () => {
    setSrc(net.vmUrl(machine, path));
    setGeneration((g) => g + 1);
  };

  return (
    <section className="net-section" aria-label="Preview">
      <h3>
        Preview <span className="net-aside net-mono">{src}</span>
      </h3>
      <form
        className="net-row"
        onSubmit={(e) => {
          e.preventDefault();
          go();
        }}
      >
        <input className="net-path" type="text" aria-label="Preview path" value={path} onChange={(e) => setPath(e.target.value)} spellCheck={false} />
        <button type="submit">Load</button>
        <label title="The guest's page runs at the playground's origin: allow its scripts only if you trust the guest">
          <input type="checkbox" checked={scripts} onChange={(e) => setScripts(e.target.checked)} /> scripts
        </label>
        <a href={src} target="_blank" rel="noreferrer">
          Open in a tab
        </a>
      </form>
      {ready === false ? (
        <p className="net-error">The service worker is not available in this browser, so the preview cannot load vm/ URLs.</p>
      ) : ready === undefined ? (
        <p className="net-muted">Starting the service worker…</p>
      ) : (
        // allow-same-origin: the service worker serves only same-origin documents. Scripts are
        // off unless asked for, since a guest page at this origin could reach the playground.
        <iframe
          key={`${generation}-${scripts}`}
          className="net-frame"
          title={`${machine} website`}
          src={src}
          sandbox={scripts ? 'allow-same-origin allow-forms allow-scripts' : 'allow-same-origin allow-forms'}
        />
      )}
    </section>
  );
}
