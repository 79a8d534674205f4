// Guest time. Real-time machines read the host's monotonic clock, minus the time they spent
// paused (a paused guest sees no time pass); their wall clock starts at the host's wall
// clock. Deterministic machines never look at the host: the core counts time in retired
// instructions (plus idle time the monitor skips), and the wall clock is a fixed epoch plus
// that virtual time, so a replay sees the same times.

/** Wall-clock time of a deterministic machine at counter 0: 2024-01-01T00:00:00Z. */
export const DETERMINISTIC_EPOCH_NS = 1_704_067_200n * 1_000_000_000n;

export class GuestClock {
  private pausedAt: number | undefined;
  private pausedTotal = 0;
  private readonly startMs: number;
  private readonly wallStartNs: bigint;

  constructor(
    readonly deterministic: boolean,
    private readonly hostNow: () => number,
    wallStartNs?: bigint,
  ) {
    this.startMs = hostNow();
    this.wallStartNs = wallStartNs ?? (deterministic ? DETERMINISTIC_EPOCH_NS : BigInt(Date.now()) * 1_000_000n);
  }

  /** Milliseconds of guest-visible time (the core's time source in real-time mode). */
  now = (): number => {
    const t = this.pausedAt ?? this.hostNow();
    return t - this.pausedTotal;
  };

  pause(): void {
    if (this.pausedAt === undefined) this.pausedAt = this.hostNow();
  }
  resume(): void {
    if (this.pausedAt === undefined) return;
    this.pausedTotal += this.hostNow() - this.pausedAt;
    this.pausedAt = undefined;
  }

  /** ns since the Unix epoch; `counter`/`freq` is the core's system counter (deterministic). */
  walltimeNs(counter: bigint, freq: number): bigint {
    if (this.deterministic) return this.wallStartNs + (counter * 1_000_000_000n) / BigInt(freq);
    const elapsedNs = BigInt(Math.round((this.now() - this.startMs) * 1e6));
    return this.wallStartNs + elapsedNs;
  }
}
