// Wire formats and small parts: the Internet checksum, address text, the reassembly queue,
// the send queue, sequence arithmetic across the wrap.
import { describe, expect, it } from 'vitest';
import { internetChecksum } from './checksum.ts';
import { formatMac, macKey, parseMac } from './ethernet.ts';
import { formatIp4, parseIp4 } from './ipv4-address.ts';
import { Reassembly } from './tcp/reassembly.ts';
import { SendQueue } from './tcp/send-queue.ts';
import { seqAdd, seqGt, seqLt } from './tcp/seq.ts';

describe('checksum', () => {
  it('matches RFC 1071 worked example and handles odd lengths', () => {
    // RFC 1071 §3: bytes 00 01 f2 03 f4 f5 f6 f7 sum to ddf2, checksum 220d.
    expect(internetChecksum(Uint8Array.from([0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7]), 0, 8)).toBe(0x220d);
    expect(internetChecksum(Uint8Array.from([0x01]), 0, 1)).toBe(0xfeff);
    // A sum that needs many carries folded.
    expect(internetChecksum(new Uint8Array(70000).fill(0xff), 0, 70000)).toBe(0);
  });
});

describe('addresses', () => {
  it('parses and formats', () => {
    expect(formatIp4(parseIp4('10.0.0.254')!)).toBe('10.0.0.254');
    expect(parseIp4('256.0.0.1')).toBeUndefined();
    expect(parseIp4('1.2.3')).toBeUndefined();
    expect(formatMac(parseMac('02:AB:cd:00:11:ff')!)).toBe('02:ab:cd:00:11:ff');
    expect(parseMac('02:ab:cd:00:11')).toBeUndefined();
    expect(macKey(parseMac('ff:ff:ff:ff:ff:ff')!)).toBe(0xffff_ffff_ffff);
    expect(macKey(parseMac('80:00:00:00:00:01')!)).toBe(0x8000_0000_0001);
  });
});

describe('sequence numbers', () => {
  it('compare across the 2^32 wrap', () => {
    expect(seqAdd(0xffff_fff0, 0x20)).toBe(0x10);
    expect(seqLt(0xffff_fff0, 0x10)).toBe(true);
    expect(seqGt(0x10, 0xffff_fff0)).toBe(true);
  });
});

describe('reassembly', () => {
  const b = (from: number, to: number) => Uint8Array.from({ length: to - from }, (_, i) => from + i);
  it('keeps each byte once whatever overlaps, and releases contiguous data', () => {
    const r = new Reassembly();
    const base = 0xffff_ff00; // across the wrap
    const at = (n: number) => seqAdd(base, n);
    expect(r.insert(at(20), b(20, 40), base, at(1000))).toBe(20);
    expect(r.insert(at(30), b(30, 60), base, at(1000))).toBe(20);
    expect(r.insert(at(10), b(10, 25), base, at(1000))).toBe(10);
    expect(r.insert(at(20), b(20, 60), base, at(1000))).toBe(0);
    expect(r.insert(at(70), b(70, 90), base, at(80))).toBe(10); // clipped at the window edge
    expect(r.bytes).toBe(60);
    expect(r.take(at(0))).toEqual([]); // the hole at 0..10 is still open
    const out = r.take(at(10));
    expect(out.flatMap((c) => [...c])).toEqual([...b(10, 60)]);
    expect(r.size).toBe(1);
    expect(r.insert(at(5), b(5, 15), at(60), at(1000))).toBe(0); // already delivered
  });
});

describe('send queue', () => {
  it('reads across chunks and drops from the front', () => {
    const q = new SendQueue();
    q.push(Uint8Array.from([0, 1, 2]));
    q.push(Uint8Array.from([3, 4]));
    q.push(Uint8Array.from([5, 6, 7, 8]));
    expect([...q.read(2, 5)]).toEqual([2, 3, 4, 5, 6]);
    q.drop(4);
    expect(q.length).toBe(5);
    expect([...q.read(0, 10)]).toEqual([4, 5, 6, 7, 8]);
    q.drop(2);
    expect([...q.read(1, 2)]).toEqual([7, 8]);
  });
});
