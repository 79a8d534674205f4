// The interpreter loop.
//
//   run(budget)
//     outer loop, once per block (a run of instructions inside one 4 KiB page):
//       timer check when due -> IRQ if the line is up and PSTATE.I clear
//       budget check
//       fetch: exec TLB (or walk + fill) -> host page and decoded block of that page
//       inner loop, once per instruction:
//         at a block start (after fetch or a jump): translated block there? run it (jit.ts);
//           count the entry and translate the block when it gets hot
//         entry = block[pc offset]; decode into the entry if empty
//         dispatch(handler id)
//         sequential: pc += 4, stay in the page
//         `jumped` (branch, exception, exit request): stay if the target is in the same page
//                                                    and nothing asked for a re-fetch
// Interrupts, the budget and the timer are looked at between blocks; a block ends at the
// latest when the budget or the next timer check is reached. A translated block runs only when
// all of its instructions fit in what is left (and holds no breakpoint), so it keeps to the
// same limits; when it leaves early (a side exit), the interpreter runs the next instruction.

import { pc, el, daif, pstateIL, jumped, mustRefetch, clearJumped, rawSetPC } from './state';
import {
  faulted, clearFaulted, takeIrq, instructionAbort, pcAlignmentFault, illegalStateException,
} from './exceptions';
import { translate, tPA, tFsc, tlbEntry, tlbTag, ACC_EXEC, FSC_EXTERNAL } from './mmu';
import { physToHost, isMmio, outOfHostMemory } from './phys';
import { codeBlock } from './codecache';
import {
  jitThreshold, jitRetired, translateAt, runTranslated, isTranslated, blockLength, jitSlot, JIT_TRANSLATED, JIT_CONTINUE,
} from './jit';
import { exitReason, exitAfterInsn, EXIT_NONE, EXIT_BUDGET, EXIT_BREAKPOINT, EXIT_FATAL } from './vmem';
import { retired, nextTimerCheck, irqLine, timerUpdate } from './timer';
import { decode, dispatchHot, dispatchCold } from './generated/decoder';


// ---- host breakpoints --------------------------------------------------------------------------
//   BPS (static): up to 64 virtual addresses (u64)
@inline const MAX_BPS: u32 = 64;
export const BPS: usize = memory.data(MAX_BPS * 8, 8);
export let bpCount: u32 = 0;
/** A breakpoint at this pc is stepped over once (resuming from it). Odd = none. */
export let bpSkip: u64 = 1;

export function addBreakpoint(va: u64): bool {
  for (let i: u32 = 0; i < bpCount; i++) if (load<u64>(BPS + (<usize>i << 3)) == va) return true;
  if (bpCount >= MAX_BPS) return false;
  store<u64>(BPS + (<usize>bpCount << 3), va);
  bpCount++;
  return true;
}
export function removeBreakpoint(va: u64): void {
  for (let i: u32 = 0; i < bpCount; i++) {
    if (load<u64>(BPS + (<usize>i << 3)) == va) {
      bpCount--;
      store<u64>(BPS + (<usize>i << 3), load<u64>(BPS + (<usize>bpCount << 3)));
      return;
    }
  }
}
export function clearBreakpoints(): void {
  bpCount = 0;
}
export function skipBreakpointAt(va: u64): void {
  bpSkip = va;
}
function isBreakpoint(va: u64): bool {
  for (let i: u32 = 0; i < bpCount; i++) if (load<u64>(BPS + (<usize>i << 3)) == va) return true;
  return false;
}
/** Is there a breakpoint among the instructions a trace takes from its page (slots lo..hi)? */
function breakpointInTrace(page: u64, js: usize): bool {
  let from = page + (<u64>load<u16>(js, 4) << 2);
  let bytes = (<u64>load<u16>(js, 6) + 1 - <u64>load<u16>(js, 4)) << 2;
  for (let i: u32 = 0; i < bpCount; i++) if (load<u64>(BPS + (<usize>i << 3)) - from < bytes) return true;
  return false;
}

// ---- instruction fetch ---------------------------------------------------------------------------
let fetchHost: usize = 0;
let fetchBlock: usize = 0;

/** Find the host page and decoded block for pc; on failure the abort is taken (returns false). */
function fetchPage(): bool {
  let e = tlbEntry(el, ACC_EXEC, pc);
  if (load<u64>(e) == tlbTag(pc)) {
    fetchHost = <usize>load<u32>(e, 8);
    fetchBlock = <usize>load<u32>(e, 12);
    return true;
  }
  if (!translate(pc, ACC_EXEC, el)) {
    instructionAbort(pc, tFsc);
    return false;
  }
  let pa = tPA & ~<u64>0xfff;
  let host: usize = isMmio(pa) ? 0 : physToHost(pa);
  let block = host != 0 ? codeBlock(pa, true) : 0;
  if (host == 0 || block == 0) {
    instructionAbort(pc, FSC_EXTERNAL);
    return false;
  }
  store<u64>(e, tlbTag(pc));
  store<u32>(e, <u32>host, 8);
  store<u32>(e, <u32>block, 12);
  fetchHost = host;
  fetchBlock = block;
  return true;
}

