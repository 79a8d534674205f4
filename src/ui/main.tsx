// Entry point of the playground page: the store from the URL, the worker pool, the
// controller, and React on top. The default guest boots with no click.
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { Playground } from './controller.ts';
import { PlaygroundContext } from './hooks.tsx';
import { initialState, makeStore, type Theme } from './state/store.ts';
import { parseUrlState } from './state/url-state.ts';
import { compileCore } from './vm/core-module.ts';
import { loadCatalog } from './vm/guest-files.ts';
import { BrowserNetwork } from './net/browser-network.ts';
import { VmPool } from './vm/pool.ts';
import { installPageApi } from './page-api.ts';
import './styles.css';

function initialTheme(): Theme {
  const saved = localStorage.getItem('ukplay-theme');
  if (saved === 'dark' || saved === 'light') return saved;
  return matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
}

// Everything the first boot needs starts before React renders: the catalog, the core's
// compilation and the first worker.
const catalog = loadCatalog();
catalog.catch(() => {}); // reported by start()
const core = compileCore();
const { state: url, problems } = parseUrlState(location.search);
const store = makeStore(initialState(url, initialTheme()));
let playground: Playground | undefined;
const pool = new VmPool(core, (ids, why) => playground?.crashed(ids, why));
pool.prewarm();
const network = new BrowserNetwork((line) => playground?.notice(line));
network.installGlobal();
playground = new Playground(store, pool, network, network);
installPageApi(playground);
core.catch((e) => store.setState({ catalogError: e instanceof Error ? e.message : String(e) }));
void playground.start(url, problems, catalog);

createRoot(document.getElementById('root')!).render(
  <PlaygroundContext.Provider value={playground}>
    <App />
  </PlaygroundContext.Provider>,
);
