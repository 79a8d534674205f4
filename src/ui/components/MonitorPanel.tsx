// The monitor this machine got: the uKVM idea of a monitor specialized to the guest --
// only the modules its manifest needs, so only their hypercalls exist -- with per-hypercall
// counters and the attached devices (disks can be downloaded, replaced or zeroed).
import { useEffect, useRef, useState } from 'react';
import { usePlayground, useSel } from '../hooks.tsx';
import { bytesText, hex, saveFile } from '../format.ts';
import type { MonitorInfo } from '../../worker/api.ts';

const REFRESH_MS = 1000;

export function MonitorPanel() {
  const p = usePlayground();
  const id = useSel((s) => s.selectedId);
  const isMain = useSel((s) => s.selectedId !== undefined && s.selectedId === s.mainId);
  const [info, setInfo] = useState<MonitorInfo>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState('');
  const upload = useRef<HTMLInputElement>(null);
  const [uploadFor, setUploadFor] = useState('');

  useEffect(() => {
    if (id === undefined) return;
    let live = true;
    const load = () =>
      p.pool
        .with(id, (api) => api.monitor(id))
        .then((m) => live && (setInfo(m), setError('')))
        .catch((e) => live && setError(String(e.message ?? e)));
    void load();
    const t = setInterval(load, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(t);
    };
  }, [p, id]);

  if (error) return <p className="error">{error}</p>;
  if (!info) return <p className="hint">Reading the monitor…</p>;

  const act = async (what: string, fn: () => Promise<void>) => {
    setBusy(what);
    try {
      await fn();
    } catch (e) {
      p.notice(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy('');
    }
  };

  return (
    <div className="monitor-panel">
      <dl className="facts">
        <dt>Image</dt>
        <dd>
          <code>{info.imageName}</code> ({bytesText(info.imageBytes)}), entry <code>{hex(info.entry)}</code>
        </dd>
        <dt>Memory</dt>
        <dd>{bytesText(info.memBytes)}</dd>
        <dt>Command line</dt>
        <dd>
          <code>{info.cmdline || '(empty)'}</code>
        </dd>
        <dt>Time</dt>
        <dd>{info.deterministic ? 'deterministic: virtual time from instructions retired' : 'real time'}</dd>
        <dt>Modules</dt>
        <dd data-testid="modules">{info.modules.join(', ')}</dd>
      </dl>
      <h3>Hypercalls this monitor answers</h3>
      <table className="hypercalls" data-testid="hypercalls">
        <thead>
          <tr>
            <th>#</th>
            <th>hypercall</th>
            <th>module</th>
            <th>calls</th>
            <th>payload bytes</th>
          </tr>
        </thead>
        <tbody>
          {info.hypercalls.map((h) => (
            <tr key={h.nr}>
              <td>{h.nr}</td>
              <td>
                <code>{h.name}</code>
              </td>
              <td>{h.module}</td>
              <td className="num">{h.calls}</td>
              <td className="num">{h.bytes}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {info.absent.length > 0 && (
        <p className="hint">
          Not in this monitor (the guest declares no device that needs them, so calling them is a fatal error):{' '}
          {info.absent.map((h) => (
            <code key={h.nr}>{h.name} </code>
          ))}
        </p>
      )}
      <h3>Devices</h3>
      {info.devices.length === 0 && <p className="hint">The manifest declares no devices.</p>}
      <ul className="devices">
        {info.devices.map((d) =>
          d.kind === 'block' ? (
            <li key={d.name}>
              <strong>block</strong> <code>{d.name}</code>: {bytesText(d.capacity ?? 0)}, {d.sectorSize}-byte sectors, {d.storage}
              <div className="row">
                <button
                  disabled={!!busy}
                  onClick={() =>
                    void act('download', async () => {
                      const f = await p.downloadDisk(d.name);
                      if (f) saveFile(f.name, f.bytes);
                    })
                  }
                >
                  Download
                </button>
                {isMain && (
                  <>
                    <button
                      disabled={!!busy}
                      onClick={() => {
                        setUploadFor(d.name);
                        upload.current?.click();
                      }}
                    >
                      Upload…
                    </button>
                    <button disabled={!!busy} onClick={() => void act('reset', () => p.replaceDisk(d.name, undefined))} title="Zero the disk and reboot on it">
                      Reset disk
                    </button>
                  </>
                )}
                {busy && <span className="hint">{busy}…</span>}
              </div>
            </li>
          ) : (
            <li key={d.name}>
              <strong>net</strong> <code>{d.name}</code>: MAC <code>{d.mac}</code>
              {d.ip && (
                <>
                  , IP <code>{d.ip}</code>
                </>
              )}
              , MTU {d.mtu}, {d.connected ? 'on the virtual network' : 'not connected to a network'}, {d.rxDropped} frames dropped
            </li>
          ),
        )}
      </ul>
      <input
        ref={upload}
        type="file"
        hidden
        aria-label="Disk image to upload"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (!f || !uploadFor) return;
          void act('upload', async () => p.replaceDisk(uploadFor, new Uint8Array(await f.arrayBuffer())));
        }}
      />
    </div>
  );
}
