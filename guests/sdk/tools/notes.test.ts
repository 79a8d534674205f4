// The ELF-note generator: exact bytes for the manifest it is given (assembled with llvm-mc and
// read back), and a clear refusal of device lists the manifest cannot express.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { checkDevices, notesAssembly, type DeviceDecl } from './notes.ts';

/** Assembles the notes and returns the two sections' bytes. */
function assemble(devices: DeviceDecl[]): { abi: Buffer; mft: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'ukplay-notes-'));
  try {
    writeFileSync(join(dir, 'n.S'), notesAssembly(devices));
    const r = spawnSync('clang', ['--target=aarch64-none-elf', '-c', 'n.S', '-o', 'n.o'], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const dump = (name: string) => {
      const o = spawnSync('llvm-objcopy', ['-O', 'binary', `--only-section=${name}`, 'n.o', `${name}.bin`], { cwd: dir, encoding: 'utf8' });
      expect(o.status, o.stderr).toBe(0);
      return readFileSync(join(dir, `${name}.bin`));
    };
    return { abi: dump('.note.solo5.abi'), mft: dump('.note.solo5.manifest') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('notes generator', () => {
  it('emits the ABI1 note: hvt, version 2', () => {
    const { abi } = assemble([]);
    expect(abi.length).toBe(36);
    expect([abi.readUInt32LE(0), abi.readUInt32LE(4), abi.readUInt32LE(8)]).toEqual([6, 16, 0x31494241]);
    expect(abi.subarray(12, 20).toString('latin1')).toBe('Solo5\0\0\0');
    expect([20, 24, 28, 32].map((o) => abi.readUInt32LE(o))).toEqual([1, 2, 0, 0]);
  });

  it('emits the MFT1 note with the reserved entry first and each device in order', () => {
    const { mft } = assemble([{ name: 'storage', type: 'block' }, { name: 'service0', type: 'net' }]);
    expect(mft.length).toBe(24 + 8 + 3 * 104);
    expect([mft.readUInt32LE(0), mft.readUInt32LE(4), mft.readUInt32LE(8)]).toEqual([6, 12 + 3 * 104, 0x3154464d]);
    expect(mft.readUInt32LE(20)).toBe(0); // alignment padding: the body starts at 24
    expect([mft.readUInt32LE(24), mft.readUInt32LE(28)]).toEqual([1, 3]);
    const entry = (i: number) => mft.subarray(32 + 104 * i, 32 + 104 * (i + 1));
    expect(entry(0).readUInt32LE(68)).toBe(1 << 30);
    expect(entry(0).subarray(0, 68).every((b) => b === 0)).toBe(true);
    expect(entry(1).subarray(0, 8).toString('latin1')).toBe('storage\0');
    expect(entry(1).readUInt32LE(68)).toBe(1);
    expect(entry(2).subarray(0, 9).toString('latin1')).toBe('service0\0');
    expect(entry(2).readUInt32LE(68)).toBe(2);
    for (let i = 0; i < 3; i++) expect(entry(i).subarray(72).every((b) => b === 0)).toBe(true);
  });

  it('accepts 63 devices (64 entries with the reserved one)', () => {
    const devices = Array.from({ length: 63 }, (_, i): DeviceDecl => ({ name: `d${i}`, type: 'block' }));
    expect(assemble(devices).mft.readUInt32LE(28)).toBe(64);
  });

  it.each([
    ['64 devices', Array.from({ length: 64 }, (_, i) => ({ name: `d${i}`, type: 'block' })), /too many devices: 64/],
    ['a name of 68 characters', [{ name: 'a'.repeat(68), type: 'block' }], /must be 1-67 letters or digits/],
    ['a name with a dash', [{ name: 'my-disk', type: 'block' }], /must be 1-67 letters or digits/],
    ['an empty name', [{ name: '', type: 'net' }], /must be 1-67 letters or digits/],
    ['an unknown type', [{ name: 'x', type: 'tape' }], /type must be "block" or "net"/],
    ['a name twice', [{ name: 'x', type: 'block' }, { name: 'x', type: 'net' }], /declared twice/],
    ['not a list', { name: 'x' }, /must be an array/],
  ])('refuses %s', (_what, devices, message) => {
    expect(() => checkDevices(devices)).toThrow(message);
  });
});
