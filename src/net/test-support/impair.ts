// Impairments for the test switch: loss, duplication and reordering (by delaying frames on
// the virtual clock), each with its own probability, all from a seeded PRNG.

import type { NetClock } from '../clock.ts';
import type { Impairment } from '../switch.ts';

export interface ImpairmentSpec {
  loss?: number;
  duplicate?: number;
  /** Probability that a frame is held back and delivered `delayMs` later (after others). */
  reorder?: number;
  delayMs?: number;
}

export interface ImpairmentStats {
  passed: number;
  lost: number;
  duplicated: number;
  reordered: number;
}

export function impairment(clock: NetClock, rand: () => number, spec: ImpairmentSpec): { fn: Impairment; stats: ImpairmentStats } {
  const stats: ImpairmentStats = { passed: 0, lost: 0, duplicated: 0, reordered: 0 };
  const fn: Impairment = (frame, _from, _to, deliver) => {
    if (rand() < (spec.loss ?? 0)) {
      stats.lost++;
      return;
    }
    stats.passed++;
    const copies = rand() < (spec.duplicate ?? 0) ? 2 : 1;
    if (copies === 2) stats.duplicated++;
    for (let i = 0; i < copies; i++) {
      if (rand() < (spec.reorder ?? 0)) {
        stats.reordered++;
        clock.setTimer(spec.delayMs ?? 5, () => deliver(frame));
      } else {
        deliver(frame);
      }
    }
  };
  return { fn, stats };
}
