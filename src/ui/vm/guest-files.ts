// The catalog and guest images, fetched relative to the page (public/guests/ is copied to
// the site's guests/), each at most once.
import { validateCatalog, type CatalogEntry } from '../../../guests/catalog-schema.ts';

const cache = new Map<string, Promise<Uint8Array>>();

export function guestUrl(file: string): URL {
  return new URL(`guests/${file}`, document.baseURI);
}

export async function loadCatalog(): Promise<CatalogEntry[]> {
  const response = await fetch(guestUrl('catalog.json'));
  if (!response.ok) throw new Error(`could not load the guest catalog: HTTP ${response.status}`);
  return validateCatalog(await response.json()).guests;
}

/** Bytes of a file next to catalog.json (cached; a failed fetch is retried next time). */
export function guestFile(file: string): Promise<Uint8Array> {
  let p = cache.get(file);
  if (!p) {
    p = fetch(guestUrl(file)).then(async (r) => {
      if (!r.ok) throw new Error(`could not load guests/${file}: HTTP ${r.status}`);
      return new Uint8Array(await r.arrayBuffer());
    });
    p.catch(() => cache.delete(file));
    cache.set(file, p);
  }
  return p;
}

/** Size of a guest file without downloading it (HEAD); undefined if the host will not say. */
export async function guestFileSize(file: string): Promise<number | undefined> {
  try {
    const r = await fetch(guestUrl(file), { method: 'HEAD' });
    const n = Number(r.headers.get('content-length'));
    return r.ok && Number.isFinite(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}
