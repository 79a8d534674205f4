// Scalar floating point (Arm ARM C4.1.91, "Data Processing -- Scalar Floating-Point and
// Advanced SIMD", the floating-point groups): ARMv8.0-A, single and double precision;
// half precision only as a conversion source or destination (FCVT). M = S = 0 throughout;
// every other M/S/type combination is unallocated because no line matches it.
//
// Disassembly tokens used here (beyond the common ones):
//   {fpr:T,R}    register R as s (T = 0) or d (T = 1)
//   {h:R} {s:R} {d:R}   register R of that fixed size
//   {fimm:imm8}  the 8-bit floating-point immediate of FMOV, as a decimal
//   {fbits:scale}       #(64 - scale)
//   {r:R}        W or X register by the line's sf field
export default String.raw`
# Conversion between floating-point and fixed-point (rmode/opcode select the operation;
# sf = 0 with scale < 32 is unallocated)
SCVTF_fixed   sf:1 0 0 11110 0 ftype:1 0 00 010 scale:6 Rn:5 Rd:5   | scvtf {fpr:ftype,Rd}, {r:Rn}, {fbits:scale}  @class=fpcvt
UCVTF_fixed   sf:1 0 0 11110 0 ftype:1 0 00 011 scale:6 Rn:5 Rd:5   | ucvtf {fpr:ftype,Rd}, {r:Rn}, {fbits:scale}  @class=fpcvt
FCVTZS_fixed  sf:1 0 0 11110 0 ftype:1 0 11 000 scale:6 Rn:5 Rd:5   | fcvtzs {r:Rd}, {fpr:ftype,Rn}, {fbits:scale} @class=fpcvt
FCVTZU_fixed  sf:1 0 0 11110 0 ftype:1 0 11 001 scale:6 Rn:5 Rd:5   | fcvtzu {r:Rd}, {fpr:ftype,Rn}, {fbits:scale} @class=fpcvt
UNALLOC       0 0 0 11110 0 - 0 -- --- 0----- ----- -----            |

# Conversion between floating-point and integer
FCVTNS_int    sf:1 0 0 11110 0 ftype:1 1 00 000 000000 Rn:5 Rd:5    | fcvtns {r:Rd}, {fpr:ftype,Rn}               @class=fpcvt
FCVTNU_int    sf:1 0 0 11110 0 ftype:1 1 00 001 000000 Rn:5 Rd:5    | fcvtnu {r:Rd}, {fpr:ftype,Rn}               @class=fpcvt
SCVTF_int     sf:1 0 0 11110 0 ftype:1 1 00 010 000000 Rn:5 Rd:5    | scvtf {fpr:ftype,Rd}, {r:Rn}                @class=fpcvt
UCVTF_int     sf:1 0 0 11110 0 ftype:1 1 00 011 000000 Rn:5 Rd:5    | ucvtf {fpr:ftype,Rd}, {r:Rn}                @class=fpcvt
FCVTAS_int    sf:1 0 0 11110 0 ftype:1 1 00 100 000000 Rn:5 Rd:5    | fcvtas {r:Rd}, {fpr:ftype,Rn}               @class=fpcvt
FCVTAU_int    sf:1 0 0 11110 0 ftype:1 1 00 101 000000 Rn:5 Rd:5    | fcvtau {r:Rd}, {fpr:ftype,Rn}               @class=fpcvt
FCVTPS_int    sf:1 0 0 11110 0 ftype:1 1 01 000 000000 Rn:5 Rd:5    | fcvtps {r:Rd}, {fpr:ftype,Rn}               @class=fpcvt
FCVTPU_int    sf:1 0 0 11110 0 ftype:1 1 01 001 000000 Rn:5 Rd:5    | fcvtpu {r:Rd}, {fpr:ftype,Rn}               @class=fpcvt
FCVTMS_int    sf:1 0 0 11110 0 ftype:1 1 10 000 000000 Rn:5 Rd:5    | fcvtms {r:Rd}, {fpr:ftype,Rn}               @class=fpcvt
FCVTMU_int    sf:1 0 0 11110 0 ftype:1 1 10 001 000000 Rn:5 Rd:5    | fcvtmu {r:Rd}, {fpr:ftype,Rn}               @class=fpcvt
FCVTZS_int    sf:1 0 0 11110 0 ftype:1 1 11 000 000000 Rn:5 Rd:5    | fcvtzs {r:Rd}, {fpr:ftype,Rn}               @class=fpcvt
FCVTZU_int    sf:1 0 0 11110 0 ftype:1 1 11 001 000000 Rn:5 Rd:5    | fcvtzu {r:Rd}, {fpr:ftype,Rn}               @class=fpcvt
FMOV_ws       0 0 0 11110 00 1 00 110 000000 Rn:5 Rd:5              | fmov {w:Rd}, {s:Rn}                         @class=fpmov
FMOV_sw       0 0 0 11110 00 1 00 111 000000 Rn:5 Rd:5              | fmov {s:Rd}, {w:Rn}                         @class=fpmov
FMOV_xd       1 0 0 11110 01 1 00 110 000000 Rn:5 Rd:5              | fmov {x:Rd}, {d:Rn}                         @class=fpmov
FMOV_dx       1 0 0 11110 01 1 00 111 000000 Rn:5 Rd:5              | fmov {d:Rd}, {x:Rn}                         @class=fpmov
FMOV_xv1      1 0 0 11110 10 1 01 110 000000 Rn:5 Rd:5              | fmov {x:Rd}, v{dec:Rn}.d[1]                 @class=fpmov
FMOV_v1x      1 0 0 11110 10 1 01 111 000000 Rn:5 Rd:5              | fmov v{dec:Rd}.d[1], {x:Rn}                 @class=fpmov

# Data-processing, 1 source (FCVT names its source and destination sizes)
FMOV_reg      0 0 0 11110 0 ftype:1 1 000000 10000 Rn:5 Rd:5        | fmov {fpr:ftype,Rd}, {fpr:ftype,Rn}         @class=fp1
FABS          0 0 0 11110 0 ftype:1 1 000001 10000 Rn:5 Rd:5        | fabs {fpr:ftype,Rd}, {fpr:ftype,Rn}         @class=fp1
FNEG          0 0 0 11110 0 ftype:1 1 000010 10000 Rn:5 Rd:5        | fneg {fpr:ftype,Rd}, {fpr:ftype,Rn}         @class=fp1
FSQRT         0 0 0 11110 0 ftype:1 1 000011 10000 Rn:5 Rd:5        | fsqrt {fpr:ftype,Rd}, {fpr:ftype,Rn}        @class=fp1
FCVT_sd       0 0 0 11110 00 1 000101 10000 Rn:5 Rd:5               | fcvt {d:Rd}, {s:Rn}                         @class=fp1
FCVT_sh       0 0 0 11110 00 1 000111 10000 Rn:5 Rd:5               | fcvt {h:Rd}, {s:Rn}                         @class=fp1
FCVT_ds       0 0 0 11110 01 1 000100 10000 Rn:5 Rd:5               | fcvt {s:Rd}, {d:Rn}                         @class=fp1
FCVT_dh       0 0 0 11110 01 1 000111 10000 Rn:5 Rd:5               | fcvt {h:Rd}, {d:Rn}                         @class=fp1
FCVT_hs       0 0 0 11110 11 1 000100 10000 Rn:5 Rd:5               | fcvt {s:Rd}, {h:Rn}                         @class=fp1
FCVT_hd       0 0 0 11110 11 1 000101 10000 Rn:5 Rd:5               | fcvt {d:Rd}, {h:Rn}                         @class=fp1
FRINTN        0 0 0 11110 0 ftype:1 1 001000 10000 Rn:5 Rd:5        | frintn {fpr:ftype,Rd}, {fpr:ftype,Rn}       @class=fp1
FRINTP        0 0 0 11110 0 ftype:1 1 001001 10000 Rn:5 Rd:5        | frintp {fpr:ftype,Rd}, {fpr:ftype,Rn}       @class=fp1
FRINTM        0 0 0 11110 0 ftype:1 1 001010 10000 Rn:5 Rd:5        | frintm {fpr:ftype,Rd}, {fpr:ftype,Rn}       @class=fp1
FRINTZ        0 0 0 11110 0 ftype:1 1 001011 10000 Rn:5 Rd:5        | frintz {fpr:ftype,Rd}, {fpr:ftype,Rn}       @class=fp1
FRINTA        0 0 0 11110 0 ftype:1 1 001100 10000 Rn:5 Rd:5        | frinta {fpr:ftype,Rd}, {fpr:ftype,Rn}       @class=fp1
FRINTX        0 0 0 11110 0 ftype:1 1 001110 10000 Rn:5 Rd:5        | frintx {fpr:ftype,Rd}, {fpr:ftype,Rn}       @class=fp1
FRINTI        0 0 0 11110 0 ftype:1 1 001111 10000 Rn:5 Rd:5        | frinti {fpr:ftype,Rd}, {fpr:ftype,Rn}       @class=fp1

# Compare (the "with zero" forms ignore Rm: its bits should be zero)
FCMP          0 0 0 11110 0 ftype:1 1 Rm:5 00 1000 Rn:5 00000       | fcmp {fpr:ftype,Rn}, {fpr:ftype,Rm}         @class=fpcmp
FCMP_zero     0 0 0 11110 0 ftype:1 1 ----- 00 1000 Rn:5 01000      | fcmp {fpr:ftype,Rn}, #0.0                   @class=fpcmp
FCMPE         0 0 0 11110 0 ftype:1 1 Rm:5 00 1000 Rn:5 10000       | fcmpe {fpr:ftype,Rn}, {fpr:ftype,Rm}        @class=fpcmp
FCMPE_zero    0 0 0 11110 0 ftype:1 1 ----- 00 1000 Rn:5 11000      | fcmpe {fpr:ftype,Rn}, #0.0                  @class=fpcmp

# Immediate
FMOV_imm      0 0 0 11110 0 ftype:1 1 imm8:8 100 00000 Rd:5         | fmov {fpr:ftype,Rd}, {fimm:imm8}            @class=fpmov

# Conditional compare
FCCMP         0 0 0 11110 0 ftype:1 1 Rm:5 cond:4 01 Rn:5 0 nzcv:4  | fccmp {fpr:ftype,Rn}, {fpr:ftype,Rm}, {imm:nzcv}, {cond:cond}   @class=fpcmp
FCCMPE        0 0 0 11110 0 ftype:1 1 Rm:5 cond:4 01 Rn:5 1 nzcv:4  | fccmpe {fpr:ftype,Rn}, {fpr:ftype,Rm}, {imm:nzcv}, {cond:cond}  @class=fpcmp

# Data-processing, 2 sources
FMUL          0 0 0 11110 0 ftype:1 1 Rm:5 0000 10 Rn:5 Rd:5        | fmul {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}    @class=fp2
FDIV          0 0 0 11110 0 ftype:1 1 Rm:5 0001 10 Rn:5 Rd:5        | fdiv {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}    @class=fp2
FADD          0 0 0 11110 0 ftype:1 1 Rm:5 0010 10 Rn:5 Rd:5        | fadd {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}    @class=fp2
FSUB          0 0 0 11110 0 ftype:1 1 Rm:5 0011 10 Rn:5 Rd:5        | fsub {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}    @class=fp2
FMAX          0 0 0 11110 0 ftype:1 1 Rm:5 0100 10 Rn:5 Rd:5        | fmax {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}    @class=fp2
FMIN          0 0 0 11110 0 ftype:1 1 Rm:5 0101 10 Rn:5 Rd:5        | fmin {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}    @class=fp2
FMAXNM        0 0 0 11110 0 ftype:1 1 Rm:5 0110 10 Rn:5 Rd:5        | fmaxnm {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}  @class=fp2
FMINNM        0 0 0 11110 0 ftype:1 1 Rm:5 0111 10 Rn:5 Rd:5        | fminnm {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}  @class=fp2
FNMUL         0 0 0 11110 0 ftype:1 1 Rm:5 1000 10 Rn:5 Rd:5        | fnmul {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}   @class=fp2

# Conditional select
FCSEL         0 0 0 11110 0 ftype:1 1 Rm:5 cond:4 11 Rn:5 Rd:5      | fcsel {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}, {cond:cond}  @class=fpcsel

# Data-processing, 3 sources (fused: one rounding)
FMADD         0 0 0 11111 0 ftype:1 0 Rm:5 0 Ra:5 Rn:5 Rd:5         | fmadd {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}, {fpr:ftype,Ra}   @class=fp3
FMSUB         0 0 0 11111 0 ftype:1 0 Rm:5 1 Ra:5 Rn:5 Rd:5         | fmsub {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}, {fpr:ftype,Ra}   @class=fp3
FNMADD        0 0 0 11111 0 ftype:1 1 Rm:5 0 Ra:5 Rn:5 Rd:5         | fnmadd {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}, {fpr:ftype,Ra}  @class=fp3
FNMSUB        0 0 0 11111 0 ftype:1 1 Rm:5 1 Ra:5 Rn:5 Rd:5         | fnmsub {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}, {fpr:ftype,Ra}  @class=fp3
`;
