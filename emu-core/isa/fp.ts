// Scalar floating point (Arm ARM C4.1.91, "Data Processing -- Scalar Floating-Point and
// Advanced SIMD", the floating-point groups): ARMv8.0-A, single and double precision;
// half precision only as a conversion source or destination (FCVT). M = S = 0 throughout;
// every other M/S/type combination is unallocated because no line matches it.
//
// Disassembly tokens (emu-core/disasm/operands-fp.ts): {fpr:T,R} s/d register by type,
// {h:R} {s:R} {d:R} fixed sizes (operands-ldst.ts), {fimm:imm8} the FMOV immediate, {fbits:scale} #(64 - scale).
export default String.raw`
# Conversion between floating-point and fixed-point (rmode/opcode select the operation;
# sf = 0 with scale < 32 is unallocated)
SCVTF_fixed   sf:1 0 0 11110 0 ftype:1 0 00 010 scale:6 Rn:5 Rd:5   | scvtf {fpr:ftype,Rd}, {r:Rn}, {fbits:scale}
UCVTF_fixed   sf:1 0 0 11110 0 ftype:1 0 00 011 scale:6 Rn:5 Rd:5   | ucvtf {fpr:ftype,Rd}, {r:Rn}, {fbits:scale}
FCVTZS_fixed  sf:1 0 0 11110 0 ftype:1 0 11 000 scale:6 Rn:5 Rd:5   | fcvtzs {r:Rd}, {fpr:ftype,Rn}, {fbits:scale}
FCVTZU_fixed  sf:1 0 0 11110 0 ftype:1 0 11 001 scale:6 Rn:5 Rd:5   | fcvtzu {r:Rd}, {fpr:ftype,Rn}, {fbits:scale}
UNALLOC       0 0 0 11110 0 - 0 -- --- 0----- ----- -----            |

# Conversion between floating-point and integer
FCVTNS_int    sf:1 0 0 11110 0 ftype:1 1 00 000 000000 Rn:5 Rd:5    | fcvtns {r:Rd}, {fpr:ftype,Rn}
FCVTNU_int    sf:1 0 0 11110 0 ftype:1 1 00 001 000000 Rn:5 Rd:5    | fcvtnu {r:Rd}, {fpr:ftype,Rn}
SCVTF_int     sf:1 0 0 11110 0 ftype:1 1 00 010 000000 Rn:5 Rd:5    | scvtf {fpr:ftype,Rd}, {r:Rn}
UCVTF_int     sf:1 0 0 11110 0 ftype:1 1 00 011 000000 Rn:5 Rd:5    | ucvtf {fpr:ftype,Rd}, {r:Rn}
FCVTAS_int    sf:1 0 0 11110 0 ftype:1 1 00 100 000000 Rn:5 Rd:5    | fcvtas {r:Rd}, {fpr:ftype,Rn}
FCVTAU_int    sf:1 0 0 11110 0 ftype:1 1 00 101 000000 Rn:5 Rd:5    | fcvtau {r:Rd}, {fpr:ftype,Rn}
FCVTPS_int    sf:1 0 0 11110 0 ftype:1 1 01 000 000000 Rn:5 Rd:5    | fcvtps {r:Rd}, {fpr:ftype,Rn}
FCVTPU_int    sf:1 0 0 11110 0 ftype:1 1 01 001 000000 Rn:5 Rd:5    | fcvtpu {r:Rd}, {fpr:ftype,Rn}
FCVTMS_int    sf:1 0 0 11110 0 ftype:1 1 10 000 000000 Rn:5 Rd:5    | fcvtms {r:Rd}, {fpr:ftype,Rn}
FCVTMU_int    sf:1 0 0 11110 0 ftype:1 1 10 001 000000 Rn:5 Rd:5    | fcvtmu {r:Rd}, {fpr:ftype,Rn}
FCVTZS_int    sf:1 0 0 11110 0 ftype:1 1 11 000 000000 Rn:5 Rd:5    | fcvtzs {r:Rd}, {fpr:ftype,Rn}
FCVTZU_int    sf:1 0 0 11110 0 ftype:1 1 11 001 000000 Rn:5 Rd:5    | fcvtzu {r:Rd}, {fpr:ftype,Rn}
FMOV_ws       0 0 0 11110 00 1 00 110 000000 Rn:5 Rd:5              | fmov {w:Rd}, {s:Rn}
FMOV_sw       0 0 0 11110 00 1 00 111 000000 Rn:5 Rd:5              | fmov {s:Rd}, {w:Rn}
FMOV_xd       1 0 0 11110 01 1 00 110 000000 Rn:5 Rd:5              | fmov {x:Rd}, {d:Rn}
FMOV_dx       1 0 0 11110 01 1 00 111 000000 Rn:5 Rd:5              | fmov {d:Rd}, {x:Rn}
FMOV_xv1      1 0 0 11110 10 1 01 110 000000 Rn:5 Rd:5              | fmov {x:Rd}, v{dec:Rn}.d[1]
FMOV_v1x      1 0 0 11110 10 1 01 111 000000 Rn:5 Rd:5              | fmov v{dec:Rd}.d[1], {x:Rn}

# Data-processing, 1 source (FCVT names its source and destination sizes)
FMOV_reg      0 0 0 11110 0 ftype:1 1 000000 10000 Rn:5 Rd:5        | fmov {fpr:ftype,Rd}, {fpr:ftype,Rn}
FABS          0 0 0 11110 0 ftype:1 1 000001 10000 Rn:5 Rd:5        | fabs {fpr:ftype,Rd}, {fpr:ftype,Rn}
FNEG          0 0 0 11110 0 ftype:1 1 000010 10000 Rn:5 Rd:5        | fneg {fpr:ftype,Rd}, {fpr:ftype,Rn}
FSQRT         0 0 0 11110 0 ftype:1 1 000011 10000 Rn:5 Rd:5        | fsqrt {fpr:ftype,Rd}, {fpr:ftype,Rn}
FCVT_sd       0 0 0 11110 00 1 000101 10000 Rn:5 Rd:5               | fcvt {d:Rd}, {s:Rn}
FCVT_sh       0 0 0 11110 00 1 000111 10000 Rn:5 Rd:5               | fcvt {h:Rd}, {s:Rn}
FCVT_ds       0 0 0 11110 01 1 000100 10000 Rn:5 Rd:5               | fcvt {s:Rd}, {d:Rn}
FCVT_dh       0 0 0 11110 01 1 000111 10000 Rn:5 Rd:5               | fcvt {h:Rd}, {d:Rn}
FCVT_hs       0 0 0 11110 11 1 000100 10000 Rn:5 Rd:5               | fcvt {s:Rd}, {h:Rn}
FCVT_hd       0 0 0 11110 11 1 000101 10000 Rn:5 Rd:5               | fcvt {d:Rd}, {h:Rn}
FRINTN        0 0 0 11110 0 ftype:1 1 001000 10000 Rn:5 Rd:5        | frintn {fpr:ftype,Rd}, {fpr:ftype,Rn}
FRINTP        0 0 0 11110 0 ftype:1 1 001001 10000 Rn:5 Rd:5        | frintp {fpr:ftype,Rd}, {fpr:ftype,Rn}
FRINTM        0 0 0 11110 0 ftype:1 1 001010 10000 Rn:5 Rd:5        | frintm {fpr:ftype,Rd}, {fpr:ftype,Rn}
FRINTZ        0 0 0 11110 0 ftype:1 1 001011 10000 Rn:5 Rd:5        | frintz {fpr:ftype,Rd}, {fpr:ftype,Rn}
FRINTA        0 0 0 11110 0 ftype:1 1 001100 10000 Rn:5 Rd:5        | frinta {fpr:ftype,Rd}, {fpr:ftype,Rn}
FRINTX        0 0 0 11110 0 ftype:1 1 001110 10000 Rn:5 Rd:5        | frintx {fpr:ftype,Rd}, {fpr:ftype,Rn}
FRINTI        0 0 0 11110 0 ftype:1 1 001111 10000 Rn:5 Rd:5        | frinti {fpr:ftype,Rd}, {fpr:ftype,Rn}

# Compare (the "with zero" forms ignore Rm: its bits should be zero)
FCMP          0 0 0 11110 0 ftype:1 1 Rm:5 00 1000 Rn:5 00000       | fcmp {fpr:ftype,Rn}, {fpr:ftype,Rm}
FCMP_zero     0 0 0 11110 0 ftype:1 1 ----- 00 1000 Rn:5 01000      | fcmp {fpr:ftype,Rn}, #0.0
FCMPE         0 0 0 11110 0 ftype:1 1 Rm:5 00 1000 Rn:5 10000       | fcmpe {fpr:ftype,Rn}, {fpr:ftype,Rm}
FCMPE_zero    0 0 0 11110 0 ftype:1 1 ----- 00 1000 Rn:5 11000      | fcmpe {fpr:ftype,Rn}, #0.0

# Immediate
FMOV_imm      0 0 0 11110 0 ftype:1 1 imm8:8 100 00000 Rd:5         | fmov {fpr:ftype,Rd}, {fimm:imm8}

# Conditional compare
FCCMP         0 0 0 11110 0 ftype:1 1 Rm:5 cond:4 01 Rn:5 0 nzcv:4  | fccmp {fpr:ftype,Rn}, {fpr:ftype,Rm}, {imm:nzcv}, {cond:cond}
FCCMPE        0 0 0 11110 0 ftype:1 1 Rm:5 cond:4 01 Rn:5 1 nzcv:4  | fccmpe {fpr:ftype,Rn}, {fpr:ftype,Rm}, {imm:nzcv}, {cond:cond}

# Data-processing, 2 sources
FMUL          0 0 0 11110 0 ftype:1 1 Rm:5 0000 10 Rn:5 Rd:5        | fmul {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}
FDIV          0 0 0 11110 0 ftype:1 1 Rm:5 0001 10 Rn:5 Rd:5        | fdiv {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}
FADD          0 0 0 11110 0 ftype:1 1 Rm:5 0010 10 Rn:5 Rd:5        | fadd {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}
FSUB          0 0 0 11110 0 ftype:1 1 Rm:5 0011 10 Rn:5 Rd:5        | fsub {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}
FMAX          0 0 0 11110 0 ftype:1 1 Rm:5 0100 10 Rn:5 Rd:5        | fmax {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}
FMIN          0 0 0 11110 0 ftype:1 1 Rm:5 0101 10 Rn:5 Rd:5        | fmin {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}
FMAXNM        0 0 0 11110 0 ftype:1 1 Rm:5 0110 10 Rn:5 Rd:5        | fmaxnm {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}
FMINNM        0 0 0 11110 0 ftype:1 1 Rm:5 0111 10 Rn:5 Rd:5        | fminnm {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}
FNMUL         0 0 0 11110 0 ftype:1 1 Rm:5 1000 10 Rn:5 Rd:5        | fnmul {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}

# Conditional select
FCSEL         0 0 0 11110 0 ftype:1 1 Rm:5 cond:4 11 Rn:5 Rd:5      | fcsel {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}, {cond:cond}

# Data-processing, 3 sources (fused: one rounding)
FMADD         0 0 0 11111 0 ftype:1 0 Rm:5 0 Ra:5 Rn:5 Rd:5         | fmadd {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}, {fpr:ftype,Ra}
FMSUB         0 0 0 11111 0 ftype:1 0 Rm:5 1 Ra:5 Rn:5 Rd:5         | fmsub {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}, {fpr:ftype,Ra}
FNMADD        0 0 0 11111 0 ftype:1 1 Rm:5 0 Ra:5 Rn:5 Rd:5         | fnmadd {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}, {fpr:ftype,Ra}
FNMSUB        0 0 0 11111 0 ftype:1 1 Rm:5 1 Ra:5 Rn:5 Rd:5         | fnmsub {fpr:ftype,Rd}, {fpr:ftype,Rn}, {fpr:ftype,Rm}, {fpr:ftype,Ra}
`;
