// Data-processing 1, 2 and 3 source: bit and byte reversal, counting, division (by zero and
// INT_MIN / -1 included), variable shifts, multiply-add with exact 128-bit high halves, CRC32.
import { describe, it, expect, beforeAll } from 'vitest';
import { cases, dpMachine, execWord } from './dp-run.ts';
import { enc } from './asm.ts';
import type { Cpu } from '../../src/core/cpu.ts';
import { testMachine, load } from './machine.ts';

const ONES = 0xffff_ffff_ffff_ffffn;
const MIN64 = 1n << 63n;
const MAX64 = MIN64 - 1n;
const JUNK = 0xdead_beef_0000_0000n;
const U64 = (v: bigint) => BigInt.asUintN(64, v);
const S64 = (v: bigint) => BigInt.asIntN(64, v);

describe('data-processing (1 source)', () => {
  cases([
    ['rbit x0, x1', { x1: 1n }, { x0: MIN64 }],
    ['rbit x0, x1', { x1: 0x0123456789abcdefn }, { x0: 0xf7b3d591e6a2c480n }],
    ['rbit w0, w1', { x1: 0xffffffff_00000001n }, { x0: 0x80000000n }],
    ['rbit w0, w1', { x1: 0x12345678n }, { x0: 0x1e6a2c48n }],
    ['rev16 x0, x1', { x1: 0x0123456789abcdefn }, { x0: 0x23016745ab89efcdn }],
    ['rev16 w0, w1', { x1: 0xdead_beef_0011_2233n }, { x0: 0x11003322n }],
    ['rev w0, w1', { x1: JUNK | 0x11223344n }, { x0: 0x44332211n }],
    ['rev32 x0, x1', { x1: 0x0011223344556677n }, { x0: 0x3322110077665544n }],
    ['rev x0, x1', { x1: 0x0011223344556677n }, { x0: 0x7766554433221100n }],
    ['clz x0, x1', { x1: 0n }, { x0: 64n }],
    ['clz x0, x1', { x1: 1n }, { x0: 63n }],
    ['clz x0, x1', { x1: MIN64 }, { x0: 0n }],
    ['clz w0, w1', { x1: 0n }, { x0: 32n }],
    ['clz w0, w1', { x1: 0xffffffff_00000000n }, { x0: 32n }],
    ['clz w0, w1', { x1: 0x00010000n }, { x0: 15n }],
    ['cls x0, x1', { x1: 0n }, { x0: 63n }],
    ['cls x0, x1', { x1: ONES }, { x0: 63n }],
    ['cls x0, x1', { x1: MIN64 }, { x0: 0n }],
    ['cls x0, x1', { x1: 1n << 62n }, { x0: 0n }],
    ['cls x0, x1', { x1: 0xc000_0000_0000_0000n }, { x0: 1n }],
    ['cls x0, x1', { x1: 1n }, { x0: 62n }],
    ['cls w0, w1', { x1: 0n }, { x0: 31n }],
    ['cls w0, w1', { x1: 0xffffffffn }, { x0: 31n }],
    ['cls w0, w1', { x1: JUNK | 0x80000000n }, { x0: 0n }],
    ['cls w0, w1', { x1: 0xffff0000n }, { x0: 15n }],
    ['cls w0, w1', { x1: 0x0000ffffn }, { x0: 15n }],
    // reserved: REV (opc=11) with sf=0, opcode 000110, opcode2 != 0 (PAC), S = 1
    ['rev x0, x1', {}, { undef: true }, 1 << 31],
    ['cls x0, x1', {}, { undef: true }, 3 << 10],
    ['rbit x0, x1', {}, { undef: true }, 1 << 16],
    ['clz x0, x1', {}, { undef: true }, 1 << 29],
  ]);
});

