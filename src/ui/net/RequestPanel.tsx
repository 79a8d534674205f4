// Send an HTTP request to a machine and look at the answer: method, path, headers and body
// in; status, headers, timing and body out (text shown, binary summarized).
import { useState } from 'react';
import type { NetApi } from './browser-network.ts';
import { asText, formatBytes, formatMs, parseHeaderLines } from './format.ts';
import './net.css';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS'];
const SHOW_MAX = 64 * 1024;

interface Result {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  bytes: number;
  text?: string;
  totalMs: number;
  headMs?: number;
}

export interface RequestPanelProps {
  net: NetApi;
  machine: string;
  /** Path to start with (default '/'). */
  initialPath?: string;
}

export function RequestPanel({ net, machine, initialPath = '/' }: RequestPanelProps) {
  const [method, setMethod] = useState('GET');
  const [path, setPath] = useState(initialPath);
  const [headerText, setHeaderText] = useState('');
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>();
  const [error, setError] = useState('');

  const send = async () => {
    const { headers, bad } = parseHeaderLines(headerText);
    if (bad.length) return setError(`Not a header line (Name: value): ${bad[0]}`);
    setBusy(true);
    setError('');
    const t0 = performance.now();
    try {
      const hasBody = !['GET', 'HEAD'].includes(method);
      const res = await net.fetch(machine, path.startsWith('/') ? path : `/${path}`, { method, headers, body: hasBody ? body : undefined });
      const bytes = new Uint8Array(await res.arrayBuffer());
      const all: Array<[string, string]> = [];
      res.headers.forEach((v, k) => all.push([k, v]));
      setResult({
        status: res.status,
        statusText: res.statusText,
        headers: all,
        bytes: bytes.length,
        text: asText(bytes.subarray(0, SHOW_MAX), res.headers.get('content-type')),
        totalMs: performance.now() - t0,
        headMs: net.headMs(res),
      });
    } catch (e) {
      setResult(undefined);
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="net-section" aria-label="HTTP request">
      <h3>
        Request <span className="net-aside">to {machine}</span>
      </h3>
      <form
        className="net-row"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <select aria-label="Method" value={method} onChange={(e) => setMethod(e.target.value)}>
          {METHODS.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
        <input className="net-path" type="text" aria-label="Request path" value={path} onChange={(e) => setPath(e.target.value)} spellCheck={false} />
        <button type="submit" disabled={busy}>
          {busy ? 'Sending…' : 'Send'}
        </button>
      </form>
      <div className="net-grid">
        <label>
          <span className="net-muted">Headers (Name: value per line)</span>
          <textarea aria-label="Request headers" value={headerText} onChange={(e) => setHeaderText(e.target.value)} spellCheck={false} />
        </label>
        <label>
          <span className="net-muted">Body{['GET', 'HEAD'].includes(method) ? ' (not sent with ' + method + ')' : ''}</span>
          <textarea aria-label="Request body" value={body} onChange={(e) => setBody(e.target.value)} spellCheck={false} />
        </label>
      </div>
      {error && (
        <p className="net-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div aria-label="Response">
          <p>
            <strong className={result.status < 400 ? 'net-status-ok' : 'net-status-bad'} data-testid="net-status">
              {result.status} {result.statusText}
            </strong>{' '}
            <span className="net-muted">
              {formatBytes(result.bytes)} in {formatMs(result.totalMs)}
              {result.headMs !== undefined && ` (head after ${formatMs(result.headMs)} in the network)`}
            </span>
          </p>
          <table className="net-headers">
            <tbody>
              {result.headers.map(([k, v], i) => (
                <tr key={i}>
                  <th>{k}</th>
                  <td>{v}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.bytes > 0 && (
            <pre className="net-body net-mono" data-testid="net-body">
              {result.text !== undefined
                ? result.text + (result.bytes > SHOW_MAX ? `\n… (${formatBytes(result.bytes - SHOW_MAX)} more)` : '')
                : `${formatBytes(result.bytes)} of binary data`}
            </pre>
          )}
        </div>
      )}
    </section>
  );
}
