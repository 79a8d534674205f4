// Decoding of the loads and stores section: every pattern of isa/ldst.ts is reached by at
// least one instruction that LLVM assembles, and the encodings the section leaves out
// (later extensions, reserved fields) decode as unallocated.
import { describe, it, expect, beforeAll } from 'vitest';
import { Cpu } from '../../src/core/cpu.ts';
import { allPatterns } from '../isa/index.ts';
import { handlerId, ID_UNALLOC } from '../isa/ids.ts';
import { assemble } from './asm.ts';
import { testMachine } from './machine.ts';

const ints: [string, string, string, number][] = [
  // handler stem, mnemonic, register, access size
  ['STRB', 'strb', 'w', 1], ['LDRB', 'ldrb', 'w', 1], ['LDRSB_x', 'ldrsb', 'x', 1], ['LDRSB_w', 'ldrsb', 'w', 1],
  ['STRH', 'strh', 'w', 2], ['LDRH', 'ldrh', 'w', 2], ['LDRSH_x', 'ldrsh', 'x', 2], ['LDRSH_w', 'ldrsh', 'w', 2],
  ['STR_w', 'str', 'w', 4], ['LDR_w', 'ldr', 'w', 4], ['LDRSW', 'ldrsw', 'x', 4],
  ['STR_x', 'str', 'x', 8], ['LDR_x', 'ldr', 'x', 8],
];
const fps: [string, number][] = [['b', 1], ['h', 2], ['s', 4], ['d', 8], ['q', 16]];
const log2 = (n: number) => Math.log2(n);
const sizeSuffix: [string, string, string][] = [['B', 'b', 'w'], ['H', 'h', 'w'], ['_w', '', 'w'], ['_x', '', 'x']];

function samples(): [string, string][] {
  const s: [string, string][] = [];
  for (const [stem, m, r, size] of ints) {
    const u = m.replace(/^str/, 'stur').replace(/^ldr/, 'ldur');
    const t = m.replace(/^str/, 'sttr').replace(/^ldr/, 'ldtr');
    s.push([`${m} ${r}1, [x2, #${size * 3}]`, `${stem}_uimm`]);
    s.push([`${m} ${r}1, [sp], #-7`, `${stem}_post`]);
    s.push([`${m} ${r}1, [x2, #255]!`, `${stem}_pre`]);
    s.push([`${u} ${r}1, [x2, #-256]`, stem.replace(/^STR/, 'STUR').replace(/^LDR/, 'LDUR')]);
    s.push([`${t} ${r}1, [x2, #1]`, stem.replace(/^STR/, 'STTR').replace(/^LDR/, 'LDTR')]);
    s.push([`${m} ${r}1, [x2, x3, lsl #${log2(size)}]`, `${stem}_reg`]);
    s.push([`${m} ${r}1, [x2, w3, sxtw]`, `${stem}_reg`]);
  }
  for (const [r, size] of fps) {
    for (const [m, d] of [['str', 'STR'], ['ldr', 'LDR']]) {
      s.push([`${m} ${r}1, [x2, #${size}]`, `${d}_${r}_uimm`]);
      s.push([`${m} ${r}1, [x2], #16`, `${d}_${r}_post`]);
      s.push([`${m} ${r}1, [sp, #-16]!`, `${d}_${r}_pre`]);
      s.push([`${m.replace('r', 'ur')} ${r}1, [x2, #3]`, `${d.replace('R', 'UR')}_${r}`]);
      s.push([`${m} ${r}1, [x2, x3, lsl #${log2(size)}]`, `${d}_${r}_reg`]);
      s.push([`${m} ${r}1, [x2, w3, uxtw]`, `${d}_${r}_reg`]);
    }
  }
  s.push(['prfm pldl1keep, [x2, #8]', 'PRFM_uimm'], ['prfm pstl3strm, [x2, x3]', 'PRFM_reg'], ['prfum plil2keep, [x2, #-1]', 'PRFUM']);
  s.push(['prfm #31, [x2]', 'PRFM_uimm'], ['prfm pldl1strm, .+64', 'PRFM_lit']);
  s.push(['ldr w1, .+8', 'LDR_w_lit'], ['ldr x1, .-8', 'LDR_x_lit'], ['ldrsw x1, .+1024', 'LDRSW_lit']);
  s.push(['ldr s1, .+8', 'LDR_s_lit'], ['ldr d1, .+8', 'LDR_d_lit'], ['ldr q1, .+16', 'LDR_q_lit']);
  const pairs: [string, string, string, number][] = [
    ['STP_w', 'stp', 'w', 4], ['LDP_w', 'ldp', 'w', 4], ['LDPSW', 'ldpsw', 'x', 4], ['STP_x', 'stp', 'x', 8], ['LDP_x', 'ldp', 'x', 8],
    ['STP_s', 'stp', 's', 4], ['LDP_s', 'ldp', 's', 4], ['STP_d', 'stp', 'd', 8], ['LDP_d', 'ldp', 'd', 8],
    ['STP_q', 'stp', 'q', 16], ['LDP_q', 'ldp', 'q', 16],
  ];
  for (const [stem, m, r, size] of pairs) {
    s.push([`${m} ${r}1, ${r}2, [x3], #${size * -64}`, `${stem}_post`]);
    s.push([`${m} ${r}1, ${r}2, [sp, #${size * 63}]!`, `${stem}_pre`]);
    s.push([`${m} ${r}1, ${r}2, [x3, #${size}]`, `${stem}_off`]);
    if (stem !== 'LDPSW') s.push([`${m.replace('p', 'np')} ${r}1, ${r}2, [x3, #${-size}]`, stem.replace('STP', 'STNP').replace('LDP', 'LDNP')]);
  }
  for (const [suf, b, r] of sizeSuffix) {
    for (const o of ['', 'l']) s.push([`st${o}xr${b} w4, ${r}1, [x2]`, `STXR${suf}`]);
    for (const o of ['', 'a']) s.push([`ld${o}xr${b} ${r}1, [x2]`, `LDXR${suf}`]);
    s.push([`stlr${b} ${r}1, [x2]`, `STLR${suf}`], [`ldar${b} ${r}1, [sp]`, `LDAR${suf}`]);
    for (const o of ['', 'a', 'l', 'al']) s.push([`cas${o}${b} ${r}4, ${r}1, [x2]`, `CAS${suf}`]);
    for (const op of ['add', 'clr', 'eor', 'set', 'smax', 'smin', 'umax', 'umin', 'swp']) {
      const ld = op === 'swp' ? 'swp' : `ld${op}`;
      const name = op === 'swp' ? 'SWP' : `LD${op.toUpperCase()}`;
      for (const o of ['', 'a', 'l', 'al']) s.push([`${ld}${o}${b} ${r}4, ${r}1, [x2]`, `${name}${suf}`]);
      if (op !== 'swp') s.push([`st${op}${b} ${r}4, [x2]`, `${name}${suf}`]);
    }
  }
  for (const r of ['w', 'x']) {
    for (const o of ['', 'l']) s.push([`st${o}xp w4, ${r}1, ${r}2, [x3]`, `STXP_${r}`]);
    for (const o of ['', 'a']) s.push([`ld${o}xp ${r}1, ${r}2, [x3]`, `LDXP_${r}`]);
    for (const o of ['', 'a', 'l', 'al']) s.push([`casp${o} ${r}4, ${r}5, ${r}6, ${r}7, [sp]`, `CASP_${r}`]);
  }
  return s;
}

