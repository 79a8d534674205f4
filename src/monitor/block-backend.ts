// Storage behind a guest's BLOCK_BASIC device. The monitor checks every request against the
// capacity before it reaches a backend, so a backend sees only in-range, whole requests.
// Backends may be synchronous (memory, a file, an OPFS sync access handle) or asynchronous
// (IndexedDB): the run loop awaits a returned promise before the guest continues, so a write
// the guest saw acknowledged has reached the backend.

export interface BlockBackend {
  /** Size in bytes (a multiple of the device's sector size). */
  readonly capacity: number;
  /** Fill `into` from byte `offset`. */
  read(offset: number, into: Uint8Array): void | Promise<void>;
  write(offset: number, data: Uint8Array): void | Promise<void>;
  /** Make every completed write durable (called when the machine stops). */
  flush(): void | Promise<void>;
}

/** A disk image held in memory (the browser's default; tests). */
export class MemoryBlockBackend implements BlockBackend {
  readonly bytes: Uint8Array;
  constructor(init: Uint8Array | number) {
    this.bytes = typeof init === 'number' ? new Uint8Array(init) : init;
  }
  get capacity(): number {
    return this.bytes.length;
  }
  read(offset: number, into: Uint8Array): void {
    into.set(this.bytes.subarray(offset, offset + into.length));
  }
  write(offset: number, data: Uint8Array): void {
    this.bytes.set(data, offset);
  }
  flush(): void {}
}
