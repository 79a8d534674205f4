// Node-side loading of the compiled core (CLI, tests, benchmarks).
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
/** Path of the built core, relative to this file in src/ and in dist/. */
export const CORE_WASM_CANDIDATES = [
  join(here, '..', '..', 'emu-core', 'build', 'emu-core.wasm'),
  join(here, '..', '..', '..', 'emu-core', 'build', 'emu-core.wasm'),
];

let cached: WebAssembly.Module | undefined;

export function coreWasmPath(): string {
  const p = CORE_WASM_CANDIDATES.find((c) => existsSync(c));
  if (!p) throw new Error('emu-core is not built: run `npm run build:core`');
  return p;
}

export function loadCoreModuleSync(): WebAssembly.Module {
  if (!cached) cached = new WebAssembly.Module(readFileSync(coreWasmPath()));
  return cached;
}