describe('data-processing (2 source): division', () => {
  cases([
    ['udiv x0, x1, x2', { x1: 100n, x2: 7n }, { x0: 14n }],
    ['udiv x0, x1, x2', { x1: ONES, x2: 1n }, { x0: ONES }],
    ['udiv x0, x1, x2', { x1: ONES, x2: 2n }, { x0: MAX64 }],
    ['udiv x0, x1, x2', { x1: 12345n, x2: 0n }, { x0: 0n }],
    ['udiv w0, w1, w2', { x1: JUNK | 0xffffffffn, x2: JUNK | 2n }, { x0: 0x7fffffffn }],
    ['udiv w0, w1, w2', { x1: 5n, x2: 0x1_0000_0000n }, { x0: 0n }],
    ['sdiv x0, x1, x2', { x1: -7n, x2: 2n }, { x0: -3n }],
    ['sdiv x0, x1, x2', { x1: 7n, x2: -2n }, { x0: -3n }],
    ['sdiv x0, x1, x2', { x1: -7n, x2: -2n }, { x0: 3n }],
    ['sdiv x0, x1, x2', { x1: MIN64, x2: -1n }, { x0: MIN64 }],
    ['sdiv x0, x1, x2', { x1: MIN64, x2: 0n }, { x0: 0n }],
    ['sdiv x0, x1, x2', { x1: 9n, x2: -1n }, { x0: -9n }],
    ['sdiv w0, w1, w2', { x1: 0x80000000n, x2: 0xffffffffn }, { x0: 0x80000000n }],
    ['sdiv w0, w1, w2', { x1: 0xfffffff9n, x2: 2n }, { x0: 0xfffffffdn }],
    ['sdiv w0, w1, w2', { x1: 0x1_0000_0010n, x2: 0x5_0000_0004n }, { x0: 4n }],
    ['sdiv w0, w1, w2', { x1: 0x80000000n, x2: JUNK }, { x0: 0n }],
  ]);
});

describe('data-processing (2 source): shifts by register', () => {
  cases([
    ['lslv x0, x1, x2', { x1: 1n, x2: 67n }, { x0: 8n }],
    ['lsl x0, x1, x2', { x1: 1n, x2: 63n }, { x0: MIN64 }],
    ['lsl x0, x1, x2', { x1: 5n, x2: 0n }, { x0: 5n }],
    ['lsl w0, w1, w2', { x1: 1n, x2: 33n }, { x0: 2n }],
    ['lsl w0, w1, w2', { x1: 3n, x2: 31n }, { x0: 0x80000000n }],
    ['lsr x0, x1, x2', { x1: MIN64, x2: 63n }, { x0: 1n }],
    ['lsr x0, x1, x2', { x1: MIN64, x2: 64n }, { x0: MIN64 }],
    ['lsr w0, w1, w2', { x1: JUNK | 0x80000000n, x2: 31n }, { x0: 1n }],
    ['lsr w0, w1, w2', { x1: 0x80000000n, x2: 32n }, { x0: 0x80000000n }],
    ['asr x0, x1, x2', { x1: MIN64, x2: 63n }, { x0: ONES }],
    ['asr x0, x1, x2', { x1: MIN64, x2: 0xffff_ffff_ffff_ffc1n }, { x0: 0xc000_0000_0000_0000n }],
    ['asr w0, w1, w2', { x1: 0x80000000n, x2: 31n }, { x0: 0xffffffffn }],
    ['asr w0, w1, w2', { x1: 0x80000000n, x2: 4n }, { x0: 0xf8000000n }],
    ['asr w0, w1, w2', { x1: JUNK | 0x40000000n, x2: 30n }, { x0: 1n }],
    ['ror x0, x1, x2', { x1: 1n, x2: 1n }, { x0: MIN64 }],
    ['ror x0, x1, x2', { x1: 0x11111111_22222222n, x2: 96n }, { x0: 0x22222222_11111111n }],
    ['ror w0, w1, w2', { x1: 0x12345678n, x2: 36n }, { x0: 0x81234567n }],
    ['ror w0, w1, w2', { x1: JUNK | 1n, x2: 0n }, { x0: 1n }],
  ]);
});

