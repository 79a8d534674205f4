import { describe, expect, it } from 'vitest';
import { SIGBUS, SIGFPE, SIGILL, SIGSEGV, SIGTRAP } from './layout.ts';
import { BUS_ADRALN, EC, SEGV_ACCERR, SEGV_MAPERR, signalFor } from './signals.ts';

const esr = (ec: number, iss = 0) => (BigInt(ec) << 26n) | (1n << 25n) | BigInt(iss);
const FAR = 0x1000_2004n;
const ELR = 0x1000_1800n;
const SP = 0x1000_4008n;

describe('exception -> Linux signal mapping', () => {
  it('maps UNDEFINED, illegal state and trapped system registers to SIGILL at the pc', () => {
    for (const ec of [EC.UNKNOWN, EC.ILLEGAL_STATE, EC.SYSREG]) {
      expect(signalFor(esr(ec), FAR, ELR, SP)).toMatchObject({ signo: SIGILL, siAddr: ELR });
    }
  });
  it('maps BRK to SIGTRAP at the pc', () => {
    expect(signalFor(esr(EC.BRK64, 0x123), FAR, ELR, SP)).toMatchObject({ signo: SIGTRAP, siAddr: ELR });
  });
  it('maps data aborts to SIGSEGV (translation: MAPERR, permission: ACCERR) or SIGBUS (alignment) at FAR', () => {
    expect(signalFor(esr(EC.DABORT_LOWER, 0x07), FAR, ELR, SP)).toEqual({ signo: SIGSEGV, siCode: SEGV_MAPERR, siAddr: FAR });
    expect(signalFor(esr(EC.DABORT_LOWER, 0x0f | 0x40), FAR, ELR, SP)).toEqual({ signo: SIGSEGV, siCode: SEGV_ACCERR, siAddr: FAR });
    expect(signalFor(esr(EC.DABORT_LOWER, 0x21), FAR, ELR, SP)).toEqual({ signo: SIGBUS, siCode: BUS_ADRALN, siAddr: FAR });
  });
  it('reports fault addresses without the tag byte, as Linux does', () => {
    const tagged = 0x5a00_0000_1000_3008n;
    expect(signalFor(esr(EC.DABORT_LOWER, 0x07), tagged, ELR, SP).siAddr).toBe(0x1000_3008n);
    expect(signalFor(esr(EC.DABORT_LOWER, 0x21), tagged, ELR, SP).siAddr).toBe(0x1000_3008n);
    expect(signalFor(esr(EC.DABORT_LOWER, 0x07), 0x5a80_0000_0000_0010n, ELR, SP).siAddr).toBe(0xff80_0000_0000_0010n);
  });
  it('maps instruction aborts to SIGSEGV and PC/SP alignment faults to SIGBUS', () => {
    expect(signalFor(esr(EC.IABORT_LOWER, 0x0f), FAR, ELR, SP)).toMatchObject({ signo: SIGSEGV, siAddr: FAR });
    expect(signalFor(esr(EC.PC_ALIGN), FAR, ELR, SP)).toMatchObject({ signo: SIGBUS, siAddr: FAR });
    expect(signalFor(esr(EC.SP_ALIGN), FAR, ELR, SP)).toMatchObject({ signo: SIGBUS, siAddr: SP });
    expect(signalFor(esr(EC.FP_EXC64), FAR, ELR, SP)).toMatchObject({ signo: SIGFPE });
  });
  it('refuses exceptions a checkable instruction must not raise', () => {
    expect(() => signalFor(esr(EC.SVC64), FAR, ELR, SP)).toThrow(/no signal mapping/);
    expect(() => signalFor(esr(EC.FP_ACCESS), FAR, ELR, SP)).toThrow(/no signal mapping/);
  });
});
