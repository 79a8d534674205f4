// The CPACR_EL1.FPEN check every FP/AdvSIMD instruction (and SIMD&FP load/store) makes first.
// FPEN = 0b01 traps EL0 only, 0b00 and 0b10 trap both EL0 and EL1, 0b11 traps nothing.

import { el } from './state';
import { cpacr } from './sysregs';
import { syncException, EC_FP_ACCESS } from './exceptions';

/** True if FP/SIMD may execute now; otherwise takes the access trap (EC 0x07) and returns false. */
@inline export function fpEnabled(): bool {
  let fpen = <u32>(cpacr >> 20) & 3;
  if (fpen == 3 || (fpen == 1 && el == 1)) return true;
  fpTrap();
  return false;
}

/** ISS for a trap from AArch64: CV = 1, COND = 0b1110. */
export function fpTrap(): void {
  syncException(EC_FP_ACCESS, (1 << 24) | (0xe << 20));
}
