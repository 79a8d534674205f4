// Retransmission timeout estimation (RFC 6298): smoothed RTT and its variation from
// samples of segments sent once (Karn's rule is the caller's: retransmitted segments give
// no sample), exponential back-off on expiry.

export interface RtoLimits {
  initialMs: number;
  /** RFC 6298 says 1 s; a virtual LAN allows less (Linux uses 200 ms). */
  minMs: number;
  maxMs: number;
  /** Clock granularity G. */
  granularityMs: number;
}

export const RTO_LIMITS: RtoLimits = { initialMs: 1000, minMs: 200, maxMs: 60_000, granularityMs: 1 };

const ALPHA = 1 / 8;
const BETA = 1 / 4;
const K = 4;

export class RtoEstimator {
  srtt: number | undefined;
  rttvar = 0;
  private base: number;
  private backoff = 0;

  constructor(private readonly limits: RtoLimits = RTO_LIMITS) {
    this.base = limits.initialMs;
  }

  /** The current timeout, back-off included. */
  get rto(): number {
    return Math.min(this.limits.maxMs, this.base * 2 ** this.backoff);
  }

  /** A round-trip measurement of a segment that was not retransmitted. */
  sample(rttMs: number): void {
    const r = Math.max(0, rttMs);
    if (this.srtt === undefined) {
      this.srtt = r;
      this.rttvar = r / 2;
    } else {
      this.rttvar = (1 - BETA) * this.rttvar + BETA * Math.abs(this.srtt - r);
      this.srtt = (1 - ALPHA) * this.srtt + ALPHA * r;
    }
    this.base = clamp(this.srtt + Math.max(this.limits.granularityMs, K * this.rttvar), this.limits.minMs, this.limits.maxMs);
    this.backoff = 0;
  }

  /** The timer expired: double the timeout (RFC 6298 §5.5). */
  expired(): void {
    if (this.rto < this.limits.maxMs) this.backoff++;
  }

  /** New data was acknowledged: the back-off ends (the next sample will set the base). */
  acknowledged(): void {
    this.backoff = 0;
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
