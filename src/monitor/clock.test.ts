// Guest time: paused time is invisible to a real-time guest; deterministic time is virtual.
import { describe, it, expect } from 'vitest';
import { GuestClock, DETERMINISTIC_EPOCH_NS } from './clock.ts';
import { sleep, yieldToEventLoop } from './scheduler.ts';

describe('GuestClock', () => {
  it('hides paused host time from a real-time guest', () => {
    let host = 1000;
    const c = new GuestClock(false, () => host, 5_000_000_000n);
    host = 1100;
    expect(c.now()).toBe(1100);
    c.pause();
    host = 5000;
    expect(c.now()).toBe(1100);
    c.pause(); // twice is once
    c.resume();
    expect(c.now()).toBe(1100);
    host = 5050;
    expect(c.now()).toBe(1150);
    c.resume(); // not paused: nothing
    expect(c.now()).toBe(1150);
    expect(c.walltimeNs(0n, 62_500_000)).toBe(5_000_000_000n + 150_000_000n); // 150 ms of guest time
  });
  it('derives a deterministic wall clock from the counter alone', () => {
    let host = 0;
    const c = new GuestClock(true, () => host);
    host = 123456;
    expect(c.walltimeNs(0n, 62_500_000)).toBe(DETERMINISTIC_EPOCH_NS);
    expect(c.walltimeNs(62_500_000n * 3n + 1n, 62_500_000)).toBe(DETERMINISTIC_EPOCH_NS + 3_000_000_016n);
  });
});

describe('scheduler', () => {
  it('lets timers run between yields', async () => {
    let fired = false;
    setTimeout(() => (fired = true), 0);
    while (!fired) await yieldToEventLoop();
    expect(fired).toBe(true);
  });
  it('sleeps until woken, even "forever"', async () => {
    let wake: () => void = () => {};
    const s = sleep(Infinity, (w) => (wake = w));
    let done = false;
    void s.then(() => (done = true));
    await yieldToEventLoop();
    expect(done).toBe(false);
    wake();
    await s;
    expect(done).toBe(true);
  });
});
