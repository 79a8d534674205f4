// The CLI with guests that make hypercalls: output, exit statuses, block files, tracing,
// signals and a reader that goes away.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { asmImage } from '../monitor/test-support/guest.ts';
import { DevType } from '../monitor/abi.ts';

let dir: string;
const file = (name: string, data: Uint8Array | string) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ukplay-cli-guests-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ukplay = (...args: string[]) => spawnSync(process.execPath, ['bin/ukplay.mjs', ...args], { encoding: 'utf8' });

/** Prints its command line (from boot info), then halts with `status`. */
const echoArgs = (status: number) =>
  asmImage(`
    args
    ldr x5, [x0, #24]      // boot info: cmdline
    mov x6, #0
  1: ldrb w7, [x5, x6]
    cbz w7, 2f
    add x6, x6, #1
    b 1b
  2: str x5, [x20, #256]
    str x6, [x20, #264]
    add x1, x20, #256
    hypercall 2, w1
    puts nl, 1
    halt ${status}
  nl: .ascii "\\n"`);

describe('ukplay run with real guests', () => {
  it('prints the console to stdout and exits with the guest status', () => {
    const img = file('echo7.hvt', echoArgs(7));
    const r = ukplay('run', '--mem=2', img, '--', '--solo5:quiet', 'one', 'two');
    expect([r.status, r.stdout, r.stderr]).toEqual([7, '--solo5:quiet one two\n', '']);
    expect(ukplay('run', '--mem=2', file('echo-1.hvt', echoArgs(-1))).status).toBe(255);
    expect(ukplay('run', '--mem=2', file('echo256.hvt', echoArgs(256))).status).toBe(0);
  });
  it('traces hypercalls on stderr', () => {
    const r = ukplay('run', '--mem=2', '--trace=hypercalls', file('echo0.hvt', echoArgs(0)), 'x');
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^ukplay: trace: puts data=0x[0-9a-f]+ len=1 \(insn \d+\)$/),
      expect.stringMatching(/^ukplay: trace: puts data=0x10[0-9a-f]+ len=1 \(insn \d+\)$/),
      expect.stringMatching(/^ukplay: trace: halt cookie=0x0 exit_status=0 \(insn \d+\)$/),
    ]);
  });
  it('writes block devices through to their files', () => {
    const img = file(
      'blkw.hvt',
      asmImage(
        `
        args
        mov x1, #1
        str x1, [x20]
        mov x1, #4096
        str x1, [x20, #8]
        adr x1, data
        str x1, [x20, #16]
        mov x1, #4096
        str x1, [x20, #24]
        hypercall 4, w20
        ldr w1, [x20, #32]
        str w1, [x20, #8]
        str xzr, [x20]
        hypercall 8, w20          // halt with the write's result
      data: .fill 4096, 1, 0x42`,
        { manifest: [{ name: 'disk', type: DevType.BlockBasic }] },
      ),
    );
    const disk = file('disk.img', new Uint8Array(16384));
    const r = ukplay('run', '--mem=2', `--block:disk=${disk}`, '--block-sector-size:disk=4096', img);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const after = readFileSync(disk);
    expect(after.subarray(4096, 8192).every((b) => b === 0x42)).toBe(true);
    expect(after.subarray(0, 4096).every((b) => b === 0)).toBe(true);
  });

  it('stops on SIGINT with the reference message', async () => {
    const img = file('ready.hvt', asmImage('args\nputs msg, 6\nb .\nmsg: .ascii "ready\\n"'));
    const child = spawn(process.execPath, ['bin/ukplay.mjs', 'run', '--mem=2', img]);
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    await new Promise<void>((resolve) => child.stdout.on('data', (d) => String(d).includes('ready') && resolve()));
    child.kill('SIGINT');
    const status = await new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    expect([status, err]).toEqual([1, 'ukplay: Exiting on signal 2\n']);
  });

  it('stops quietly when the reader of its output goes away', async () => {
    const img = file(
      'loud.hvt',
      asmImage(`
        args
      1: puts text, 4096
        b 1b
      text: .fill 4096, 1, 0x79`),
    );
    const child = spawn(process.execPath, ['bin/ukplay.mjs', 'run', '--mem=2', img]);
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const status = await new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    expect([status, err]).toEqual([1, '']);
  });
});
