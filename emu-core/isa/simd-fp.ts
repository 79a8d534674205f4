// Advanced SIMD on floating-point lanes (Arm ARM C4.1.91, the AdvSIMD groups whose elements
// are single or double precision): ARMv8.0-A, no FP16 arithmetic (half precision appears
// only in FCVTN/FCVTL). Field names follow the Arm ARM: a = size<1> (selects between two
// operations), sz = size<0> (0: single, 1: double). A double-precision vector needs Q = 1;
// the UNALLOC lines carve out Q = 0, sz = 1 (and L = 1 with sz = 1 for by-element forms).
//
// Disassembly tokens (emu-core/disasm/operands-fp.ts): {vt:Q,sz,R} v<R>.2s/.4s/.2d,
// {vs:Q,R} .2s/.4s, {v2d:R}, {vpair:sz,R} .2s/.2d, {vnarrow:Q,sz,R} and {vwide:sz,R} the two
// sides of FCVTN/FCVTL, {two:Q} the "2" of the upper-half forms, {fpr:sz,R} s/d, {elem:...}
// the indexed element, {fbits32:immhb} / {fbits64:immhb} the fraction bits.
export default String.raw`
# ---- Three same (vector), FP opcodes 11xxx ----
FMAXNM_vec    0 Q:1 0 01110 0 sz:1 1 Rm:5 11000 1 Rn:5 Rd:5   | fmaxnm {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FMINNM_vec    0 Q:1 0 01110 1 sz:1 1 Rm:5 11000 1 Rn:5 Rd:5   | fminnm {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FMLA_vec      0 Q:1 0 01110 0 sz:1 1 Rm:5 11001 1 Rn:5 Rd:5   | fmla {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FMLS_vec      0 Q:1 0 01110 1 sz:1 1 Rm:5 11001 1 Rn:5 Rd:5   | fmls {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FADD_vec      0 Q:1 0 01110 0 sz:1 1 Rm:5 11010 1 Rn:5 Rd:5   | fadd {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FSUB_vec      0 Q:1 0 01110 1 sz:1 1 Rm:5 11010 1 Rn:5 Rd:5   | fsub {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FMULX_vec     0 Q:1 0 01110 0 sz:1 1 Rm:5 11011 1 Rn:5 Rd:5   | fmulx {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FCMEQ_vec     0 Q:1 0 01110 0 sz:1 1 Rm:5 11100 1 Rn:5 Rd:5   | fcmeq {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FMAX_vec      0 Q:1 0 01110 0 sz:1 1 Rm:5 11110 1 Rn:5 Rd:5   | fmax {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FMIN_vec      0 Q:1 0 01110 1 sz:1 1 Rm:5 11110 1 Rn:5 Rd:5   | fmin {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FRECPS_vec    0 Q:1 0 01110 0 sz:1 1 Rm:5 11111 1 Rn:5 Rd:5   | frecps {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FRSQRTS_vec   0 Q:1 0 01110 1 sz:1 1 Rm:5 11111 1 Rn:5 Rd:5   | frsqrts {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FMAXNMP_vec   0 Q:1 1 01110 0 sz:1 1 Rm:5 11000 1 Rn:5 Rd:5   | fmaxnmp {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FMINNMP_vec   0 Q:1 1 01110 1 sz:1 1 Rm:5 11000 1 Rn:5 Rd:5   | fminnmp {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FADDP_vec     0 Q:1 1 01110 0 sz:1 1 Rm:5 11010 1 Rn:5 Rd:5   | faddp {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FABD_vec      0 Q:1 1 01110 1 sz:1 1 Rm:5 11010 1 Rn:5 Rd:5   | fabd {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FMUL_vec      0 Q:1 1 01110 0 sz:1 1 Rm:5 11011 1 Rn:5 Rd:5   | fmul {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FCMGE_vec     0 Q:1 1 01110 0 sz:1 1 Rm:5 11100 1 Rn:5 Rd:5   | fcmge {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FCMGT_vec     0 Q:1 1 01110 1 sz:1 1 Rm:5 11100 1 Rn:5 Rd:5   | fcmgt {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FACGE_vec     0 Q:1 1 01110 0 sz:1 1 Rm:5 11101 1 Rn:5 Rd:5   | facge {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FACGT_vec     0 Q:1 1 01110 1 sz:1 1 Rm:5 11101 1 Rn:5 Rd:5   | facgt {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FMAXP_vec     0 Q:1 1 01110 0 sz:1 1 Rm:5 11110 1 Rn:5 Rd:5   | fmaxp {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FMINP_vec     0 Q:1 1 01110 1 sz:1 1 Rm:5 11110 1 Rn:5 Rd:5   | fminp {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
FDIV_vec      0 Q:1 1 01110 0 sz:1 1 Rm:5 11111 1 Rn:5 Rd:5   | fdiv {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {vt:Q,sz,Rm}
UNALLOC       0 0 - 01110 - 1 1 ----- 11--- 1 ----- -----      |

# ---- Three same (scalar), FP opcodes ----
FMULX_scalar   01 0 11110 0 sz:1 1 Rm:5 11011 1 Rn:5 Rd:5     | fmulx {fpr:sz,Rd}, {fpr:sz,Rn}, {fpr:sz,Rm}
FCMEQ_scalar   01 0 11110 0 sz:1 1 Rm:5 11100 1 Rn:5 Rd:5     | fcmeq {fpr:sz,Rd}, {fpr:sz,Rn}, {fpr:sz,Rm}
FRECPS_scalar  01 0 11110 0 sz:1 1 Rm:5 11111 1 Rn:5 Rd:5     | frecps {fpr:sz,Rd}, {fpr:sz,Rn}, {fpr:sz,Rm}
FRSQRTS_scalar 01 0 11110 1 sz:1 1 Rm:5 11111 1 Rn:5 Rd:5     | frsqrts {fpr:sz,Rd}, {fpr:sz,Rn}, {fpr:sz,Rm}
FABD_scalar    01 1 11110 1 sz:1 1 Rm:5 11010 1 Rn:5 Rd:5     | fabd {fpr:sz,Rd}, {fpr:sz,Rn}, {fpr:sz,Rm}
FCMGE_scalar   01 1 11110 0 sz:1 1 Rm:5 11100 1 Rn:5 Rd:5     | fcmge {fpr:sz,Rd}, {fpr:sz,Rn}, {fpr:sz,Rm}
FCMGT_scalar   01 1 11110 1 sz:1 1 Rm:5 11100 1 Rn:5 Rd:5     | fcmgt {fpr:sz,Rd}, {fpr:sz,Rn}, {fpr:sz,Rm}
FACGE_scalar   01 1 11110 0 sz:1 1 Rm:5 11101 1 Rn:5 Rd:5     | facge {fpr:sz,Rd}, {fpr:sz,Rn}, {fpr:sz,Rm}
FACGT_scalar   01 1 11110 1 sz:1 1 Rm:5 11101 1 Rn:5 Rd:5     | facgt {fpr:sz,Rd}, {fpr:sz,Rn}, {fpr:sz,Rm}

# ---- Two-register miscellaneous (vector), FP opcodes ----
FCVTN_vec      0 Q:1 0 01110 0 sz:1 10000 10110 10 Rn:5 Rd:5  | fcvtn{two:Q} {vnarrow:Q,sz,Rd}, {vwide:sz,Rn}
FCVTL_vec      0 Q:1 0 01110 0 sz:1 10000 10111 10 Rn:5 Rd:5  | fcvtl{two:Q} {vwide:sz,Rd}, {vnarrow:Q,sz,Rn}
FCVTXN_vec     0 Q:1 1 01110 0 1 10000 10110 10 Rn:5 Rd:5     | fcvtxn{two:Q} {vs:Q,Rd}, {v2d:Rn}
FRINTN_vec     0 Q:1 0 01110 0 sz:1 10000 11000 10 Rn:5 Rd:5  | frintn {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FRINTP_vec     0 Q:1 0 01110 1 sz:1 10000 11000 10 Rn:5 Rd:5  | frintp {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FRINTM_vec     0 Q:1 0 01110 0 sz:1 10000 11001 10 Rn:5 Rd:5  | frintm {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FRINTZ_vec     0 Q:1 0 01110 1 sz:1 10000 11001 10 Rn:5 Rd:5  | frintz {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FCVTNS_vec     0 Q:1 0 01110 0 sz:1 10000 11010 10 Rn:5 Rd:5  | fcvtns {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FCVTPS_vec     0 Q:1 0 01110 1 sz:1 10000 11010 10 Rn:5 Rd:5  | fcvtps {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FCVTMS_vec     0 Q:1 0 01110 0 sz:1 10000 11011 10 Rn:5 Rd:5  | fcvtms {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FCVTZS_vec     0 Q:1 0 01110 1 sz:1 10000 11011 10 Rn:5 Rd:5  | fcvtzs {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FCVTAS_vec     0 Q:1 0 01110 0 sz:1 10000 11100 10 Rn:5 Rd:5  | fcvtas {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
SCVTF_vec      0 Q:1 0 01110 0 sz:1 10000 11101 10 Rn:5 Rd:5  | scvtf {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FRECPE_vec     0 Q:1 0 01110 1 sz:1 10000 11101 10 Rn:5 Rd:5  | frecpe {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FCMGT_zero_vec 0 Q:1 0 01110 1 sz:1 10000 01100 10 Rn:5 Rd:5  | fcmgt {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, #0.0
FCMEQ_zero_vec 0 Q:1 0 01110 1 sz:1 10000 01101 10 Rn:5 Rd:5  | fcmeq {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, #0.0
FCMLT_zero_vec 0 Q:1 0 01110 1 sz:1 10000 01110 10 Rn:5 Rd:5  | fcmlt {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, #0.0
FABS_vec       0 Q:1 0 01110 1 sz:1 10000 01111 10 Rn:5 Rd:5  | fabs {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FRINTA_vec     0 Q:1 1 01110 0 sz:1 10000 11000 10 Rn:5 Rd:5  | frinta {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FRINTX_vec     0 Q:1 1 01110 0 sz:1 10000 11001 10 Rn:5 Rd:5  | frintx {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FRINTI_vec     0 Q:1 1 01110 1 sz:1 10000 11001 10 Rn:5 Rd:5  | frinti {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FCVTNU_vec     0 Q:1 1 01110 0 sz:1 10000 11010 10 Rn:5 Rd:5  | fcvtnu {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FCVTPU_vec     0 Q:1 1 01110 1 sz:1 10000 11010 10 Rn:5 Rd:5  | fcvtpu {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FCVTMU_vec     0 Q:1 1 01110 0 sz:1 10000 11011 10 Rn:5 Rd:5  | fcvtmu {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FCVTZU_vec     0 Q:1 1 01110 1 sz:1 10000 11011 10 Rn:5 Rd:5  | fcvtzu {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FCVTAU_vec     0 Q:1 1 01110 0 sz:1 10000 11100 10 Rn:5 Rd:5  | fcvtau {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
UCVTF_vec      0 Q:1 1 01110 0 sz:1 10000 11101 10 Rn:5 Rd:5  | ucvtf {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FRSQRTE_vec    0 Q:1 1 01110 1 sz:1 10000 11101 10 Rn:5 Rd:5  | frsqrte {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FCMGE_zero_vec 0 Q:1 1 01110 1 sz:1 10000 01100 10 Rn:5 Rd:5  | fcmge {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, #0.0
FCMLE_zero_vec 0 Q:1 1 01110 1 sz:1 10000 01101 10 Rn:5 Rd:5  | fcmle {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, #0.0
FNEG_vec       0 Q:1 1 01110 1 sz:1 10000 01111 10 Rn:5 Rd:5  | fneg {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
FSQRT_vec      0 Q:1 1 01110 1 sz:1 10000 11111 10 Rn:5 Rd:5  | fsqrt {vt:Q,sz,Rd}, {vt:Q,sz,Rn}
UNALLOC        0 0 - 01110 - 1 10000 110-- 10 ----- -----      |
UNALLOC        0 0 - 01110 0 1 10000 11100 10 ----- -----      |
UNALLOC        0 0 - 01110 - 1 10000 11101 10 ----- -----      |
UNALLOC        0 0 0 01110 1 1 10000 011-- 10 ----- -----      |
UNALLOC        0 0 1 01110 1 1 10000 011-1 10 ----- -----      |
UNALLOC        0 0 1 01110 1 1 10000 01100 10 ----- -----      |
UNALLOC        0 0 1 01110 1 1 10000 11111 10 ----- -----      |

# ---- Two-register miscellaneous (scalar), FP opcodes ----
FCVTXN_scalar      01 1 11110 0 1 10000 10110 10 Rn:5 Rd:5     | fcvtxn {s:Rd}, {d:Rn}
FCVTNS_scalar      01 0 11110 0 sz:1 10000 11010 10 Rn:5 Rd:5  | fcvtns {fpr:sz,Rd}, {fpr:sz,Rn}
FCVTPS_scalar      01 0 11110 1 sz:1 10000 11010 10 Rn:5 Rd:5  | fcvtps {fpr:sz,Rd}, {fpr:sz,Rn}
FCVTMS_scalar      01 0 11110 0 sz:1 10000 11011 10 Rn:5 Rd:5  | fcvtms {fpr:sz,Rd}, {fpr:sz,Rn}
FCVTZS_scalar      01 0 11110 1 sz:1 10000 11011 10 Rn:5 Rd:5  | fcvtzs {fpr:sz,Rd}, {fpr:sz,Rn}
FCVTAS_scalar      01 0 11110 0 sz:1 10000 11100 10 Rn:5 Rd:5  | fcvtas {fpr:sz,Rd}, {fpr:sz,Rn}
SCVTF_scalar       01 0 11110 0 sz:1 10000 11101 10 Rn:5 Rd:5  | scvtf {fpr:sz,Rd}, {fpr:sz,Rn}
FRECPE_scalar      01 0 11110 1 sz:1 10000 11101 10 Rn:5 Rd:5  | frecpe {fpr:sz,Rd}, {fpr:sz,Rn}
FRECPX_scalar      01 0 11110 1 sz:1 10000 11111 10 Rn:5 Rd:5  | frecpx {fpr:sz,Rd}, {fpr:sz,Rn}
FCMGT_zero_scalar  01 0 11110 1 sz:1 10000 01100 10 Rn:5 Rd:5  | fcmgt {fpr:sz,Rd}, {fpr:sz,Rn}, #0.0
FCMEQ_zero_scalar  01 0 11110 1 sz:1 10000 01101 10 Rn:5 Rd:5  | fcmeq {fpr:sz,Rd}, {fpr:sz,Rn}, #0.0
FCMLT_zero_scalar  01 0 11110 1 sz:1 10000 01110 10 Rn:5 Rd:5  | fcmlt {fpr:sz,Rd}, {fpr:sz,Rn}, #0.0
FCVTNU_scalar      01 1 11110 0 sz:1 10000 11010 10 Rn:5 Rd:5  | fcvtnu {fpr:sz,Rd}, {fpr:sz,Rn}
FCVTPU_scalar      01 1 11110 1 sz:1 10000 11010 10 Rn:5 Rd:5  | fcvtpu {fpr:sz,Rd}, {fpr:sz,Rn}
FCVTMU_scalar      01 1 11110 0 sz:1 10000 11011 10 Rn:5 Rd:5  | fcvtmu {fpr:sz,Rd}, {fpr:sz,Rn}
FCVTZU_scalar      01 1 11110 1 sz:1 10000 11011 10 Rn:5 Rd:5  | fcvtzu {fpr:sz,Rd}, {fpr:sz,Rn}
FCVTAU_scalar      01 1 11110 0 sz:1 10000 11100 10 Rn:5 Rd:5  | fcvtau {fpr:sz,Rd}, {fpr:sz,Rn}
UCVTF_scalar       01 1 11110 0 sz:1 10000 11101 10 Rn:5 Rd:5  | ucvtf {fpr:sz,Rd}, {fpr:sz,Rn}
FRSQRTE_scalar     01 1 11110 1 sz:1 10000 11101 10 Rn:5 Rd:5  | frsqrte {fpr:sz,Rd}, {fpr:sz,Rn}
FCMGE_zero_scalar  01 1 11110 1 sz:1 10000 01100 10 Rn:5 Rd:5  | fcmge {fpr:sz,Rd}, {fpr:sz,Rn}, #0.0
FCMLE_zero_scalar  01 1 11110 1 sz:1 10000 01101 10 Rn:5 Rd:5  | fcmle {fpr:sz,Rd}, {fpr:sz,Rn}, #0.0

# ---- Across lanes (4S only in ARMv8.0) ----
FMAXNMV        0 1 1 01110 0 0 11000 01100 10 Rn:5 Rd:5       | fmaxnmv {s:Rd}, v{dec:Rn}.4s
FMINNMV        0 1 1 01110 1 0 11000 01100 10 Rn:5 Rd:5       | fminnmv {s:Rd}, v{dec:Rn}.4s
FMAXV          0 1 1 01110 0 0 11000 01111 10 Rn:5 Rd:5       | fmaxv {s:Rd}, v{dec:Rn}.4s
FMINV          0 1 1 01110 1 0 11000 01111 10 Rn:5 Rd:5       | fminv {s:Rd}, v{dec:Rn}.4s

# ---- Scalar pairwise ----
FMAXNMP_scalar 01 1 11110 0 sz:1 11000 01100 10 Rn:5 Rd:5     | fmaxnmp {fpr:sz,Rd}, {vpair:sz,Rn}
FMINNMP_scalar 01 1 11110 1 sz:1 11000 01100 10 Rn:5 Rd:5     | fminnmp {fpr:sz,Rd}, {vpair:sz,Rn}
FADDP_scalar   01 1 11110 0 sz:1 11000 01101 10 Rn:5 Rd:5     | faddp {fpr:sz,Rd}, {vpair:sz,Rn}
FMAXP_scalar   01 1 11110 0 sz:1 11000 01111 10 Rn:5 Rd:5     | fmaxp {fpr:sz,Rd}, {vpair:sz,Rn}
FMINP_scalar   01 1 11110 1 sz:1 11000 01111 10 Rn:5 Rd:5     | fminp {fpr:sz,Rd}, {vpair:sz,Rn}

# ---- Vector x indexed element ----
FMLA_elem_vec  0 Q:1 0 01111 1 sz:1 L:1 M:1 Rm:4 0001 H:1 0 Rn:5 Rd:5  | fmla {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {elem:sz,L,H,M,Rm}
FMLS_elem_vec  0 Q:1 0 01111 1 sz:1 L:1 M:1 Rm:4 0101 H:1 0 Rn:5 Rd:5  | fmls {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {elem:sz,L,H,M,Rm}
FMUL_elem_vec  0 Q:1 0 01111 1 sz:1 L:1 M:1 Rm:4 1001 H:1 0 Rn:5 Rd:5  | fmul {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {elem:sz,L,H,M,Rm}
FMULX_elem_vec 0 Q:1 1 01111 1 sz:1 L:1 M:1 Rm:4 1001 H:1 0 Rn:5 Rd:5  | fmulx {vt:Q,sz,Rd}, {vt:Q,sz,Rn}, {elem:sz,L,H,M,Rm}
UNALLOC        0 - 0 01111 1 1 1 - ---- 0-01 - 0 ----- -----            |
UNALLOC        0 - - 01111 1 1 1 - ---- 1001 - 0 ----- -----            |
UNALLOC        0 0 0 01111 1 1 - - ---- 0-01 - 0 ----- -----            |
UNALLOC        0 0 - 01111 1 1 - - ---- 1001 - 0 ----- -----            |

# ---- Scalar x indexed element ----
FMLA_elem_scalar  01 0 11111 1 sz:1 L:1 M:1 Rm:4 0001 H:1 0 Rn:5 Rd:5  | fmla {fpr:sz,Rd}, {fpr:sz,Rn}, {elem:sz,L,H,M,Rm}
FMLS_elem_scalar  01 0 11111 1 sz:1 L:1 M:1 Rm:4 0101 H:1 0 Rn:5 Rd:5  | fmls {fpr:sz,Rd}, {fpr:sz,Rn}, {elem:sz,L,H,M,Rm}
FMUL_elem_scalar  01 0 11111 1 sz:1 L:1 M:1 Rm:4 1001 H:1 0 Rn:5 Rd:5  | fmul {fpr:sz,Rd}, {fpr:sz,Rn}, {elem:sz,L,H,M,Rm}
FMULX_elem_scalar 01 1 11111 1 sz:1 L:1 M:1 Rm:4 1001 H:1 0 Rn:5 Rd:5  | fmulx {fpr:sz,Rd}, {fpr:sz,Rn}, {elem:sz,L,H,M,Rm}
UNALLOC           01 0 11111 1 1 1 - ---- 0-01 - 0 ----- -----           |
UNALLOC           01 - 11111 1 1 1 - ---- 1001 - 0 ----- -----           |

# ---- Shift by immediate: fixed-point conversions (immh = 01xx: single, 1xxx: double) ----
SCVTF_fixed_vec32     0 Q:1 0 011110 01 immhb:5 11100 1 Rn:5 Rd:5  | scvtf {vs:Q,Rd}, {vs:Q,Rn}, {fbits32:immhb}
UCVTF_fixed_vec32     0 Q:1 1 011110 01 immhb:5 11100 1 Rn:5 Rd:5  | ucvtf {vs:Q,Rd}, {vs:Q,Rn}, {fbits32:immhb}
FCVTZS_fixed_vec32    0 Q:1 0 011110 01 immhb:5 11111 1 Rn:5 Rd:5  | fcvtzs {vs:Q,Rd}, {vs:Q,Rn}, {fbits32:immhb}
FCVTZU_fixed_vec32    0 Q:1 1 011110 01 immhb:5 11111 1 Rn:5 Rd:5  | fcvtzu {vs:Q,Rd}, {vs:Q,Rn}, {fbits32:immhb}
SCVTF_fixed_vec64     0 1 0 011110 1 immhb:6 11100 1 Rn:5 Rd:5     | scvtf {v2d:Rd}, {v2d:Rn}, {fbits64:immhb}
UCVTF_fixed_vec64     0 1 1 011110 1 immhb:6 11100 1 Rn:5 Rd:5     | ucvtf {v2d:Rd}, {v2d:Rn}, {fbits64:immhb}
FCVTZS_fixed_vec64    0 1 0 011110 1 immhb:6 11111 1 Rn:5 Rd:5     | fcvtzs {v2d:Rd}, {v2d:Rn}, {fbits64:immhb}
FCVTZU_fixed_vec64    0 1 1 011110 1 immhb:6 11111 1 Rn:5 Rd:5     | fcvtzu {v2d:Rd}, {v2d:Rn}, {fbits64:immhb}
SCVTF_fixed_scalar32  01 0 111110 01 immhb:5 11100 1 Rn:5 Rd:5     | scvtf {s:Rd}, {s:Rn}, {fbits32:immhb}
UCVTF_fixed_scalar32  01 1 111110 01 immhb:5 11100 1 Rn:5 Rd:5     | ucvtf {s:Rd}, {s:Rn}, {fbits32:immhb}
FCVTZS_fixed_scalar32 01 0 111110 01 immhb:5 11111 1 Rn:5 Rd:5     | fcvtzs {s:Rd}, {s:Rn}, {fbits32:immhb}
FCVTZU_fixed_scalar32 01 1 111110 01 immhb:5 11111 1 Rn:5 Rd:5     | fcvtzu {s:Rd}, {s:Rn}, {fbits32:immhb}
SCVTF_fixed_scalar64  01 0 111110 1 immhb:6 11100 1 Rn:5 Rd:5      | scvtf {d:Rd}, {d:Rn}, {fbits64:immhb}
UCVTF_fixed_scalar64  01 1 111110 1 immhb:6 11100 1 Rn:5 Rd:5      | ucvtf {d:Rd}, {d:Rn}, {fbits64:immhb}
FCVTZS_fixed_scalar64 01 0 111110 1 immhb:6 11111 1 Rn:5 Rd:5      | fcvtzs {d:Rd}, {d:Rn}, {fbits64:immhb}
FCVTZU_fixed_scalar64 01 1 111110 1 immhb:6 11111 1 Rn:5 Rd:5      | fcvtzu {d:Rd}, {d:Rn}, {fbits64:immhb}
`;
