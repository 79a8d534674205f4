// The host's ARP cache: IPv4 address -> MAC, with resolution of unknown addresses by
// broadcast requests (retried, then given up with a clear error) and a bounded queue of
// packets waiting for each answer.

import type { NetClock, Timer } from './clock.ts';
import type { ArpTiming } from './arp.ts';
import { formatIp4, Ip4 } from './ipv4-address.ts';

interface Entry {
  mac: Uint8Array;
  expires: number;
}

interface Pending {
  triesLeft: number;
  timer: Timer;
  /** Each waiter gets the MAC, or the error once every try went unanswered. */
  waiters: Array<(mac: Uint8Array | Error) => void>;
}

export class ArpCache {
  private readonly entries = new Map<Ip4, Entry>();
  private readonly pending = new Map<Ip4, Pending>();
  requestsSent = 0;
  failures = 0;

  constructor(
    private readonly clock: NetClock,
    private readonly timing: ArpTiming,
    private readonly sendRequest: (ip: Ip4) => void,
  ) {}

  lookup(ip: Ip4): Uint8Array | undefined {
    const e = this.entries.get(ip);
    if (!e) return undefined;
    if (e.expires <= this.clock.now()) {
      this.entries.delete(ip);
      return undefined;
    }
    return e.mac;
  }

  /** Record (or refresh) a mapping and release what waited for it. */
  learn(ip: Ip4, mac: Uint8Array): void {
    this.entries.set(ip, { mac: mac.slice(0, 6), expires: this.clock.now() + this.timing.entryTtlMs });
    const p = this.pending.get(ip);
    if (!p) return;
    this.pending.delete(ip);
    p.timer.cancel();
    for (const w of p.waiters) w(mac);
  }

  /** Whether `ip` is in the cache (a sender we hear from refreshes only existing entries, RFC 826). */
  has(ip: Ip4): boolean {
    return this.entries.has(ip);
  }

  /** Forget an address (its machine went away). */
  forget(ip: Ip4): void {
    this.entries.delete(ip);
  }

  /**
   * Call `then` with the MAC of `ip`, now if it is known, else when a reply arrives, or with
   * an Error after the last unanswered request. At most `maxPending` callers wait per address.
   */
  resolve(ip: Ip4, then: (mac: Uint8Array | Error) => void): void {
    const mac = this.lookup(ip);
    if (mac) return then(mac);
    let p = this.pending.get(ip);
    if (!p) {
      p = { triesLeft: this.timing.tries, timer: { cancel() {} }, waiters: [] };
      this.pending.set(ip, p);
      this.ask(ip, p);
    }
    if (p.waiters.length >= this.timing.maxPending) p.waiters.shift()!(new Error(`ARP queue for ${formatIp4(ip)} full: packet dropped`));
    p.waiters.push(then);
  }

  /** Stop every pending resolution (the stack is shutting down). */
  close(): void {
    for (const [ip, p] of this.pending) {
      p.timer.cancel();
      for (const w of p.waiters) w(new Error(`network closed while resolving ${formatIp4(ip)}`));
    }
    this.pending.clear();
  }

  snapshot(): Array<{ ip: Ip4; mac: Uint8Array; expiresInMs: number }> {
    const now = this.clock.now();
    return [...this.entries].map(([ip, e]) => ({ ip, mac: e.mac, expiresInMs: e.expires - now }));
  }

  private ask(ip: Ip4, p: Pending): void {
    p.triesLeft--;
    this.requestsSent++;
    this.sendRequest(ip);
    p.timer = this.clock.setTimer(this.timing.retryMs, () => {
      if (this.pending.get(ip) !== p) return;
      if (p.triesLeft > 0) return this.ask(ip, p);
      this.pending.delete(ip);
      this.failures++;
      const err = new Error(`no ARP reply from ${formatIp4(ip)} after ${this.timing.tries} requests: is the machine up and at that address?`);
      for (const w of p.waiters) w(err);
    });
  }
}
