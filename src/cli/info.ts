// `ukplay info IMAGE [--json]`: what an image asks of the monitor, like solo5-elftool.

import type { ImageInfo } from '../monitor/image-info.ts';

const hex = (n: number | bigint) => '0x' + n.toString(16);

export function formatInfo(i: ImageInfo): string {
  const out = [
    `${i.file}: ${i.bytes} bytes`,
    `abi:        ${i.abi.target}, version ${i.abi.version}`,
    `entry:      ${i.entry}`,
    `kernel_end: ${i.kernelEnd}`,
    `manifest:   version ${i.manifest.version}, ${i.manifest.devices.length} device(s)`,
    ...i.manifest.devices.map((d) => `  [${d.handle}] ${d.name.padEnd(16)} ${d.type}`),
    'segments:',
    ...i.segments.map(
      (s) =>
        `  phdr[${s.phdr}] ${s.perms}  vaddr ${s.vaddr}  filesz ${hex(s.filesz)}  memsz ${hex(s.memsz)}` +
        (s.loaded ? `  -> [${s.start}, ${s.end})` : '  (no file contents: not loaded)'),
    ),
    `modules:    ${i.modules.join(' ')}`,
    `hypercalls: ${i.hypercalls.join(' ')}`,
  ];
  return out.join('\n') + '\n';
}
