// Module `net`: Ethernet frames between the guest and its NET_BASIC devices' ports, present
// only when the manifest declares a network. Frames longer than MTU + 14 bytes are refused
// with EINVAL; a read with nothing queued answers AGAIN; a read whose buffer is smaller than
// the next frame answers EINVAL and drops that frame (a short buffer would otherwise block
// the queue forever).
//   net r/w { u64 handle @0, u64 data @8, u64 len @16 (in/out for read), i32 ret @24 }

import { DevType, ETH_HEADER, Hc, MFT_MAX_ENTRIES, NET_SIZE_ARGS, Result } from '../abi.ts';
import type { HvtContext } from '../context.ts';
import type { NetDevice } from '../devices.ts';
import { hex } from '../errors.ts';
import type { CheckedGpa } from '../memory.ts';
import { HvtModule } from './module.ts';

const LEN = 16;
const RET = 24;

function decode(vm: HvtContext, arg: bigint, what: string): { at: CheckedGpa; dev?: NetDevice; data: bigint; len: bigint } {
  const at = vm.mem.checkedGpa(arg, BigInt(NET_SIZE_ARGS));
  const handle = vm.mem.u64(at, 0);
  const data = vm.mem.u64(at, 8);
  const len = vm.mem.u64(at, LEN);
  vm.trace?.(`${what} handle=${handle} data=${hex(data)} len=${len}`);
  const dev = handle < BigInt(MFT_MAX_ENTRIES) ? vm.nets.get(Number(handle)) : undefined;
  return { at, dev, data, len };
}

function netWrite(vm: HvtContext, arg: bigint): void {
  const { at, dev, data, len } = decode(vm, arg, 'write');
  if (!dev) return vm.mem.setI32(at, RET, Result.Einval);
  const buf = vm.mem.checkedGpa(data, len);
  if (len > BigInt(dev.mtu + ETH_HEADER)) return vm.mem.setI32(at, RET, Result.Einval);
  dev.port.send(vm.mem.read(buf, Number(len)));
  vm.addBytes(Number(len));
  vm.mem.setI32(at, RET, Result.Ok);
}

function netRead(vm: HvtContext, arg: bigint): void {
  const { at, dev, data, len } = decode(vm, arg, 'read');
  if (!dev) return vm.mem.setI32(at, RET, Result.Einval);
  const buf = vm.mem.checkedGpa(data, len);
  const frame = dev.rx[0];
  if (!frame) return vm.mem.setI32(at, RET, Result.Again);
  dev.rx.shift();
  if (BigInt(frame.length) > len) {
    dev.rxDropped++;
    return vm.mem.setI32(at, RET, Result.Einval);
  }
  vm.mem.write(buf, frame);
  vm.mem.setU64(at, LEN, BigInt(frame.length));
  vm.addBytes(frame.length);
  vm.mem.setI32(at, RET, Result.Ok);
}

export const netModule: HvtModule = {
  name: 'net',
  wanted: (m) => m.entries.some((e) => e.type === DevType.NetBasic),
  hypercalls: [
    [Hc.NetWrite, netWrite],
    [Hc.NetRead, netRead],
  ],
};
