// The CPU core, compiled once in the page and handed to every VM host worker (a
// WebAssembly.Module is cloned to a worker without recompiling). The URL is Vite's asset
// URL, relative to the page, so the site works from any sub-path.
import coreUrl from '../../../emu-core/build/emu-core.wasm?url';

export async function compileCore(): Promise<WebAssembly.Module> {
  const response = await fetch(coreUrl);
  if (!response.ok) throw new Error(`could not load the CPU core (${coreUrl}): HTTP ${response.status}`);
  // compileStreaming needs the application/wasm type, which not every static host sends.
  if (response.headers.get('content-type')?.startsWith('application/wasm')) return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}