/**
 * Run at most `budget` instructions; returns the exit reason (see vmem.ts EXIT_*).
 *
 * Inside a block the loop keeps the instruction count in a local (`n`) and writes `retired`
 * back only when the block ends or before a handler that is not inlined (those may read the
 * counter, e.g. CNTVCT in deterministic mode; the hot handlers never do). Breakpoints make
 * every block one instruction long, so the inner loop has no breakpoint test.
 */
export function run(budget: u32): u32 {
  exitReason = EXIT_NONE;
  exitAfterInsn = false;
  let end = retired + budget;
  while (true) {
    if (outOfHostMemory) {
      exitReason = EXIT_FATAL;
      break;
    }
    if (retired >= nextTimerCheck) timerUpdate();
    if (irqLine && (daif & 2) == 0) {
      takeIrq();
      clearJumped();
      mustRefetch = false;
    }
    if (retired >= end) {
      exitReason = EXIT_BUDGET;
      break;
    }
    // Exceptions taken before an instruction runs: PC alignment, instruction abort, and
    // PSTATE.IL (set only by an illegal ERET, which ends the block). A guest whose vectors
    // themselves fault would loop here without retiring anything, so each such entry costs one
    // unit of this run's budget (not of `retired`, which is guest time): run() always returns.
    let early = false;
    if ((<u32>pc & 3) != 0) {
      pcAlignmentFault();
      early = true;
    } else if (!fetchPage()) {
      early = true; // fetchPage took the instruction abort
    } else if (pstateIL != 0) {
      illegalStateException();
      early = true;
    }
    if (early) {
      clearJumped();
      clearFaulted();
      mustRefetch = false;
      end--;
      continue;
    }
    let stop = nextTimerCheck < end ? nextTimerCheck : end;
    let jitStop = stop; // a translated block is one step for breakpoints: only the budget binds it
    if (bpCount != 0) {
      if (pc == bpSkip) bpSkip = 1;
      else if (isBreakpoint(pc)) {
        exitReason = EXIT_BREAKPOINT;
        return exitReason;
      }
      stop = retired + 1;
    }
    let host = fetchHost;
    let block = fetchBlock;
    let base = retired;
    let limit = stop - base; // instructions this block may run (>= 1)
    let jitLimit = jitStop - base;
    let n: u64 = 0;
    let page = pc & ~<u64>0xfff;
    let p = pc;
    let off = <usize>((<u32>p & 0xfff) >> 2);
    let jitOn = jitThreshold != 0;
    let probe = jitOn; // at a block start: look at its JIT slot
    let probeNext = false; // look at the one after the next instruction (after a side exit)
    while (true) {
      if (probe) {
        probe = false;
        let js = jitSlot(block, off);
        let v = load<u32>(js);
        if (v < JIT_TRANSLATED) {
          v++;
          if (v >= jitThreshold) v = translateAt(block, host, <u32>off);
          store<u32>(js, v);
        }
        if (isTranslated(v)) {
          let room = jitLimit - n;
          let len = blockLength(v);
          if (<u64>len <= room && (bpCount == 0 || !breakpointInTrace(page, js))) {
            rawSetPC(p);
            let r = runTranslated(v, block, page, room > 0x7fffffff ? 0x7fffffff : <u32>room, bpCount == 0);
            let done = <u64>(r & ~JIT_CONTINUE);
            n += done;
            jitRetired += done;
            p = pc;
            if ((r & JIT_CONTINUE) != 0) probe = true;
            else probeNext = true;
            if (n >= limit || (p ^ page) > 0xfff || (<u32>p & 3) != 0) {
              retired = base + n;
              break;
            }
            off = <usize>((<u32>p & 0xfff) >> 2);
            continue;
          }
        }
      }
      let slot = block + (off << 3);
      let entry = load<u64>(slot);
      let insn = <u32>entry;
      let id = <u32>(entry >> 32);
      if (id == 0) {
        insn = load<u32>(host + (off << 2));
        id = decode(insn);
        store<u64>(slot, <u64>insn | (<u64>id << 32));
      }
      rawSetPC(p);
      if (!dispatchHot(id, insn)) {
        retired = base + n;
        dispatchCold(id, insn);
      }
      n++;
      if (jumped) {
        clearJumped();
        retired = base + n;
        if (exitReason != EXIT_NONE) {
          if (exitAfterInsn && !faulted) rawSetPC(pc + 4);
          clearFaulted();
          return exitReason;
        }
        clearFaulted();
        p = pc;
        if (mustRefetch || n >= limit || (p ^ page) > 0xfff || (<u32>p & 3) != 0) {
          mustRefetch = false;
          break;
        }
        off = <usize>((<u32>p & 0xfff) >> 2);
        probe = jitOn;
        probeNext = false;
        continue;
      }
      p += 4;
      off++;
      if (off == 1024 || n >= limit) {
        rawSetPC(p);
        retired = base + n;
        break;
      }
      if (probeNext) {
        probe = true;
        probeNext = false;
      }
    }
  }
  return exitReason;
}
