// Reading a catalog file for a regression run: the JSON, checked by the catalog schema
// (guests/catalog-schema.ts, the one definition of the format), with image and disk files
// found next to it. Anything wrong is one line naming the file and the problem.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CatalogError, validateCatalog, type Catalog } from '../../guests/catalog-schema.ts';

export class CatalogFileError extends Error {
  override readonly name = 'CatalogFileError';
}

export interface CatalogFile {
  /** The catalog file, as given. */
  path: string;
  /** Where its images and disk images live (the catalog's directory). */
  dir: string;
  catalog: Catalog;
}

export function readCatalogFile(path: string): CatalogFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : e instanceof Error ? e.message : String(e);
    throw new CatalogFileError(`${path}: cannot read the catalog: ${why}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new CatalogFileError(`${path}: not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    return { path, dir: dirname(resolve(path)), catalog: validateCatalog(json) };
  } catch (e) {
    if (e instanceof CatalogError) throw new CatalogFileError(`${path}: ${e.message}`);
    throw e;
  }
}
