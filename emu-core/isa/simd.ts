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
// Disassembly tokens used here (arguments are field names or decimal constants):
//   {vt:R,size,Q}        vR.<T>, T from size:Q = 8b 16b 4h 8h 2s 4s 1d 2d
//   {vtl:R,size}         vR.<T> of the double-width elements: size 0 8h, 1 4s, 2 2d
//   {vtw:R,size,Q}       vR.<T> of the double-width elements with the same Q (SADDLP: 4h 8h 2s 4s 1d 2d)
//   {vb:R,Q}             vR.8b / vR.16b
//   {vs:R,size}          scalar register bR hR sR dR by element size
//   {vsl:R,size}         scalar register of twice the element size: hR sR dR
//   {d:R} {q:R}          dR, qR
//   {q2:Q}               "2" when Q = 1 (the upper-half forms SADDL2, XTN2, ...), else ""
//   {rq:R,Q}             wR (Q = 0) or xR (Q = 1);  {rimm5:R,imm5}: wR, or xR for 64-bit elements
//   {vt5:R,imm5,Q}       vR.<T> with the element size imm5 selects (lowest set bit)
//   {vel5:R,imm5}        vR.<T>[index] from imm5 (element size and index)
//   {vel54:R,imm5,imm4}  vR.<T>[index] with the size from imm5 and the index from imm4
//   {vs5:R,imm5}         scalar register of the element size imm5 selects
//   {velx:Rm,M,size,H,L} by-element operand vRm.<Ts>[index] (size 1: Rm is 4 bits, index H:L:M)
//   {vti:R,immh,Q} {vtil:R,immh} {vsi:R,immh} {vsil:R,immh}
//                        like vt/vtl/vs/vsl with the element size from immh's highest set bit
//   {shr:immh,immb}      #(2 * esize - immh:immb);  {shl:immh,immb}: #(immh:immb - esize)
//   {shll:size}          #(8 << size) (SHLL)
//   {imm8:abc,defgh}     #0x.. of the 8-bit modified immediate
//   {mlsl:cm} {mlsl16:c0} {mmsl:c0}   ", lsl #8*cm", ", lsl #8*c0", ", msl #8*(c0+1)" (none for 0)
//   {bytemask:abc,defgh} the 64-bit immediate of MOVI (each bit -> a byte of ones)
//   {fpimm8:abc,defgh}   the floating-point immediate (VFPExpandImm)
//   {tbl:Rn,len}         {vRn.16b, ... } list of len + 1 registers (wrapping at 31)
//   {dec:F}              decimal value of a field
//   {v:R} {s:R}          vR, sR
// Operand-generator classes for the differential tests (emu-core/test/diff/classes.ts):
// @class=simd (integer edge values in the lanes), @class=tbl (TBL/TBX: in-range indexes).

