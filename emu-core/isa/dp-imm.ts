// Data processing -- immediate (Arm ARM C4.1.86: op0 = 100x).
export default String.raw`
# PC-relative addressing
ADR        0 immlo:2 10000 immhi:19 Rd:5                     | adr {x:Rd}, {adr:immhi,immlo}
ADRP       1 immlo:2 10000 immhi:19 Rd:5                     | adrp {x:Rd}, {adrp:immhi,immlo}

# Add/subtract (immediate)
ADD_imm    sf:1 0 0 100010 sh:1 imm12:12 Rn:5 Rd:5           | add {rsp:Rd}, {rsp:Rn}, {imm:imm12}{lsl12:sh}
ADDS_imm   sf:1 0 1 100010 sh:1 imm12:12 Rn:5 Rd:5           | adds {r:Rd}, {rsp:Rn}, {imm:imm12}{lsl12:sh}
SUB_imm    sf:1 1 0 100010 sh:1 imm12:12 Rn:5 Rd:5           | sub {rsp:Rd}, {rsp:Rn}, {imm:imm12}{lsl12:sh}
SUBS_imm   sf:1 1 1 100010 sh:1 imm12:12 Rn:5 Rd:5           | subs {r:Rd}, {rsp:Rn}, {imm:imm12}{lsl12:sh}

# Logical (immediate); sf=0 with N=1 is unallocated
AND_imm    sf:1 00 100100 N:1 immr:6 imms:6 Rn:5 Rd:5        | and {rsp:Rd}, {r:Rn}, {bimm:N,immr,imms}
ORR_imm    sf:1 01 100100 N:1 immr:6 imms:6 Rn:5 Rd:5        | orr {rsp:Rd}, {r:Rn}, {bimm:N,immr,imms}
EOR_imm    sf:1 10 100100 N:1 immr:6 imms:6 Rn:5 Rd:5        | eor {rsp:Rd}, {r:Rn}, {bimm:N,immr,imms}
ANDS_imm   sf:1 11 100100 N:1 immr:6 imms:6 Rn:5 Rd:5        | ands {r:Rd}, {r:Rn}, {bimm:N,immr,imms}
UNALLOC    0 -- 100100 1 ------ ------ ----- -----           |

# Move wide (immediate); opc=01 and sf=0 with hw>=2 are unallocated
MOVN       sf:1 00 100101 hw:2 imm16:16 Rd:5                 | movn {r:Rd}, {imm:imm16}{hw:hw}
MOVZ       sf:1 10 100101 hw:2 imm16:16 Rd:5                 | movz {r:Rd}, {imm:imm16}{hw:hw}
MOVK       sf:1 11 100101 hw:2 imm16:16 Rd:5                 | movk {r:Rd}, {imm:imm16}{hw:hw}
UNALLOC    - 01 100101 -- ---------------- -----             |
UNALLOC    0 -- 100101 1- ---------------- -----             |

# Bitfield; opc=11, N!=sf and (sf=0, immr or imms >= 32) are unallocated
SBFM       sf:1 00 100110 N:1 immr:6 imms:6 Rn:5 Rd:5        | sbfm {r:Rd}, {r:Rn}, #{dec:immr}, #{dec:imms}
BFM        sf:1 01 100110 N:1 immr:6 imms:6 Rn:5 Rd:5        | bfm {r:Rd}, {r:Rn}, #{dec:immr}, #{dec:imms}
UBFM       sf:1 10 100110 N:1 immr:6 imms:6 Rn:5 Rd:5        | ubfm {r:Rd}, {r:Rn}, #{dec:immr}, #{dec:imms}
UNALLOC    - 11 100110 - ------ ------ ----- -----           |
UNALLOC    0 -- 100110 1 ------ ------ ----- -----           |
UNALLOC    1 -- 100110 0 ------ ------ ----- -----           |
UNALLOC    0 -- 100110 0 1----- ------ ----- -----           |
UNALLOC    0 -- 100110 0 ------ 1----- ----- -----           |

# Extract
EXTR       sf:1 00 100111 N:1 0 Rm:5 imms:6 Rn:5 Rd:5        | extr {r:Rd}, {r:Rn}, {r:Rm}, #{dec:imms}
UNALLOC    0 00 100111 1 0 ----- ------ ----- -----          |
UNALLOC    1 00 100111 0 0 ----- ------ ----- -----          |
UNALLOC    0 00 100111 0 0 ----- 1----- ----- -----          |
`;
