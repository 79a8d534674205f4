// Data processing -- register (Arm ARM C4.1.88: op0 = x101), ARMv8.0-A plus CRC32.
//
// Encodings that no line below matches are unallocated (the decoder raises UNDEF for them):
// S=1 or other opcodes in the 1/2-source groups, opt != 00 in add/sub (extended), op2 = 1x in
// conditional select, o2/o3 = 1 in conditional compare, op54 != 00 in 3-source, and every
// ARMv8.1+ encoding of this space (PAC, RMIF, SETF, ...). The UNALLOC lines carve out the
// reserved values of fields that the named lines keep as fields.
export default String.raw`
# Data-processing (2 source)
UDIV       sf:1 0 0 11010110 Rm:5 000010 Rn:5 Rd:5           | udiv {r:Rd}, {r:Rn}, {r:Rm}
SDIV       sf:1 0 0 11010110 Rm:5 000011 Rn:5 Rd:5           | sdiv {r:Rd}, {r:Rn}, {r:Rm}
LSLV       sf:1 0 0 11010110 Rm:5 001000 Rn:5 Rd:5           | lslv {r:Rd}, {r:Rn}, {r:Rm}
LSRV       sf:1 0 0 11010110 Rm:5 001001 Rn:5 Rd:5           | lsrv {r:Rd}, {r:Rn}, {r:Rm}
ASRV       sf:1 0 0 11010110 Rm:5 001010 Rn:5 Rd:5           | asrv {r:Rd}, {r:Rn}, {r:Rm}
RORV       sf:1 0 0 11010110 Rm:5 001011 Rn:5 Rd:5           | rorv {r:Rd}, {r:Rn}, {r:Rm}
# CRC32: sf must be 1 exactly for the doubleword forms, so sf is fixed in each line
CRC32B     0 0 0 11010110 Rm:5 010 0 00 Rn:5 Rd:5            | crc32b {w:Rd}, {w:Rn}, {w:Rm}
CRC32H     0 0 0 11010110 Rm:5 010 0 01 Rn:5 Rd:5            | crc32h {w:Rd}, {w:Rn}, {w:Rm}
CRC32W     0 0 0 11010110 Rm:5 010 0 10 Rn:5 Rd:5            | crc32w {w:Rd}, {w:Rn}, {w:Rm}
CRC32X     1 0 0 11010110 Rm:5 010 0 11 Rn:5 Rd:5            | crc32x {w:Rd}, {w:Rn}, {x:Rm}
CRC32CB    0 0 0 11010110 Rm:5 010 1 00 Rn:5 Rd:5            | crc32cb {w:Rd}, {w:Rn}, {w:Rm}
CRC32CH    0 0 0 11010110 Rm:5 010 1 01 Rn:5 Rd:5            | crc32ch {w:Rd}, {w:Rn}, {w:Rm}
CRC32CW    0 0 0 11010110 Rm:5 010 1 10 Rn:5 Rd:5            | crc32cw {w:Rd}, {w:Rn}, {w:Rm}
CRC32CX    1 0 0 11010110 Rm:5 010 1 11 Rn:5 Rd:5            | crc32cx {w:Rd}, {w:Rn}, {x:Rm}

# Data-processing (1 source); REV is opc=10 for W and opc=11 for X (opc=10 with sf=1 is REV32)
RBIT       sf:1 1 0 11010110 00000 000000 Rn:5 Rd:5          | rbit {r:Rd}, {r:Rn}
REV16      sf:1 1 0 11010110 00000 000001 Rn:5 Rd:5          | rev16 {r:Rd}, {r:Rn}
REV_w      0 1 0 11010110 00000 000010 Rn:5 Rd:5             | rev {w:Rd}, {w:Rn}
REV32      1 1 0 11010110 00000 000010 Rn:5 Rd:5             | rev32 {x:Rd}, {x:Rn}
REV_x      1 1 0 11010110 00000 000011 Rn:5 Rd:5             | rev {x:Rd}, {x:Rn}
CLZ        sf:1 1 0 11010110 00000 000100 Rn:5 Rd:5          | clz {r:Rd}, {r:Rn}
CLS        sf:1 1 0 11010110 00000 000101 Rn:5 Rd:5          | cls {r:Rd}, {r:Rn}

# Logical (shifted register); sf=0 with imm6 >= 32 is unallocated
AND_sr     sf:1 00 01010 shift:2 0 Rm:5 imm6:6 Rn:5 Rd:5     | and {r:Rd}, {r:Rn}, {r:Rm}{shift:shift,imm6}
BIC_sr     sf:1 00 01010 shift:2 1 Rm:5 imm6:6 Rn:5 Rd:5     | bic {r:Rd}, {r:Rn}, {r:Rm}{shift:shift,imm6}
ORR_sr     sf:1 01 01010 shift:2 0 Rm:5 imm6:6 Rn:5 Rd:5     | orr {r:Rd}, {r:Rn}, {r:Rm}{shift:shift,imm6}
ORN_sr     sf:1 01 01010 shift:2 1 Rm:5 imm6:6 Rn:5 Rd:5     | orn {r:Rd}, {r:Rn}, {r:Rm}{shift:shift,imm6}
EOR_sr     sf:1 10 01010 shift:2 0 Rm:5 imm6:6 Rn:5 Rd:5     | eor {r:Rd}, {r:Rn}, {r:Rm}{shift:shift,imm6}
EON_sr     sf:1 10 01010 shift:2 1 Rm:5 imm6:6 Rn:5 Rd:5     | eon {r:Rd}, {r:Rn}, {r:Rm}{shift:shift,imm6}
ANDS_sr    sf:1 11 01010 shift:2 0 Rm:5 imm6:6 Rn:5 Rd:5     | ands {r:Rd}, {r:Rn}, {r:Rm}{shift:shift,imm6}
BICS_sr    sf:1 11 01010 shift:2 1 Rm:5 imm6:6 Rn:5 Rd:5     | bics {r:Rd}, {r:Rn}, {r:Rm}{shift:shift,imm6}
UNALLOC    0 -- 01010 -- - ----- 1----- ----- -----          |

# Add/subtract (shifted register); shift=11 (ROR) and sf=0 with imm6 >= 32 are unallocated
ADD_sr     sf:1 0 0 01011 shift:2 0 Rm:5 imm6:6 Rn:5 Rd:5    | add {r:Rd}, {r:Rn}, {r:Rm}{shift:shift,imm6}
ADDS_sr    sf:1 0 1 01011 shift:2 0 Rm:5 imm6:6 Rn:5 Rd:5    | adds {r:Rd}, {r:Rn}, {r:Rm}{shift:shift,imm6}
SUB_sr     sf:1 1 0 01011 shift:2 0 Rm:5 imm6:6 Rn:5 Rd:5    | sub {r:Rd}, {r:Rn}, {r:Rm}{shift:shift,imm6}
SUBS_sr    sf:1 1 1 01011 shift:2 0 Rm:5 imm6:6 Rn:5 Rd:5    | subs {r:Rd}, {r:Rn}, {r:Rm}{shift:shift,imm6}
UNALLOC    - - - 01011 11 0 ----- ------ ----- -----         |
UNALLOC    0 - - 01011 -- 0 ----- 1----- ----- -----         |

# Add/subtract (extended register); opt (bits 23:22) must be 00, imm3 > 4 is unallocated
ADD_ext    sf:1 0 0 01011 00 1 Rm:5 option:3 imm3:3 Rn:5 Rd:5  | add {rsp:Rd}, {rsp:Rn}, {extreg:Rm}{ext:option,imm3,Rd,Rn}
ADDS_ext   sf:1 0 1 01011 00 1 Rm:5 option:3 imm3:3 Rn:5 Rd:5  | adds {r:Rd}, {rsp:Rn}, {extreg:Rm}{ext:option,imm3,Rn}
SUB_ext    sf:1 1 0 01011 00 1 Rm:5 option:3 imm3:3 Rn:5 Rd:5  | sub {rsp:Rd}, {rsp:Rn}, {extreg:Rm}{ext:option,imm3,Rd,Rn}
SUBS_ext   sf:1 1 1 01011 00 1 Rm:5 option:3 imm3:3 Rn:5 Rd:5  | subs {r:Rd}, {rsp:Rn}, {extreg:Rm}{ext:option,imm3,Rn}
UNALLOC    - - - 01011 00 1 ----- --- 1-1 ----- -----          |
UNALLOC    - - - 01011 00 1 ----- --- 11- ----- -----          |

# Add/subtract (with carry)
ADC        sf:1 0 0 11010000 Rm:5 000000 Rn:5 Rd:5           | adc {r:Rd}, {r:Rn}, {r:Rm}
ADCS       sf:1 0 1 11010000 Rm:5 000000 Rn:5 Rd:5           | adcs {r:Rd}, {r:Rn}, {r:Rm}
SBC        sf:1 1 0 11010000 Rm:5 000000 Rn:5 Rd:5           | sbc {r:Rd}, {r:Rn}, {r:Rm}
SBCS       sf:1 1 1 11010000 Rm:5 000000 Rn:5 Rd:5           | sbcs {r:Rd}, {r:Rn}, {r:Rm}

# Conditional compare (register and immediate); S=1, o2=0, o3=0
CCMN_reg   sf:1 0 1 11010010 Rm:5 cond:4 0 0 Rn:5 0 nzcv:4   | ccmn {r:Rn}, {r:Rm}, #{dec:nzcv}, {cond:cond}
CCMP_reg   sf:1 1 1 11010010 Rm:5 cond:4 0 0 Rn:5 0 nzcv:4   | ccmp {r:Rn}, {r:Rm}, #{dec:nzcv}, {cond:cond}
CCMN_imm   sf:1 0 1 11010010 imm5:5 cond:4 1 0 Rn:5 0 nzcv:4 | ccmn {r:Rn}, #{dec:imm5}, #{dec:nzcv}, {cond:cond}
CCMP_imm   sf:1 1 1 11010010 imm5:5 cond:4 1 0 Rn:5 0 nzcv:4 | ccmp {r:Rn}, #{dec:imm5}, #{dec:nzcv}, {cond:cond}

# Conditional select; S=0, op2 = 0x
CSEL       sf:1 0 0 11010100 Rm:5 cond:4 00 Rn:5 Rd:5        | csel {r:Rd}, {r:Rn}, {r:Rm}, {cond:cond}
CSINC      sf:1 0 0 11010100 Rm:5 cond:4 01 Rn:5 Rd:5        | csinc {r:Rd}, {r:Rn}, {r:Rm}, {cond:cond}
CSINV      sf:1 1 0 11010100 Rm:5 cond:4 00 Rn:5 Rd:5        | csinv {r:Rd}, {r:Rn}, {r:Rm}, {cond:cond}
CSNEG      sf:1 1 0 11010100 Rm:5 cond:4 01 Rn:5 Rd:5        | csneg {r:Rd}, {r:Rn}, {r:Rm}, {cond:cond}

# Data-processing (3 source); the long and high forms exist only with sf=1.
# SMULH/UMULH: Ra is should-be-one; like other implementations we ignore it.
MADD       sf:1 00 11011 000 Rm:5 0 Ra:5 Rn:5 Rd:5           | madd {r:Rd}, {r:Rn}, {r:Rm}, {r:Ra}
MSUB       sf:1 00 11011 000 Rm:5 1 Ra:5 Rn:5 Rd:5           | msub {r:Rd}, {r:Rn}, {r:Rm}, {r:Ra}
SMADDL     1 00 11011 001 Rm:5 0 Ra:5 Rn:5 Rd:5              | smaddl {x:Rd}, {w:Rn}, {w:Rm}, {x:Ra}
SMSUBL     1 00 11011 001 Rm:5 1 Ra:5 Rn:5 Rd:5              | smsubl {x:Rd}, {w:Rn}, {w:Rm}, {x:Ra}
SMULH      1 00 11011 010 Rm:5 0 ----- Rn:5 Rd:5             | smulh {x:Rd}, {x:Rn}, {x:Rm}
UMADDL     1 00 11011 101 Rm:5 0 Ra:5 Rn:5 Rd:5              | umaddl {x:Rd}, {w:Rn}, {w:Rm}, {x:Ra}
UMSUBL     1 00 11011 101 Rm:5 1 Ra:5 Rn:5 Rd:5              | umsubl {x:Rd}, {w:Rn}, {w:Rm}, {x:Ra}
UMULH      1 00 11011 110 Rm:5 0 ----- Rn:5 Rd:5             | umulh {x:Rd}, {x:Rn}, {x:Rm}
`;
