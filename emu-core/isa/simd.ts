// Advanced SIMD, integer and permute groups (Arm ARM C4.1.95/C4.1.96, op0 = 0x111 with
// bit 28 = 0 for vector forms and 01x11110/11111 for the scalar forms). The floating-point
// AdvSIMD groups are in simd-fp.ts; structure loads/stores in simd-ldst.ts; AES, SHA and
// the 64-bit PMULL in crypto.ts.
//
// Reserved size/Q combinations that a pattern cannot express (size = 11 with Q = 0, ...)
// are checked by the handlers, which raise UNDEF; a reserved value of a whole field is left
// unmatched by the patterns instead (no match = unallocated).
//
// Handler names: <MNEMONIC>_v vector, _s scalar, _e / _se by element, _vi / _si the
// immediate-shift forms of mnemonics that also have a register form.
//
// Disassembly: the operand tokens are defined in emu-core/disasm/operands-simd.ts (which
// lists them all); most read size/Q/imm5/immh from the line. Zero-width validity tokens
// ({not64:size}, {not1d:size,Q}, {hs:size}, {acr:size,Q}, ...) print nothing but make the
// disassembler call a reserved size/Q combination undefined, as the handlers do.
// Operand-generator classes for the differential tests (emu-core/test/diff/classes.ts):
// @class=simd (integer edge values in the lanes), @class=tbl (TBL/TBX: in-range indexes).

