// A machine's block device storage in the worker: in memory, or persisted in the origin
// private file system (OPFS) through a synchronous access handle, which only dedicated
// workers get, and only in secure contexts. Where OPFS is missing the disk lives in memory
// and the panel says so.
//
//   OPFS: /ukplay-disks/<key>.img   one file per (guest, device); sized to the capacity

import type { BlockBackend } from '../monitor/block-backend.ts';
import { MemoryBlockBackend } from '../monitor/block-backend.ts';
import type { BlockSpec } from './api.ts';

const OPFS_DIR = 'ukplay-disks';

/** The part of FileSystemSyncAccessHandle used here (WebWorker lib, not in the DOM lib). */
interface SyncAccessHandle {
  read(buffer: Uint8Array, options: { at: number }): number;
  write(buffer: Uint8Array, options: { at: number }): number;
  truncate(size: number): void;
  getSize(): number;
  flush(): void;
  close(): void;
}
interface FileHandleWithSync {
  createSyncAccessHandle(): Promise<SyncAccessHandle>;
}

export interface Disk {
  readonly backend: BlockBackend;
  /** Where the bytes live, for the monitor panel. */
  readonly storage: string;
  /** A copy of the whole disk (download). */
  snapshot(): Uint8Array;
  close(): void;
}

class MemoryDisk implements Disk {
  readonly backend: MemoryBlockBackend;
  constructor(
    bytes: Uint8Array,
    readonly storage: string,
  ) {
    this.backend = new MemoryBlockBackend(bytes);
  }
  snapshot(): Uint8Array {
    return this.backend.bytes.slice();
  }
  close(): void {}
}

class OpfsBackend implements BlockBackend {
  constructor(
    private readonly handle: SyncAccessHandle,
    readonly capacity: number,
  ) {}
  read(offset: number, into: Uint8Array): void {
    const n = this.handle.read(into, { at: offset });
    if (n < into.length) into.fill(0, n);
  }
  write(offset: number, data: Uint8Array): void {
    const n = this.handle.write(data, { at: offset });
    if (n !== data.length) throw new Error(`short write (${n} of ${data.length} bytes)`);
  }
  flush(): void {
    this.handle.flush();
  }
}

class OpfsDisk implements Disk {
  readonly backend: OpfsBackend;
  readonly storage: string;
  constructor(
    private readonly handle: SyncAccessHandle,
    capacity: number,
    key: string,
  ) {
    this.backend = new OpfsBackend(handle, capacity);
    this.storage = `persisted in this browser (OPFS ${OPFS_DIR}/${key}.img)`;
  }
  snapshot(): Uint8Array {
    const out = new Uint8Array(this.backend.capacity);
    this.backend.read(0, out);
    return out;
  }
  close(): void {
    try {
      this.handle.flush();
    } finally {
      this.handle.close();
    }
  }
}

function initialBytes(spec: BlockSpec): Uint8Array {
  const bytes = new Uint8Array(spec.size);
  if (spec.initial) bytes.set(spec.initial.subarray(0, spec.size));
  return bytes;
}

/** File names from keys: letters, digits, dot, dash and underscore only. */
export function diskFileName(key: string): string {
  return key.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100);
}

async function openOpfs(spec: BlockSpec, key: string): Promise<Disk | undefined> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!storage?.getDirectory) return undefined;
  let root: FileSystemDirectoryHandle;
  try {
    root = await storage.getDirectory();
  } catch {
    return undefined;
  }
  const dir = await root.getDirectoryHandle(OPFS_DIR, { create: true });
  const file = (await dir.getFileHandle(diskFileName(key) + '.img', { create: true })) as unknown as Partial<FileHandleWithSync>;
  if (typeof file.createSyncAccessHandle !== 'function') return undefined;
  const handle = await file.createSyncAccessHandle();
  try {
    const fresh = handle.getSize() === 0;
    if (fresh || spec.replace) {
      handle.truncate(0);
      handle.write(initialBytes(spec), { at: 0 });
    }
    if (handle.getSize() !== spec.size) handle.truncate(spec.size);
    handle.flush();
  } catch (e) {
    handle.close();
    throw e;
  }
  return new OpfsDisk(handle, spec.size, diskFileName(key));
}

/** Open (or create) the storage of one block device. */
export async function openDisk(spec: BlockSpec): Promise<Disk> {
  if (spec.persistKey) {
    const disk = await openOpfs(spec, spec.persistKey);
    if (disk) return disk;
    return new MemoryDisk(initialBytes(spec), 'in memory (this browser context has no OPFS: not persisted)');
  }
  return new MemoryDisk(initialBytes(spec), 'in memory (lost when the machine is removed)');
}
