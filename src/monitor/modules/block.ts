// Module `block`: reads and writes of BLOCK_BASIC devices, present only when the manifest
// declares one. Requests are checked against the device capacity (EINVAL), then the guest
// buffer against guest RAM (fatal), and reach the backend in pieces of at most 1 MiB so a
// large request never needs a large host buffer. A backend failure returns EUNSPEC.
//   block r/w { u64 handle @0, u64 offset @8, u64 data @16, u64 len @24, i32 ret @32 }

import { BLOCK_SIZE_ARGS, DevType, Hc, MFT_MAX_ENTRIES, Result } from '../abi.ts';
import type { HvtContext } from '../context.ts';
import type { BlockDevice } from '../devices.ts';
import { hex } from '../errors.ts';
import { COPY_PIECE, CheckedGpa } from '../memory.ts';
import { HvtModule } from './module.ts';

const RET = 32;

interface Request {
  at: CheckedGpa;
  dev: BlockDevice;
  offset: number;
  buf: CheckedGpa;
  len: number;
}

/** Decode and check a request; undefined after answering EINVAL. */
function request(vm: HvtContext, arg: bigint, what: string): Request | undefined {
  const at = vm.mem.checkedGpa(arg, BigInt(BLOCK_SIZE_ARGS));
  const handle = vm.mem.u64(at, 0);
  const offset = vm.mem.u64(at, 8);
  const data = vm.mem.u64(at, 16);
  const len = vm.mem.u64(at, 24);
  vm.trace?.(`${what} handle=${handle} offset=${offset} data=${hex(data)} len=${len}`);
  const dev = handle < BigInt(MFT_MAX_ENTRIES) ? vm.blocks.get(Number(handle)) : undefined;
  const cap = BigInt(dev?.capacity ?? 0);
  if (!dev || offset >= cap || len > cap - offset) {
    vm.mem.setI32(at, RET, Result.Einval);
    return undefined;
  }
  const buf = vm.mem.checkedGpa(data, len);
  return { at, dev, offset: Number(offset), buf, len: Number(len) };
}

async function blockWrite(vm: HvtContext, arg: bigint): Promise<void> {
  const r = request(vm, arg, 'write');
  if (!r) return;
  try {
    for (const piece of vm.mem.pieces(r.buf, r.len)) await r.dev.backend.write(r.offset + piece.offset, piece.bytes);
  } catch {
    vm.mem.setI32(r.at, RET, Result.Eunspec);
    return;
  }
  vm.addBytes(r.len);
  vm.mem.setI32(r.at, RET, Result.Ok);
}

async function blockRead(vm: HvtContext, arg: bigint): Promise<void> {
  const r = request(vm, arg, 'read');
  if (!r) return;
  try {
    for (let done = 0; done < r.len; done += COPY_PIECE) {
      const piece = new Uint8Array(Math.min(COPY_PIECE, r.len - done));
      await r.dev.backend.read(r.offset + done, piece);
      vm.mem.write((r.buf + done) as CheckedGpa, piece);
    }
  } catch {
    vm.mem.setI32(r.at, RET, Result.Eunspec);
    return;
  }
  vm.addBytes(r.len);
  vm.mem.setI32(r.at, RET, Result.Ok);
}

export const blockModule: HvtModule = {
  name: 'block',
  wanted: (m) => m.entries.some((e) => e.type === DevType.BlockBasic),
  hypercalls: [
    [Hc.BlockWrite, blockWrite],
    [Hc.BlockRead, blockRead],
  ],
};
