#!/usr/bin/env node
// A plain static file server for the browser tests and the browser bench: the built site
// (dist/site) under a sub-path, with ordinary content types and no special headers (no
// COOP/COEP), like any static host. Usage: node e2e/static-server.mjs [--port=N] [--base=/ukplay/]
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Serve `root` under `base`; resolves with the server once listening. */
export function serveStatic({ root, base = '/ukplay/', port = 0, host = '127.0.0.1' }) {
  const top = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === base.slice(0, -1)) {
      res.writeHead(301, { location: base + url.search });
      return res.end();
    }
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not under ' + base);
    }
    let rel;
    try {
      rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
    } catch {
      res.writeHead(400);
      return res.end();
    }
    const file = normalize(join(top, rel));
    if (file !== top && !file.startsWith(top + sep)) {
      res.writeHead(403);
      return res.end();
    }
    let st;
    try {
      st = statSync(file);
      if (st.isDirectory()) st = statSync(join(file, 'index.html'));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    const path = statSync(file).isDirectory() ? join(file, 'index.html') : file;
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-length': st.size });
    if (req.method === 'HEAD') return res.end();
    createReadStream(path).pipe(res);
  });
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
  const root = fileURLToPath(new URL('../dist/site', import.meta.url));
  const server = await serveStatic({ root, base: arg('base', '/ukplay/'), port: Number(arg('port', '4173')) });
  const a = server.address();
  console.log(`serving ${root} at http://${a.address}:${a.port}${arg('base', '/ukplay/')}`);
}
