// Vite support for the service worker. A service worker controls only URLs under the
// directory of its script, so sw.js must sit at the site's root (next to index.html), under
// a fixed name, not in assets/ with a hash. A build makes it a classic script of its own
// (one file, no imports: browsers without module service workers run it too); under the dev
// server, /sw.js answers with src/sw/sw.ts compiled on the fly as a module.

import { resolve } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { SW_FILE } from './messages.ts';

const ENTRY = 'src/sw/sw.ts';

export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'ukplay:service-worker',
    configResolved(c) {
      config = c;
    },
    async closeBundle() {
      if (config.command !== 'build' || config.build.ssr) return;
      await build({
        configFile: false,
        root: config.root,
        logLevel: 'warn',
        publicDir: false,
        build: {
          outDir: resolve(config.root, config.build.outDir),
          emptyOutDir: false,
          sourcemap: config.build.sourcemap,
          target: 'es2022',
          lib: { entry: resolve(config.root, ENTRY), formats: ['iife'], name: 'ukplayServiceWorker', fileName: () => SW_FILE },
        },
      });
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