describe('data-processing (3 source)', () => {
  cases([
    ['madd x0, x1, x2, x3', { x1: 3n, x2: 4n, x3: 5n }, { x0: 17n }],
    ['madd x0, x1, x2, x3', { x1: ONES, x2: 2n, x3: 0n }, { x0: ONES - 1n }],
    ['madd w0, w1, w2, w3', { x1: 0x1_0000_0003n, x2: 0x2_0000_0004n, x3: 0x1_0000_0005n }, { x0: 17n }],
    ['mul w0, w1, w2', { x1: 0x10000n, x2: 0x10000n }, { x0: 0n }],
    ['mul x0, x1, x2', { x1: 0x1_0000_0000n, x2: 0x1_0000_0001n }, { x0: 0x1_0000_0000n }],
    ['msub x0, x1, x2, x3', { x1: 3n, x2: 4n, x3: 5n }, { x0: -7n }],
    ['msub w0, w1, w2, w3', { x1: 3n, x2: 4n, x3: 5n }, { x0: 0xfffffff9n }],
    ['mneg x0, x1, x2', { x1: 3n, x2: 4n }, { x0: -12n }],
    ['smaddl x0, w1, w2, x3', { x1: JUNK | 0xfffffffdn, x2: 4n, x3: 100n }, { x0: 88n }],
    ['smaddl x0, w1, w2, x3', { x1: 0x80000000n, x2: 0x80000000n, x3: 0n }, { x0: 1n << 62n }],
    ['smsubl x0, w1, w2, x3', { x1: 0xfffffffdn, x2: 4n, x3: 100n }, { x0: 112n }],
    ['smull x0, w1, w2', { x1: 0x7fffffffn, x2: 0x80000000n }, { x0: -(0x7fffffffn * 0x80000000n) }],
    ['umaddl x0, w1, w2, x3', { x1: JUNK | 0xffffffffn, x2: 0xffffffffn, x3: 1n }, { x0: 0xfffffffe00000002n }],
    ['umsubl x0, w1, w2, x3', { x1: 2n, x2: 3n, x3: 0n }, { x0: -6n }],
    ['umull x0, w1, w2', { x1: 0x80000000n, x2: 2n }, { x0: 0x1_0000_0000n }],
    ['umnegl x0, w1, w2', { x1: 1n, x2: 1n }, { x0: ONES }],
    ['smulh x0, x1, x2', { x1: ONES, x2: ONES }, { x0: 0n }],
    ['smulh x0, x1, x2', { x1: MIN64, x2: MIN64 }, { x0: 1n << 62n }],
    ['smulh x0, x1, x2', { x1: MIN64, x2: 1n }, { x0: ONES }],
    ['smulh x0, x1, x2', { x1: MAX64, x2: MAX64 }, { x0: 0x3fff_ffff_ffff_ffffn }],
    ['smulh x0, x1, x2', { x1: -2n, x2: 3n }, { x0: ONES }],
    ['smulh x0, x1, x2', { x1: MIN64, x2: MAX64 }, { x0: 0xc000_0000_0000_0000n }],
    ['umulh x0, x1, x2', { x1: ONES, x2: ONES }, { x0: ONES - 1n }],
    ['umulh x0, x1, x2', { x1: 1n << 32n, x2: 1n << 32n }, { x0: 1n }],
    ['umulh x0, x1, x2', { x1: 0x1234_5678_9abc_def0n, x2: 0xfedc_ba98_7654_3210n }, { x0: (0x1234_5678_9abc_def0n * 0xfedc_ba98_7654_3210n) >> 64n }],
    ['umulh x0, x1, x2', { x1: 0xffff_ffffn, x2: 0xffff_ffff_ffff_ffffn }, { x0: 0xffff_fffen }],
    // reserved: long and high forms with sf = 0, SMULH/UMULH with o0 = 1, op54 != 00
    ['smaddl x0, w1, w2, x3', {}, { undef: true }, 1 << 31],
    ['umulh x0, x1, x2', {}, { undef: true }, 1 << 31],
    ['smulh x0, x1, x2', {}, { undef: true }, 1 << 15],
    ['madd x0, x1, x2, x3', {}, { undef: true }, 1 << 29],
  ]);

  it('smulh and umulh agree with BigInt on random operands', async () => {
    // A few hundred products through the core, checked against exact BigInt arithmetic.
    const cpu = await dpMachine();
    const smulh = enc('smulh x0, x1, x2');
    const umulh = enc('umulh x0, x1, x2');
    let seed = 0x2545f491n;
    const next = () => (seed = U64(seed * 6364136223846793005n + 1442695040888963407n));
    for (let k = 0; k < 300; k++) {
      const a = next() >> BigInt(k % 64);
      const b = next() << BigInt((k * 7) % 64);
      const bu = U64(b);
      expect(execWord(cpu, smulh, { x1: a, x2: bu }).x[0]).toBe(U64((S64(a) * S64(bu)) >> 64n));
      expect(execWord(cpu, umulh, { x1: a, x2: bu }).x[0]).toBe((a * bu) >> 64n);
    }
  });
});

