// The runners' console log: bytes as written, text, monitor lines on lines of their own, and
// waiting for patterns in order.
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ConsoleLog, countInOrder } from './console-log.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('ConsoleLog', () => {
  it('keeps the bytes, decodes characters split across chunks, and puts monitor lines on their own line', () => {
    const log = new ConsoleLog();
    const e = enc('café\n');
    log.push(e.subarray(0, 4));
    log.push(e.subarray(4));
    log.push(enc('half a line'));
    log.monitorLine('KVM: host/guest translation fault: pc=0x1010f8');
    expect(log.text).toBe('café\nhalf a line\nukplay: KVM: host/guest translation fault: pc=0x1010f8\n');
    expect(new TextDecoder().decode(log.bytes())).toBe(log.text);
    const fresh = new ConsoleLog();
    fresh.monitorLine('refused');
    expect(fresh.text).toBe('ukplay: refused\n');
  });

  it('matches patterns in order, each after the previous match', () => {
    expect(countInOrder('a\nb\nc\n', ['^a$', '^c$', '^b$'])).toBe(2);
    expect(countInOrder('a\nb\n', ['^b$', '^a$'])).toBe(1);
    expect(countInOrder('ready\n', [])).toBe(0);
  });

  it('waits for patterns to appear, and gives up when the log closes or the wait is aborted', async () => {
    const log = new ConsoleLog();
    const abort = new AbortController();
    const ready = log.waitFor(['^up$', '^serving$'], 2, abort.signal);
    for (let i = 0; i < 50; i++) log.push(enc(`noise ${i}\n`));
    log.push(enc('up\n'));
    await Promise.resolve();
    // One listener for the whole wait, however much output came.
    expect(getEventListeners(abort.signal, 'abort')).toHaveLength(1);
    log.push(enc('serving\n'));
    expect(await ready).toBe(true);
    expect(getEventListeners(abort.signal, 'abort')).toHaveLength(0);

    const aborted = log.waitFor(['^never$'], 1, abort.signal);
    abort.abort();
    expect(await aborted).toBe(false);

    const closing = log.waitFor(['^never$'], 1, new AbortController().signal);
    log.close();
    expect(await closing).toBe(false);
  });
});
