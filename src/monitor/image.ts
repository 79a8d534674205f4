// An hvt image: the ELF file with its ABI note and manifest, validated in the reference
// tender's order (ELF header, ABI note, manifest). What depends on the RAM size (segment
// placement, the entry point) is checked when the image is loaded into a machine (loader.ts).

import {
  ABI1_NOTE_TYPE, ABI1_NOTE_ALIGN, ABI1_DESC_SIZE, HVT_ABI_TARGET, HVT_ABI_VERSION,
  MFT1_NOTE_TYPE, MFT1_NOTE_ALIGN, MFT_HEADER_SIZE, MFT_MAX_SIZE,
} from './abi.ts';
import { ElfFile, readElf } from './elf.ts';
import { LoadError } from './errors.ts';
import { Manifest, parseManifest } from './manifest.ts';
import { findSolo5Note } from './notes.ts';

export interface HvtImage {
  elf: ElfFile;
  abiTarget: number;
  abiVersion: number;
  manifest: Manifest;
}

/** Images larger than this are refused before parsing (no valid guest comes close). */
export const IMAGE_MAX_BYTES = 1 << 30;

export function parseImage(bytes: Uint8Array, name: string): HvtImage {
  if (bytes.length > IMAGE_MAX_BYTES) {
    throw new LoadError(`${name}: image too large (${bytes.length} bytes, at most ${IMAGE_MAX_BYTES})`);
  }
  const elf = readElf(bytes, name);

  const abi = findSolo5Note(elf, ABI1_NOTE_TYPE, ABI1_NOTE_ALIGN, ABI1_DESC_SIZE, ABI1_DESC_SIZE);
  if (!abi) throw new LoadError(`${name}: No Solo5 ABI information found in executable`);
  const adv = new DataView(abi.buffer, abi.byteOffset, abi.byteLength);
  const abiTarget = adv.getUint32(0, true);
  const abiVersion = adv.getUint32(4, true);
  if (abiTarget !== HVT_ABI_TARGET) throw new LoadError(`${name}: Executable is not for the solo5-hvt target`);
  if (abiVersion !== HVT_ABI_VERSION) {
    throw new LoadError(`${name}: Executable requests unsupported ABI version ${abiVersion}`);
  }

  const mft = findSolo5Note(elf, MFT1_NOTE_TYPE, MFT1_NOTE_ALIGN, MFT_HEADER_SIZE, MFT_MAX_SIZE);
  if (!mft) throw new LoadError(`${name}: No Solo5 manifest found in executable`);
  const manifest = parseManifest(mft);
  if (!manifest) throw new LoadError(`${name}: Solo5 manifest is invalid`);
  return { elf, abiTarget, abiVersion, manifest };
}
