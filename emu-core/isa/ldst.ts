// Loads and stores (Arm ARM C4.1.89: op0 = x1x0), ARMv8.0 plus the ARMv8.1 LSE atomics.
// AdvSIMD structure loads/stores (LD1-LD4...) are in simd-ldst.ts.
//
// Handler names: the mnemonic, then the register class of Rt where the mnemonic alone is
// ambiguous (_w/_x general-purpose, _b/_h/_s/_d/_q SIMD&FP), then the addressing form
// (_uimm unsigned scaled offset, _post / _pre index with writeback, _reg register offset,
// _off pair signed offset, _lit PC-relative). Unscaled (LDUR...), unprivileged (LDTR...) and
// no-allocate pair (LDNP...) forms have their own mnemonics.
//
// Ordering bits (acquire A/o0/L, release R/o0) do not change what a single in-order core does,
// so they are fields, not separate lines. The ST<op> atomics are the LD<op> lines with Rt = 31.
// Rs/Rt2 fields the Arm ARM marks "should be one" ((1)(1)(1)(1)(1)) are ignored, as QEMU does.
// Encodings this table leaves out are unallocated in ARMv8.1 (or belong to later extensions:
// LDLAR/STLLR, LDAPR, STGP, LDRAA, ...), and raise UNDEF.
//
// Disassembly operand tokens (formatters in emu-core/disasm/operands-ldst.ts), beyond the
// integer ones of operands-int.ts:
//   {xsp:R}            Xn, or sp for 31          {b,h,s,d,q:R}  SIMD&FP register
//   {wp:R} {xp:R}      the pair "wR, wR+1" / "xR, xR+1" of CASP (R odd is reserved)
//   {uoffN:imm12}      ", #<imm12*N>", nothing when 0
//   {soff:imm9}        ", #<simm9>", nothing when 0      {simm:imm9}  "#<simm9>"
//   {soffN:imm7}       ", #<simm7*N>", nothing when 0    {simmN:imm7} "#<simm7*N>"
//   {rm:option,Rm}     Wm when option<0> = 0, else Xm
//   {extN:option,S}    ", lsl #k" / ", uxtw" / ", sxtw #k" / ", sxtx" ... with k = log2(N) when
//                      S = 1; nothing for LSL (option 011) with S = 0
//   {prfop:Rt}         pldl1keep ... pstl3strm, or "#<imm5>" for the unallocated operations
//   {acq:F} {rel:F}    "a" / "l" when the ordering bit F is 1 (acquire / release)
export default String.raw`
# ---- Load/store register (unsigned immediate): size 111 V 01 opc imm12 Rn Rt
STRB_uimm       00 111 0 01 00 imm12:12 Rn:5 Rt:5                           | strb {w:Rt}, [{xsp:Rn}{uoff1:imm12}]
LDRB_uimm       00 111 0 01 01 imm12:12 Rn:5 Rt:5                           | ldrb {w:Rt}, [{xsp:Rn}{uoff1:imm12}]
LDRSB_x_uimm    00 111 0 01 10 imm12:12 Rn:5 Rt:5                           | ldrsb {x:Rt}, [{xsp:Rn}{uoff1:imm12}]
LDRSB_w_uimm    00 111 0 01 11 imm12:12 Rn:5 Rt:5                           | ldrsb {w:Rt}, [{xsp:Rn}{uoff1:imm12}]
STRH_uimm       01 111 0 01 00 imm12:12 Rn:5 Rt:5                           | strh {w:Rt}, [{xsp:Rn}{uoff2:imm12}]
LDRH_uimm       01 111 0 01 01 imm12:12 Rn:5 Rt:5                           | ldrh {w:Rt}, [{xsp:Rn}{uoff2:imm12}]
LDRSH_x_uimm    01 111 0 01 10 imm12:12 Rn:5 Rt:5                           | ldrsh {x:Rt}, [{xsp:Rn}{uoff2:imm12}]
LDRSH_w_uimm    01 111 0 01 11 imm12:12 Rn:5 Rt:5                           | ldrsh {w:Rt}, [{xsp:Rn}{uoff2:imm12}]
STR_w_uimm      10 111 0 01 00 imm12:12 Rn:5 Rt:5                           | str {w:Rt}, [{xsp:Rn}{uoff4:imm12}]
LDR_w_uimm      10 111 0 01 01 imm12:12 Rn:5 Rt:5                           | ldr {w:Rt}, [{xsp:Rn}{uoff4:imm12}]
LDRSW_uimm      10 111 0 01 10 imm12:12 Rn:5 Rt:5                           | ldrsw {x:Rt}, [{xsp:Rn}{uoff4:imm12}]
STR_x_uimm      11 111 0 01 00 imm12:12 Rn:5 Rt:5                           | str {x:Rt}, [{xsp:Rn}{uoff8:imm12}]
LDR_x_uimm      11 111 0 01 01 imm12:12 Rn:5 Rt:5                           | ldr {x:Rt}, [{xsp:Rn}{uoff8:imm12}]
PRFM_uimm       11 111 0 01 10 imm12:12 Rn:5 Rt:5                           | prfm {prfop:Rt}, [{xsp:Rn}{uoff8:imm12}]
STR_b_uimm      00 111 1 01 00 imm12:12 Rn:5 Rt:5                           | str {b:Rt}, [{xsp:Rn}{uoff1:imm12}]                        @class=simd-ldst
LDR_b_uimm      00 111 1 01 01 imm12:12 Rn:5 Rt:5                           | ldr {b:Rt}, [{xsp:Rn}{uoff1:imm12}]                        @class=simd-ldst
STR_h_uimm      01 111 1 01 00 imm12:12 Rn:5 Rt:5                           | str {h:Rt}, [{xsp:Rn}{uoff2:imm12}]                        @class=simd-ldst
LDR_h_uimm      01 111 1 01 01 imm12:12 Rn:5 Rt:5                           | ldr {h:Rt}, [{xsp:Rn}{uoff2:imm12}]                        @class=simd-ldst
STR_s_uimm      10 111 1 01 00 imm12:12 Rn:5 Rt:5                           | str {s:Rt}, [{xsp:Rn}{uoff4:imm12}]                        @class=simd-ldst
LDR_s_uimm      10 111 1 01 01 imm12:12 Rn:5 Rt:5                           | ldr {s:Rt}, [{xsp:Rn}{uoff4:imm12}]                        @class=simd-ldst
STR_d_uimm      11 111 1 01 00 imm12:12 Rn:5 Rt:5                           | str {d:Rt}, [{xsp:Rn}{uoff8:imm12}]                        @class=simd-ldst
LDR_d_uimm      11 111 1 01 01 imm12:12 Rn:5 Rt:5                           | ldr {d:Rt}, [{xsp:Rn}{uoff8:imm12}]                        @class=simd-ldst
STR_q_uimm      00 111 1 01 10 imm12:12 Rn:5 Rt:5                           | str {q:Rt}, [{xsp:Rn}{uoff16:imm12}]                       @class=simd-ldst
LDR_q_uimm      00 111 1 01 11 imm12:12 Rn:5 Rt:5                           | ldr {q:Rt}, [{xsp:Rn}{uoff16:imm12}]                       @class=simd-ldst

# ---- Load/store register (immediate post-indexed / pre-indexed): size 111 V 00 opc 0 imm9 {01,11} Rn Rt
STRB_post       00 111 0 00 00 0 imm9:9 01 Rn:5 Rt:5                        | strb {w:Rt}, [{xsp:Rn}], {simm:imm9}
LDRB_post       00 111 0 00 01 0 imm9:9 01 Rn:5 Rt:5                        | ldrb {w:Rt}, [{xsp:Rn}], {simm:imm9}
LDRSB_x_post    00 111 0 00 10 0 imm9:9 01 Rn:5 Rt:5                        | ldrsb {x:Rt}, [{xsp:Rn}], {simm:imm9}
LDRSB_w_post    00 111 0 00 11 0 imm9:9 01 Rn:5 Rt:5                        | ldrsb {w:Rt}, [{xsp:Rn}], {simm:imm9}
STRH_post       01 111 0 00 00 0 imm9:9 01 Rn:5 Rt:5                        | strh {w:Rt}, [{xsp:Rn}], {simm:imm9}
LDRH_post       01 111 0 00 01 0 imm9:9 01 Rn:5 Rt:5                        | ldrh {w:Rt}, [{xsp:Rn}], {simm:imm9}
LDRSH_x_post    01 111 0 00 10 0 imm9:9 01 Rn:5 Rt:5                        | ldrsh {x:Rt}, [{xsp:Rn}], {simm:imm9}
LDRSH_w_post    01 111 0 00 11 0 imm9:9 01 Rn:5 Rt:5                        | ldrsh {w:Rt}, [{xsp:Rn}], {simm:imm9}
STR_w_post      10 111 0 00 00 0 imm9:9 01 Rn:5 Rt:5                        | str {w:Rt}, [{xsp:Rn}], {simm:imm9}
LDR_w_post      10 111 0 00 01 0 imm9:9 01 Rn:5 Rt:5                        | ldr {w:Rt}, [{xsp:Rn}], {simm:imm9}
LDRSW_post      10 111 0 00 10 0 imm9:9 01 Rn:5 Rt:5                        | ldrsw {x:Rt}, [{xsp:Rn}], {simm:imm9}
STR_x_post      11 111 0 00 00 0 imm9:9 01 Rn:5 Rt:5                        | str {x:Rt}, [{xsp:Rn}], {simm:imm9}
LDR_x_post      11 111 0 00 01 0 imm9:9 01 Rn:5 Rt:5                        | ldr {x:Rt}, [{xsp:Rn}], {simm:imm9}
STR_b_post      00 111 1 00 00 0 imm9:9 01 Rn:5 Rt:5                        | str {b:Rt}, [{xsp:Rn}], {simm:imm9}                        @class=simd-ldst
LDR_b_post      00 111 1 00 01 0 imm9:9 01 Rn:5 Rt:5                        | ldr {b:Rt}, [{xsp:Rn}], {simm:imm9}                        @class=simd-ldst
STR_h_post      01 111 1 00 00 0 imm9:9 01 Rn:5 Rt:5                        | str {h:Rt}, [{xsp:Rn}], {simm:imm9}                        @class=simd-ldst
LDR_h_post      01 111 1 00 01 0 imm9:9 01 Rn:5 Rt:5                        | ldr {h:Rt}, [{xsp:Rn}], {simm:imm9}                        @class=simd-ldst
STR_s_post      10 111 1 00 00 0 imm9:9 01 Rn:5 Rt:5                        | str {s:Rt}, [{xsp:Rn}], {simm:imm9}                        @class=simd-ldst
LDR_s_post      10 111 1 00 01 0 imm9:9 01 Rn:5 Rt:5                        | ldr {s:Rt}, [{xsp:Rn}], {simm:imm9}                        @class=simd-ldst
STR_d_post      11 111 1 00 00 0 imm9:9 01 Rn:5 Rt:5                        | str {d:Rt}, [{xsp:Rn}], {simm:imm9}                        @class=simd-ldst
LDR_d_post      11 111 1 00 01 0 imm9:9 01 Rn:5 Rt:5                        | ldr {d:Rt}, [{xsp:Rn}], {simm:imm9}                        @class=simd-ldst
STR_q_post      00 111 1 00 10 0 imm9:9 01 Rn:5 Rt:5                        | str {q:Rt}, [{xsp:Rn}], {simm:imm9}                        @class=simd-ldst
LDR_q_post      00 111 1 00 11 0 imm9:9 01 Rn:5 Rt:5                        | ldr {q:Rt}, [{xsp:Rn}], {simm:imm9}                        @class=simd-ldst
STRB_pre        00 111 0 00 00 0 imm9:9 11 Rn:5 Rt:5                        | strb {w:Rt}, [{xsp:Rn}, {simm:imm9}]!
LDRB_pre        00 111 0 00 01 0 imm9:9 11 Rn:5 Rt:5                        | ldrb {w:Rt}, [{xsp:Rn}, {simm:imm9}]!
LDRSB_x_pre     00 111 0 00 10 0 imm9:9 11 Rn:5 Rt:5                        | ldrsb {x:Rt}, [{xsp:Rn}, {simm:imm9}]!
LDRSB_w_pre     00 111 0 00 11 0 imm9:9 11 Rn:5 Rt:5                        | ldrsb {w:Rt}, [{xsp:Rn}, {simm:imm9}]!
STRH_pre        01 111 0 00 00 0 imm9:9 11 Rn:5 Rt:5                        | strh {w:Rt}, [{xsp:Rn}, {simm:imm9}]!
LDRH_pre        01 111 0 00 01 0 imm9:9 11 Rn:5 Rt:5                        | ldrh {w:Rt}, [{xsp:Rn}, {simm:imm9}]!
LDRSH_x_pre     01 111 0 00 10 0 imm9:9 11 Rn:5 Rt:5                        | ldrsh {x:Rt}, [{xsp:Rn}, {simm:imm9}]!
LDRSH_w_pre     01 111 0 00 11 0 imm9:9 11 Rn:5 Rt:5                        | ldrsh {w:Rt}, [{xsp:Rn}, {simm:imm9}]!
STR_w_pre       10 111 0 00 00 0 imm9:9 11 Rn:5 Rt:5                        | str {w:Rt}, [{xsp:Rn}, {simm:imm9}]!
LDR_w_pre       10 111 0 00 01 0 imm9:9 11 Rn:5 Rt:5                        | ldr {w:Rt}, [{xsp:Rn}, {simm:imm9}]!
LDRSW_pre       10 111 0 00 10 0 imm9:9 11 Rn:5 Rt:5                        | ldrsw {x:Rt}, [{xsp:Rn}, {simm:imm9}]!
STR_x_pre       11 111 0 00 00 0 imm9:9 11 Rn:5 Rt:5                        | str {x:Rt}, [{xsp:Rn}, {simm:imm9}]!
LDR_x_pre       11 111 0 00 01 0 imm9:9 11 Rn:5 Rt:5                        | ldr {x:Rt}, [{xsp:Rn}, {simm:imm9}]!
STR_b_pre       00 111 1 00 00 0 imm9:9 11 Rn:5 Rt:5                        | str {b:Rt}, [{xsp:Rn}, {simm:imm9}]!                       @class=simd-ldst
LDR_b_pre       00 111 1 00 01 0 imm9:9 11 Rn:5 Rt:5                        | ldr {b:Rt}, [{xsp:Rn}, {simm:imm9}]!                       @class=simd-ldst
STR_h_pre       01 111 1 00 00 0 imm9:9 11 Rn:5 Rt:5                        | str {h:Rt}, [{xsp:Rn}, {simm:imm9}]!                       @class=simd-ldst
LDR_h_pre       01 111 1 00 01 0 imm9:9 11 Rn:5 Rt:5                        | ldr {h:Rt}, [{xsp:Rn}, {simm:imm9}]!                       @class=simd-ldst
STR_s_pre       10 111 1 00 00 0 imm9:9 11 Rn:5 Rt:5                        | str {s:Rt}, [{xsp:Rn}, {simm:imm9}]!                       @class=simd-ldst
LDR_s_pre       10 111 1 00 01 0 imm9:9 11 Rn:5 Rt:5                        | ldr {s:Rt}, [{xsp:Rn}, {simm:imm9}]!                       @class=simd-ldst
STR_d_pre       11 111 1 00 00 0 imm9:9 11 Rn:5 Rt:5                        | str {d:Rt}, [{xsp:Rn}, {simm:imm9}]!                       @class=simd-ldst
LDR_d_pre       11 111 1 00 01 0 imm9:9 11 Rn:5 Rt:5                        | ldr {d:Rt}, [{xsp:Rn}, {simm:imm9}]!                       @class=simd-ldst
STR_q_pre       00 111 1 00 10 0 imm9:9 11 Rn:5 Rt:5                        | str {q:Rt}, [{xsp:Rn}, {simm:imm9}]!                       @class=simd-ldst
LDR_q_pre       00 111 1 00 11 0 imm9:9 11 Rn:5 Rt:5                        | ldr {q:Rt}, [{xsp:Rn}, {simm:imm9}]!                       @class=simd-ldst

# ---- Load/store register (unscaled immediate): size 111 V 00 opc 0 imm9 00 Rn Rt
STURB           00 111 0 00 00 0 imm9:9 00 Rn:5 Rt:5                        | sturb {w:Rt}, [{xsp:Rn}{soff:imm9}]
LDURB           00 111 0 00 01 0 imm9:9 00 Rn:5 Rt:5                        | ldurb {w:Rt}, [{xsp:Rn}{soff:imm9}]
LDURSB_x        00 111 0 00 10 0 imm9:9 00 Rn:5 Rt:5                        | ldursb {x:Rt}, [{xsp:Rn}{soff:imm9}]
LDURSB_w        00 111 0 00 11 0 imm9:9 00 Rn:5 Rt:5                        | ldursb {w:Rt}, [{xsp:Rn}{soff:imm9}]
STURH           01 111 0 00 00 0 imm9:9 00 Rn:5 Rt:5                        | sturh {w:Rt}, [{xsp:Rn}{soff:imm9}]
LDURH           01 111 0 00 01 0 imm9:9 00 Rn:5 Rt:5                        | ldurh {w:Rt}, [{xsp:Rn}{soff:imm9}]
LDURSH_x        01 111 0 00 10 0 imm9:9 00 Rn:5 Rt:5                        | ldursh {x:Rt}, [{xsp:Rn}{soff:imm9}]
LDURSH_w        01 111 0 00 11 0 imm9:9 00 Rn:5 Rt:5                        | ldursh {w:Rt}, [{xsp:Rn}{soff:imm9}]
STUR_w          10 111 0 00 00 0 imm9:9 00 Rn:5 Rt:5                        | stur {w:Rt}, [{xsp:Rn}{soff:imm9}]
LDUR_w          10 111 0 00 01 0 imm9:9 00 Rn:5 Rt:5                        | ldur {w:Rt}, [{xsp:Rn}{soff:imm9}]
LDURSW          10 111 0 00 10 0 imm9:9 00 Rn:5 Rt:5                        | ldursw {x:Rt}, [{xsp:Rn}{soff:imm9}]
STUR_x          11 111 0 00 00 0 imm9:9 00 Rn:5 Rt:5                        | stur {x:Rt}, [{xsp:Rn}{soff:imm9}]
LDUR_x          11 111 0 00 01 0 imm9:9 00 Rn:5 Rt:5                        | ldur {x:Rt}, [{xsp:Rn}{soff:imm9}]
PRFUM           11 111 0 00 10 0 imm9:9 00 Rn:5 Rt:5                        | prfum {prfop:Rt}, [{xsp:Rn}{soff:imm9}]
STUR_b          00 111 1 00 00 0 imm9:9 00 Rn:5 Rt:5                        | stur {b:Rt}, [{xsp:Rn}{soff:imm9}]                         @class=simd-ldst
LDUR_b          00 111 1 00 01 0 imm9:9 00 Rn:5 Rt:5                        | ldur {b:Rt}, [{xsp:Rn}{soff:imm9}]                         @class=simd-ldst
STUR_h          01 111 1 00 00 0 imm9:9 00 Rn:5 Rt:5                        | stur {h:Rt}, [{xsp:Rn}{soff:imm9}]                         @class=simd-ldst
LDUR_h          01 111 1 00 01 0 imm9:9 00 Rn:5 Rt:5                        | ldur {h:Rt}, [{xsp:Rn}{soff:imm9}]                         @class=simd-ldst
STUR_s          10 111 1 00 00 0 imm9:9 00 Rn:5 Rt:5                        | stur {s:Rt}, [{xsp:Rn}{soff:imm9}]                         @class=simd-ldst
LDUR_s          10 111 1 00 01 0 imm9:9 00 Rn:5 Rt:5                        | ldur {s:Rt}, [{xsp:Rn}{soff:imm9}]                         @class=simd-ldst
STUR_d          11 111 1 00 00 0 imm9:9 00 Rn:5 Rt:5                        | stur {d:Rt}, [{xsp:Rn}{soff:imm9}]                         @class=simd-ldst
LDUR_d          11 111 1 00 01 0 imm9:9 00 Rn:5 Rt:5                        | ldur {d:Rt}, [{xsp:Rn}{soff:imm9}]                         @class=simd-ldst
STUR_q          00 111 1 00 10 0 imm9:9 00 Rn:5 Rt:5                        | stur {q:Rt}, [{xsp:Rn}{soff:imm9}]                         @class=simd-ldst
LDUR_q          00 111 1 00 11 0 imm9:9 00 Rn:5 Rt:5                        | ldur {q:Rt}, [{xsp:Rn}{soff:imm9}]                         @class=simd-ldst

# ---- Load/store register (unprivileged): size 111 0 00 opc 0 imm9 10 Rn Rt
STTRB           00 111 0 00 00 0 imm9:9 10 Rn:5 Rt:5                        | sttrb {w:Rt}, [{xsp:Rn}{soff:imm9}]
LDTRB           00 111 0 00 01 0 imm9:9 10 Rn:5 Rt:5                        | ldtrb {w:Rt}, [{xsp:Rn}{soff:imm9}]
LDTRSB_x        00 111 0 00 10 0 imm9:9 10 Rn:5 Rt:5                        | ldtrsb {x:Rt}, [{xsp:Rn}{soff:imm9}]
LDTRSB_w        00 111 0 00 11 0 imm9:9 10 Rn:5 Rt:5                        | ldtrsb {w:Rt}, [{xsp:Rn}{soff:imm9}]
STTRH           01 111 0 00 00 0 imm9:9 10 Rn:5 Rt:5                        | sttrh {w:Rt}, [{xsp:Rn}{soff:imm9}]
LDTRH           01 111 0 00 01 0 imm9:9 10 Rn:5 Rt:5                        | ldtrh {w:Rt}, [{xsp:Rn}{soff:imm9}]
LDTRSH_x        01 111 0 00 10 0 imm9:9 10 Rn:5 Rt:5                        | ldtrsh {x:Rt}, [{xsp:Rn}{soff:imm9}]
LDTRSH_w        01 111 0 00 11 0 imm9:9 10 Rn:5 Rt:5                        | ldtrsh {w:Rt}, [{xsp:Rn}{soff:imm9}]
STTR_w          10 111 0 00 00 0 imm9:9 10 Rn:5 Rt:5                        | sttr {w:Rt}, [{xsp:Rn}{soff:imm9}]
LDTR_w          10 111 0 00 01 0 imm9:9 10 Rn:5 Rt:5                        | ldtr {w:Rt}, [{xsp:Rn}{soff:imm9}]
LDTRSW          10 111 0 00 10 0 imm9:9 10 Rn:5 Rt:5                        | ldtrsw {x:Rt}, [{xsp:Rn}{soff:imm9}]
STTR_x          11 111 0 00 00 0 imm9:9 10 Rn:5 Rt:5                        | sttr {x:Rt}, [{xsp:Rn}{soff:imm9}]
LDTR_x          11 111 0 00 01 0 imm9:9 10 Rn:5 Rt:5                        | ldtr {x:Rt}, [{xsp:Rn}{soff:imm9}]

# ---- Load/store register (register offset): size 111 V 00 opc 1 Rm option S 10 Rn Rt
STRB_reg        00 111 0 00 00 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | strb {w:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext1:option,S}]
LDRB_reg        00 111 0 00 01 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | ldrb {w:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext1:option,S}]
LDRSB_x_reg     00 111 0 00 10 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | ldrsb {x:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext1:option,S}]
LDRSB_w_reg     00 111 0 00 11 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | ldrsb {w:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext1:option,S}]
STRH_reg        01 111 0 00 00 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | strh {w:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext2:option,S}]
LDRH_reg        01 111 0 00 01 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | ldrh {w:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext2:option,S}]
LDRSH_x_reg     01 111 0 00 10 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | ldrsh {x:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext2:option,S}]
LDRSH_w_reg     01 111 0 00 11 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | ldrsh {w:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext2:option,S}]
STR_w_reg       10 111 0 00 00 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | str {w:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext4:option,S}]
LDR_w_reg       10 111 0 00 01 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | ldr {w:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext4:option,S}]
LDRSW_reg       10 111 0 00 10 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | ldrsw {x:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext4:option,S}]
STR_x_reg       11 111 0 00 00 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | str {x:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext8:option,S}]
LDR_x_reg       11 111 0 00 01 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | ldr {x:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext8:option,S}]
PRFM_reg        11 111 0 00 10 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | prfm {prfop:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext8:option,S}]
STR_b_reg       00 111 1 00 00 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | str {b:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext1:option,S}]      @class=simd-ldst
LDR_b_reg       00 111 1 00 01 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | ldr {b:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext1:option,S}]      @class=simd-ldst
STR_h_reg       01 111 1 00 00 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | str {h:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext2:option,S}]      @class=simd-ldst
LDR_h_reg       01 111 1 00 01 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | ldr {h:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext2:option,S}]      @class=simd-ldst
STR_s_reg       10 111 1 00 00 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | str {s:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext4:option,S}]      @class=simd-ldst
LDR_s_reg       10 111 1 00 01 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | ldr {s:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext4:option,S}]      @class=simd-ldst
STR_d_reg       11 111 1 00 00 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | str {d:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext8:option,S}]      @class=simd-ldst
LDR_d_reg       11 111 1 00 01 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | ldr {d:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext8:option,S}]      @class=simd-ldst
STR_q_reg       00 111 1 00 10 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | str {q:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext16:option,S}]     @class=simd-ldst
LDR_q_reg       00 111 1 00 11 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5             | ldr {q:Rt}, [{xsp:Rn}, {rm:option,Rm}{ext16:option,S}]     @class=simd-ldst
UNALLOC         -- 111 - 00 -- 1 ----- -0- - 10 ----- -----                 |
# ---- Load register (literal): opc 011 V 00 imm19 Rt
LDR_w_lit       00 011 0 00 imm19:19 Rt:5                                   | ldr {w:Rt}, {label19:imm19}                                @class=literal
LDR_x_lit       01 011 0 00 imm19:19 Rt:5                                   | ldr {x:Rt}, {label19:imm19}                                @class=literal
LDRSW_lit       10 011 0 00 imm19:19 Rt:5                                   | ldrsw {x:Rt}, {label19:imm19}                              @class=literal
PRFM_lit        11 011 0 00 imm19:19 Rt:5                                   | prfm {prfop:Rt}, {label19:imm19}                           @class=literal
LDR_s_lit       00 011 1 00 imm19:19 Rt:5                                   | ldr {s:Rt}, {label19:imm19}                                @class=literal
LDR_d_lit       01 011 1 00 imm19:19 Rt:5                                   | ldr {d:Rt}, {label19:imm19}                                @class=literal
LDR_q_lit       10 011 1 00 imm19:19 Rt:5                                   | ldr {q:Rt}, {label19:imm19}                                @class=literal

# ---- Load/store register pair: opc 101 V {001 post, 011 pre, 010 offset, 000 no-allocate} L imm7 Rt2 Rn Rt
STP_w_post      00 101 0 001 0 imm7:7 Rt2:5 Rn:5 Rt:5                       | stp {w:Rt}, {w:Rt2}, [{xsp:Rn}], {simm4:imm7}
LDP_w_post      00 101 0 001 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldp {w:Rt}, {w:Rt2}, [{xsp:Rn}], {simm4:imm7}
LDPSW_post      01 101 0 001 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldpsw {x:Rt}, {x:Rt2}, [{xsp:Rn}], {simm4:imm7}
STP_x_post      10 101 0 001 0 imm7:7 Rt2:5 Rn:5 Rt:5                       | stp {x:Rt}, {x:Rt2}, [{xsp:Rn}], {simm8:imm7}
LDP_x_post      10 101 0 001 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldp {x:Rt}, {x:Rt2}, [{xsp:Rn}], {simm8:imm7}
STP_s_post      00 101 1 001 0 imm7:7 Rt2:5 Rn:5 Rt:5                       | stp {s:Rt}, {s:Rt2}, [{xsp:Rn}], {simm4:imm7}              @class=simd-ldst
LDP_s_post      00 101 1 001 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldp {s:Rt}, {s:Rt2}, [{xsp:Rn}], {simm4:imm7}              @class=simd-ldst
STP_d_post      01 101 1 001 0 imm7:7 Rt2:5 Rn:5 Rt:5                       | stp {d:Rt}, {d:Rt2}, [{xsp:Rn}], {simm8:imm7}              @class=simd-ldst
LDP_d_post      01 101 1 001 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldp {d:Rt}, {d:Rt2}, [{xsp:Rn}], {simm8:imm7}              @class=simd-ldst
STP_q_post      10 101 1 001 0 imm7:7 Rt2:5 Rn:5 Rt:5                       | stp {q:Rt}, {q:Rt2}, [{xsp:Rn}], {simm16:imm7}             @class=simd-ldst
LDP_q_post      10 101 1 001 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldp {q:Rt}, {q:Rt2}, [{xsp:Rn}], {simm16:imm7}             @class=simd-ldst
STP_w_pre       00 101 0 011 0 imm7:7 Rt2:5 Rn:5 Rt:5                       | stp {w:Rt}, {w:Rt2}, [{xsp:Rn}, {simm4:imm7}]!
LDP_w_pre       00 101 0 011 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldp {w:Rt}, {w:Rt2}, [{xsp:Rn}, {simm4:imm7}]!
LDPSW_pre       01 101 0 011 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldpsw {x:Rt}, {x:Rt2}, [{xsp:Rn}, {simm4:imm7}]!
STP_x_pre       10 101 0 011 0 imm7:7 Rt2:5 Rn:5 Rt:5                       | stp {x:Rt}, {x:Rt2}, [{xsp:Rn}, {simm8:imm7}]!
LDP_x_pre       10 101 0 011 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldp {x:Rt}, {x:Rt2}, [{xsp:Rn}, {simm8:imm7}]!
STP_s_pre       00 101 1 011 0 imm7:7 Rt2:5 Rn:5 Rt:5                       | stp {s:Rt}, {s:Rt2}, [{xsp:Rn}, {simm4:imm7}]!             @class=simd-ldst
LDP_s_pre       00 101 1 011 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldp {s:Rt}, {s:Rt2}, [{xsp:Rn}, {simm4:imm7}]!             @class=simd-ldst
STP_d_pre       01 101 1 011 0 imm7:7 Rt2:5 Rn:5 Rt:5                       | stp {d:Rt}, {d:Rt2}, [{xsp:Rn}, {simm8:imm7}]!             @class=simd-ldst
LDP_d_pre       01 101 1 011 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldp {d:Rt}, {d:Rt2}, [{xsp:Rn}, {simm8:imm7}]!             @class=simd-ldst
STP_q_pre       10 101 1 011 0 imm7:7 Rt2:5 Rn:5 Rt:5                       | stp {q:Rt}, {q:Rt2}, [{xsp:Rn}, {simm16:imm7}]!            @class=simd-ldst
LDP_q_pre       10 101 1 011 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldp {q:Rt}, {q:Rt2}, [{xsp:Rn}, {simm16:imm7}]!            @class=simd-ldst
STP_w_off       00 101 0 010 0 imm7:7 Rt2:5 Rn:5 Rt:5                       | stp {w:Rt}, {w:Rt2}, [{xsp:Rn}{soff4:imm7}]
LDP_w_off       00 101 0 010 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldp {w:Rt}, {w:Rt2}, [{xsp:Rn}{soff4:imm7}]
LDPSW_off       01 101 0 010 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldpsw {x:Rt}, {x:Rt2}, [{xsp:Rn}{soff4:imm7}]
STP_x_off       10 101 0 010 0 imm7:7 Rt2:5 Rn:5 Rt:5                       | stp {x:Rt}, {x:Rt2}, [{xsp:Rn}{soff8:imm7}]
LDP_x_off       10 101 0 010 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldp {x:Rt}, {x:Rt2}, [{xsp:Rn}{soff8:imm7}]
STP_s_off       00 101 1 010 0 imm7:7 Rt2:5 Rn:5 Rt:5                       | stp {s:Rt}, {s:Rt2}, [{xsp:Rn}{soff4:imm7}]                @class=simd-ldst
LDP_s_off       00 101 1 010 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldp {s:Rt}, {s:Rt2}, [{xsp:Rn}{soff4:imm7}]                @class=simd-ldst
STP_d_off       01 101 1 010 0 imm7:7 Rt2:5 Rn:5 Rt:5                       | stp {d:Rt}, {d:Rt2}, [{xsp:Rn}{soff8:imm7}]                @class=simd-ldst
LDP_d_off       01 101 1 010 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldp {d:Rt}, {d:Rt2}, [{xsp:Rn}{soff8:imm7}]                @class=simd-ldst
STP_q_off       10 101 1 010 0 imm7:7 Rt2:5 Rn:5 Rt:5                       | stp {q:Rt}, {q:Rt2}, [{xsp:Rn}{soff16:imm7}]               @class=simd-ldst
LDP_q_off       10 101 1 010 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldp {q:Rt}, {q:Rt2}, [{xsp:Rn}{soff16:imm7}]               @class=simd-ldst
STNP_w          00 101 0 000 0 imm7:7 Rt2:5 Rn:5 Rt:5                       | stnp {w:Rt}, {w:Rt2}, [{xsp:Rn}{soff4:imm7}]
LDNP_w          00 101 0 000 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldnp {w:Rt}, {w:Rt2}, [{xsp:Rn}{soff4:imm7}]
STNP_x          10 101 0 000 0 imm7:7 Rt2:5 Rn:5 Rt:5                       | stnp {x:Rt}, {x:Rt2}, [{xsp:Rn}{soff8:imm7}]
LDNP_x          10 101 0 000 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldnp {x:Rt}, {x:Rt2}, [{xsp:Rn}{soff8:imm7}]
STNP_s          00 101 1 000 0 imm7:7 Rt2:5 Rn:5 Rt:5                       | stnp {s:Rt}, {s:Rt2}, [{xsp:Rn}{soff4:imm7}]               @class=simd-ldst
LDNP_s          00 101 1 000 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldnp {s:Rt}, {s:Rt2}, [{xsp:Rn}{soff4:imm7}]               @class=simd-ldst
STNP_d          01 101 1 000 0 imm7:7 Rt2:5 Rn:5 Rt:5                       | stnp {d:Rt}, {d:Rt2}, [{xsp:Rn}{soff8:imm7}]               @class=simd-ldst
LDNP_d          01 101 1 000 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldnp {d:Rt}, {d:Rt2}, [{xsp:Rn}{soff8:imm7}]               @class=simd-ldst
STNP_q          10 101 1 000 0 imm7:7 Rt2:5 Rn:5 Rt:5                       | stnp {q:Rt}, {q:Rt2}, [{xsp:Rn}{soff16:imm7}]              @class=simd-ldst
LDNP_q          10 101 1 000 1 imm7:7 Rt2:5 Rn:5 Rt:5                       | ldnp {q:Rt}, {q:Rt2}, [{xsp:Rn}{soff16:imm7}]              @class=simd-ldst

# ---- Load/store exclusive and ordered: size 001000 o2 L o1 Rs o0 Rt2 Rn Rt
STXRB           00 001000 0 0 0 Rs:5 o0:1 ----- Rn:5 Rt:5                   | st{rel:o0}xrb {w:Rs}, {w:Rt}, [{xsp:Rn}]                   @class=excl
LDXRB           00 001000 0 1 0 ----- o0:1 ----- Rn:5 Rt:5                  | ld{acq:o0}xrb {w:Rt}, [{xsp:Rn}]                           @class=excl
STXRH           01 001000 0 0 0 Rs:5 o0:1 ----- Rn:5 Rt:5                   | st{rel:o0}xrh {w:Rs}, {w:Rt}, [{xsp:Rn}]                   @class=excl
LDXRH           01 001000 0 1 0 ----- o0:1 ----- Rn:5 Rt:5                  | ld{acq:o0}xrh {w:Rt}, [{xsp:Rn}]                           @class=excl
STXR_w          10 001000 0 0 0 Rs:5 o0:1 ----- Rn:5 Rt:5                   | st{rel:o0}xr {w:Rs}, {w:Rt}, [{xsp:Rn}]                    @class=excl
LDXR_w          10 001000 0 1 0 ----- o0:1 ----- Rn:5 Rt:5                  | ld{acq:o0}xr {w:Rt}, [{xsp:Rn}]                            @class=excl
STXR_x          11 001000 0 0 0 Rs:5 o0:1 ----- Rn:5 Rt:5                   | st{rel:o0}xr {w:Rs}, {x:Rt}, [{xsp:Rn}]                    @class=excl
LDXR_x          11 001000 0 1 0 ----- o0:1 ----- Rn:5 Rt:5                  | ld{acq:o0}xr {x:Rt}, [{xsp:Rn}]                            @class=excl
STXP_w          1 0 001000 0 0 1 Rs:5 o0:1 Rt2:5 Rn:5 Rt:5                  | st{rel:o0}xp {w:Rs}, {w:Rt}, {w:Rt2}, [{xsp:Rn}]           @class=excl
LDXP_w          1 0 001000 0 1 1 ----- o0:1 Rt2:5 Rn:5 Rt:5                 | ld{acq:o0}xp {w:Rt}, {w:Rt2}, [{xsp:Rn}]                   @class=excl
STXP_x          1 1 001000 0 0 1 Rs:5 o0:1 Rt2:5 Rn:5 Rt:5                  | st{rel:o0}xp {w:Rs}, {x:Rt}, {x:Rt2}, [{xsp:Rn}]           @class=excl
LDXP_x          1 1 001000 0 1 1 ----- o0:1 Rt2:5 Rn:5 Rt:5                 | ld{acq:o0}xp {x:Rt}, {x:Rt2}, [{xsp:Rn}]                   @class=excl
STLRB           00 001000 1 0 0 ----- 1 ----- Rn:5 Rt:5                     | stlrb {w:Rt}, [{xsp:Rn}]
LDARB           00 001000 1 1 0 ----- 1 ----- Rn:5 Rt:5                     | ldarb {w:Rt}, [{xsp:Rn}]
STLRH           01 001000 1 0 0 ----- 1 ----- Rn:5 Rt:5                     | stlrh {w:Rt}, [{xsp:Rn}]
LDARH           01 001000 1 1 0 ----- 1 ----- Rn:5 Rt:5                     | ldarh {w:Rt}, [{xsp:Rn}]
STLR_w          10 001000 1 0 0 ----- 1 ----- Rn:5 Rt:5                     | stlr {w:Rt}, [{xsp:Rn}]
LDAR_w          10 001000 1 1 0 ----- 1 ----- Rn:5 Rt:5                     | ldar {w:Rt}, [{xsp:Rn}]
STLR_x          11 001000 1 0 0 ----- 1 ----- Rn:5 Rt:5                     | stlr {x:Rt}, [{xsp:Rn}]
LDAR_x          11 001000 1 1 0 ----- 1 ----- Rn:5 Rt:5                     | ldar {x:Rt}, [{xsp:Rn}]

# ---- Compare and swap (ARMv8.1 LSE): CAS size 001000 1 L 1 Rs o0 11111 Rn Rt; CASP 0 sz 001000 0 L 1 Rs o0 11111 Rn Rt
CASB            00 001000 1 L:1 1 Rs:5 o0:1 11111 Rn:5 Rt:5                 | cas{acq:L}{rel:o0}b {w:Rs}, {w:Rt}, [{xsp:Rn}]                 @class=atomic
CASH            01 001000 1 L:1 1 Rs:5 o0:1 11111 Rn:5 Rt:5                 | cas{acq:L}{rel:o0}h {w:Rs}, {w:Rt}, [{xsp:Rn}]                 @class=atomic
CAS_w           10 001000 1 L:1 1 Rs:5 o0:1 11111 Rn:5 Rt:5                 | cas{acq:L}{rel:o0} {w:Rs}, {w:Rt}, [{xsp:Rn}]                  @class=atomic
CAS_x           11 001000 1 L:1 1 Rs:5 o0:1 11111 Rn:5 Rt:5                 | cas{acq:L}{rel:o0} {x:Rs}, {x:Rt}, [{xsp:Rn}]                  @class=atomic
CASP_w          0 0 001000 0 L:1 1 Rs:5 o0:1 11111 Rn:5 Rt:5                | casp{acq:L}{rel:o0} {wp:Rs}, {wp:Rt}, [{xsp:Rn}] @class=atomic
CASP_x          0 1 001000 0 L:1 1 Rs:5 o0:1 11111 Rn:5 Rt:5                | casp{acq:L}{rel:o0} {xp:Rs}, {xp:Rt}, [{xsp:Rn}] @class=atomic

# ---- Atomic memory operations (ARMv8.1 LSE): size 111 0 00 A R 1 Rs o3 opc 00 Rn Rt
LDADDB          00 111 0 00 A:1 R:1 1 Rs:5 0 000 00 Rn:5 Rt:5               | ldadd{acq:A}{rel:R}b {w:Rs}, {w:Rt}, [{xsp:Rn}]                @class=atomic
LDADDH          01 111 0 00 A:1 R:1 1 Rs:5 0 000 00 Rn:5 Rt:5               | ldadd{acq:A}{rel:R}h {w:Rs}, {w:Rt}, [{xsp:Rn}]                @class=atomic
LDADD_w         10 111 0 00 A:1 R:1 1 Rs:5 0 000 00 Rn:5 Rt:5               | ldadd{acq:A}{rel:R} {w:Rs}, {w:Rt}, [{xsp:Rn}]                 @class=atomic
LDADD_x         11 111 0 00 A:1 R:1 1 Rs:5 0 000 00 Rn:5 Rt:5               | ldadd{acq:A}{rel:R} {x:Rs}, {x:Rt}, [{xsp:Rn}]                 @class=atomic
LDCLRB          00 111 0 00 A:1 R:1 1 Rs:5 0 001 00 Rn:5 Rt:5               | ldclr{acq:A}{rel:R}b {w:Rs}, {w:Rt}, [{xsp:Rn}]                @class=atomic
LDCLRH          01 111 0 00 A:1 R:1 1 Rs:5 0 001 00 Rn:5 Rt:5               | ldclr{acq:A}{rel:R}h {w:Rs}, {w:Rt}, [{xsp:Rn}]                @class=atomic
LDCLR_w         10 111 0 00 A:1 R:1 1 Rs:5 0 001 00 Rn:5 Rt:5               | ldclr{acq:A}{rel:R} {w:Rs}, {w:Rt}, [{xsp:Rn}]                 @class=atomic
LDCLR_x         11 111 0 00 A:1 R:1 1 Rs:5 0 001 00 Rn:5 Rt:5               | ldclr{acq:A}{rel:R} {x:Rs}, {x:Rt}, [{xsp:Rn}]                 @class=atomic
LDEORB          00 111 0 00 A:1 R:1 1 Rs:5 0 010 00 Rn:5 Rt:5               | ldeor{acq:A}{rel:R}b {w:Rs}, {w:Rt}, [{xsp:Rn}]                @class=atomic
LDEORH          01 111 0 00 A:1 R:1 1 Rs:5 0 010 00 Rn:5 Rt:5               | ldeor{acq:A}{rel:R}h {w:Rs}, {w:Rt}, [{xsp:Rn}]                @class=atomic
LDEOR_w         10 111 0 00 A:1 R:1 1 Rs:5 0 010 00 Rn:5 Rt:5               | ldeor{acq:A}{rel:R} {w:Rs}, {w:Rt}, [{xsp:Rn}]                 @class=atomic
LDEOR_x         11 111 0 00 A:1 R:1 1 Rs:5 0 010 00 Rn:5 Rt:5               | ldeor{acq:A}{rel:R} {x:Rs}, {x:Rt}, [{xsp:Rn}]                 @class=atomic
LDSETB          00 111 0 00 A:1 R:1 1 Rs:5 0 011 00 Rn:5 Rt:5               | ldset{acq:A}{rel:R}b {w:Rs}, {w:Rt}, [{xsp:Rn}]                @class=atomic
LDSETH          01 111 0 00 A:1 R:1 1 Rs:5 0 011 00 Rn:5 Rt:5               | ldset{acq:A}{rel:R}h {w:Rs}, {w:Rt}, [{xsp:Rn}]                @class=atomic
LDSET_w         10 111 0 00 A:1 R:1 1 Rs:5 0 011 00 Rn:5 Rt:5               | ldset{acq:A}{rel:R} {w:Rs}, {w:Rt}, [{xsp:Rn}]                 @class=atomic
LDSET_x         11 111 0 00 A:1 R:1 1 Rs:5 0 011 00 Rn:5 Rt:5               | ldset{acq:A}{rel:R} {x:Rs}, {x:Rt}, [{xsp:Rn}]                 @class=atomic
LDSMAXB         00 111 0 00 A:1 R:1 1 Rs:5 0 100 00 Rn:5 Rt:5               | ldsmax{acq:A}{rel:R}b {w:Rs}, {w:Rt}, [{xsp:Rn}]               @class=atomic
LDSMAXH         01 111 0 00 A:1 R:1 1 Rs:5 0 100 00 Rn:5 Rt:5               | ldsmax{acq:A}{rel:R}h {w:Rs}, {w:Rt}, [{xsp:Rn}]               @class=atomic
LDSMAX_w        10 111 0 00 A:1 R:1 1 Rs:5 0 100 00 Rn:5 Rt:5               | ldsmax{acq:A}{rel:R} {w:Rs}, {w:Rt}, [{xsp:Rn}]                @class=atomic
LDSMAX_x        11 111 0 00 A:1 R:1 1 Rs:5 0 100 00 Rn:5 Rt:5               | ldsmax{acq:A}{rel:R} {x:Rs}, {x:Rt}, [{xsp:Rn}]                @class=atomic
LDSMINB         00 111 0 00 A:1 R:1 1 Rs:5 0 101 00 Rn:5 Rt:5               | ldsmin{acq:A}{rel:R}b {w:Rs}, {w:Rt}, [{xsp:Rn}]               @class=atomic
LDSMINH         01 111 0 00 A:1 R:1 1 Rs:5 0 101 00 Rn:5 Rt:5               | ldsmin{acq:A}{rel:R}h {w:Rs}, {w:Rt}, [{xsp:Rn}]               @class=atomic
LDSMIN_w        10 111 0 00 A:1 R:1 1 Rs:5 0 101 00 Rn:5 Rt:5               | ldsmin{acq:A}{rel:R} {w:Rs}, {w:Rt}, [{xsp:Rn}]                @class=atomic
LDSMIN_x        11 111 0 00 A:1 R:1 1 Rs:5 0 101 00 Rn:5 Rt:5               | ldsmin{acq:A}{rel:R} {x:Rs}, {x:Rt}, [{xsp:Rn}]                @class=atomic
LDUMAXB         00 111 0 00 A:1 R:1 1 Rs:5 0 110 00 Rn:5 Rt:5               | ldumax{acq:A}{rel:R}b {w:Rs}, {w:Rt}, [{xsp:Rn}]               @class=atomic
LDUMAXH         01 111 0 00 A:1 R:1 1 Rs:5 0 110 00 Rn:5 Rt:5               | ldumax{acq:A}{rel:R}h {w:Rs}, {w:Rt}, [{xsp:Rn}]               @class=atomic
LDUMAX_w        10 111 0 00 A:1 R:1 1 Rs:5 0 110 00 Rn:5 Rt:5               | ldumax{acq:A}{rel:R} {w:Rs}, {w:Rt}, [{xsp:Rn}]                @class=atomic
LDUMAX_x        11 111 0 00 A:1 R:1 1 Rs:5 0 110 00 Rn:5 Rt:5               | ldumax{acq:A}{rel:R} {x:Rs}, {x:Rt}, [{xsp:Rn}]                @class=atomic
LDUMINB         00 111 0 00 A:1 R:1 1 Rs:5 0 111 00 Rn:5 Rt:5               | ldumin{acq:A}{rel:R}b {w:Rs}, {w:Rt}, [{xsp:Rn}]               @class=atomic
LDUMINH         01 111 0 00 A:1 R:1 1 Rs:5 0 111 00 Rn:5 Rt:5               | ldumin{acq:A}{rel:R}h {w:Rs}, {w:Rt}, [{xsp:Rn}]               @class=atomic
LDUMIN_w        10 111 0 00 A:1 R:1 1 Rs:5 0 111 00 Rn:5 Rt:5               | ldumin{acq:A}{rel:R} {w:Rs}, {w:Rt}, [{xsp:Rn}]                @class=atomic
LDUMIN_x        11 111 0 00 A:1 R:1 1 Rs:5 0 111 00 Rn:5 Rt:5               | ldumin{acq:A}{rel:R} {x:Rs}, {x:Rt}, [{xsp:Rn}]                @class=atomic
SWPB            00 111 0 00 A:1 R:1 1 Rs:5 1 000 00 Rn:5 Rt:5               | swp{acq:A}{rel:R}b {w:Rs}, {w:Rt}, [{xsp:Rn}]                  @class=atomic
SWPH            01 111 0 00 A:1 R:1 1 Rs:5 1 000 00 Rn:5 Rt:5               | swp{acq:A}{rel:R}h {w:Rs}, {w:Rt}, [{xsp:Rn}]                  @class=atomic
SWP_w           10 111 0 00 A:1 R:1 1 Rs:5 1 000 00 Rn:5 Rt:5               | swp{acq:A}{rel:R} {w:Rs}, {w:Rt}, [{xsp:Rn}]                   @class=atomic
SWP_x           11 111 0 00 A:1 R:1 1 Rs:5 1 000 00 Rn:5 Rt:5               | swp{acq:A}{rel:R} {x:Rs}, {x:Rt}, [{xsp:Rn}]                   @class=atomic
`;