export default String.raw`
# ---- AdvSIMD three same (vector): 0 Q U 01110 size 1 Rm opcode 1 Rn Rd ---------------------------
SHADD_v     0 Q:1 0 01110 size:2 1 Rm:5 00000 1 Rn:5 Rd:5   | shadd {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}    @class=simd
UHADD_v     0 Q:1 1 01110 size:2 1 Rm:5 00000 1 Rn:5 Rd:5   | uhadd {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}    @class=simd
SQADD_v     0 Q:1 0 01110 size:2 1 Rm:5 00001 1 Rn:5 Rd:5   | sqadd {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}    @class=simd
UQADD_v     0 Q:1 1 01110 size:2 1 Rm:5 00001 1 Rn:5 Rd:5   | uqadd {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}    @class=simd
SRHADD_v    0 Q:1 0 01110 size:2 1 Rm:5 00010 1 Rn:5 Rd:5   | srhadd {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}   @class=simd
URHADD_v    0 Q:1 1 01110 size:2 1 Rm:5 00010 1 Rn:5 Rd:5   | urhadd {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}   @class=simd
AND_v       0 Q:1 0 01110 00 1 Rm:5 00011 1 Rn:5 Rd:5       | and {vb:Rd,Q}, {vb:Rn,Q}, {vb:Rm,Q}                     @class=simd
BIC_v       0 Q:1 0 01110 01 1 Rm:5 00011 1 Rn:5 Rd:5       | bic {vb:Rd,Q}, {vb:Rn,Q}, {vb:Rm,Q}                     @class=simd
ORR_v       0 Q:1 0 01110 10 1 Rm:5 00011 1 Rn:5 Rd:5       | orr {vb:Rd,Q}, {vb:Rn,Q}, {vb:Rm,Q}                     @class=simd
ORN_v       0 Q:1 0 01110 11 1 Rm:5 00011 1 Rn:5 Rd:5       | orn {vb:Rd,Q}, {vb:Rn,Q}, {vb:Rm,Q}                     @class=simd
EOR_v       0 Q:1 1 01110 00 1 Rm:5 00011 1 Rn:5 Rd:5       | eor {vb:Rd,Q}, {vb:Rn,Q}, {vb:Rm,Q}                     @class=simd
BSL_v       0 Q:1 1 01110 01 1 Rm:5 00011 1 Rn:5 Rd:5       | bsl {vb:Rd,Q}, {vb:Rn,Q}, {vb:Rm,Q}                     @class=simd
BIT_v       0 Q:1 1 01110 10 1 Rm:5 00011 1 Rn:5 Rd:5       | bit {vb:Rd,Q}, {vb:Rn,Q}, {vb:Rm,Q}                     @class=simd
BIF_v       0 Q:1 1 01110 11 1 Rm:5 00011 1 Rn:5 Rd:5       | bif {vb:Rd,Q}, {vb:Rn,Q}, {vb:Rm,Q}                     @class=simd
SHSUB_v     0 Q:1 0 01110 size:2 1 Rm:5 00100 1 Rn:5 Rd:5   | shsub {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}    @class=simd
UHSUB_v     0 Q:1 1 01110 size:2 1 Rm:5 00100 1 Rn:5 Rd:5   | uhsub {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}    @class=simd
SQSUB_v     0 Q:1 0 01110 size:2 1 Rm:5 00101 1 Rn:5 Rd:5   | sqsub {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}    @class=simd
UQSUB_v     0 Q:1 1 01110 size:2 1 Rm:5 00101 1 Rn:5 Rd:5   | uqsub {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}    @class=simd
CMGT_v      0 Q:1 0 01110 size:2 1 Rm:5 00110 1 Rn:5 Rd:5   | cmgt {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
CMHI_v      0 Q:1 1 01110 size:2 1 Rm:5 00110 1 Rn:5 Rd:5   | cmhi {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
CMGE_v      0 Q:1 0 01110 size:2 1 Rm:5 00111 1 Rn:5 Rd:5   | cmge {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
CMHS_v      0 Q:1 1 01110 size:2 1 Rm:5 00111 1 Rn:5 Rd:5   | cmhs {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
SSHL_v      0 Q:1 0 01110 size:2 1 Rm:5 01000 1 Rn:5 Rd:5   | sshl {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
USHL_v      0 Q:1 1 01110 size:2 1 Rm:5 01000 1 Rn:5 Rd:5   | ushl {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
SQSHL_v     0 Q:1 0 01110 size:2 1 Rm:5 01001 1 Rn:5 Rd:5   | sqshl {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}    @class=simd
UQSHL_v     0 Q:1 1 01110 size:2 1 Rm:5 01001 1 Rn:5 Rd:5   | uqshl {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}    @class=simd
SRSHL_v     0 Q:1 0 01110 size:2 1 Rm:5 01010 1 Rn:5 Rd:5   | srshl {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}    @class=simd
URSHL_v     0 Q:1 1 01110 size:2 1 Rm:5 01010 1 Rn:5 Rd:5   | urshl {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}    @class=simd
SQRSHL_v    0 Q:1 0 01110 size:2 1 Rm:5 01011 1 Rn:5 Rd:5   | sqrshl {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}   @class=simd
UQRSHL_v    0 Q:1 1 01110 size:2 1 Rm:5 01011 1 Rn:5 Rd:5   | uqrshl {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}   @class=simd
SMAX_v      0 Q:1 0 01110 size:2 1 Rm:5 01100 1 Rn:5 Rd:5   | smax {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
UMAX_v      0 Q:1 1 01110 size:2 1 Rm:5 01100 1 Rn:5 Rd:5   | umax {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
SMIN_v      0 Q:1 0 01110 size:2 1 Rm:5 01101 1 Rn:5 Rd:5   | smin {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
UMIN_v      0 Q:1 1 01110 size:2 1 Rm:5 01101 1 Rn:5 Rd:5   | umin {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
SABD_v      0 Q:1 0 01110 size:2 1 Rm:5 01110 1 Rn:5 Rd:5   | sabd {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
UABD_v      0 Q:1 1 01110 size:2 1 Rm:5 01110 1 Rn:5 Rd:5   | uabd {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
SABA_v      0 Q:1 0 01110 size:2 1 Rm:5 01111 1 Rn:5 Rd:5   | saba {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
UABA_v      0 Q:1 1 01110 size:2 1 Rm:5 01111 1 Rn:5 Rd:5   | uaba {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
ADD_v       0 Q:1 0 01110 size:2 1 Rm:5 10000 1 Rn:5 Rd:5   | add {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}      @class=simd
SUB_v       0 Q:1 1 01110 size:2 1 Rm:5 10000 1 Rn:5 Rd:5   | sub {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}      @class=simd
CMTST_v     0 Q:1 0 01110 size:2 1 Rm:5 10001 1 Rn:5 Rd:5   | cmtst {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}    @class=simd
CMEQ_v      0 Q:1 1 01110 size:2 1 Rm:5 10001 1 Rn:5 Rd:5   | cmeq {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
MLA_v       0 Q:1 0 01110 size:2 1 Rm:5 10010 1 Rn:5 Rd:5   | mla {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}      @class=simd
MLS_v       0 Q:1 1 01110 size:2 1 Rm:5 10010 1 Rn:5 Rd:5   | mls {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}      @class=simd
MUL_v       0 Q:1 0 01110 size:2 1 Rm:5 10011 1 Rn:5 Rd:5   | mul {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}      @class=simd
PMUL_v      0 Q:1 1 01110 00 1 Rm:5 10011 1 Rn:5 Rd:5       | pmul {vb:Rd,Q}, {vb:Rn,Q}, {vb:Rm,Q}                    @class=simd
SMAXP_v     0 Q:1 0 01110 size:2 1 Rm:5 10100 1 Rn:5 Rd:5   | smaxp {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}    @class=simd
UMAXP_v     0 Q:1 1 01110 size:2 1 Rm:5 10100 1 Rn:5 Rd:5   | umaxp {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}    @class=simd
SMINP_v     0 Q:1 0 01110 size:2 1 Rm:5 10101 1 Rn:5 Rd:5   | sminp {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}    @class=simd
UMINP_v     0 Q:1 1 01110 size:2 1 Rm:5 10101 1 Rn:5 Rd:5   | uminp {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}    @class=simd
SQDMULH_v   0 Q:1 0 01110 size:2 1 Rm:5 10110 1 Rn:5 Rd:5   | sqdmulh {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}  @class=simd
SQRDMULH_v  0 Q:1 1 01110 size:2 1 Rm:5 10110 1 Rn:5 Rd:5   | sqrdmulh {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q} @class=simd
ADDP_v      0 Q:1 0 01110 size:2 1 Rm:5 10111 1 Rn:5 Rd:5   | addp {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd

# ---- AdvSIMD scalar three same: 01 U 11110 size 1 Rm opcode 1 Rn Rd --------------------------------
SQADD_s     01 0 11110 size:2 1 Rm:5 00001 1 Rn:5 Rd:5      | sqadd {vs:Rd,size}, {vs:Rn,size}, {vs:Rm,size}     @class=simd
UQADD_s     01 1 11110 size:2 1 Rm:5 00001 1 Rn:5 Rd:5      | uqadd {vs:Rd,size}, {vs:Rn,size}, {vs:Rm,size}     @class=simd
SQSUB_s     01 0 11110 size:2 1 Rm:5 00101 1 Rn:5 Rd:5      | sqsub {vs:Rd,size}, {vs:Rn,size}, {vs:Rm,size}     @class=simd
UQSUB_s     01 1 11110 size:2 1 Rm:5 00101 1 Rn:5 Rd:5      | uqsub {vs:Rd,size}, {vs:Rn,size}, {vs:Rm,size}     @class=simd
CMGT_s      01 0 11110 11 1 Rm:5 00110 1 Rn:5 Rd:5          | cmgt {d:Rd}, {d:Rn}, {d:Rm}                        @class=simd
CMHI_s      01 1 11110 11 1 Rm:5 00110 1 Rn:5 Rd:5          | cmhi {d:Rd}, {d:Rn}, {d:Rm}                        @class=simd
CMGE_s      01 0 11110 11 1 Rm:5 00111 1 Rn:5 Rd:5          | cmge {d:Rd}, {d:Rn}, {d:Rm}                        @class=simd
CMHS_s      01 1 11110 11 1 Rm:5 00111 1 Rn:5 Rd:5          | cmhs {d:Rd}, {d:Rn}, {d:Rm}                        @class=simd
SSHL_s      01 0 11110 11 1 Rm:5 01000 1 Rn:5 Rd:5          | sshl {d:Rd}, {d:Rn}, {d:Rm}                        @class=simd
USHL_s      01 1 11110 11 1 Rm:5 01000 1 Rn:5 Rd:5          | ushl {d:Rd}, {d:Rn}, {d:Rm}                        @class=simd
SQSHL_s     01 0 11110 size:2 1 Rm:5 01001 1 Rn:5 Rd:5      | sqshl {vs:Rd,size}, {vs:Rn,size}, {vs:Rm,size}     @class=simd
UQSHL_s     01 1 11110 size:2 1 Rm:5 01001 1 Rn:5 Rd:5      | uqshl {vs:Rd,size}, {vs:Rn,size}, {vs:Rm,size}     @class=simd
SRSHL_s     01 0 11110 11 1 Rm:5 01010 1 Rn:5 Rd:5          | srshl {d:Rd}, {d:Rn}, {d:Rm}                       @class=simd
URSHL_s     01 1 11110 11 1 Rm:5 01010 1 Rn:5 Rd:5          | urshl {d:Rd}, {d:Rn}, {d:Rm}                       @class=simd
SQRSHL_s    01 0 11110 size:2 1 Rm:5 01011 1 Rn:5 Rd:5      | sqrshl {vs:Rd,size}, {vs:Rn,size}, {vs:Rm,size}    @class=simd
UQRSHL_s    01 1 11110 size:2 1 Rm:5 01011 1 Rn:5 Rd:5      | uqrshl {vs:Rd,size}, {vs:Rn,size}, {vs:Rm,size}    @class=simd
ADD_s       01 0 11110 11 1 Rm:5 10000 1 Rn:5 Rd:5          | add {d:Rd}, {d:Rn}, {d:Rm}                         @class=simd
SUB_s       01 1 11110 11 1 Rm:5 10000 1 Rn:5 Rd:5          | sub {d:Rd}, {d:Rn}, {d:Rm}                         @class=simd
CMTST_s     01 0 11110 11 1 Rm:5 10001 1 Rn:5 Rd:5          | cmtst {d:Rd}, {d:Rn}, {d:Rm}                       @class=simd
CMEQ_s      01 1 11110 11 1 Rm:5 10001 1 Rn:5 Rd:5          | cmeq {d:Rd}, {d:Rn}, {d:Rm}                        @class=simd
SQDMULH_s   01 0 11110 size:2 1 Rm:5 10110 1 Rn:5 Rd:5      | sqdmulh {vs:Rd,size}, {vs:Rn,size}, {vs:Rm,size}   @class=simd
SQRDMULH_s  01 1 11110 size:2 1 Rm:5 10110 1 Rn:5 Rd:5      | sqrdmulh {vs:Rd,size}, {vs:Rn,size}, {vs:Rm,size}  @class=simd

# ---- AdvSIMD three different: 0 Q U 01110 size 1 Rm opcode 00 Rn Rd ----------------------------------
SADDL_v     0 Q:1 0 01110 size:2 1 Rm:5 0000 00 Rn:5 Rd:5   | saddl{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {vt:Rm,size,Q}   @class=simd
UADDL_v     0 Q:1 1 01110 size:2 1 Rm:5 0000 00 Rn:5 Rd:5   | uaddl{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {vt:Rm,size,Q}   @class=simd
SADDW_v     0 Q:1 0 01110 size:2 1 Rm:5 0001 00 Rn:5 Rd:5   | saddw{q2:Q} {vtl:Rd,size}, {vtl:Rn,size}, {vt:Rm,size,Q}    @class=simd
UADDW_v     0 Q:1 1 01110 size:2 1 Rm:5 0001 00 Rn:5 Rd:5   | uaddw{q2:Q} {vtl:Rd,size}, {vtl:Rn,size}, {vt:Rm,size,Q}    @class=simd
SSUBL_v     0 Q:1 0 01110 size:2 1 Rm:5 0010 00 Rn:5 Rd:5   | ssubl{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {vt:Rm,size,Q}   @class=simd
USUBL_v     0 Q:1 1 01110 size:2 1 Rm:5 0010 00 Rn:5 Rd:5   | usubl{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {vt:Rm,size,Q}   @class=simd
SSUBW_v     0 Q:1 0 01110 size:2 1 Rm:5 0011 00 Rn:5 Rd:5   | ssubw{q2:Q} {vtl:Rd,size}, {vtl:Rn,size}, {vt:Rm,size,Q}    @class=simd
USUBW_v     0 Q:1 1 01110 size:2 1 Rm:5 0011 00 Rn:5 Rd:5   | usubw{q2:Q} {vtl:Rd,size}, {vtl:Rn,size}, {vt:Rm,size,Q}    @class=simd
ADDHN_v     0 Q:1 0 01110 size:2 1 Rm:5 0100 00 Rn:5 Rd:5   | addhn{q2:Q} {vt:Rd,size,Q}, {vtl:Rn,size}, {vtl:Rm,size}    @class=simd
RADDHN_v    0 Q:1 1 01110 size:2 1 Rm:5 0100 00 Rn:5 Rd:5   | raddhn{q2:Q} {vt:Rd,size,Q}, {vtl:Rn,size}, {vtl:Rm,size}   @class=simd
SABAL_v     0 Q:1 0 01110 size:2 1 Rm:5 0101 00 Rn:5 Rd:5   | sabal{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {vt:Rm,size,Q}   @class=simd
UABAL_v     0 Q:1 1 01110 size:2 1 Rm:5 0101 00 Rn:5 Rd:5   | uabal{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {vt:Rm,size,Q}   @class=simd
SUBHN_v     0 Q:1 0 01110 size:2 1 Rm:5 0110 00 Rn:5 Rd:5   | subhn{q2:Q} {vt:Rd,size,Q}, {vtl:Rn,size}, {vtl:Rm,size}    @class=simd
RSUBHN_v    0 Q:1 1 01110 size:2 1 Rm:5 0110 00 Rn:5 Rd:5   | rsubhn{q2:Q} {vt:Rd,size,Q}, {vtl:Rn,size}, {vtl:Rm,size}   @class=simd
SABDL_v     0 Q:1 0 01110 size:2 1 Rm:5 0111 00 Rn:5 Rd:5   | sabdl{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {vt:Rm,size,Q}   @class=simd
UABDL_v     0 Q:1 1 01110 size:2 1 Rm:5 0111 00 Rn:5 Rd:5   | uabdl{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {vt:Rm,size,Q}   @class=simd
SMLAL_v     0 Q:1 0 01110 size:2 1 Rm:5 1000 00 Rn:5 Rd:5   | smlal{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {vt:Rm,size,Q}   @class=simd
UMLAL_v     0 Q:1 1 01110 size:2 1 Rm:5 1000 00 Rn:5 Rd:5   | umlal{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {vt:Rm,size,Q}   @class=simd
SQDMLAL_v   0 Q:1 0 01110 size:2 1 Rm:5 1001 00 Rn:5 Rd:5   | sqdmlal{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {vt:Rm,size,Q} @class=simd
SMLSL_v     0 Q:1 0 01110 size:2 1 Rm:5 1010 00 Rn:5 Rd:5   | smlsl{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {vt:Rm,size,Q}   @class=simd
UMLSL_v     0 Q:1 1 01110 size:2 1 Rm:5 1010 00 Rn:5 Rd:5   | umlsl{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {vt:Rm,size,Q}   @class=simd
SQDMLSL_v   0 Q:1 0 01110 size:2 1 Rm:5 1011 00 Rn:5 Rd:5   | sqdmlsl{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {vt:Rm,size,Q} @class=simd
SMULL_v     0 Q:1 0 01110 size:2 1 Rm:5 1100 00 Rn:5 Rd:5   | smull{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {vt:Rm,size,Q}   @class=simd
UMULL_v     0 Q:1 1 01110 size:2 1 Rm:5 1100 00 Rn:5 Rd:5   | umull{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {vt:Rm,size,Q}   @class=simd
SQDMULL_v   0 Q:1 0 01110 size:2 1 Rm:5 1101 00 Rn:5 Rd:5   | sqdmull{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {vt:Rm,size,Q} @class=simd
PMULL_v     0 Q:1 0 01110 00 1 Rm:5 1110 00 Rn:5 Rd:5       | pmull{q2:Q} {vtl:Rd,0}, {vb:Rn,Q}, {vb:Rm,Q}                @class=simd
# PMULL with size 01 or 10 is unallocated (size 11 is the crypto extension's, see crypto.ts)
UNALLOC     0 - 0 01110 01 1 ----- 1110 00 ----- -----       |
UNALLOC     0 - 0 01110 10 1 ----- 1110 00 ----- -----       |

# ---- AdvSIMD scalar three different: 01 U 11110 size 1 Rm opcode 00 Rn Rd -------------------------------
SQDMLAL_s   01 0 11110 size:2 1 Rm:5 1001 00 Rn:5 Rd:5      | sqdmlal {vsl:Rd,size}, {vs:Rn,size}, {vs:Rm,size}   @class=simd
SQDMLSL_s   01 0 11110 size:2 1 Rm:5 1011 00 Rn:5 Rd:5      | sqdmlsl {vsl:Rd,size}, {vs:Rn,size}, {vs:Rm,size}   @class=simd
SQDMULL_s   01 0 11110 size:2 1 Rm:5 1101 00 Rn:5 Rd:5      | sqdmull {vsl:Rd,size}, {vs:Rn,size}, {vs:Rm,size}   @class=simd

# ---- AdvSIMD two-register miscellaneous: 0 Q U 01110 size 10000 opcode 10 Rn Rd -------------------------
REV64_v     0 Q:1 0 01110 size:2 10000 00000 10 Rn:5 Rd:5   | rev64 {vt:Rd,size,Q}, {vt:Rn,size,Q}     @class=simd
REV32_v     0 Q:1 1 01110 size:2 10000 00000 10 Rn:5 Rd:5   | rev32 {vt:Rd,size,Q}, {vt:Rn,size,Q}     @class=simd
REV16_v     0 Q:1 0 01110 size:2 10000 00001 10 Rn:5 Rd:5   | rev16 {vt:Rd,size,Q}, {vt:Rn,size,Q}     @class=simd
SADDLP_v    0 Q:1 0 01110 size:2 10000 00010 10 Rn:5 Rd:5   | saddlp {vtw:Rd,size,Q}, {vt:Rn,size,Q}  @class=simd
UADDLP_v    0 Q:1 1 01110 size:2 10000 00010 10 Rn:5 Rd:5   | uaddlp {vtw:Rd,size,Q}, {vt:Rn,size,Q}  @class=simd
SUQADD_v    0 Q:1 0 01110 size:2 10000 00011 10 Rn:5 Rd:5   | suqadd {vt:Rd,size,Q}, {vt:Rn,size,Q}    @class=simd
USQADD_v    0 Q:1 1 01110 size:2 10000 00011 10 Rn:5 Rd:5   | usqadd {vt:Rd,size,Q}, {vt:Rn,size,Q}    @class=simd
CLS_v       0 Q:1 0 01110 size:2 10000 00100 10 Rn:5 Rd:5   | cls {vt:Rd,size,Q}, {vt:Rn,size,Q}       @class=simd
CLZ_v       0 Q:1 1 01110 size:2 10000 00100 10 Rn:5 Rd:5   | clz {vt:Rd,size,Q}, {vt:Rn,size,Q}       @class=simd
CNT_v       0 Q:1 0 01110 00 10000 00101 10 Rn:5 Rd:5       | cnt {vb:Rd,Q}, {vb:Rn,Q}                 @class=simd
NOT_v       0 Q:1 1 01110 00 10000 00101 10 Rn:5 Rd:5       | mvn {vb:Rd,Q}, {vb:Rn,Q}                 @class=simd
RBIT_v      0 Q:1 1 01110 01 10000 00101 10 Rn:5 Rd:5       | rbit {vb:Rd,Q}, {vb:Rn,Q}                @class=simd
SADALP_v    0 Q:1 0 01110 size:2 10000 00110 10 Rn:5 Rd:5   | sadalp {vtw:Rd,size,Q}, {vt:Rn,size,Q}  @class=simd
UADALP_v    0 Q:1 1 01110 size:2 10000 00110 10 Rn:5 Rd:5   | uadalp {vtw:Rd,size,Q}, {vt:Rn,size,Q}  @class=simd
SQABS_v     0 Q:1 0 01110 size:2 10000 00111 10 Rn:5 Rd:5   | sqabs {vt:Rd,size,Q}, {vt:Rn,size,Q}     @class=simd
SQNEG_v     0 Q:1 1 01110 size:2 10000 00111 10 Rn:5 Rd:5   | sqneg {vt:Rd,size,Q}, {vt:Rn,size,Q}     @class=simd
CMGT0_v     0 Q:1 0 01110 size:2 10000 01000 10 Rn:5 Rd:5   | cmgt {vt:Rd,size,Q}, {vt:Rn,size,Q}, #0  @class=simd
CMGE0_v     0 Q:1 1 01110 size:2 10000 01000 10 Rn:5 Rd:5   | cmge {vt:Rd,size,Q}, {vt:Rn,size,Q}, #0  @class=simd
CMEQ0_v     0 Q:1 0 01110 size:2 10000 01001 10 Rn:5 Rd:5   | cmeq {vt:Rd,size,Q}, {vt:Rn,size,Q}, #0  @class=simd
CMLE0_v     0 Q:1 1 01110 size:2 10000 01001 10 Rn:5 Rd:5   | cmle {vt:Rd,size,Q}, {vt:Rn,size,Q}, #0  @class=simd
CMLT0_v     0 Q:1 0 01110 size:2 10000 01010 10 Rn:5 Rd:5   | cmlt {vt:Rd,size,Q}, {vt:Rn,size,Q}, #0  @class=simd
ABS_v       0 Q:1 0 01110 size:2 10000 01011 10 Rn:5 Rd:5   | abs {vt:Rd,size,Q}, {vt:Rn,size,Q}       @class=simd
NEG_v       0 Q:1 1 01110 size:2 10000 01011 10 Rn:5 Rd:5   | neg {vt:Rd,size,Q}, {vt:Rn,size,Q}       @class=simd
XTN_v       0 Q:1 0 01110 size:2 10000 10010 10 Rn:5 Rd:5   | xtn{q2:Q} {vt:Rd,size,Q}, {vtl:Rn,size}     @class=simd
SQXTUN_v    0 Q:1 1 01110 size:2 10000 10010 10 Rn:5 Rd:5   | sqxtun{q2:Q} {vt:Rd,size,Q}, {vtl:Rn,size}  @class=simd
SHLL_v      0 Q:1 1 01110 size:2 10000 10011 10 Rn:5 Rd:5   | shll{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {shll:size} @class=simd
SQXTN_v     0 Q:1 0 01110 size:2 10000 10100 10 Rn:5 Rd:5   | sqxtn{q2:Q} {vt:Rd,size,Q}, {vtl:Rn,size}   @class=simd
UQXTN_v     0 Q:1 1 01110 size:2 10000 10100 10 Rn:5 Rd:5   | uqxtn{q2:Q} {vt:Rd,size,Q}, {vtl:Rn,size}   @class=simd
URECPE_v    0 Q:1 0 01110 10 10000 11100 10 Rn:5 Rd:5       | urecpe {vt:Rd,2,Q}, {vt:Rn,2,Q}          @class=simd
URSQRTE_v   0 Q:1 1 01110 10 10000 11100 10 Rn:5 Rd:5       | ursqrte {vt:Rd,2,Q}, {vt:Rn,2,Q}         @class=simd

# ---- AdvSIMD scalar two-register miscellaneous: 01 U 11110 size 10000 opcode 10 Rn Rd ---------------------
SUQADD_s    01 0 11110 size:2 10000 00011 10 Rn:5 Rd:5      | suqadd {vs:Rd,size}, {vs:Rn,size}        @class=simd
USQADD_s    01 1 11110 size:2 10000 00011 10 Rn:5 Rd:5      | usqadd {vs:Rd,size}, {vs:Rn,size}        @class=simd
SQABS_s     01 0 11110 size:2 10000 00111 10 Rn:5 Rd:5      | sqabs {vs:Rd,size}, {vs:Rn,size}         @class=simd
SQNEG_s     01 1 11110 size:2 10000 00111 10 Rn:5 Rd:5      | sqneg {vs:Rd,size}, {vs:Rn,size}         @class=simd
CMGT0_s     01 0 11110 11 10000 01000 10 Rn:5 Rd:5          | cmgt {d:Rd}, {d:Rn}, #0                  @class=simd
CMGE0_s     01 1 11110 11 10000 01000 10 Rn:5 Rd:5          | cmge {d:Rd}, {d:Rn}, #0                  @class=simd
CMEQ0_s     01 0 11110 11 10000 01001 10 Rn:5 Rd:5          | cmeq {d:Rd}, {d:Rn}, #0                  @class=simd
CMLE0_s     01 1 11110 11 10000 01001 10 Rn:5 Rd:5          | cmle {d:Rd}, {d:Rn}, #0                  @class=simd
CMLT0_s     01 0 11110 11 10000 01010 10 Rn:5 Rd:5          | cmlt {d:Rd}, {d:Rn}, #0                  @class=simd
ABS_s       01 0 11110 11 10000 01011 10 Rn:5 Rd:5          | abs {d:Rd}, {d:Rn}                       @class=simd
NEG_s       01 1 11110 11 10000 01011 10 Rn:5 Rd:5          | neg {d:Rd}, {d:Rn}                       @class=simd
SQXTUN_s    01 1 11110 size:2 10000 10010 10 Rn:5 Rd:5      | sqxtun {vs:Rd,size}, {vsl:Rn,size}       @class=simd
SQXTN_s     01 0 11110 size:2 10000 10100 10 Rn:5 Rd:5      | sqxtn {vs:Rd,size}, {vsl:Rn,size}        @class=simd
UQXTN_s     01 1 11110 size:2 10000 10100 10 Rn:5 Rd:5      | uqxtn {vs:Rd,size}, {vsl:Rn,size}        @class=simd

# ---- AdvSIMD across lanes: 0 Q U 01110 size 11000 opcode 10 Rn Rd ---------------------------------------
SADDLV_v    0 Q:1 0 01110 size:2 11000 00011 10 Rn:5 Rd:5   | saddlv {vsl:Rd,size}, {vt:Rn,size,Q}     @class=simd
UADDLV_v    0 Q:1 1 01110 size:2 11000 00011 10 Rn:5 Rd:5   | uaddlv {vsl:Rd,size}, {vt:Rn,size,Q}     @class=simd
SMAXV_v     0 Q:1 0 01110 size:2 11000 01010 10 Rn:5 Rd:5   | smaxv {vs:Rd,size}, {vt:Rn,size,Q}       @class=simd
UMAXV_v     0 Q:1 1 01110 size:2 11000 01010 10 Rn:5 Rd:5   | umaxv {vs:Rd,size}, {vt:Rn,size,Q}       @class=simd
SMINV_v     0 Q:1 0 01110 size:2 11000 11010 10 Rn:5 Rd:5   | sminv {vs:Rd,size}, {vt:Rn,size,Q}       @class=simd
UMINV_v     0 Q:1 1 01110 size:2 11000 11010 10 Rn:5 Rd:5   | uminv {vs:Rd,size}, {vt:Rn,size,Q}       @class=simd
ADDV_v      0 Q:1 0 01110 size:2 11000 11011 10 Rn:5 Rd:5   | addv {vs:Rd,size}, {vt:Rn,size,Q}        @class=simd

# ---- AdvSIMD scalar pairwise (integer part): 01 U 11110 size 11000 opcode 10 Rn Rd -----------------------
ADDP_s      01 0 11110 11 11000 11011 10 Rn:5 Rd:5          | addp {d:Rd}, {vt:Rn,3,1}                 @class=simd

# ---- AdvSIMD copy: 0 Q op 01110000 imm5 0 imm4 1 Rn Rd --------------------------------------------------
DUP_elem_v  0 Q:1 0 01110000 imm5:5 0 0000 1 Rn:5 Rd:5      | dup {vt5:Rd,imm5,Q}, {vel5:Rn,imm5}      @class=simd
DUP_gen     0 Q:1 0 01110000 imm5:5 0 0001 1 Rn:5 Rd:5      | dup {vt5:Rd,imm5,Q}, {rimm5:Rn,imm5}     @class=simd
INS_gen     0 1 0 01110000 imm5:5 0 0011 1 Rn:5 Rd:5        | mov {vel5:Rd,imm5}, {rimm5:Rn,imm5}     @class=simd
SMOV        0 Q:1 0 01110000 imm5:5 0 0101 1 Rn:5 Rd:5      | smov {rq:Rd,Q}, {vel5:Rn,imm5}            @class=simd
UMOV        0 Q:1 0 01110000 imm5:5 0 0111 1 Rn:5 Rd:5      | umov {rq:Rd,Q}, {vel5:Rn,imm5}            @class=simd
INS_elem    0 1 1 01110000 imm5:5 0 imm4:4 1 Rn:5 Rd:5      | mov {vel5:Rd,imm5}, {vel54:Rn,imm5,imm4} @class=simd

# ---- AdvSIMD scalar copy: 01 op 11110000 imm5 0 imm4 1 Rn Rd --------------------------------------------
DUP_elem_s  01 0 11110000 imm5:5 0 0000 1 Rn:5 Rd:5         | mov {vs5:Rd,imm5}, {vel5:Rn,imm5}        @class=simd

# ---- AdvSIMD modified immediate: 0 Q op 0111100000 a b c cmode o2 1 d e f g h Rd ---------------------------
# (immh = 0000 of the shift-by-immediate group; these lines win over it by priority)
MOVI_32     0 Q:1 0 0111100000 abc:3 0 cm:2 0 0 1 defgh:5 Rd:5   | movi {vt:Rd,2,Q}, {imm8:abc,defgh}{mlsl:cm}       @class=simd @prio=1
ORR_32i     0 Q:1 0 0111100000 abc:3 0 cm:2 1 0 1 defgh:5 Rd:5   | orr {vt:Rd,2,Q}, {imm8:abc,defgh}{mlsl:cm}        @class=simd @prio=1
MOVI_16     0 Q:1 0 0111100000 abc:3 10 c0:1 0 0 1 defgh:5 Rd:5  | movi {vt:Rd,1,Q}, {imm8:abc,defgh}{mlsl16:c0}     @class=simd @prio=1
ORR_16i     0 Q:1 0 0111100000 abc:3 10 c0:1 1 0 1 defgh:5 Rd:5  | orr {vt:Rd,1,Q}, {imm8:abc,defgh}{mlsl16:c0}      @class=simd @prio=1
MOVI_msl    0 Q:1 0 0111100000 abc:3 110 c0:1 0 1 defgh:5 Rd:5   | movi {vt:Rd,2,Q}, {imm8:abc,defgh}{mmsl:c0}       @class=simd @prio=1
MOVI_8      0 Q:1 0 0111100000 abc:3 1110 0 1 defgh:5 Rd:5       | movi {vb:Rd,Q}, {imm8:abc,defgh}                  @class=simd @prio=1
FMOV_vs     0 Q:1 0 0111100000 abc:3 1111 0 1 defgh:5 Rd:5       | fmov {vt:Rd,2,Q}, {fpimm8:abc,defgh}              @class=simd @prio=1
MVNI_32     0 Q:1 1 0111100000 abc:3 0 cm:2 0 0 1 defgh:5 Rd:5   | mvni {vt:Rd,2,Q}, {imm8:abc,defgh}{mlsl:cm}       @class=simd @prio=1
BIC_32i     0 Q:1 1 0111100000 abc:3 0 cm:2 1 0 1 defgh:5 Rd:5   | bic {vt:Rd,2,Q}, {imm8:abc,defgh}{mlsl:cm}        @class=simd @prio=1
MVNI_16     0 Q:1 1 0111100000 abc:3 10 c0:1 0 0 1 defgh:5 Rd:5  | mvni {vt:Rd,1,Q}, {imm8:abc,defgh}{mlsl16:c0}     @class=simd @prio=1
BIC_16i     0 Q:1 1 0111100000 abc:3 10 c0:1 1 0 1 defgh:5 Rd:5  | bic {vt:Rd,1,Q}, {imm8:abc,defgh}{mlsl16:c0}      @class=simd @prio=1
MVNI_msl    0 Q:1 1 0111100000 abc:3 110 c0:1 0 1 defgh:5 Rd:5   | mvni {vt:Rd,2,Q}, {imm8:abc,defgh}{mmsl:c0}       @class=simd @prio=1
MOVI_64     0 Q:1 1 0111100000 abc:3 1110 0 1 defgh:5 Rd:5       | movi {vt:Rd,3,Q}, {bytemask:abc,defgh}            @class=simd @prio=1
FMOV_vd     0 1 1 0111100000 abc:3 1111 0 1 defgh:5 Rd:5         | fmov {vt:Rd,3,1}, {fpimm8:abc,defgh}              @class=simd @prio=1

# ---- AdvSIMD shift by immediate: 0 Q U 011110 immh immb opcode 1 Rn Rd (immh != 0) --------------------
SSHR_v      0 Q:1 0 011110 immh:4 immb:3 00000 1 Rn:5 Rd:5  | sshr {vti:Rd,immh,Q}, {vti:Rn,immh,Q}, {shr:immh,immb}     @class=simd
USHR_v      0 Q:1 1 011110 immh:4 immb:3 00000 1 Rn:5 Rd:5  | ushr {vti:Rd,immh,Q}, {vti:Rn,immh,Q}, {shr:immh,immb}     @class=simd
SSRA_v      0 Q:1 0 011110 immh:4 immb:3 00010 1 Rn:5 Rd:5  | ssra {vti:Rd,immh,Q}, {vti:Rn,immh,Q}, {shr:immh,immb}     @class=simd
USRA_v      0 Q:1 1 011110 immh:4 immb:3 00010 1 Rn:5 Rd:5  | usra {vti:Rd,immh,Q}, {vti:Rn,immh,Q}, {shr:immh,immb}     @class=simd
SRSHR_v     0 Q:1 0 011110 immh:4 immb:3 00100 1 Rn:5 Rd:5  | srshr {vti:Rd,immh,Q}, {vti:Rn,immh,Q}, {shr:immh,immb}    @class=simd
URSHR_v     0 Q:1 1 011110 immh:4 immb:3 00100 1 Rn:5 Rd:5  | urshr {vti:Rd,immh,Q}, {vti:Rn,immh,Q}, {shr:immh,immb}    @class=simd
SRSRA_v     0 Q:1 0 011110 immh:4 immb:3 00110 1 Rn:5 Rd:5  | srsra {vti:Rd,immh,Q}, {vti:Rn,immh,Q}, {shr:immh,immb}    @class=simd
URSRA_v     0 Q:1 1 011110 immh:4 immb:3 00110 1 Rn:5 Rd:5  | ursra {vti:Rd,immh,Q}, {vti:Rn,immh,Q}, {shr:immh,immb}    @class=simd
SRI_v       0 Q:1 1 011110 immh:4 immb:3 01000 1 Rn:5 Rd:5  | sri {vti:Rd,immh,Q}, {vti:Rn,immh,Q}, {shr:immh,immb}      @class=simd
SHL_v       0 Q:1 0 011110 immh:4 immb:3 01010 1 Rn:5 Rd:5  | shl {vti:Rd,immh,Q}, {vti:Rn,immh,Q}, {shl:immh,immb}      @class=simd
SLI_v       0 Q:1 1 011110 immh:4 immb:3 01010 1 Rn:5 Rd:5  | sli {vti:Rd,immh,Q}, {vti:Rn,immh,Q}, {shl:immh,immb}      @class=simd
SQSHLU_v    0 Q:1 1 011110 immh:4 immb:3 01100 1 Rn:5 Rd:5  | sqshlu {vti:Rd,immh,Q}, {vti:Rn,immh,Q}, {shl:immh,immb}   @class=simd
SQSHL_vi    0 Q:1 0 011110 immh:4 immb:3 01110 1 Rn:5 Rd:5  | sqshl {vti:Rd,immh,Q}, {vti:Rn,immh,Q}, {shl:immh,immb}    @class=simd
UQSHL_vi    0 Q:1 1 011110 immh:4 immb:3 01110 1 Rn:5 Rd:5  | uqshl {vti:Rd,immh,Q}, {vti:Rn,immh,Q}, {shl:immh,immb}    @class=simd
SHRN_v      0 Q:1 0 011110 immh:4 immb:3 10000 1 Rn:5 Rd:5  | shrn{q2:Q} {vti:Rd,immh,Q}, {vtil:Rn,immh}, {shr:immh,immb}     @class=simd
SQSHRUN_v   0 Q:1 1 011110 immh:4 immb:3 10000 1 Rn:5 Rd:5  | sqshrun{q2:Q} {vti:Rd,immh,Q}, {vtil:Rn,immh}, {shr:immh,immb}  @class=simd
RSHRN_v     0 Q:1 0 011110 immh:4 immb:3 10001 1 Rn:5 Rd:5  | rshrn{q2:Q} {vti:Rd,immh,Q}, {vtil:Rn,immh}, {shr:immh,immb}    @class=simd
SQRSHRUN_v  0 Q:1 1 011110 immh:4 immb:3 10001 1 Rn:5 Rd:5  | sqrshrun{q2:Q} {vti:Rd,immh,Q}, {vtil:Rn,immh}, {shr:immh,immb} @class=simd
SQSHRN_v    0 Q:1 0 011110 immh:4 immb:3 10010 1 Rn:5 Rd:5  | sqshrn{q2:Q} {vti:Rd,immh,Q}, {vtil:Rn,immh}, {shr:immh,immb}   @class=simd
UQSHRN_v    0 Q:1 1 011110 immh:4 immb:3 10010 1 Rn:5 Rd:5  | uqshrn{q2:Q} {vti:Rd,immh,Q}, {vtil:Rn,immh}, {shr:immh,immb}   @class=simd
SQRSHRN_v   0 Q:1 0 011110 immh:4 immb:3 10011 1 Rn:5 Rd:5  | sqrshrn{q2:Q} {vti:Rd,immh,Q}, {vtil:Rn,immh}, {shr:immh,immb}  @class=simd
UQRSHRN_v   0 Q:1 1 011110 immh:4 immb:3 10011 1 Rn:5 Rd:5  | uqrshrn{q2:Q} {vti:Rd,immh,Q}, {vtil:Rn,immh}, {shr:immh,immb}  @class=simd
SSHLL_v     0 Q:1 0 011110 immh:4 immb:3 10100 1 Rn:5 Rd:5  | sshll{q2:Q} {vtil:Rd,immh}, {vti:Rn,immh,Q}, {shl:immh,immb}    @class=simd
USHLL_v     0 Q:1 1 011110 immh:4 immb:3 10100 1 Rn:5 Rd:5  | ushll{q2:Q} {vtil:Rd,immh}, {vti:Rn,immh,Q}, {shl:immh,immb}    @class=simd

# ---- AdvSIMD scalar shift by immediate: 01 U 111110 immh immb opcode 1 Rn Rd (immh != 0) ---------------
SSHR_s      01 0 111110 immh:4 immb:3 00000 1 Rn:5 Rd:5     | sshr {vsi:Rd,immh}, {vsi:Rn,immh}, {shr:immh,immb}       @class=simd
USHR_s      01 1 111110 immh:4 immb:3 00000 1 Rn:5 Rd:5     | ushr {vsi:Rd,immh}, {vsi:Rn,immh}, {shr:immh,immb}       @class=simd
SSRA_s      01 0 111110 immh:4 immb:3 00010 1 Rn:5 Rd:5     | ssra {vsi:Rd,immh}, {vsi:Rn,immh}, {shr:immh,immb}       @class=simd
USRA_s      01 1 111110 immh:4 immb:3 00010 1 Rn:5 Rd:5     | usra {vsi:Rd,immh}, {vsi:Rn,immh}, {shr:immh,immb}       @class=simd
SRSHR_s     01 0 111110 immh:4 immb:3 00100 1 Rn:5 Rd:5     | srshr {vsi:Rd,immh}, {vsi:Rn,immh}, {shr:immh,immb}      @class=simd
URSHR_s     01 1 111110 immh:4 immb:3 00100 1 Rn:5 Rd:5     | urshr {vsi:Rd,immh}, {vsi:Rn,immh}, {shr:immh,immb}      @class=simd
SRSRA_s     01 0 111110 immh:4 immb:3 00110 1 Rn:5 Rd:5     | srsra {vsi:Rd,immh}, {vsi:Rn,immh}, {shr:immh,immb}      @class=simd
URSRA_s     01 1 111110 immh:4 immb:3 00110 1 Rn:5 Rd:5     | ursra {vsi:Rd,immh}, {vsi:Rn,immh}, {shr:immh,immb}      @class=simd
SRI_s       01 1 111110 immh:4 immb:3 01000 1 Rn:5 Rd:5     | sri {vsi:Rd,immh}, {vsi:Rn,immh}, {shr:immh,immb}        @class=simd
SHL_s       01 0 111110 immh:4 immb:3 01010 1 Rn:5 Rd:5     | shl {vsi:Rd,immh}, {vsi:Rn,immh}, {shl:immh,immb}        @class=simd
SLI_s       01 1 111110 immh:4 immb:3 01010 1 Rn:5 Rd:5     | sli {vsi:Rd,immh}, {vsi:Rn,immh}, {shl:immh,immb}        @class=simd
SQSHLU_s    01 1 111110 immh:4 immb:3 01100 1 Rn:5 Rd:5     | sqshlu {vsi:Rd,immh}, {vsi:Rn,immh}, {shl:immh,immb}     @class=simd
SQSHL_si    01 0 111110 immh:4 immb:3 01110 1 Rn:5 Rd:5     | sqshl {vsi:Rd,immh}, {vsi:Rn,immh}, {shl:immh,immb}      @class=simd
UQSHL_si    01 1 111110 immh:4 immb:3 01110 1 Rn:5 Rd:5     | uqshl {vsi:Rd,immh}, {vsi:Rn,immh}, {shl:immh,immb}      @class=simd
SQSHRUN_s   01 1 111110 immh:4 immb:3 10000 1 Rn:5 Rd:5     | sqshrun {vsi:Rd,immh}, {vsil:Rn,immh}, {shr:immh,immb}   @class=simd
SQRSHRUN_s  01 1 111110 immh:4 immb:3 10001 1 Rn:5 Rd:5     | sqrshrun {vsi:Rd,immh}, {vsil:Rn,immh}, {shr:immh,immb}  @class=simd
SQSHRN_s    01 0 111110 immh:4 immb:3 10010 1 Rn:5 Rd:5     | sqshrn {vsi:Rd,immh}, {vsil:Rn,immh}, {shr:immh,immb}    @class=simd
UQSHRN_s    01 1 111110 immh:4 immb:3 10010 1 Rn:5 Rd:5     | uqshrn {vsi:Rd,immh}, {vsil:Rn,immh}, {shr:immh,immb}    @class=simd
SQRSHRN_s   01 0 111110 immh:4 immb:3 10011 1 Rn:5 Rd:5     | sqrshrn {vsi:Rd,immh}, {vsil:Rn,immh}, {shr:immh,immb}   @class=simd
UQRSHRN_s   01 1 111110 immh:4 immb:3 10011 1 Rn:5 Rd:5     | uqrshrn {vsi:Rd,immh}, {vsil:Rn,immh}, {shr:immh,immb}   @class=simd

# ---- AdvSIMD vector x indexed element: 0 Q U 01111 size L M Rm opcode H 0 Rn Rd ------------------------
MLA_e       0 Q:1 1 01111 size:2 L:1 M:1 Rm:4 0000 H:1 0 Rn:5 Rd:5  | mla {vt:Rd,size,Q}, {vt:Rn,size,Q}, {velx:Rm,M,size,H,L}          @class=simd
SMLAL_e     0 Q:1 0 01111 size:2 L:1 M:1 Rm:4 0010 H:1 0 Rn:5 Rd:5  | smlal{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {velx:Rm,M,size,H,L}   @class=simd
UMLAL_e     0 Q:1 1 01111 size:2 L:1 M:1 Rm:4 0010 H:1 0 Rn:5 Rd:5  | umlal{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {velx:Rm,M,size,H,L}   @class=simd
SQDMLAL_e   0 Q:1 0 01111 size:2 L:1 M:1 Rm:4 0011 H:1 0 Rn:5 Rd:5  | sqdmlal{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {velx:Rm,M,size,H,L} @class=simd
MLS_e       0 Q:1 1 01111 size:2 L:1 M:1 Rm:4 0100 H:1 0 Rn:5 Rd:5  | mls {vt:Rd,size,Q}, {vt:Rn,size,Q}, {velx:Rm,M,size,H,L}          @class=simd
SMLSL_e     0 Q:1 0 01111 size:2 L:1 M:1 Rm:4 0110 H:1 0 Rn:5 Rd:5  | smlsl{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {velx:Rm,M,size,H,L}   @class=simd
UMLSL_e     0 Q:1 1 01111 size:2 L:1 M:1 Rm:4 0110 H:1 0 Rn:5 Rd:5  | umlsl{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {velx:Rm,M,size,H,L}   @class=simd
SQDMLSL_e   0 Q:1 0 01111 size:2 L:1 M:1 Rm:4 0111 H:1 0 Rn:5 Rd:5  | sqdmlsl{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {velx:Rm,M,size,H,L} @class=simd
MUL_e       0 Q:1 0 01111 size:2 L:1 M:1 Rm:4 1000 H:1 0 Rn:5 Rd:5  | mul {vt:Rd,size,Q}, {vt:Rn,size,Q}, {velx:Rm,M,size,H,L}          @class=simd
SMULL_e     0 Q:1 0 01111 size:2 L:1 M:1 Rm:4 1010 H:1 0 Rn:5 Rd:5  | smull{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {velx:Rm,M,size,H,L}   @class=simd
UMULL_e     0 Q:1 1 01111 size:2 L:1 M:1 Rm:4 1010 H:1 0 Rn:5 Rd:5  | umull{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {velx:Rm,M,size,H,L}   @class=simd
SQDMULL_e   0 Q:1 0 01111 size:2 L:1 M:1 Rm:4 1011 H:1 0 Rn:5 Rd:5  | sqdmull{q2:Q} {vtl:Rd,size}, {vt:Rn,size,Q}, {velx:Rm,M,size,H,L} @class=simd
SQDMULH_e   0 Q:1 0 01111 size:2 L:1 M:1 Rm:4 1100 H:1 0 Rn:5 Rd:5  | sqdmulh {vt:Rd,size,Q}, {vt:Rn,size,Q}, {velx:Rm,M,size,H,L}      @class=simd
SQRDMULH_e  0 Q:1 0 01111 size:2 L:1 M:1 Rm:4 1101 H:1 0 Rn:5 Rd:5  | sqrdmulh {vt:Rd,size,Q}, {vt:Rn,size,Q}, {velx:Rm,M,size,H,L}     @class=simd

# ---- AdvSIMD scalar x indexed element: 01 U 11111 size L M Rm opcode H 0 Rn Rd ---------------------------
SQDMLAL_se  01 0 11111 size:2 L:1 M:1 Rm:4 0011 H:1 0 Rn:5 Rd:5     | sqdmlal {vsl:Rd,size}, {vs:Rn,size}, {velx:Rm,M,size,H,L}  @class=simd
SQDMLSL_se  01 0 11111 size:2 L:1 M:1 Rm:4 0111 H:1 0 Rn:5 Rd:5     | sqdmlsl {vsl:Rd,size}, {vs:Rn,size}, {velx:Rm,M,size,H,L}  @class=simd
SQDMULL_se  01 0 11111 size:2 L:1 M:1 Rm:4 1011 H:1 0 Rn:5 Rd:5     | sqdmull {vsl:Rd,size}, {vs:Rn,size}, {velx:Rm,M,size,H,L}  @class=simd
SQDMULH_se  01 0 11111 size:2 L:1 M:1 Rm:4 1100 H:1 0 Rn:5 Rd:5     | sqdmulh {vs:Rd,size}, {vs:Rn,size}, {velx:Rm,M,size,H,L}   @class=simd
SQRDMULH_se 01 0 11111 size:2 L:1 M:1 Rm:4 1101 H:1 0 Rn:5 Rd:5     | sqrdmulh {vs:Rd,size}, {vs:Rn,size}, {velx:Rm,M,size,H,L}  @class=simd

# ---- AdvSIMD table lookup, permute, extract ------------------------------------------------------------
TBL         0 Q:1 001110 000 Rm:5 0 len:2 0 00 Rn:5 Rd:5    | tbl {vb:Rd,Q}, {tbl:Rn,len}, {vb:Rm,Q}                   @class=tbl
TBX         0 Q:1 001110 000 Rm:5 0 len:2 1 00 Rn:5 Rd:5    | tbx {vb:Rd,Q}, {tbl:Rn,len}, {vb:Rm,Q}                   @class=tbl
UZP1        0 Q:1 001110 size:2 0 Rm:5 0 001 10 Rn:5 Rd:5   | uzp1 {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
TRN1        0 Q:1 001110 size:2 0 Rm:5 0 010 10 Rn:5 Rd:5   | trn1 {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
ZIP1        0 Q:1 001110 size:2 0 Rm:5 0 011 10 Rn:5 Rd:5   | zip1 {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
UZP2        0 Q:1 001110 size:2 0 Rm:5 0 101 10 Rn:5 Rd:5   | uzp2 {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
TRN2        0 Q:1 001110 size:2 0 Rm:5 0 110 10 Rn:5 Rd:5   | trn2 {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
ZIP2        0 Q:1 001110 size:2 0 Rm:5 0 111 10 Rn:5 Rd:5   | zip2 {vt:Rd,size,Q}, {vt:Rn,size,Q}, {vt:Rm,size,Q}     @class=simd
EXT         0 Q:1 101110 000 Rm:5 0 imm4:4 0 Rn:5 Rd:5      | ext {vb:Rd,Q}, {vb:Rn,Q}, {vb:Rm,Q}, #{dec:imm4}          @class=simd
`;
