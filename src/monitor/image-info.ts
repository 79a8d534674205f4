// What an image asks of the monitor (ABI, manifest, segments, the hypercalls a machine for it
// would answer): for `ukplay info` and for the playground's image view.

import { HC_NAMES, MEM_MAX_BYTES, PF_R, PF_W, PF_X, PT_LOAD } from './abi.ts';
import type { HvtImage } from './image.ts';
import { planLoad } from './loader.ts';
import { printableName } from './manifest.ts';
import { hypercallTable, modulesFor } from './modules/index.ts';

export interface ImageInfo {
  file: string;
  bytes: number;
  abi: { target: string; version: number };
  entry: string;
  kernelEnd: string;
  manifest: { version: number; devices: Array<{ handle: number; name: string; type: string }> };
  segments: Array<{ phdr: number; vaddr: string; filesz: number; memsz: number; start: string; end: string; perms: string; loaded: boolean }>;
  modules: string[];
  hypercalls: string[];
}

const hex = (n: number | bigint) => '0x' + n.toString(16);
const perms = (f: number) => (f & PF_R ? 'r' : '-') + (f & PF_W ? 'w' : '-') + (f & PF_X ? 'x' : '-');

export function imageInfo(image: HvtImage): ImageInfo {
  // Segment placement does not depend on the RAM size beyond fitting in it: check against the
  // largest RAM; a smaller --mem can still refuse the image.
  const plan = planLoad(image, MEM_MAX_BYTES);
  const placed = new Map(plan.segments.map((s) => [s.index, s]));
  const modules = modulesFor(image.manifest);
  return {
    file: image.elf.name,
    bytes: image.elf.bytes.length,
    abi: { target: image.abiTarget === 1 ? 'hvt' : String(image.abiTarget), version: image.abiVersion },
    entry: hex(plan.entry),
    kernelEnd: hex(plan.kernelEnd),
    manifest: {
      version: image.manifest.version,
      devices: image.manifest.entries.slice(1).map((e) => ({ handle: e.index, name: printableName(e.name), type: e.typeName })),
    },
    segments: image.elf.phdrs
      .filter((p) => p.type === PT_LOAD)
      .map((p) => {
        const s = placed.get(p.index);
        return {
          phdr: p.index,
          vaddr: hex(p.vaddr),
          filesz: Number(p.filesz),
          memsz: Number(p.memsz),
          start: s ? hex(s.start) : '-',
          end: s ? hex(s.end) : '-',
          perms: perms(p.flags),
          loaded: !!s,
        };
      }),
    modules: modules.map((m) => m.name),
    hypercalls: hypercallTable(modules).flatMap((slot, nr) => (slot ? [`${nr}:${HC_NAMES[nr]}`] : [])),
  };
}
