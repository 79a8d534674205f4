// Time for the network stack, injectable: real time for the playground and the CLI, a virtual
// clock for tests and deterministic runs. Every timeout in src/net (ARP retries, TCP
// retransmission, TIME-WAIT, HTTP timeouts) goes through a NetClock, so a test drives time
// explicitly and nothing in it depends on how fast the host is.

export interface Timer {
  cancel(): void;
}

export interface NetClock {
  /** Milliseconds, monotonic. */
  now(): number;
  /** Call `fn` once, `ms` from now. */
  setTimer(ms: number, fn: () => void): Timer;
}

/** performance.now and setTimeout; timers never keep a Node process alive on their own. */
export class RealClock implements NetClock {
  now(): number {
    return performance.now();
  }
  setTimer(ms: number, fn: () => void): Timer {
    const t = setTimeout(fn, Math.max(0, ms));
    (t as { unref?: () => void }).unref?.();
    return { cancel: () => clearTimeout(t) };
  }
}

interface PendingTimer {
  at: number;
  order: number;
  fn: () => void;
  cancelled: boolean;
}

/**
 * Time that moves only when told to. `advance(ms)` runs the timers that fall due in order
 * of their deadline (ties in order of creation), letting promise callbacks settle between
 * them, so a test of a timeout reads like the protocol's timeline.
 */
export class VirtualClock implements NetClock {
  private t: number;
  private order = 0;
  private timers: PendingTimer[] = [];

  constructor(start = 0) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  setTimer(ms: number, fn: () => void): Timer {
    const timer: PendingTimer = { at: this.t + Math.max(0, ms), order: this.order++, fn, cancelled: false };
    this.timers.push(timer);
    return { cancel: () => void (timer.cancelled = true) };
  }

  /** Move time forward by `ms`, running due timers (and settling promises) on the way. */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    await settle();
    for (;;) {
      const next = this.takeNext(end);
      if (!next) break;
      this.t = Math.max(this.t, next.at);
      next.fn();
      await settle();
    }
    this.t = end;
    await settle();
  }

  /** Remove and return the earliest live timer due by `limit`. */
  private takeNext(limit: number): PendingTimer | undefined {
    this.timers = this.timers.filter((t) => !t.cancelled);
    let best: PendingTimer | undefined;
    for (const t of this.timers) if (t.at <= limit && (!best || t.at < best.at || (t.at === best.at && t.order < best.order))) best = t;
    if (best) this.timers.splice(this.timers.indexOf(best), 1);
    return best;
  }
}

/**
 * Let everything already queued run: promise callbacks and switch deliveries are microtasks,
 * and all microtasks drain before the next macrotask.
 */
export function settle(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => setTimeout(resolve, 0));
}
