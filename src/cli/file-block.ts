// A block device backed by a host file (the CLI's --block:NAME=FILE). Every write goes to
// the file before the guest sees it acknowledged; flush() makes it durable (fsync) when the
// machine stops.

import { closeSync, fstatSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';
import type { BlockBackend } from '../monitor/block-backend.ts';

export class FileBlockBackend implements BlockBackend {
  readonly capacity: number;
  private fd: number | undefined;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'r+');
    this.capacity = fstatSync(this.fd).size;
  }

  private handle(): number {
    if (this.fd === undefined) throw new Error(`${this.path}: closed`);
    return this.fd;
  }

  read(offset: number, into: Uint8Array): void {
    let done = 0;
    while (done < into.length) {
      const n = readSync(this.handle(), into, done, into.length - done, offset + done);
      if (n === 0) throw new Error(`${this.path}: unexpected end of file`);
      done += n;
    }
  }

  write(offset: number, data: Uint8Array): void {
    let done = 0;
    while (done < data.length) done += writeSync(this.handle(), data, done, data.length - done, offset + done);
  }

  flush(): void {
    if (this.fd !== undefined) fsyncSync(this.fd);
  }

  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
  }
}