export default String.raw`
# ---- AdvSIMD three same (vector): 0 Q U 01110 size 1 Rm opcode 1 Rn Rd ---------------------------
SHADD_v     0 Q:1 0 01110 size:2 1 Rm:5 00000 1 Rn:5 Rd:5   | shadd{not64:size} {va:Rd}, {va:Rn}, {va:Rm}    @class=simd
UHADD_v     0 Q:1 1 01110 size:2 1 Rm:5 00000 1 Rn:5 Rd:5   | uhadd{not64:size} {va:Rd}, {va:Rn}, {va:Rm}    @class=simd
SQADD_v     0 Q:1 0 01110 size:2 1 Rm:5 00001 1 Rn:5 Rd:5   | sqadd{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}    @class=simd
UQADD_v     0 Q:1 1 01110 size:2 1 Rm:5 00001 1 Rn:5 Rd:5   | uqadd{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}    @class=simd
SRHADD_v    0 Q:1 0 01110 size:2 1 Rm:5 00010 1 Rn:5 Rd:5   | srhadd{not64:size} {va:Rd}, {va:Rn}, {va:Rm}   @class=simd
URHADD_v    0 Q:1 1 01110 size:2 1 Rm:5 00010 1 Rn:5 Rd:5   | urhadd{not64:size} {va:Rd}, {va:Rn}, {va:Rm}   @class=simd
AND_v       0 Q:1 0 01110 00 1 Rm:5 00011 1 Rn:5 Rd:5       | and {vb:Rd}, {vb:Rn}, {vb:Rm}                     @class=simd
BIC_v       0 Q:1 0 01110 01 1 Rm:5 00011 1 Rn:5 Rd:5       | bic {vb:Rd}, {vb:Rn}, {vb:Rm}                     @class=simd
ORR_v       0 Q:1 0 01110 10 1 Rm:5 00011 1 Rn:5 Rd:5       | orr {vb:Rd}, {vb:Rn}, {vb:Rm}                     @class=simd
ORN_v       0 Q:1 0 01110 11 1 Rm:5 00011 1 Rn:5 Rd:5       | orn {vb:Rd}, {vb:Rn}, {vb:Rm}                     @class=simd
EOR_v       0 Q:1 1 01110 00 1 Rm:5 00011 1 Rn:5 Rd:5       | eor {vb:Rd}, {vb:Rn}, {vb:Rm}                     @class=simd
BSL_v       0 Q:1 1 01110 01 1 Rm:5 00011 1 Rn:5 Rd:5       | bsl {vb:Rd}, {vb:Rn}, {vb:Rm}                     @class=simd
BIT_v       0 Q:1 1 01110 10 1 Rm:5 00011 1 Rn:5 Rd:5       | bit {vb:Rd}, {vb:Rn}, {vb:Rm}                     @class=simd
BIF_v       0 Q:1 1 01110 11 1 Rm:5 00011 1 Rn:5 Rd:5       | bif {vb:Rd}, {vb:Rn}, {vb:Rm}                     @class=simd
SHSUB_v     0 Q:1 0 01110 size:2 1 Rm:5 00100 1 Rn:5 Rd:5   | shsub{not64:size} {va:Rd}, {va:Rn}, {va:Rm}    @class=simd
UHSUB_v     0 Q:1 1 01110 size:2 1 Rm:5 00100 1 Rn:5 Rd:5   | uhsub{not64:size} {va:Rd}, {va:Rn}, {va:Rm}    @class=simd
SQSUB_v     0 Q:1 0 01110 size:2 1 Rm:5 00101 1 Rn:5 Rd:5   | sqsub{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}    @class=simd
UQSUB_v     0 Q:1 1 01110 size:2 1 Rm:5 00101 1 Rn:5 Rd:5   | uqsub{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}    @class=simd
CMGT_v      0 Q:1 0 01110 size:2 1 Rm:5 00110 1 Rn:5 Rd:5   | cmgt{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
CMHI_v      0 Q:1 1 01110 size:2 1 Rm:5 00110 1 Rn:5 Rd:5   | cmhi{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
CMGE_v      0 Q:1 0 01110 size:2 1 Rm:5 00111 1 Rn:5 Rd:5   | cmge{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
CMHS_v      0 Q:1 1 01110 size:2 1 Rm:5 00111 1 Rn:5 Rd:5   | cmhs{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
SSHL_v      0 Q:1 0 01110 size:2 1 Rm:5 01000 1 Rn:5 Rd:5   | sshl{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
USHL_v      0 Q:1 1 01110 size:2 1 Rm:5 01000 1 Rn:5 Rd:5   | ushl{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
SQSHL_v     0 Q:1 0 01110 size:2 1 Rm:5 01001 1 Rn:5 Rd:5   | sqshl{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}    @class=simd
UQSHL_v     0 Q:1 1 01110 size:2 1 Rm:5 01001 1 Rn:5 Rd:5   | uqshl{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}    @class=simd
SRSHL_v     0 Q:1 0 01110 size:2 1 Rm:5 01010 1 Rn:5 Rd:5   | srshl{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}    @class=simd
URSHL_v     0 Q:1 1 01110 size:2 1 Rm:5 01010 1 Rn:5 Rd:5   | urshl{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}    @class=simd
SQRSHL_v    0 Q:1 0 01110 size:2 1 Rm:5 01011 1 Rn:5 Rd:5   | sqrshl{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}   @class=simd
UQRSHL_v    0 Q:1 1 01110 size:2 1 Rm:5 01011 1 Rn:5 Rd:5   | uqrshl{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}   @class=simd
SMAX_v      0 Q:1 0 01110 size:2 1 Rm:5 01100 1 Rn:5 Rd:5   | smax{not64:size} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
UMAX_v      0 Q:1 1 01110 size:2 1 Rm:5 01100 1 Rn:5 Rd:5   | umax{not64:size} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
SMIN_v      0 Q:1 0 01110 size:2 1 Rm:5 01101 1 Rn:5 Rd:5   | smin{not64:size} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
UMIN_v      0 Q:1 1 01110 size:2 1 Rm:5 01101 1 Rn:5 Rd:5   | umin{not64:size} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
SABD_v      0 Q:1 0 01110 size:2 1 Rm:5 01110 1 Rn:5 Rd:5   | sabd{not64:size} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
UABD_v      0 Q:1 1 01110 size:2 1 Rm:5 01110 1 Rn:5 Rd:5   | uabd{not64:size} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
SABA_v      0 Q:1 0 01110 size:2 1 Rm:5 01111 1 Rn:5 Rd:5   | saba{not64:size} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
UABA_v      0 Q:1 1 01110 size:2 1 Rm:5 01111 1 Rn:5 Rd:5   | uaba{not64:size} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
ADD_v       0 Q:1 0 01110 size:2 1 Rm:5 10000 1 Rn:5 Rd:5   | add{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}      @class=simd
SUB_v       0 Q:1 1 01110 size:2 1 Rm:5 10000 1 Rn:5 Rd:5   | sub{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}      @class=simd
CMTST_v     0 Q:1 0 01110 size:2 1 Rm:5 10001 1 Rn:5 Rd:5   | cmtst{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}    @class=simd
CMEQ_v      0 Q:1 1 01110 size:2 1 Rm:5 10001 1 Rn:5 Rd:5   | cmeq{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
MLA_v       0 Q:1 0 01110 size:2 1 Rm:5 10010 1 Rn:5 Rd:5   | mla{not64:size} {va:Rd}, {va:Rn}, {va:Rm}      @class=simd
MLS_v       0 Q:1 1 01110 size:2 1 Rm:5 10010 1 Rn:5 Rd:5   | mls{not64:size} {va:Rd}, {va:Rn}, {va:Rm}      @class=simd
MUL_v       0 Q:1 0 01110 size:2 1 Rm:5 10011 1 Rn:5 Rd:5   | mul{not64:size} {va:Rd}, {va:Rn}, {va:Rm}      @class=simd
PMUL_v      0 Q:1 1 01110 00 1 Rm:5 10011 1 Rn:5 Rd:5       | pmul {vb:Rd}, {vb:Rn}, {vb:Rm}                    @class=simd
SMAXP_v     0 Q:1 0 01110 size:2 1 Rm:5 10100 1 Rn:5 Rd:5   | smaxp{not64:size} {va:Rd}, {va:Rn}, {va:Rm}    @class=simd
UMAXP_v     0 Q:1 1 01110 size:2 1 Rm:5 10100 1 Rn:5 Rd:5   | umaxp{not64:size} {va:Rd}, {va:Rn}, {va:Rm}    @class=simd
SMINP_v     0 Q:1 0 01110 size:2 1 Rm:5 10101 1 Rn:5 Rd:5   | sminp{not64:size} {va:Rd}, {va:Rn}, {va:Rm}    @class=simd
UMINP_v     0 Q:1 1 01110 size:2 1 Rm:5 10101 1 Rn:5 Rd:5   | uminp{not64:size} {va:Rd}, {va:Rn}, {va:Rm}    @class=simd
SQDMULH_v   0 Q:1 0 01110 size:2 1 Rm:5 10110 1 Rn:5 Rd:5   | sqdmulh{hs:size} {va:Rd}, {va:Rn}, {va:Rm}  @class=simd
SQRDMULH_v  0 Q:1 1 01110 size:2 1 Rm:5 10110 1 Rn:5 Rd:5   | sqrdmulh{hs:size} {va:Rd}, {va:Rn}, {va:Rm} @class=simd
ADDP_v      0 Q:1 0 01110 size:2 1 Rm:5 10111 1 Rn:5 Rd:5   | addp{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd

# ---- AdvSIMD scalar three same: 01 U 11110 size 1 Rm opcode 1 Rn Rd --------------------------------
SQADD_s     01 0 11110 size:2 1 Rm:5 00001 1 Rn:5 Rd:5      | sqadd {sr:Rd}, {sr:Rn}, {sr:Rm}     @class=simd
UQADD_s     01 1 11110 size:2 1 Rm:5 00001 1 Rn:5 Rd:5      | uqadd {sr:Rd}, {sr:Rn}, {sr:Rm}     @class=simd
SQSUB_s     01 0 11110 size:2 1 Rm:5 00101 1 Rn:5 Rd:5      | sqsub {sr:Rd}, {sr:Rn}, {sr:Rm}     @class=simd
UQSUB_s     01 1 11110 size:2 1 Rm:5 00101 1 Rn:5 Rd:5      | uqsub {sr:Rd}, {sr:Rn}, {sr:Rm}     @class=simd
CMGT_s      01 0 11110 11 1 Rm:5 00110 1 Rn:5 Rd:5          | cmgt {d:Rd}, {d:Rn}, {d:Rm}                        @class=simd
CMHI_s      01 1 11110 11 1 Rm:5 00110 1 Rn:5 Rd:5          | cmhi {d:Rd}, {d:Rn}, {d:Rm}                        @class=simd
CMGE_s      01 0 11110 11 1 Rm:5 00111 1 Rn:5 Rd:5          | cmge {d:Rd}, {d:Rn}, {d:Rm}                        @class=simd
CMHS_s      01 1 11110 11 1 Rm:5 00111 1 Rn:5 Rd:5          | cmhs {d:Rd}, {d:Rn}, {d:Rm}                        @class=simd
SSHL_s      01 0 11110 11 1 Rm:5 01000 1 Rn:5 Rd:5          | sshl {d:Rd}, {d:Rn}, {d:Rm}                        @class=simd
USHL_s      01 1 11110 11 1 Rm:5 01000 1 Rn:5 Rd:5          | ushl {d:Rd}, {d:Rn}, {d:Rm}                        @class=simd
SQSHL_s     01 0 11110 size:2 1 Rm:5 01001 1 Rn:5 Rd:5      | sqshl {sr:Rd}, {sr:Rn}, {sr:Rm}     @class=simd
UQSHL_s     01 1 11110 size:2 1 Rm:5 01001 1 Rn:5 Rd:5      | uqshl {sr:Rd}, {sr:Rn}, {sr:Rm}     @class=simd
SRSHL_s     01 0 11110 11 1 Rm:5 01010 1 Rn:5 Rd:5          | srshl {d:Rd}, {d:Rn}, {d:Rm}                       @class=simd
URSHL_s     01 1 11110 11 1 Rm:5 01010 1 Rn:5 Rd:5          | urshl {d:Rd}, {d:Rn}, {d:Rm}                       @class=simd
SQRSHL_s    01 0 11110 size:2 1 Rm:5 01011 1 Rn:5 Rd:5      | sqrshl {sr:Rd}, {sr:Rn}, {sr:Rm}    @class=simd
UQRSHL_s    01 1 11110 size:2 1 Rm:5 01011 1 Rn:5 Rd:5      | uqrshl {sr:Rd}, {sr:Rn}, {sr:Rm}    @class=simd
ADD_s       01 0 11110 11 1 Rm:5 10000 1 Rn:5 Rd:5          | add {d:Rd}, {d:Rn}, {d:Rm}                         @class=simd
SUB_s       01 1 11110 11 1 Rm:5 10000 1 Rn:5 Rd:5          | sub {d:Rd}, {d:Rn}, {d:Rm}                         @class=simd
CMTST_s     01 0 11110 11 1 Rm:5 10001 1 Rn:5 Rd:5          | cmtst {d:Rd}, {d:Rn}, {d:Rm}                       @class=simd
CMEQ_s      01 1 11110 11 1 Rm:5 10001 1 Rn:5 Rd:5          | cmeq {d:Rd}, {d:Rn}, {d:Rm}                        @class=simd
SQDMULH_s   01 0 11110 size:2 1 Rm:5 10110 1 Rn:5 Rd:5      | sqdmulh{hs:size} {sr:Rd}, {sr:Rn}, {sr:Rm}   @class=simd
SQRDMULH_s  01 1 11110 size:2 1 Rm:5 10110 1 Rn:5 Rd:5      | sqrdmulh{hs:size} {sr:Rd}, {sr:Rn}, {sr:Rm}  @class=simd

# ---- AdvSIMD three different: 0 Q U 01110 size 1 Rm opcode 00 Rn Rd ----------------------------------
SADDL_v     0 Q:1 0 01110 size:2 1 Rm:5 0000 00 Rn:5 Rd:5   | saddl{q2:Q} {val:Rd}, {va:Rn}, {va:Rm}   @class=simd
UADDL_v     0 Q:1 1 01110 size:2 1 Rm:5 0000 00 Rn:5 Rd:5   | uaddl{q2:Q} {val:Rd}, {va:Rn}, {va:Rm}   @class=simd
SADDW_v     0 Q:1 0 01110 size:2 1 Rm:5 0001 00 Rn:5 Rd:5   | saddw{q2:Q} {val:Rd}, {val:Rn}, {va:Rm}    @class=simd
UADDW_v     0 Q:1 1 01110 size:2 1 Rm:5 0001 00 Rn:5 Rd:5   | uaddw{q2:Q} {val:Rd}, {val:Rn}, {va:Rm}    @class=simd
SSUBL_v     0 Q:1 0 01110 size:2 1 Rm:5 0010 00 Rn:5 Rd:5   | ssubl{q2:Q} {val:Rd}, {va:Rn}, {va:Rm}   @class=simd
USUBL_v     0 Q:1 1 01110 size:2 1 Rm:5 0010 00 Rn:5 Rd:5   | usubl{q2:Q} {val:Rd}, {va:Rn}, {va:Rm}   @class=simd
SSUBW_v     0 Q:1 0 01110 size:2 1 Rm:5 0011 00 Rn:5 Rd:5   | ssubw{q2:Q} {val:Rd}, {val:Rn}, {va:Rm}    @class=simd
USUBW_v     0 Q:1 1 01110 size:2 1 Rm:5 0011 00 Rn:5 Rd:5   | usubw{q2:Q} {val:Rd}, {val:Rn}, {va:Rm}    @class=simd
ADDHN_v     0 Q:1 0 01110 size:2 1 Rm:5 0100 00 Rn:5 Rd:5   | addhn{q2:Q} {va:Rd}, {val:Rn}, {val:Rm}    @class=simd
RADDHN_v    0 Q:1 1 01110 size:2 1 Rm:5 0100 00 Rn:5 Rd:5   | raddhn{q2:Q} {va:Rd}, {val:Rn}, {val:Rm}   @class=simd
SABAL_v     0 Q:1 0 01110 size:2 1 Rm:5 0101 00 Rn:5 Rd:5   | sabal{q2:Q} {val:Rd}, {va:Rn}, {va:Rm}   @class=simd
UABAL_v     0 Q:1 1 01110 size:2 1 Rm:5 0101 00 Rn:5 Rd:5   | uabal{q2:Q} {val:Rd}, {va:Rn}, {va:Rm}   @class=simd
SUBHN_v     0 Q:1 0 01110 size:2 1 Rm:5 0110 00 Rn:5 Rd:5   | subhn{q2:Q} {va:Rd}, {val:Rn}, {val:Rm}    @class=simd
RSUBHN_v    0 Q:1 1 01110 size:2 1 Rm:5 0110 00 Rn:5 Rd:5   | rsubhn{q2:Q} {va:Rd}, {val:Rn}, {val:Rm}   @class=simd
SABDL_v     0 Q:1 0 01110 size:2 1 Rm:5 0111 00 Rn:5 Rd:5   | sabdl{q2:Q} {val:Rd}, {va:Rn}, {va:Rm}   @class=simd
UABDL_v     0 Q:1 1 01110 size:2 1 Rm:5 0111 00 Rn:5 Rd:5   | uabdl{q2:Q} {val:Rd}, {va:Rn}, {va:Rm}   @class=simd
SMLAL_v     0 Q:1 0 01110 size:2 1 Rm:5 1000 00 Rn:5 Rd:5   | smlal{q2:Q} {val:Rd}, {va:Rn}, {va:Rm}   @class=simd
UMLAL_v     0 Q:1 1 01110 size:2 1 Rm:5 1000 00 Rn:5 Rd:5   | umlal{q2:Q} {val:Rd}, {va:Rn}, {va:Rm}   @class=simd
SQDMLAL_v   0 Q:1 0 01110 size:2 1 Rm:5 1001 00 Rn:5 Rd:5   | sqdmlal{q2:Q}{hs:size} {val:Rd}, {va:Rn}, {va:Rm} @class=simd
SMLSL_v     0 Q:1 0 01110 size:2 1 Rm:5 1010 00 Rn:5 Rd:5   | smlsl{q2:Q} {val:Rd}, {va:Rn}, {va:Rm}   @class=simd
UMLSL_v     0 Q:1 1 01110 size:2 1 Rm:5 1010 00 Rn:5 Rd:5   | umlsl{q2:Q} {val:Rd}, {va:Rn}, {va:Rm}   @class=simd
SQDMLSL_v   0 Q:1 0 01110 size:2 1 Rm:5 1011 00 Rn:5 Rd:5   | sqdmlsl{q2:Q}{hs:size} {val:Rd}, {va:Rn}, {va:Rm} @class=simd
SMULL_v     0 Q:1 0 01110 size:2 1 Rm:5 1100 00 Rn:5 Rd:5   | smull{q2:Q} {val:Rd}, {va:Rn}, {va:Rm}   @class=simd
UMULL_v     0 Q:1 1 01110 size:2 1 Rm:5 1100 00 Rn:5 Rd:5   | umull{q2:Q} {val:Rd}, {va:Rn}, {va:Rm}   @class=simd
SQDMULL_v   0 Q:1 0 01110 size:2 1 Rm:5 1101 00 Rn:5 Rd:5   | sqdmull{q2:Q}{hs:size} {val:Rd}, {va:Rn}, {va:Rm} @class=simd
PMULL_v     0 Q:1 0 01110 00 1 Rm:5 1110 00 Rn:5 Rd:5       | pmull{q2:Q} {v8h:Rd}, {vb:Rn}, {vb:Rm}                @class=simd
# PMULL with size 01 or 10 is unallocated (size 11 is the crypto extension's, see crypto.ts)
UNALLOC     0 - 0 01110 01 1 ----- 1110 00 ----- -----       |
UNALLOC     0 - 0 01110 10 1 ----- 1110 00 ----- -----       |

# ---- AdvSIMD scalar three different: 01 U 11110 size 1 Rm opcode 00 Rn Rd -------------------------------
SQDMLAL_s   01 0 11110 size:2 1 Rm:5 1001 00 Rn:5 Rd:5      | sqdmlal{hs:size} {srl:Rd}, {sr:Rn}, {sr:Rm}   @class=simd
SQDMLSL_s   01 0 11110 size:2 1 Rm:5 1011 00 Rn:5 Rd:5      | sqdmlsl{hs:size} {srl:Rd}, {sr:Rn}, {sr:Rm}   @class=simd
SQDMULL_s   01 0 11110 size:2 1 Rm:5 1101 00 Rn:5 Rd:5      | sqdmull{hs:size} {srl:Rd}, {sr:Rn}, {sr:Rm}   @class=simd

# ---- AdvSIMD two-register miscellaneous: 0 Q U 01110 size 10000 opcode 10 Rn Rd -------------------------
REV64_v     0 Q:1 0 01110 size:2 10000 00000 10 Rn:5 Rd:5   | rev64{not64:size} {va:Rd}, {va:Rn}     @class=simd
REV32_v     0 Q:1 1 01110 size:2 10000 00000 10 Rn:5 Rd:5   | rev32{bh:size} {va:Rd}, {va:Rn}     @class=simd
REV16_v     0 Q:1 0 01110 size:2 10000 00001 10 Rn:5 Rd:5   | rev16{bo:size} {va:Rd}, {va:Rn}     @class=simd
SADDLP_v    0 Q:1 0 01110 size:2 10000 00010 10 Rn:5 Rd:5   | saddlp {vaw:Rd}, {va:Rn}  @class=simd
UADDLP_v    0 Q:1 1 01110 size:2 10000 00010 10 Rn:5 Rd:5   | uaddlp {vaw:Rd}, {va:Rn}  @class=simd
SUQADD_v    0 Q:1 0 01110 size:2 10000 00011 10 Rn:5 Rd:5   | suqadd{not1d:size,Q} {va:Rd}, {va:Rn}    @class=simd
USQADD_v    0 Q:1 1 01110 size:2 10000 00011 10 Rn:5 Rd:5   | usqadd{not1d:size,Q} {va:Rd}, {va:Rn}    @class=simd
CLS_v       0 Q:1 0 01110 size:2 10000 00100 10 Rn:5 Rd:5   | cls{not64:size} {va:Rd}, {va:Rn}       @class=simd
CLZ_v       0 Q:1 1 01110 size:2 10000 00100 10 Rn:5 Rd:5   | clz{not64:size} {va:Rd}, {va:Rn}       @class=simd
CNT_v       0 Q:1 0 01110 00 10000 00101 10 Rn:5 Rd:5       | cnt {vb:Rd}, {vb:Rn}                 @class=simd
NOT_v       0 Q:1 1 01110 00 10000 00101 10 Rn:5 Rd:5       | mvn {vb:Rd}, {vb:Rn}                 @class=simd
RBIT_v      0 Q:1 1 01110 01 10000 00101 10 Rn:5 Rd:5       | rbit {vb:Rd}, {vb:Rn}                @class=simd
SADALP_v    0 Q:1 0 01110 size:2 10000 00110 10 Rn:5 Rd:5   | sadalp {vaw:Rd}, {va:Rn}  @class=simd
UADALP_v    0 Q:1 1 01110 size:2 10000 00110 10 Rn:5 Rd:5   | uadalp {vaw:Rd}, {va:Rn}  @class=simd
SQABS_v     0 Q:1 0 01110 size:2 10000 00111 10 Rn:5 Rd:5   | sqabs{not1d:size,Q} {va:Rd}, {va:Rn}     @class=simd
SQNEG_v     0 Q:1 1 01110 size:2 10000 00111 10 Rn:5 Rd:5   | sqneg{not1d:size,Q} {va:Rd}, {va:Rn}     @class=simd
CMGT0_v     0 Q:1 0 01110 size:2 10000 01000 10 Rn:5 Rd:5   | cmgt{not1d:size,Q} {va:Rd}, {va:Rn}, #0  @class=simd
CMGE0_v     0 Q:1 1 01110 size:2 10000 01000 10 Rn:5 Rd:5   | cmge{not1d:size,Q} {va:Rd}, {va:Rn}, #0  @class=simd
CMEQ0_v     0 Q:1 0 01110 size:2 10000 01001 10 Rn:5 Rd:5   | cmeq{not1d:size,Q} {va:Rd}, {va:Rn}, #0  @class=simd
CMLE0_v     0 Q:1 1 01110 size:2 10000 01001 10 Rn:5 Rd:5   | cmle{not1d:size,Q} {va:Rd}, {va:Rn}, #0  @class=simd
CMLT0_v     0 Q:1 0 01110 size:2 10000 01010 10 Rn:5 Rd:5   | cmlt{not1d:size,Q} {va:Rd}, {va:Rn}, #0  @class=simd
ABS_v       0 Q:1 0 01110 size:2 10000 01011 10 Rn:5 Rd:5   | abs{not1d:size,Q} {va:Rd}, {va:Rn}       @class=simd
NEG_v       0 Q:1 1 01110 size:2 10000 01011 10 Rn:5 Rd:5   | neg{not1d:size,Q} {va:Rd}, {va:Rn}       @class=simd
XTN_v       0 Q:1 0 01110 size:2 10000 10010 10 Rn:5 Rd:5   | xtn{q2:Q} {va:Rd}, {val:Rn}     @class=simd
SQXTUN_v    0 Q:1 1 01110 size:2 10000 10010 10 Rn:5 Rd:5   | sqxtun{q2:Q} {va:Rd}, {val:Rn}  @class=simd
SHLL_v      0 Q:1 1 01110 size:2 10000 10011 10 Rn:5 Rd:5   | shll{q2:Q} {val:Rd}, {va:Rn}, {shll:size} @class=simd
SQXTN_v     0 Q:1 0 01110 size:2 10000 10100 10 Rn:5 Rd:5   | sqxtn{q2:Q} {va:Rd}, {val:Rn}   @class=simd
UQXTN_v     0 Q:1 1 01110 size:2 10000 10100 10 Rn:5 Rd:5   | uqxtn{q2:Q} {va:Rd}, {val:Rn}   @class=simd
URECPE_v    0 Q:1 0 01110 10 10000 11100 10 Rn:5 Rd:5       | urecpe {vsq:Rd}, {vsq:Rn}          @class=simd
URSQRTE_v   0 Q:1 1 01110 10 10000 11100 10 Rn:5 Rd:5       | ursqrte {vsq:Rd}, {vsq:Rn}         @class=simd

# ---- AdvSIMD scalar two-register miscellaneous: 01 U 11110 size 10000 opcode 10 Rn Rd ---------------------
SUQADD_s    01 0 11110 size:2 10000 00011 10 Rn:5 Rd:5      | suqadd {sr:Rd}, {sr:Rn}        @class=simd
USQADD_s    01 1 11110 size:2 10000 00011 10 Rn:5 Rd:5      | usqadd {sr:Rd}, {sr:Rn}        @class=simd
SQABS_s     01 0 11110 size:2 10000 00111 10 Rn:5 Rd:5      | sqabs {sr:Rd}, {sr:Rn}         @class=simd
SQNEG_s     01 1 11110 size:2 10000 00111 10 Rn:5 Rd:5      | sqneg {sr:Rd}, {sr:Rn}         @class=simd
CMGT0_s     01 0 11110 11 10000 01000 10 Rn:5 Rd:5          | cmgt {d:Rd}, {d:Rn}, #0                  @class=simd
CMGE0_s     01 1 11110 11 10000 01000 10 Rn:5 Rd:5          | cmge {d:Rd}, {d:Rn}, #0                  @class=simd
CMEQ0_s     01 0 11110 11 10000 01001 10 Rn:5 Rd:5          | cmeq {d:Rd}, {d:Rn}, #0                  @class=simd
CMLE0_s     01 1 11110 11 10000 01001 10 Rn:5 Rd:5          | cmle {d:Rd}, {d:Rn}, #0                  @class=simd
CMLT0_s     01 0 11110 11 10000 01010 10 Rn:5 Rd:5          | cmlt {d:Rd}, {d:Rn}, #0                  @class=simd
ABS_s       01 0 11110 11 10000 01011 10 Rn:5 Rd:5          | abs {d:Rd}, {d:Rn}                       @class=simd
NEG_s       01 1 11110 11 10000 01011 10 Rn:5 Rd:5          | neg {d:Rd}, {d:Rn}                       @class=simd
SQXTUN_s    01 1 11110 size:2 10000 10010 10 Rn:5 Rd:5      | sqxtun {sr:Rd}, {srl:Rn}       @class=simd
SQXTN_s     01 0 11110 size:2 10000 10100 10 Rn:5 Rd:5      | sqxtn {sr:Rd}, {srl:Rn}        @class=simd
UQXTN_s     01 1 11110 size:2 10000 10100 10 Rn:5 Rd:5      | uqxtn {sr:Rd}, {srl:Rn}        @class=simd

# ---- AdvSIMD across lanes: 0 Q U 01110 size 11000 opcode 10 Rn Rd ---------------------------------------
SADDLV_v    0 Q:1 0 01110 size:2 11000 00011 10 Rn:5 Rd:5   | saddlv{acr:size,Q} {srl:Rd}, {va:Rn}     @class=simd
UADDLV_v    0 Q:1 1 01110 size:2 11000 00011 10 Rn:5 Rd:5   | uaddlv{acr:size,Q} {srl:Rd}, {va:Rn}     @class=simd
SMAXV_v     0 Q:1 0 01110 size:2 11000 01010 10 Rn:5 Rd:5   | smaxv{acr:size,Q} {sr:Rd}, {va:Rn}       @class=simd
UMAXV_v     0 Q:1 1 01110 size:2 11000 01010 10 Rn:5 Rd:5   | umaxv{acr:size,Q} {sr:Rd}, {va:Rn}       @class=simd
SMINV_v     0 Q:1 0 01110 size:2 11000 11010 10 Rn:5 Rd:5   | sminv{acr:size,Q} {sr:Rd}, {va:Rn}       @class=simd
UMINV_v     0 Q:1 1 01110 size:2 11000 11010 10 Rn:5 Rd:5   | uminv{acr:size,Q} {sr:Rd}, {va:Rn}       @class=simd
ADDV_v      0 Q:1 0 01110 size:2 11000 11011 10 Rn:5 Rd:5   | addv{acr:size,Q} {sr:Rd}, {va:Rn}        @class=simd

# ---- AdvSIMD scalar pairwise (integer part): 01 U 11110 size 11000 opcode 10 Rn Rd -----------------------
ADDP_s      01 0 11110 11 11000 11011 10 Rn:5 Rd:5          | addp {d:Rd}, {va2d:Rn}                 @class=simd

# ---- AdvSIMD copy: 0 Q op 01110000 imm5 0 imm4 1 Rn Rd --------------------------------------------------
DUP_elem_v  0 Q:1 0 01110000 imm5:5 0 0000 1 Rn:5 Rd:5      | dup {va5:Rd}, {vel5:Rn}      @class=simd
DUP_gen     0 Q:1 0 01110000 imm5:5 0 0001 1 Rn:5 Rd:5      | dup {va5:Rd}, {rimm5:Rn}     @class=simd
INS_gen     0 1 0 01110000 imm5:5 0 0011 1 Rn:5 Rd:5        | mov {vel5:Rd}, {rimm5:Rn}     @class=simd
SMOV        0 Q:1 0 01110000 imm5:5 0 0101 1 Rn:5 Rd:5      | smov{smovok:imm5,Q} {rq:Rd}, {vel5:Rn}            @class=simd
UMOV        0 Q:1 0 01110000 imm5:5 0 0111 1 Rn:5 Rd:5      | umov{umovok:imm5,Q} {rq:Rd}, {vel5:Rn}            @class=simd
INS_elem    0 1 1 01110000 imm5:5 0 imm4:4 1 Rn:5 Rd:5      | mov {vel5:Rd}, {vel54:Rn} @class=simd

# ---- AdvSIMD scalar copy: 01 op 11110000 imm5 0 imm4 1 Rn Rd --------------------------------------------
DUP_elem_s  01 0 11110000 imm5:5 0 0000 1 Rn:5 Rd:5         | mov {sr5:Rd}, {vel5:Rn}        @class=simd

# ---- AdvSIMD modified immediate: 0 Q op 0111100000 a b c cmode o2 1 d e f g h Rd ---------------------------
# (immh = 0000 of the shift-by-immediate group; these lines win over it by priority)
MOVI_32     0 Q:1 0 0111100000 abc:3 0 cm:2 0 0 1 defgh:5 Rd:5   | movi {vsq:Rd}, {imm8:abc,defgh}{mlsl:cm}       @class=simd @prio=1
ORR_32i     0 Q:1 0 0111100000 abc:3 0 cm:2 1 0 1 defgh:5 Rd:5   | orr {vsq:Rd}, {imm8:abc,defgh}{mlsl:cm}        @class=simd @prio=1
MOVI_16     0 Q:1 0 0111100000 abc:3 10 c0:1 0 0 1 defgh:5 Rd:5  | movi {vhq:Rd}, {imm8:abc,defgh}{mlsl16:c0}     @class=simd @prio=1
ORR_16i     0 Q:1 0 0111100000 abc:3 10 c0:1 1 0 1 defgh:5 Rd:5  | orr {vhq:Rd}, {imm8:abc,defgh}{mlsl16:c0}      @class=simd @prio=1
MOVI_msl    0 Q:1 0 0111100000 abc:3 110 c0:1 0 1 defgh:5 Rd:5   | movi {vsq:Rd}, {imm8:abc,defgh}{mmsl:c0}       @class=simd @prio=1
MOVI_8      0 Q:1 0 0111100000 abc:3 1110 0 1 defgh:5 Rd:5       | movi {vb:Rd}, {imm8:abc,defgh}                  @class=simd @prio=1
FMOV_vs     0 Q:1 0 0111100000 abc:3 1111 0 1 defgh:5 Rd:5       | fmov {vsq:Rd}, {fpimm8:abc,defgh}              @class=simd @prio=1
MVNI_32     0 Q:1 1 0111100000 abc:3 0 cm:2 0 0 1 defgh:5 Rd:5   | mvni {vsq:Rd}, {imm8:abc,defgh}{mlsl:cm}       @class=simd @prio=1
BIC_32i     0 Q:1 1 0111100000 abc:3 0 cm:2 1 0 1 defgh:5 Rd:5   | bic {vsq:Rd}, {imm8:abc,defgh}{mlsl:cm}        @class=simd @prio=1
MVNI_16     0 Q:1 1 0111100000 abc:3 10 c0:1 0 0 1 defgh:5 Rd:5  | mvni {vhq:Rd}, {imm8:abc,defgh}{mlsl16:c0}     @class=simd @prio=1
BIC_16i     0 Q:1 1 0111100000 abc:3 10 c0:1 1 0 1 defgh:5 Rd:5  | bic {vhq:Rd}, {imm8:abc,defgh}{mlsl16:c0}      @class=simd @prio=1
MVNI_msl    0 Q:1 1 0111100000 abc:3 110 c0:1 0 1 defgh:5 Rd:5   | mvni {vsq:Rd}, {imm8:abc,defgh}{mmsl:c0}       @class=simd @prio=1
MOVI_64     0 Q:1 1 0111100000 abc:3 1110 0 1 defgh:5 Rd:5       | movi {d2d:Rd}, {bytemask:abc,defgh}            @class=simd @prio=1
FMOV_vd     0 1 1 0111100000 abc:3 1111 0 1 defgh:5 Rd:5         | fmov {va2d:Rd}, {fpimm8:abc,defgh}              @class=simd @prio=1

# ---- AdvSIMD shift by immediate: 0 Q U 011110 immh immb opcode 1 Rn Rd (immh != 0) --------------------
SSHR_v      0 Q:1 0 011110 immh:4 immb:3 00000 1 Rn:5 Rd:5  | sshr {vai:Rd}, {vai:Rn}, {shr:immh,immb}     @class=simd
USHR_v      0 Q:1 1 011110 immh:4 immb:3 00000 1 Rn:5 Rd:5  | ushr {vai:Rd}, {vai:Rn}, {shr:immh,immb}     @class=simd
SSRA_v      0 Q:1 0 011110 immh:4 immb:3 00010 1 Rn:5 Rd:5  | ssra {vai:Rd}, {vai:Rn}, {shr:immh,immb}     @class=simd
USRA_v      0 Q:1 1 011110 immh:4 immb:3 00010 1 Rn:5 Rd:5  | usra {vai:Rd}, {vai:Rn}, {shr:immh,immb}     @class=simd
SRSHR_v     0 Q:1 0 011110 immh:4 immb:3 00100 1 Rn:5 Rd:5  | srshr {vai:Rd}, {vai:Rn}, {shr:immh,immb}    @class=simd
URSHR_v     0 Q:1 1 011110 immh:4 immb:3 00100 1 Rn:5 Rd:5  | urshr {vai:Rd}, {vai:Rn}, {shr:immh,immb}    @class=simd
SRSRA_v     0 Q:1 0 011110 immh:4 immb:3 00110 1 Rn:5 Rd:5  | srsra {vai:Rd}, {vai:Rn}, {shr:immh,immb}    @class=simd
URSRA_v     0 Q:1 1 011110 immh:4 immb:3 00110 1 Rn:5 Rd:5  | ursra {vai:Rd}, {vai:Rn}, {shr:immh,immb}    @class=simd
SRI_v       0 Q:1 1 011110 immh:4 immb:3 01000 1 Rn:5 Rd:5  | sri {vai:Rd}, {vai:Rn}, {shr:immh,immb}      @class=simd
SHL_v       0 Q:1 0 011110 immh:4 immb:3 01010 1 Rn:5 Rd:5  | shl {vai:Rd}, {vai:Rn}, {shl:immh,immb}      @class=simd
SLI_v       0 Q:1 1 011110 immh:4 immb:3 01010 1 Rn:5 Rd:5  | sli {vai:Rd}, {vai:Rn}, {shl:immh,immb}      @class=simd
SQSHLU_v    0 Q:1 1 011110 immh:4 immb:3 01100 1 Rn:5 Rd:5  | sqshlu {vai:Rd}, {vai:Rn}, {shl:immh,immb}   @class=simd
SQSHL_vi    0 Q:1 0 011110 immh:4 immb:3 01110 1 Rn:5 Rd:5  | sqshl {vai:Rd}, {vai:Rn}, {shl:immh,immb}    @class=simd
UQSHL_vi    0 Q:1 1 011110 immh:4 immb:3 01110 1 Rn:5 Rd:5  | uqshl {vai:Rd}, {vai:Rn}, {shl:immh,immb}    @class=simd
SHRN_v      0 Q:1 0 011110 immh:4 immb:3 10000 1 Rn:5 Rd:5  | shrn{q2:Q} {vai:Rd}, {vail:Rn}, {shr:immh,immb}     @class=simd
SQSHRUN_v   0 Q:1 1 011110 immh:4 immb:3 10000 1 Rn:5 Rd:5  | sqshrun{q2:Q} {vai:Rd}, {vail:Rn}, {shr:immh,immb}  @class=simd
RSHRN_v     0 Q:1 0 011110 immh:4 immb:3 10001 1 Rn:5 Rd:5  | rshrn{q2:Q} {vai:Rd}, {vail:Rn}, {shr:immh,immb}    @class=simd
SQRSHRUN_v  0 Q:1 1 011110 immh:4 immb:3 10001 1 Rn:5 Rd:5  | sqrshrun{q2:Q} {vai:Rd}, {vail:Rn}, {shr:immh,immb} @class=simd
SQSHRN_v    0 Q:1 0 011110 immh:4 immb:3 10010 1 Rn:5 Rd:5  | sqshrn{q2:Q} {vai:Rd}, {vail:Rn}, {shr:immh,immb}   @class=simd
UQSHRN_v    0 Q:1 1 011110 immh:4 immb:3 10010 1 Rn:5 Rd:5  | uqshrn{q2:Q} {vai:Rd}, {vail:Rn}, {shr:immh,immb}   @class=simd
SQRSHRN_v   0 Q:1 0 011110 immh:4 immb:3 10011 1 Rn:5 Rd:5  | sqrshrn{q2:Q} {vai:Rd}, {vail:Rn}, {shr:immh,immb}  @class=simd
UQRSHRN_v   0 Q:1 1 011110 immh:4 immb:3 10011 1 Rn:5 Rd:5  | uqrshrn{q2:Q} {vai:Rd}, {vail:Rn}, {shr:immh,immb}  @class=simd
SSHLL_v     0 Q:1 0 011110 immh:4 immb:3 10100 1 Rn:5 Rd:5  | sshll{q2:Q} {vail:Rd}, {vai:Rn}, {shl:immh,immb}    @class=simd
USHLL_v     0 Q:1 1 011110 immh:4 immb:3 10100 1 Rn:5 Rd:5  | ushll{q2:Q} {vail:Rd}, {vai:Rn}, {shl:immh,immb}    @class=simd

# ---- AdvSIMD scalar shift by immediate: 01 U 111110 immh immb opcode 1 Rn Rd (immh != 0) ---------------
SSHR_s      01 0 111110 immh:4 immb:3 00000 1 Rn:5 Rd:5     | sshr{imm64:immh} {sri:Rd}, {sri:Rn}, {shr:immh,immb}       @class=simd
USHR_s      01 1 111110 immh:4 immb:3 00000 1 Rn:5 Rd:5     | ushr{imm64:immh} {sri:Rd}, {sri:Rn}, {shr:immh,immb}       @class=simd
SSRA_s      01 0 111110 immh:4 immb:3 00010 1 Rn:5 Rd:5     | ssra{imm64:immh} {sri:Rd}, {sri:Rn}, {shr:immh,immb}       @class=simd
USRA_s      01 1 111110 immh:4 immb:3 00010 1 Rn:5 Rd:5     | usra{imm64:immh} {sri:Rd}, {sri:Rn}, {shr:immh,immb}       @class=simd
SRSHR_s     01 0 111110 immh:4 immb:3 00100 1 Rn:5 Rd:5     | srshr{imm64:immh} {sri:Rd}, {sri:Rn}, {shr:immh,immb}      @class=simd
URSHR_s     01 1 111110 immh:4 immb:3 00100 1 Rn:5 Rd:5     | urshr{imm64:immh} {sri:Rd}, {sri:Rn}, {shr:immh,immb}      @class=simd
SRSRA_s     01 0 111110 immh:4 immb:3 00110 1 Rn:5 Rd:5     | srsra{imm64:immh} {sri:Rd}, {sri:Rn}, {shr:immh,immb}      @class=simd
URSRA_s     01 1 111110 immh:4 immb:3 00110 1 Rn:5 Rd:5     | ursra{imm64:immh} {sri:Rd}, {sri:Rn}, {shr:immh,immb}      @class=simd
SRI_s       01 1 111110 immh:4 immb:3 01000 1 Rn:5 Rd:5     | sri{imm64:immh} {sri:Rd}, {sri:Rn}, {shr:immh,immb}        @class=simd
SHL_s       01 0 111110 immh:4 immb:3 01010 1 Rn:5 Rd:5     | shl{imm64:immh} {sri:Rd}, {sri:Rn}, {shl:immh,immb}        @class=simd
SLI_s       01 1 111110 immh:4 immb:3 01010 1 Rn:5 Rd:5     | sli{imm64:immh} {sri:Rd}, {sri:Rn}, {shl:immh,immb}        @class=simd
SQSHLU_s    01 1 111110 immh:4 immb:3 01100 1 Rn:5 Rd:5     | sqshlu {sri:Rd}, {sri:Rn}, {shl:immh,immb}     @class=simd
SQSHL_si    01 0 111110 immh:4 immb:3 01110 1 Rn:5 Rd:5     | sqshl {sri:Rd}, {sri:Rn}, {shl:immh,immb}      @class=simd
UQSHL_si    01 1 111110 immh:4 immb:3 01110 1 Rn:5 Rd:5     | uqshl {sri:Rd}, {sri:Rn}, {shl:immh,immb}      @class=simd
SQSHRUN_s   01 1 111110 immh:4 immb:3 10000 1 Rn:5 Rd:5     | sqshrun {sri:Rd}, {sril:Rn}, {shr:immh,immb}   @class=simd
SQRSHRUN_s  01 1 111110 immh:4 immb:3 10001 1 Rn:5 Rd:5     | sqrshrun {sri:Rd}, {sril:Rn}, {shr:immh,immb}  @class=simd
SQSHRN_s    01 0 111110 immh:4 immb:3 10010 1 Rn:5 Rd:5     | sqshrn {sri:Rd}, {sril:Rn}, {shr:immh,immb}    @class=simd
UQSHRN_s    01 1 111110 immh:4 immb:3 10010 1 Rn:5 Rd:5     | uqshrn {sri:Rd}, {sril:Rn}, {shr:immh,immb}    @class=simd
SQRSHRN_s   01 0 111110 immh:4 immb:3 10011 1 Rn:5 Rd:5     | sqrshrn {sri:Rd}, {sril:Rn}, {shr:immh,immb}   @class=simd
UQRSHRN_s   01 1 111110 immh:4 immb:3 10011 1 Rn:5 Rd:5     | uqrshrn {sri:Rd}, {sril:Rn}, {shr:immh,immb}   @class=simd

# ---- AdvSIMD vector x indexed element: 0 Q U 01111 size L M Rm opcode H 0 Rn Rd ------------------------
MLA_e       0 Q:1 1 01111 size:2 L:1 M:1 Rm:4 0000 H:1 0 Rn:5 Rd:5  | mla {va:Rd}, {va:Rn}, {velx:Rm}          @class=simd
SMLAL_e     0 Q:1 0 01111 size:2 L:1 M:1 Rm:4 0010 H:1 0 Rn:5 Rd:5  | smlal{q2:Q} {val:Rd}, {va:Rn}, {velx:Rm}   @class=simd
UMLAL_e     0 Q:1 1 01111 size:2 L:1 M:1 Rm:4 0010 H:1 0 Rn:5 Rd:5  | umlal{q2:Q} {val:Rd}, {va:Rn}, {velx:Rm}   @class=simd
SQDMLAL_e   0 Q:1 0 01111 size:2 L:1 M:1 Rm:4 0011 H:1 0 Rn:5 Rd:5  | sqdmlal{q2:Q} {val:Rd}, {va:Rn}, {velx:Rm} @class=simd
MLS_e       0 Q:1 1 01111 size:2 L:1 M:1 Rm:4 0100 H:1 0 Rn:5 Rd:5  | mls {va:Rd}, {va:Rn}, {velx:Rm}          @class=simd
SMLSL_e     0 Q:1 0 01111 size:2 L:1 M:1 Rm:4 0110 H:1 0 Rn:5 Rd:5  | smlsl{q2:Q} {val:Rd}, {va:Rn}, {velx:Rm}   @class=simd
UMLSL_e     0 Q:1 1 01111 size:2 L:1 M:1 Rm:4 0110 H:1 0 Rn:5 Rd:5  | umlsl{q2:Q} {val:Rd}, {va:Rn}, {velx:Rm}   @class=simd
SQDMLSL_e   0 Q:1 0 01111 size:2 L:1 M:1 Rm:4 0111 H:1 0 Rn:5 Rd:5  | sqdmlsl{q2:Q} {val:Rd}, {va:Rn}, {velx:Rm} @class=simd
MUL_e       0 Q:1 0 01111 size:2 L:1 M:1 Rm:4 1000 H:1 0 Rn:5 Rd:5  | mul {va:Rd}, {va:Rn}, {velx:Rm}          @class=simd
SMULL_e     0 Q:1 0 01111 size:2 L:1 M:1 Rm:4 1010 H:1 0 Rn:5 Rd:5  | smull{q2:Q} {val:Rd}, {va:Rn}, {velx:Rm}   @class=simd
UMULL_e     0 Q:1 1 01111 size:2 L:1 M:1 Rm:4 1010 H:1 0 Rn:5 Rd:5  | umull{q2:Q} {val:Rd}, {va:Rn}, {velx:Rm}   @class=simd
SQDMULL_e   0 Q:1 0 01111 size:2 L:1 M:1 Rm:4 1011 H:1 0 Rn:5 Rd:5  | sqdmull{q2:Q} {val:Rd}, {va:Rn}, {velx:Rm} @class=simd
SQDMULH_e   0 Q:1 0 01111 size:2 L:1 M:1 Rm:4 1100 H:1 0 Rn:5 Rd:5  | sqdmulh {va:Rd}, {va:Rn}, {velx:Rm}      @class=simd
SQRDMULH_e  0 Q:1 0 01111 size:2 L:1 M:1 Rm:4 1101 H:1 0 Rn:5 Rd:5  | sqrdmulh {va:Rd}, {va:Rn}, {velx:Rm}     @class=simd

# ---- AdvSIMD scalar x indexed element: 01 U 11111 size L M Rm opcode H 0 Rn Rd ---------------------------
SQDMLAL_se  01 0 11111 size:2 L:1 M:1 Rm:4 0011 H:1 0 Rn:5 Rd:5     | sqdmlal {srl:Rd}, {sr:Rn}, {velx:Rm}  @class=simd
SQDMLSL_se  01 0 11111 size:2 L:1 M:1 Rm:4 0111 H:1 0 Rn:5 Rd:5     | sqdmlsl {srl:Rd}, {sr:Rn}, {velx:Rm}  @class=simd
SQDMULL_se  01 0 11111 size:2 L:1 M:1 Rm:4 1011 H:1 0 Rn:5 Rd:5     | sqdmull {srl:Rd}, {sr:Rn}, {velx:Rm}  @class=simd
SQDMULH_se  01 0 11111 size:2 L:1 M:1 Rm:4 1100 H:1 0 Rn:5 Rd:5     | sqdmulh {sr:Rd}, {sr:Rn}, {velx:Rm}   @class=simd
SQRDMULH_se 01 0 11111 size:2 L:1 M:1 Rm:4 1101 H:1 0 Rn:5 Rd:5     | sqrdmulh {sr:Rd}, {sr:Rn}, {velx:Rm}  @class=simd

# ---- AdvSIMD table lookup, permute, extract ------------------------------------------------------------
TBL         0 Q:1 001110 000 Rm:5 0 len:2 0 00 Rn:5 Rd:5    | tbl {vb:Rd}, {tbl:Rn,len}, {vb:Rm}                   @class=tbl
TBX         0 Q:1 001110 000 Rm:5 0 len:2 1 00 Rn:5 Rd:5    | tbx {vb:Rd}, {tbl:Rn,len}, {vb:Rm}                   @class=tbl
UZP1        0 Q:1 001110 size:2 0 Rm:5 0 001 10 Rn:5 Rd:5   | uzp1{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
TRN1        0 Q:1 001110 size:2 0 Rm:5 0 010 10 Rn:5 Rd:5   | trn1{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
ZIP1        0 Q:1 001110 size:2 0 Rm:5 0 011 10 Rn:5 Rd:5   | zip1{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
UZP2        0 Q:1 001110 size:2 0 Rm:5 0 101 10 Rn:5 Rd:5   | uzp2{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
TRN2        0 Q:1 001110 size:2 0 Rm:5 0 110 10 Rn:5 Rd:5   | trn2{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
ZIP2        0 Q:1 001110 size:2 0 Rm:5 0 111 10 Rn:5 Rd:5   | zip2{not1d:size,Q} {va:Rd}, {va:Rn}, {va:Rm}     @class=simd
EXT         0 Q:1 101110 000 Rm:5 0 imm4:4 0 Rn:5 Rd:5      | ext {vb:Rd}, {vb:Rn}, {vb:Rm}, {extimm:imm4}          @class=simd
`;
