// Runs a batch of cases under qemu-aarch64 (one process per batch) and decodes the outcomes.
import { spawn } from 'node:child_process';
import { harnessPath } from './build.ts';
import { checkHello, decodeResult, encodeCases, type Outcome, type TestCase } from './protocol.ts';

/**
 * QEMU CPU models. `v8.0` is a Cortex-A57: ARMv8.0-A with AES/PMULL, SHA1, SHA256 and CRC32,
 * exactly our feature set minus LSE, so encodings a later architecture allocates stay
 * UNDEFINED as they are for us. Patterns needing LSE run on `lse`, a Cortex-A76 (ARMv8.2-A):
 * only words our table decodes to those patterns are sent there.
 */
export const QEMU_CPUS = { 'v8.0': 'cortex-a57', lse: 'cortex-a76' } as const;
export type CpuModel = keyof typeof QEMU_CPUS;

/** Generous: a batch of 10 000 cases takes about a second; hangs are caught per case inside. */
const BATCH_TIMEOUT_MS = 300_000;

export async function runQemu(cases: TestCase[], model: CpuModel): Promise<Outcome[]> {
  const bin = harnessPath();
  const input = encodeCases(cases);
  const child = spawn('qemu-aarch64', ['-cpu', QEMU_CPUS[model], bin], { stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  child.stdin.on('error', () => {}); // reported through the exit status below
  child.stdin.end(input);
  const timer = setTimeout(() => child.kill('SIGKILL'), BATCH_TIMEOUT_MS);
  const status = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', (e) => reject(new Error(`cannot run qemu-aarch64 (Debian package qemu-user): ${e.message}`)));
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  clearTimeout(timer);
  if (status.code !== 0) {
    const why = status.signal ? `killed by ${status.signal}` : `exit status ${status.code}`;
    throw new Error(`qemu-aarch64 harness failed (${why}): ${Buffer.concat(err).toString().trim()}`);
  }
  const buf = Buffer.concat(out);
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let at = checkHello(dv);
  const outcomes: Outcome[] = [];
  for (const c of cases) {
    const r = decodeResult(dv, at, c);
    outcomes.push(r.outcome);
    at = r.next;
  }
  if (at !== buf.byteLength) throw new Error(`diff harness wrote ${buf.byteLength - at} unexpected trailing bytes`);
  return outcomes;
}
