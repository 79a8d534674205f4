// The guests' address convention and the helpers that keep machines apart.
import { describe, expect, it } from 'vitest';
import { freeGuestIp, guestIpFromCmdline, HOST_IP, isGuestAddress, withGuestIp } from './addressing.ts';
import { formatIp4, parseIp4 } from './ipv4-address.ts';

const ip = (s: string) => parseIp4(s)!;

describe('addressing', () => {
  it("reads a guest's ip= (default 10.0.0.2)", () => {
    expect(formatIp4(guestIpFromCmdline('ip=10.0.0.7 gw=10.0.0.1 quiet')!)).toBe('10.0.0.7');
    expect(formatIp4(guestIpFromCmdline(['quiet', 'ip=10.0.0.9'])!)).toBe('10.0.0.9');
    expect(formatIp4(guestIpFromCmdline('')!)).toBe('10.0.0.2');
    expect(guestIpFromCmdline('ip=10.0.0')).toBeUndefined();
  });
  it('rewrites or adds ip=', () => {
    expect(withGuestIp('ip=10.0.0.2 gw=10.0.0.1', ip('10.0.0.3'))).toBe('ip=10.0.0.3 gw=10.0.0.1');
    expect(withGuestIp('limit=5', ip('10.0.0.4'))).toBe('limit=5 ip=10.0.0.4');
  });
  it('knows usable guest addresses and finds free ones', () => {
    expect(isGuestAddress(ip('10.0.0.2'))).toBe(true);
    expect(isGuestAddress(HOST_IP)).toBe(false);
    expect(isGuestAddress(ip('10.0.0.255'))).toBe(false);
    expect(isGuestAddress(ip('10.0.0.0'))).toBe(false);
    expect(isGuestAddress(ip('10.0.1.2'))).toBe(false);
    expect(formatIp4(freeGuestIp([ip('10.0.0.2'), ip('10.0.0.4')])!)).toBe('10.0.0.3');
    expect(freeGuestIp(Array.from({ length: 253 }, (_, i) => ip(`10.0.0.${i + 2}`)))).toBeUndefined();
  });
});
