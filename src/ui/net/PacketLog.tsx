// The packet log: every frame crossing the switch (time, from -> to, protocol, addresses and
// a one-line summary), polled from the network worker, filterable, and exportable as pcap
// for Wireshark.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PacketRow } from '../../net/browser/net-host.ts';
import type { NetApi } from './browser-network.ts';
import { download } from './format.ts';
import './net.css';

const POLL_MS = 500;
const KEEP = 2000;
const SHOW = 400;

export interface PacketLogProps {
  net: NetApi;
  /** Only frames to or from this machine (default: all). */
  machine?: string;
}

export function PacketLog({ net, machine }: PacketLogProps) {
  const [rows, setRows] = useState<PacketRow[]>([]);
  const [paused, setPaused] = useState(false);
  const [filter, setFilter] = useState('');
  const [error, setError] = useState('');
  const last = useRef(0);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (paused) return;
    let live = true;
    const poll = async () => {
      try {
        const fresh = await net.packets(last.current, KEEP);
        if (!live || fresh.length === 0) return;
        last.current = fresh[fresh.length - 1].seq;
        setRows((old) => [...old, ...fresh].slice(-KEEP));
        setError('');
      } catch (e) {
        if (live) setError(e instanceof Error ? e.message : String(e));
      }
    };
    void poll();
    const t = setInterval(poll, POLL_MS);
    return () => {
      live = false;
      clearInterval(t);
    };
  }, [net, paused]);

  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return rows
      .filter((r) => !machine || r.from === machine || r.to === machine || r.to === '*')
      .filter((r) => !f || `${r.protocol} ${r.src} ${r.dst} ${r.info} ${r.http ?? ''}`.toLowerCase().includes(f))
      .slice(-SHOW);
  }, [rows, filter, machine]);

  useEffect(() => {
    const el = box.current;
    if (el && !paused) el.scrollTop = el.scrollHeight;
  }, [shown, paused]);

  const exportPcap = async () => {
    try {
      download(await net.pcap(), `ukplay-${new Date().toISOString().replace(/[:.]/g, '-')}.pcap`, 'application/vnd.tcpdump.pcap');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section className="net-section" aria-label="Packet log">
      <h3>
        Packets <span className="net-aside">{rows.length ? `${shown.length} shown of ${rows.length} kept` : 'none yet'}</span>
      </h3>
      <div className="net-row">
        <input type="text" aria-label="Filter packets" placeholder="filter (e.g. TCP, 10.0.0.2, GET)" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <button type="button" onClick={() => setPaused((p) => !p)}>
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button
          type="button"
          onClick={() => {
            setRows([]);
            void net.clearCapture();
          }}
        >
          Clear
        </button>
        <button type="button" onClick={() => void exportPcap()}>
          Export pcap
        </button>
      </div>
      {error && <p className="net-error">{error}</p>}
      <div className="net-log" ref={box}>
        <table>
          <thead>
            <tr>
              <th>#</th>
              <th>time</th>
              <th>from → to</th>
              <th>proto</th>
              <th>source → destination</th>
              <th>len</th>
              <th>info</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.seq} className={r.http ? 'net-http' : undefined}>
                <td>{r.seq}</td>
                <td>{(r.timeMs / 1000).toFixed(3)}</td>
                <td>
                  {r.from} → {r.to === '*' ? 'all' : r.to}
                </td>
                <td className={`net-proto-${r.protocol}`}>{r.protocol}</td>
                <td>
                  {r.src} → {r.dst}
                </td>
                <td>{r.length}</td>
                <td className="net-info">{r.http ? `${r.http} — ${r.info}` : r.info}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
