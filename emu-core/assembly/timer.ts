// The generic timer: the system counter (CNTVCT_EL0 = CNTPCT_EL0, CNTVOFF = 0) and the EL1
// virtual and physical timers, whose level-sensitive outputs are the CPU's IRQ line
// (there is no interrupt controller: the timer is the only interrupt source).
//
// Time comes from one of two sources:
//   real time      ticks = (host milliseconds - epoch) * CNTFRQ / 1000
//   deterministic  ticks = retired instructions >> TICK_SHIFT + idle ticks skipped by the host
// The run loop checks the timer at `nextTimerCheck` (an instruction count): in deterministic
// mode that is the exact instruction at which the compare value is reached; in real time it
// is every REALTIME_POLL instructions while a timer is armed.

import { CNTFRQ, cntvCtl, cntvCval, cntpCtl, cntpCval } from './sysregs';

@external('env', 'hostNowMs')
declare function hostNowMs(): f64;

/** Deterministic mode: one tick per 16 instructions (a 1 GHz instruction rate at 62.5 MHz). */
@inline export const TICK_SHIFT: u32 = 4;
@inline const REALTIME_POLL: u64 = 4096;
@inline const NEVER: u64 = 0xffffffffffffffff;

export let deterministic: bool = false;
export let retired: u64 = 0;
export let idleTicks: u64 = 0;
let epochMs: f64 = 0;

export let irqLine: bool = false;
export let nextTimerCheck: u64 = NEVER;

export function timerReset(det: bool): void {
  deterministic = det;
  retired = 0;
  idleTicks = 0;
  epochMs = det ? 0 : hostNowMs();
  irqLine = false;
  nextTimerCheck = NEVER;
}

export function counterNow(): u64 {
  if (deterministic) return (retired >> TICK_SHIFT) + idleTicks;
  let ms = hostNowMs() - epochMs;
  if (ms < 0) ms = 0;
  return <u64>(ms * (<f64>CNTFRQ / 1000.0));
}

/**
 * The counter as an executing instruction (MRS/MSR of a timer register) sees it: in
 * deterministic mode that instruction counts as retired, as with QEMU's -icount, so counts
 * read by a guest agree with QEMU's instruction for instruction.
 */
export function counterForInsn(): u64 {
  if (deterministic) return ((retired + 1) >> TICK_SHIFT) + idleTicks;
  return counterNow();
}

/** Timer condition met: ENABLE and CVAL <= now. (ISTATUS, before IMASK.) */
@inline function fires(ctl: u64, cval: u64, now: u64): bool {
  return (ctl & 1) != 0 && now >= cval;
}

/** CNTx_CTL as read by MRS: ISTATUS (bit 2) reflects the condition. */
export function ctlRead(ctl: u64, cval: u64): u64 {
  let v = ctl & 3;
  if (fires(ctl, cval, counterForInsn())) v |= 4;
  return v;
}

/** Re-sample time, update the IRQ line, and schedule the next check. */
export function timerUpdate(): void {
  let now = counterNow();
  let vOut = fires(cntvCtl, cntvCval, now) && (cntvCtl & 2) == 0;
  let pOut = fires(cntpCtl, cntpCval, now) && (cntpCtl & 2) == 0;
  irqLine = vOut || pOut;
  nextTimerCheck = NEVER;
  let vArmed = (cntvCtl & 3) == 1 && !vOut;
  let pArmed = (cntpCtl & 3) == 1 && !pOut;
  if (!vArmed && !pArmed) return;
  if (!deterministic) {
    nextTimerCheck = retired + REALTIME_POLL;
    return;
  }
  let due: u64 = NEVER;
  if (vArmed) due = cntvCval;
  if (pArmed && cntpCval < due) due = cntpCval;
  // First instruction count at which (retired >> TICK_SHIFT) + idleTicks >= due.
  let ticks = due - idleTicks;
  if (due < idleTicks) ticks = 0;
  if (ticks > (NEVER >> TICK_SHIFT)) return;
  let at = ticks << TICK_SHIFT;
  nextTimerCheck = at > retired ? at : retired;
}

/** Force a timer re-evaluation before the next instruction (timer register writes). */
export function timerDirty(): void {
  nextTimerCheck = retired;
}

/**
 * Ticks until the earliest enabled, unmasked timer fires (for a host waiting in WFI);
 * 0 if one is already firing, NEVER if none is armed.
 */
export function ticksToNextTimer(): u64 {
  let now = counterNow();
  let best: u64 = NEVER;
  if ((cntvCtl & 3) == 1) best = cntvCval > now ? cntvCval - now : 0;
  if ((cntpCtl & 3) == 1) {
    let t = cntpCval > now ? cntpCval - now : 0;
    if (t < best) best = t;
  }
  return best;
}

/** Deterministic idle: the host lets `ticks` of virtual time pass while the guest waits. */
export function advanceIdle(ticks: u64): void {
  idleTicks += ticks;
  timerDirty();
}
