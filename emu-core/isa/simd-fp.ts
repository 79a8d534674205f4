// Advanced SIMD on floating-point lanes (Arm ARM C4.1.91, the AdvSIMD groups whose elements
// are single or double precision): ARMv8.0-A, no FP16 arithmetic (half precision appears
// only in FCVTN/FCVTL). Field names follow the Arm ARM: a = size<1> (selects between two
// operations), sz = size<0> (0: single, 1: double). A double-precision vector needs Q = 1;
// the UNALLOC lines carve out Q = 0, sz = 1 (and L = 1 with sz = 1 for by-element forms).
//
// Disassembly tokens used here (beyond the common ones):
//   {vt:Q,sz,R}   v<R>.2s / .4s / .2d (Q = 0, sz = 1 is reserved)
//   {vn:Q,sz,R}   the narrow side of FCVTN/FCVTL: v<R>.4h / .8h (sz = 0), .2s / .4s (sz = 1)
//   {vw:sz,R}     the wide side of FCVTN/FCVTL: v<R>.4s (sz = 0) / .2d (sz = 1)
//   {2:Q}         "2" when Q = 1 (the upper-half forms FCVTN2, FCVTL2, FCVTXN2)
//   {fpr:sz,R}    s<R> / d<R>
//   {elem:sz,L,H,M,Rm}   v<M:Rm>.s[H:L] or v<Rm>.d[H] (M must be... part of the register for .s/.d)
//   {fbits32:immhb} #(32 - immhb)    {fbits64:immhb} #(64 - immhb)
export default String.raw`
# ---- Three same (vector), FP opcodes 11xxx ----
FMAXNM_vec    0 Q:1 0 01110 0 sz:1 1 Rm:5 11000 1 Rn:5 Rd:5   | fmaxnm {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}   @class=vfp2
FMINNM_vec    0 Q:1 0 01110 1 sz:1 1 Rm:5 11000 1 Rn:5 Rd:5   | fminnm {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}   @class=vfp2
FMLA_vec      0 Q:1 0 01110 0 sz:1 1 Rm:5 11001 1 Rn:5 Rd:5   | fmla {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}     @class=vfp2
FMLS_vec      0 Q:1 0 01110 1 sz:1 1 Rm:5 11001 1 Rn:5 Rd:5   | fmls {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}     @class=vfp2
FADD_vec      0 Q:1 0 01110 0 sz:1 1 Rm:5 11010 1 Rn:5 Rd:5   | fadd {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}     @class=vfp2
FSUB_vec      0 Q:1 0 01110 1 sz:1 1 Rm:5 11010 1 Rn:5 Rd:5   | fsub {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}     @class=vfp2
FMULX_vec     0 Q:1 0 01110 0 sz:1 1 Rm:5 11011 1 Rn:5 Rd:5   | fmulx {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}    @class=vfp2
FCMEQ_vec     0 Q:1 0 01110 0 sz:1 1 Rm:5 11100 1 Rn:5 Rd:5   | fcmeq {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}    @class=vfp2
FMAX_vec      0 Q:1 0 01110 0 sz:1 1 Rm:5 11110 1 Rn:5 Rd:5   | fmax {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}     @class=vfp2
FMIN_vec      0 Q:1 0 01110 1 sz:1 1 Rm:5 11110 1 Rn:5 Rd:5   | fmin {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}     @class=vfp2
FRECPS_vec    0 Q:1 0 01110 0 sz:1 1 Rm:5 11111 1 Rn:5 Rd:5   | frecps {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}   @class=vfp2
FRSQRTS_vec   0 Q:1 0 01110 1 sz:1 1 Rm:5 11111 1 Rn:5 Rd:5   | frsqrts {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}  @class=vfp2
FMAXNMP_vec   0 Q:1 1 01110 0 sz:1 1 Rm:5 11000 1 Rn:5 Rd:5   | fmaxnmp {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}  @class=vfp2
FMINNMP_vec   0 Q:1 1 01110 1 sz:1 1 Rm:5 11000 1 Rn:5 Rd:5   | fminnmp {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}  @class=vfp2
FADDP_vec     0 Q:1 1 01110 0 sz:1 1 Rm:5 11010 1 Rn:5 Rd:5   | faddp {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}    @class=vfp2
FABD_vec      0 Q:1 1 01110 1 sz:1 1 Rm:5 11010 1 Rn:5 Rd:5   | fabd {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}     @class=vfp2
FMUL_vec      0 Q:1 1 01110 0 sz:1 1 Rm:5 11011 1 Rn:5 Rd:5   | fmul {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}     @class=vfp2
FCMGE_vec     0 Q:1 1 01110 0 sz:1 1 Rm:5 11100 1 Rn:5 Rd:5   | fcmge {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}    @class=vfp2
FCMGT_vec     0 Q:1 1 01110 1 sz:1 1 Rm:5 11100 1 Rn:5 Rd:5   | fcmgt {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}    @class=vfp2
FACGE_vec     0 Q:1 1 01110 0 sz:1 1 Rm:5 11101 1 Rn:5 Rd:5   | facge {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}    @class=vfp2
FACGT_vec     0 Q:1 1 01110 1 sz:1 1 Rm:5 11101 1 Rn:5 Rd:5   | facgt {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}    @class=vfp2
FMAXP_vec     0 Q:1 1 01110 0 sz:1 1 Rm:5 11110 1 Rn:5 Rd:5   | fmaxp {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}    @class=vfp2
FMINP_vec     0 Q:1 1 01110 1 sz:1 1 Rm:5 11110 1 Rn:5 Rd:5   | fminp {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}    @class=vfp2
FDIV_vec      0 Q:1 1 01110 0 sz:1 1 Rm:5 11111 1 Rn:5 Rd:5   | fdiv {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}     @class=vfp2
UNALLOC       0 0 - 01110 - 1 1 ----- 11--- 1 ----- -----      |

# ---- Three same (scalar), FP opcodes ----
FMULX_scalar   01 0 11110 0 sz:1 1 Rm:5 11011 1 Rn:5 Rd:5     | fmulx {fpr:sz,Rd}, {fpr:sz,Rn}, {fpr:sz,Rm}       @class=sfp2
FCMEQ_scalar   01 0 11110 0 sz:1 1 Rm:5 11100 1 Rn:5 Rd:5     | fcmeq {fpr:sz,Rd}, {fpr:sz,Rn}, {fpr:sz,Rm}       @class=sfp2
FRECPS_scalar  01 0 11110 0 sz:1 1 Rm:5 11111 1 Rn:5 Rd:5     | frecps {fpr:sz,Rd}, {fpr:sz,Rn}, {fpr:sz,Rm}      @class=sfp2
FRSQRTS_scalar 01 0 11110 1 sz:1 1 Rm:5 11111 1 Rn:5 Rd:5     | frsqrts {fpr:sz,Rd}, {fpr:sz,Rn}, {fpr:sz,Rm}     @class=sfp2
FABD_scalar    01 1 11110 1 sz:1 1 Rm:5 11010 1 Rn:5 Rd:5     | fabd {fpr:sz,Rd}, {fpr:sz,Rn}, {fpr:sz,Rm}        @class=sfp2
FCMGE_scalar   01 1 11110 0 sz:1 1 Rm:5 11100 1 Rn:5 Rd:5     | fcmge {fpr:sz,Rd}, {fpr:sz,Rn}, {fpr:sz,Rm}       @class=sfp2
FCMGT_scalar   01 1 11110 1 sz:1 1 Rm:5 11100 1 Rn:5 Rd:5     | fcmgt {fpr:sz,Rd}, {fpr:sz,Rn}, {fpr:sz,Rm}       @class=sfp2
FACGE_scalar   01 1 11110 0 sz:1 1 Rm:5 11101 1 Rn:5 Rd:5     | facge {fpr:sz,Rd}, {fpr:sz,Rn}, {fpr:sz,Rm}       @class=sfp2
FACGT_scalar   01 1 11110 1 sz:1 1 Rm:5 11101 1 Rn:5 Rd:5     | facgt {fpr:sz,Rd}, {fpr:sz,Rn}, {fpr:sz,Rm}       @class=sfp2

# ---- Two-register miscellaneous (vector), FP opcodes ----
FCVTN_vec      0 Q:1 0 01110 0 sz:1 10000 10110 10 Rn:5 Rd:5  | fcvtn{2:Q} {vn:Q,sz,Rd}, {vw:sz,Rn}              @class=vfp1
FCVTL_vec      0 Q:1 0 01110 0 sz:1 10000 10111 10 Rn:5 Rd:5  | fcvtl{2:Q} {vw:sz,Rd}, {vn:Q,sz,Rn}              @class=vfp1
FCVTXN_vec     0 Q:1 1 01110 0 1 10000 10110 10 Rn:5 Rd:5     | fcvtxn{2:Q} {vn:Q,1,Rd}, {vw:1,Rn}               @class=vfp1
FRINTN_vec     0 Q:1 0 01110 0 sz:1 10000 11000 10 Rn:5 Rd:5  | frintn {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                @class=vfp1
FRINTP_vec     0 Q:1 0 01110 1 sz:1 10000 11000 10 Rn:5 Rd:5  | frintp {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                @class=vfp1
FRINTM_vec     0 Q:1 0 01110 0 sz:1 10000 11001 10 Rn:5 Rd:5  | frintm {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                @class=vfp1
FRINTZ_vec     0 Q:1 0 01110 1 sz:1 10000 11001 10 Rn:5 Rd:5  | frintz {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                @class=vfp1
FCVTNS_vec     0 Q:1 0 01110 0 sz:1 10000 11010 10 Rn:5 Rd:5  | fcvtns {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                @class=vfp1
FCVTPS_vec     0 Q:1 0 01110 1 sz:1 10000 11010 10 Rn:5 Rd:5  | fcvtps {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                @class=vfp1
FCVTMS_vec     0 Q:1 0 01110 0 sz:1 10000 11011 10 Rn:5 Rd:5  | fcvtms {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                @class=vfp1
FCVTZS_vec     0 Q:1 0 01110 1 sz:1 10000 11011 10 Rn:5 Rd:5  | fcvtzs {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                @class=vfp1
FCVTAS_vec     0 Q:1 0 01110 0 sz:1 10000 11100 10 Rn:5 Rd:5  | fcvtas {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                @class=vfp1
SCVTF_vec      0 Q:1 0 01110 0 sz:1 10000 11101 10 Rn:5 Rd:5  | scvtf {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                 @class=vfp1
FRECPE_vec     0 Q:1 0 01110 1 sz:1 10000 11101 10 Rn:5 Rd:5  | frecpe {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                @class=vfp1
FCMGT_zero_vec 0 Q:1 0 01110 1 sz:1 10000 01100 10 Rn:5 Rd:5  | fcmgt {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, #0.0          @class=vfp1
FCMEQ_zero_vec 0 Q:1 0 01110 1 sz:1 10000 01101 10 Rn:5 Rd:5  | fcmeq {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, #0.0          @class=vfp1
FCMLT_zero_vec 0 Q:1 0 01110 1 sz:1 10000 01110 10 Rn:5 Rd:5  | fcmlt {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, #0.0          @class=vfp1
FABS_vec       0 Q:1 0 01110 1 sz:1 10000 01111 10 Rn:5 Rd:5  | fabs {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                  @class=vfp1
FRINTA_vec     0 Q:1 1 01110 0 sz:1 10000 11000 10 Rn:5 Rd:5  | frinta {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                @class=vfp1
FRINTX_vec     0 Q:1 1 01110 0 sz:1 10000 11001 10 Rn:5 Rd:5  | frintx {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                @class=vfp1
FRINTI_vec     0 Q:1 1 01110 1 sz:1 10000 11001 10 Rn:5 Rd:5  | frinti {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                @class=vfp1
FCVTNU_vec     0 Q:1 1 01110 0 sz:1 10000 11010 10 Rn:5 Rd:5  | fcvtnu {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                @class=vfp1
FCVTPU_vec     0 Q:1 1 01110 1 sz:1 10000 11010 10 Rn:5 Rd:5  | fcvtpu {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                @class=vfp1
FCVTMU_vec     0 Q:1 1 01110 0 sz:1 10000 11011 10 Rn:5 Rd:5  | fcvtmu {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                @class=vfp1
FCVTZU_vec     0 Q:1 1 01110 1 sz:1 10000 11011 10 Rn:5 Rd:5  | fcvtzu {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                @class=vfp1
FCVTAU_vec     0 Q:1 1 01110 0 sz:1 10000 11100 10 Rn:5 Rd:5  | fcvtau {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                @class=vfp1
UCVTF_vec      0 Q:1 1 01110 0 sz:1 10000 11101 10 Rn:5 Rd:5  | ucvtf {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                 @class=vfp1
FRSQRTE_vec    0 Q:1 1 01110 1 sz:1 10000 11101 10 Rn:5 Rd:5  | frsqrte {vt:Q,sz,Rd}, {vt:Q,sz,Rn}               @class=vfp1
FCMGE_zero_vec 0 Q:1 1 01110 1 sz:1 10000 01100 10 Rn:5 Rd:5  | fcmge {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, #0.0          @class=vfp1
FCMLE_zero_vec 0 Q:1 1 01110 1 sz:1 10000 01101 10 Rn:5 Rd:5  | fcmle {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, #0.0          @class=vfp1
FNEG_vec       0 Q:1 1 01110 1 sz:1 10000 01111 10 Rn:5 Rd:5  | fneg {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                  @class=vfp1
FSQRT_vec      0 Q:1 1 01110 1 sz:1 10000 11111 10 Rn:5 Rd:5  | fsqrt {vt:Q,sz,Rd}, {vt:Q,sz,Rn}                 @class=vfp1
UNALLOC        0 0 - 01110 - 1 10000 110-- 10 ----- -----      |
UNALLOC        0 0 - 01110 0 1 10000 11100 10 ----- -----      |
UNALLOC        0 0 - 01110 - 1 10000 11101 10 ----- -----      |
UNALLOC        0 0 0 01110 1 1 10000 011-- 10 ----- -----      |
UNALLOC        0 0 1 01110 1 1 10000 011-1 10 ----- -----      |
UNALLOC        0 0 1 01110 1 1 10000 01100 10 ----- -----      |
UNALLOC        0 0 1 01110 1 1 10000 11111 10 ----- -----      |

# ---- Two-register miscellaneous (scalar), FP opcodes ----
FCVTXN_scalar      01 1 11110 0 1 10000 10110 10 Rn:5 Rd:5     | fcvtxn {s:Rd}, {d:Rn}                         @class=sfp1
FCVTNS_scalar      01 0 11110 0 sz:1 10000 11010 10 Rn:5 Rd:5  | fcvtns {fpr:sz,Rd}, {fpr:sz,Rn}               @class=sfp1
FCVTPS_scalar      01 0 11110 1 sz:1 10000 11010 10 Rn:5 Rd:5  | fcvtps {fpr:sz,Rd}, {fpr:sz,Rn}               @class=sfp1
FCVTMS_scalar      01 0 11110 0 sz:1 10000 11011 10 Rn:5 Rd:5  | fcvtms {fpr:sz,Rd}, {fpr:sz,Rn}               @class=sfp1
FCVTZS_scalar      01 0 11110 1 sz:1 10000 11011 10 Rn:5 Rd:5  | fcvtzs {fpr:sz,Rd}, {fpr:sz,Rn}               @class=sfp1
FCVTAS_scalar      01 0 11110 0 sz:1 10000 11100 10 Rn:5 Rd:5  | fcvtas {fpr:sz,Rd}, {fpr:sz,Rn}               @class=sfp1
SCVTF_scalar       01 0 11110 0 sz:1 10000 11101 10 Rn:5 Rd:5  | scvtf {fpr:sz,Rd}, {fpr:sz,Rn}                @class=sfp1
FRECPE_scalar      01 0 11110 1 sz:1 10000 11101 10 Rn:5 Rd:5  | frecpe {fpr:sz,Rd}, {fpr:sz,Rn}               @class=sfp1
FRECPX_scalar      01 0 11110 1 sz:1 10000 11111 10 Rn:5 Rd:5  | frecpx {fpr:sz,Rd}, {fpr:sz,Rn}               @class=sfp1
FCMGT_zero_scalar  01 0 11110 1 sz:1 10000 01100 10 Rn:5 Rd:5  | fcmgt {fpr:sz,Rd}, {fpr:sz,Rn}, #0.0         @class=sfp1
FCMEQ_zero_scalar  01 0 11110 1 sz:1 10000 01101 10 Rn:5 Rd:5  | fcmeq {fpr:sz,Rd}, {fpr:sz,Rn}, #0.0         @class=sfp1
FCMLT_zero_scalar  01 0 11110 1 sz:1 10000 01110 10 Rn:5 Rd:5  | fcmlt {fpr:sz,Rd}, {fpr:sz,Rn}, #0.0         @class=sfp1
FCVTNU_scalar      01 1 11110 0 sz:1 10000 11010 10 Rn:5 Rd:5  | fcvtnu {fpr:sz,Rd}, {fpr:sz,Rn}               @class=sfp1
FCVTPU_scalar      01 1 11110 1 sz:1 10000 11010 10 Rn:5 Rd:5  | fcvtpu {fpr:sz,Rd}, {fpr:sz,Rn}               @class=sfp1
FCVTMU_scalar      01 1 11110 0 sz:1 10000 11011 10 Rn:5 Rd:5  | fcvtmu {fpr:sz,Rd}, {fpr:sz,Rn}               @class=sfp1
FCVTZU_scalar      01 1 11110 1 sz:1 10000 11011 10 Rn:5 Rd:5  | fcvtzu {fpr:sz,Rd}, {fpr:sz,Rn}               @class=sfp1
FCVTAU_scalar      01 1 11110 0 sz:1 10000 11100 10 Rn:5 Rd:5  | fcvtau {fpr:sz,Rd}, {fpr:sz,Rn}               @class=sfp1
UCVTF_scalar       01 1 11110 0 sz:1 10000 11101 10 Rn:5 Rd:5  | ucvtf {fpr:sz,Rd}, {fpr:sz,Rn}                @class=sfp1
FRSQRTE_scalar     01 1 11110 1 sz:1 10000 11101 10 Rn:5 Rd:5  | frsqrte {fpr:sz,Rd}, {fpr:sz,Rn}              @class=sfp1
FCMGE_zero_scalar  01 1 11110 1 sz:1 10000 01100 10 Rn:5 Rd:5  | fcmge {fpr:sz,Rd}, {fpr:sz,Rn}, #0.0         @class=sfp1
FCMLE_zero_scalar  01 1 11110 1 sz:1 10000 01101 10 Rn:5 Rd:5  | fcmle {fpr:sz,Rd}, {fpr:sz,Rn}, #0.0         @class=sfp1

# ---- Across lanes (4S only in ARMv8.0) ----
FMAXNMV        0 1 1 01110 0 0 11000 01100 10 Rn:5 Rd:5       | fmaxnmv {s:Rd}, v{dec:Rn}.4s                  @class=vfp1
FMINNMV        0 1 1 01110 1 0 11000 01100 10 Rn:5 Rd:5       | fminnmv {s:Rd}, v{dec:Rn}.4s                  @class=vfp1
FMAXV          0 1 1 01110 0 0 11000 01111 10 Rn:5 Rd:5       | fmaxv {s:Rd}, v{dec:Rn}.4s                    @class=vfp1
FMINV          0 1 1 01110 1 0 11000 01111 10 Rn:5 Rd:5       | fminv {s:Rd}, v{dec:Rn}.4s                    @class=vfp1

# ---- Scalar pairwise ----
FMAXNMP_scalar 01 1 11110 0 sz:1 11000 01100 10 Rn:5 Rd:5     | fmaxnmp {fpr:sz,Rd}, {vt:1,sz,Rn}             @class=sfp1
FMINNMP_scalar 01 1 11110 1 sz:1 11000 01100 10 Rn:5 Rd:5     | fminnmp {fpr:sz,Rd}, {vt:1,sz,Rn}             @class=sfp1
FADDP_scalar   01 1 11110 0 sz:1 11000 01101 10 Rn:5 Rd:5     | faddp {fpr:sz,Rd}, {vt:1,sz,Rn}               @class=sfp1
FMAXP_scalar   01 1 11110 0 sz:1 11000 01111 10 Rn:5 Rd:5     | fmaxp {fpr:sz,Rd}, {vt:1,sz,Rn}               @class=sfp1
FMINP_scalar   01 1 11110 1 sz:1 11000 01111 10 Rn:5 Rd:5     | fminp {fpr:sz,Rd}, {vt:1,sz,Rn}               @class=sfp1

# ---- Vector x indexed element ----
FMLA_elem_vec  0 Q:1 0 01111 1 sz:1 L:1 M:1 Rm:4 0001 H:1 0 Rn:5 Rd:5  | fmla {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {elem:sz,L,H,M,Rm}   @class=vfp2
FMLS_elem_vec  0 Q:1 0 01111 1 sz:1 L:1 M:1 Rm:4 0101 H:1 0 Rn:5 Rd:5  | fmls {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {elem:sz,L,H,M,Rm}   @class=vfp2
FMUL_elem_vec  0 Q:1 0 01111 1 sz:1 L:1 M:1 Rm:4 1001 H:1 0 Rn:5 Rd:5  | fmul {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {elem:sz,L,H,M,Rm}   @class=vfp2
FMULX_elem_vec 0 Q:1 1 01111 1 sz:1 L:1 M:1 Rm:4 1001 H:1 0 Rn:5 Rd:5  | fmulx {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {elem:sz,L,H,M,Rm}  @class=vfp2
UNALLOC        0 - 0 01111 1 1 1 - ---- 0-01 - 0 ----- -----            |
UNALLOC        0 - - 01111 1 1 1 - ---- 1001 - 0 ----- -----            |
UNALLOC        0 0 0 01111 1 1 - - ---- 0-01 - 0 ----- -----            |
UNALLOC        0 0 - 01111 1 1 - - ---- 1001 - 0 ----- -----            |

# ---- Scalar x indexed element ----
FMLA_elem_scalar  01 0 11111 1 sz:1 L:1 M:1 Rm:4 0001 H:1 0 Rn:5 Rd:5  | fmla {fpr:sz,Rd}, {fpr:sz,Rn}, {elem:sz,L,H,M,Rm}    @class=sfp2
FMLS_elem_scalar  01 0 11111 1 sz:1 L:1 M:1 Rm:4 0101 H:1 0 Rn:5 Rd:5  | fmls {fpr:sz,Rd}, {fpr:sz,Rn}, {elem:sz,L,H,M,Rm}    @class=sfp2
FMUL_elem_scalar  01 0 11111 1 sz:1 L:1 M:1 Rm:4 1001 H:1 0 Rn:5 Rd:5  | fmul {fpr:sz,Rd}, {fpr:sz,Rn}, {elem:sz,L,H,M,Rm}    @class=sfp2
FMULX_elem_scalar 01 1 11111 1 sz:1 L:1 M:1 Rm:4 1001 H:1 0 Rn:5 Rd:5  | fmulx {fpr:sz,Rd}, {fpr:sz,Rn}, {elem:sz,L,H,M,Rm}   @class=sfp2
UNALLOC           01 0 11111 1 1 1 - ---- 0-01 - 0 ----- -----           |
UNALLOC           01 - 11111 1 1 1 - ---- 1001 - 0 ----- -----           |

# ---- Shift by immediate: fixed-point conversions (immh = 01xx: single, 1xxx: double) ----
SCVTF_fixed_vec32     0 Q:1 0 011110 01 immhb:5 11100 1 Rn:5 Rd:5  | scvtf {vt:Q,0,Rd}, {vt:Q,0,Rn}, {fbits32:immhb}   @class=vfpfix
UCVTF_fixed_vec32     0 Q:1 1 011110 01 immhb:5 11100 1 Rn:5 Rd:5  | ucvtf {vt:Q,0,Rd}, {vt:Q,0,Rn}, {fbits32:immhb}   @class=vfpfix
FCVTZS_fixed_vec32    0 Q:1 0 011110 01 immhb:5 11111 1 Rn:5 Rd:5  | fcvtzs {vt:Q,0,Rd}, {vt:Q,0,Rn}, {fbits32:immhb}  @class=vfpfix
FCVTZU_fixed_vec32    0 Q:1 1 011110 01 immhb:5 11111 1 Rn:5 Rd:5  | fcvtzu {vt:Q,0,Rd}, {vt:Q,0,Rn}, {fbits32:immhb}  @class=vfpfix
SCVTF_fixed_vec64     0 1 0 011110 1 immhb:6 11100 1 Rn:5 Rd:5     | scvtf {vt:1,1,Rd}, {vt:1,1,Rn}, {fbits64:immhb}   @class=vfpfix
UCVTF_fixed_vec64     0 1 1 011110 1 immhb:6 11100 1 Rn:5 Rd:5     | ucvtf {vt:1,1,Rd}, {vt:1,1,Rn}, {fbits64:immhb}   @class=vfpfix
FCVTZS_fixed_vec64    0 1 0 011110 1 immhb:6 11111 1 Rn:5 Rd:5     | fcvtzs {vt:1,1,Rd}, {vt:1,1,Rn}, {fbits64:immhb}  @class=vfpfix
FCVTZU_fixed_vec64    0 1 1 011110 1 immhb:6 11111 1 Rn:5 Rd:5     | fcvtzu {vt:1,1,Rd}, {vt:1,1,Rn}, {fbits64:immhb}  @class=vfpfix
SCVTF_fixed_scalar32  01 0 111110 01 immhb:5 11100 1 Rn:5 Rd:5     | scvtf {s:Rd}, {s:Rn}, {fbits32:immhb}             @class=sfpfix
UCVTF_fixed_scalar32  01 1 111110 01 immhb:5 11100 1 Rn:5 Rd:5     | ucvtf {s:Rd}, {s:Rn}, {fbits32:immhb}             @class=sfpfix
FCVTZS_fixed_scalar32 01 0 111110 01 immhb:5 11111 1 Rn:5 Rd:5     | fcvtzs {s:Rd}, {s:Rn}, {fbits32:immhb}            @class=sfpfix
FCVTZU_fixed_scalar32 01 1 111110 01 immhb:5 11111 1 Rn:5 Rd:5     | fcvtzu {s:Rd}, {s:Rn}, {fbits32:immhb}            @class=sfpfix
SCVTF_fixed_scalar64  01 0 111110 1 immhb:6 11100 1 Rn:5 Rd:5      | scvtf {d:Rd}, {d:Rn}, {fbits64:immhb}             @class=sfpfix
UCVTF_fixed_scalar64  01 1 111110 1 immhb:6 11100 1 Rn:5 Rd:5      | ucvtf {d:Rd}, {d:Rn}, {fbits64:immhb}             @class=sfpfix
FCVTZS_fixed_scalar64 01 0 111110 1 immhb:6 11111 1 Rn:5 Rd:5      | fcvtzs {d:Rd}, {d:Rn}, {fbits64:immhb}            @class=sfpfix
FCVTZU_fixed_scalar64 01 1 111110 1 immhb:6 11111 1 Rn:5 Rd:5      | fcvtzu {d:Rd}, {d:Rn}, {fbits64:immhb}            @class=sfpfix
`;
