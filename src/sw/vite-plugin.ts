// Vite support for the service worker. A service worker controls only URLs under the
// directory of its script, so sw.js must sit at the site's root (next to index.html), under
// a fixed name, not in assets/ with a hash. In a build, it is emitted as its own chunk named
// sw.js; under the dev server, /sw.js answers with src/sw/sw.ts compiled on the fly.

import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { SW_FILE } from './messages.ts';

const ENTRY = 'src/sw/sw.ts';

export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'ukplay:service-worker',
    configResolved(c) {
      config = c;
    },
    buildStart() {
      if (config.command === 'build' && !config.build.ssr) this.emitFile({ type: 'chunk', id: resolve(config.root, ENTRY), fileName: SW_FILE });
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        if (new URL(req.url ?? '/', 'http://dev').pathname !== `/${SW_FILE}`) return next();
        try {
          const out = await server.transformRequest(`/${ENTRY}`);
          if (!out) return next();
          res.setHeader('Content-Type', 'text/javascript');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(out.code);
        } catch (e) {
          next(e);
        }
      });
    },
  };
}