describe('CRC32 and CRC32C', () => {
  // Reference: the bitwise reflected CRC update (no inversions), as the Arm pseudocode's
  // BitReverse(Poly32Mod2(...)) works out to. Independent of the core's table-driven code.
  const crcRef = (acc: number, data: bigint, bytes: number, poly: number): number => {
    for (let k = 0; k < bytes * 8; k++) {
      const bit = (acc ^ Number((data >> BigInt(k)) & 1n)) & 1;
      acc = (acc >>> 1) ^ (bit ? poly : 0);
    }
    return acc >>> 0;
  };
  const P32 = 0xedb88320, P32C = 0x82f63b78;
  const acc = 0x1234_5678, data = 0x0102_0304_a5b6_c7d8n;
  cases([
    ['crc32b w0, w1, w2', { x1: JUNK | BigInt(acc), x2: data }, { x0: BigInt(crcRef(acc, data, 1, P32)) }],
    ['crc32h w0, w1, w2', { x1: BigInt(acc), x2: data }, { x0: BigInt(crcRef(acc, data, 2, P32)) }],
    ['crc32w w0, w1, w2', { x1: BigInt(acc), x2: data }, { x0: BigInt(crcRef(acc, data, 4, P32)) }],
    ['crc32x w0, w1, x2', { x1: BigInt(acc), x2: data }, { x0: BigInt(crcRef(acc, data, 8, P32)) }],
    ['crc32cb w0, w1, w2', { x1: BigInt(acc), x2: data }, { x0: BigInt(crcRef(acc, data, 1, P32C)) }],
    ['crc32ch w0, w1, w2', { x1: BigInt(acc), x2: data }, { x0: BigInt(crcRef(acc, data, 2, P32C)) }],
    ['crc32cw w0, w1, w2', { x1: JUNK | BigInt(acc), x2: data }, { x0: BigInt(crcRef(acc, data, 4, P32C)) }],
    ['crc32cx w0, w1, x2', { x1: BigInt(acc), x2: data }, { x0: BigInt(crcRef(acc, data, 8, P32C)) }],
    ['crc32b w0, w1, w2', { x1: 0n, x2: 0n }, { x0: 0n }],
    // sf must match the size: CRC32X with sf=0 and CRC32B with sf=1 are unallocated
    ['crc32x w0, w1, x2', {}, { undef: true }, 1 << 31],
    ['crc32cb w0, w1, w2', {}, { undef: true }, 1 << 31],
    ['crc32w w0, w1, w2', {}, { undef: true }, 1 << 29],
  ]);

  // Check values of "123456789": CRC-32 = 0xCBF43926, CRC-32C = 0xE3069283 (init and final
  // XOR 0xFFFFFFFF), fed through each access width.
  let cpu: Cpu;
  beforeAll(async () => {
    cpu = await testMachine();
  });
  const feed = (c: string) => `
      mov x1, #0x3231
      movk x1, #0x3433, lsl #16
      movk x1, #0x3635, lsl #32
      movk x1, #0x3837, lsl #48
      mov x2, #0xff39
      movk x2, #0xbeef, lsl #48
      mov w0, #-1
      ${c}
      mvn w0, w0
      b .`;
  const programs: [string, string, number][] = [
    ['crc32x + crc32b', 'crc32x w0, w0, x1\n crc32b w0, w0, w2', 0xcbf43926],
    ['crc32w x2 + crc32b', 'crc32w w0, w0, w1\n lsr x3, x1, #32\n crc32w w0, w0, w3\n crc32b w0, w0, w2', 0xcbf43926],
    [
      'crc32h x4 + crc32b',
      'crc32h w0, w0, w1\n lsr x3, x1, #16\n crc32h w0, w0, w3\n lsr x3, x1, #32\n crc32h w0, w0, w3\n lsr x3, x1, #48\n crc32h w0, w0, w3\n crc32b w0, w0, w2',
      0xcbf43926,
    ],
    ['crc32cx + crc32cb', 'crc32cx w0, w0, x1\n crc32cb w0, w0, w2', 0xe3069283],
    ['crc32cw x2 + crc32cb', 'crc32cw w0, w0, w1\n lsr x3, x1, #32\n crc32cw w0, w0, w3\n crc32cb w0, w0, w2', 0xe3069283],
  ];
  it.each(programs)('"123456789" via %s', (_, body, want) => {
    load(cpu, feed(body));
    cpu.run(body.split('\n').length + 8);
    expect(cpu.getX(0)).toBe(BigInt(want));
  });
});