// Encodings that must decode as unallocated.
const unallocated: [number, string][] = [
  [0xf8630841, 'register offset with option 000'],
  [0xf8632841, 'register offset with option 001'],
  [0xc8df7c20, 'LDLAR (ARMv8.1 LOR, not implemented)'],
  [0xc89f7c20, 'STLLR (ARMv8.1 LOR, not implemented)'],
  [0xf8bfc020, 'LDAPR (ARMv8.3 RCpc)'],
  [0x88a00041, 'CAS with Rt2 != 11111'],
  [0x08200041, 'CASP with Rt2 != 11111'],
  [0xdc000000, 'LDR (literal, SIMD&FP) with opc 11'],
  [0x69000000, 'STGP (MTE)'],
  [0x68400000, 'LDNP with opc 01'],
  [0xe8400000, 'LDNP with opc 11'],
  [0xbc400800, 'LDTR with V = 1'],
  [0xf8200400, 'LDRAA (pointer authentication)'],
  [0xf8800400, 'PRFM with post-index'],
  [0xb9c00000, 'size 10 opc 11 (unsigned offset)'],
  [0x7d800000, 'SIMD&FP H register with opc 1x'],
  [0xf8209000, 'atomic with o3 = 1, opc 001'],
  [0xf83fc000, 'atomic with o3 = 1, opc 100 and A = 0'],
];

describe('ldst decoding', () => {
  let cpu: Cpu;
  const ids = handlerId(allPatterns());
  const list = samples();
  beforeAll(async () => {
    cpu = await testMachine();
  });

  it('decodes each sample to its handler', () => {
    const words = assemble(list.map(([src]) => src).join('\n'));
    expect(words.length).toBe(list.length);
    const wrong: string[] = [];
    list.forEach(([src, name], k) => {
      const got = cpu.decodeId(words[k]);
      if (got !== ids.get(name)) wrong.push(`${src}: want ${name} (${ids.get(name)}), got ${got}`);
    });
    expect(wrong).toEqual([]);
  });

  it('has a sample for every pattern of the section', () => {
    const covered = new Set(list.map(([, name]) => name));
    const missing = allPatterns().filter((p) => p.section === 'ldst' && p.name !== 'UNALLOC' && !covered.has(p.name));
    expect(missing.map((p) => p.name)).toEqual([]);
  });

  it.each(unallocated)('decodes %s as unallocated (%s)', (word) => {
    expect(cpu.decodeId(word >>> 0)).toBe(ID_UNALLOC);
  });
});
