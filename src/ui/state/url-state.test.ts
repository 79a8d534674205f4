import { describe, it, expect } from 'vitest';
import { formatUrlState, parseUrlState } from './url-state.ts';

describe('URL state', () => {
  it('round-trips every field', () => {
    const q = 'guest=mmu-lab&mem=64&cmdline=a+b%3Dc&det=1&entry=1&bp=solo5_app_main%2C0x100abc&tab=mmu&fleet=16';
    const { state, problems } = parseUrlState('?' + q);
    expect(problems).toEqual([]);
    expect(state).toEqual({
      guest: 'mmu-lab', memMiB: 64, cmdline: 'a b=c', deterministic: true, pauseAtEntry: true,
      breakpoints: ['solo5_app_main', '0x100abc'], tab: 'mmu', fleet: 16,
    });
    expect(parseUrlState(formatUrlState(state)).state).toEqual(state);
  });
  it('means defaults when empty', () => {
    expect(parseUrlState('')).toEqual({ state: { deterministic: false, pauseAtEntry: false, breakpoints: [] }, problems: [] });
    expect(formatUrlState({ deterministic: false, pauseAtEntry: false, breakpoints: [] })).toBe('');
  });
  it('drops bad values with a note each', () => {
    const { state, problems } = parseUrlState('?guest=../x&mem=3&tab=nope&fleet=999&bp=ok,%3Cscript%3E');
    expect(state).toEqual({ deterministic: false, pauseAtEntry: false, breakpoints: ['ok'] });
    expect(problems).toEqual([
      'link: guest name "../x" is not valid',
      'link: memory must be an even number of MiB from 2 to 4096, not "3"',
      'link: breakpoint "<script>" ignored',
      'link: no panel named "nope"',
      'link: fleet size must be 1..256, not "999"',
    ]);
  });
  it('keeps an empty command line (different from the default one)', () => {
    expect(parseUrlState('?cmdline=').state.cmdline).toBe('');
    expect(formatUrlState({ cmdline: '', deterministic: false, pauseAtEntry: false, breakpoints: [] })).toBe('cmdline=');
  });
});
