// Handlers of the cryptographic extension: see isa/crypto.ts for the encodings.
// AES rounds in crypto-aes.ts, SHA in crypto-sha.ts, the 64-bit PMULL here.

import { fpEnabled } from '../fpaccess';
import { vAddr } from '../state';
import { SCRATCH, SCRATCH2, getV128, setV128, setQ, getD, getHi } from '../vregs';
import { subBytes, shiftRows, mixColumns } from './crypto-aes';
import {
  sha1Rounds, sha1h, sha1su0, sha1su1, sha256Rounds, sha256su0, sha256su1,
  SHA1_CHOOSE, SHA1_PARITY, SHA1_MAJORITY,
} from './crypto-sha';
import { rd, rn, rm, qOf } from './simd-fields';

// ---- AES -----------------------------------------------------------------------------------------

/** AESE / AESD: AddRoundKey (Vd ^ Vn), then (Inv)ShiftRows and (Inv)SubBytes. */
function aesRound(i: u32, decrypt: bool): void {
  let t = shiftRows(v128.xor(getV128(rd(i)), getV128(rn(i))), decrypt);
  v128.store(SCRATCH, t);
  subBytes(SCRATCH, decrypt);
  setV128(rd(i), v128.load(SCRATCH));
}

function aesMix(i: u32, inverse: bool): void {
  v128.store(SCRATCH, getV128(rn(i)));
  mixColumns(SCRATCH, SCRATCH2, inverse);
  setV128(rd(i), v128.load(SCRATCH2));
}

export function AESE(i: u32): void { if (fpEnabled()) aesRound(i, false); }
export function AESD(i: u32): void { if (fpEnabled()) aesRound(i, true); }
export function AESMC(i: u32): void { if (fpEnabled()) aesMix(i, false); }
export function AESIMC(i: u32): void { if (fpEnabled()) aesMix(i, true); }

// ---- SHA -----------------------------------------------------------------------------------------
export function SHA1C(i: u32): void { if (fpEnabled()) sha1Rounds(rd(i), rn(i), rm(i), SHA1_CHOOSE); }
export function SHA1P(i: u32): void { if (fpEnabled()) sha1Rounds(rd(i), rn(i), rm(i), SHA1_PARITY); }
export function SHA1M(i: u32): void { if (fpEnabled()) sha1Rounds(rd(i), rn(i), rm(i), SHA1_MAJORITY); }
export function SHA1SU0(i: u32): void { if (fpEnabled()) sha1su0(rd(i), rn(i), rm(i)); }
export function SHA1H(i: u32): void { if (fpEnabled()) sha1h(rd(i), rn(i)); }
export function SHA1SU1(i: u32): void { if (fpEnabled()) sha1su1(rd(i), rn(i)); }
export function SHA256H(i: u32): void {
  if (fpEnabled()) sha256Rounds(rd(i), vAddr(rd(i)), vAddr(rn(i)), vAddr(rm(i)), true);
}
export function SHA256H2(i: u32): void {
  if (fpEnabled()) sha256Rounds(rd(i), vAddr(rn(i)), vAddr(rd(i)), vAddr(rm(i)), false);
}
export function SHA256SU0(i: u32): void { if (fpEnabled()) sha256su0(rd(i), rn(i)); }
export function SHA256SU1(i: u32): void { if (fpEnabled()) sha256su1(rd(i), rn(i), rm(i)); }

// ---- PMULL / PMULL2 (64 x 64 -> 128 carry-less) ---------------------------------------------------

export function PMULL_64(i: u32): void {
  if (!fpEnabled()) return;
  let q = qOf(i);
  let a = q ? getHi(rn(i)) : getD(rn(i));
  let b = q ? getHi(rm(i)) : getD(rm(i));
  let lo: u64 = 0;
  let hi: u64 = 0;
  for (let k: u64 = 0; k < 64; k++) {
    if (((b >> k) & 1) != 0) {
      lo ^= a << k;
      if (k != 0) hi ^= a >> (64 - k);
    }
  }
  setQ(rd(i), lo, hi);
}
