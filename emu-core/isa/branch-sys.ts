// Branches, exception generating and system instructions (Arm ARM C4.1.87: op0 = 101x).
export default String.raw`
# Conditional branch (immediate)
B_cond     0101010 0 imm19:19 0 cond:4                        | b.{cond:cond} {label19:imm19}           @class=branch

# Exception generation
SVC        11010100 000 imm16:16 000 01                       | svc {imm:imm16}                         @nodiff
HVC        11010100 000 imm16:16 000 10                       | hvc {imm:imm16}                         @nodiff
SMC        11010100 000 imm16:16 000 11                       | smc {imm:imm16}                         @nodiff
BRK        11010100 001 imm16:16 000 00                       | brk {imm:imm16}                         @nodiff
HLT        11010100 010 imm16:16 000 00                       | hlt {imm:imm16}                         @nodiff

# Hints (the unnamed ones execute as NOP)
NOP        1101010100 0 00 011 0010 0000 000 11111            | nop                                     @class=nop
YIELD      1101010100 0 00 011 0010 0000 001 11111            | yield                                   @class=nop
WFE        1101010100 0 00 011 0010 0000 010 11111            | wfe                                     @nodiff
WFI        1101010100 0 00 011 0010 0000 011 11111            | wfi                                     @nodiff
SEV        1101010100 0 00 011 0010 0000 100 11111            | sev                                     @class=nop
SEVL       1101010100 0 00 011 0010 0000 101 11111            | sevl                                    @class=nop
HINT       1101010100 0 00 011 0010 CRm:4 op2:3 11111         | hint #{dec:CRm,op2}                     @class=nop

# Barriers and CLREX
CLREX      1101010100 0 00 011 0011 CRm:4 010 11111           | clrex{crmopt:CRm}                       @class=nop
DSB        1101010100 0 00 011 0011 CRm:4 100 11111           | dsb {barrier:CRm}                       @class=nop
DMB        1101010100 0 00 011 0011 CRm:4 101 11111           | dmb {barrier:CRm}                       @class=nop
ISB        1101010100 0 00 011 0011 CRm:4 110 11111           | isb{crmopt:CRm}                         @class=nop

# PSTATE field writes (SPSel, DAIFSet, DAIFClr; the rest of the space is UNDEFINED in v8.0)
MSR_imm    1101010100 0 00 op1:3 0100 CRm:4 op2:3 11111       | msr {pstatefield:op1,op2}, {imm:CRm}    @nodiff

# System instructions (SYS, op0 = 01): cache maintenance, address translation, TLB maintenance.
# The operations without a register require Rt = 31 (any other Rt is left UNDEFINED). Every
# other SYS encoding is unallocated in ARMv8.0: the catch-all SYS line raises UNDEF and lets
# the disassembler print the generic form. SYSL has no allocated encoding at all.
IC_IALLUIS 1101010100 0 01 000 0111 0001 000 11111            | ic ialluis                              @nodiff
IC_IALLU   1101010100 0 01 000 0111 0101 000 11111            | ic iallu                                @nodiff
IC_IVAU    1101010100 0 01 011 0111 0101 001 Rt:5             | ic ivau, {x:Rt}                         @nodiff
DC_IVAC    1101010100 0 01 000 0111 0110 001 Rt:5             | dc ivac, {x:Rt}                         @nodiff
DC_ISW     1101010100 0 01 000 0111 0110 010 Rt:5             | dc isw, {x:Rt}                          @nodiff
DC_CSW     1101010100 0 01 000 0111 1010 010 Rt:5             | dc csw, {x:Rt}                          @nodiff
DC_CISW    1101010100 0 01 000 0111 1110 010 Rt:5             | dc cisw, {x:Rt}                         @nodiff
DC_ZVA     1101010100 0 01 011 0111 0100 001 Rt:5             | dc zva, {x:Rt}                          @nodiff
DC_CVAC    1101010100 0 01 011 0111 1010 001 Rt:5             | dc cvac, {x:Rt}                         @nodiff
DC_CVAU    1101010100 0 01 011 0111 1011 001 Rt:5             | dc cvau, {x:Rt}                         @nodiff
DC_CIVAC   1101010100 0 01 011 0111 1110 001 Rt:5             | dc civac, {x:Rt}                        @nodiff
AT_S1E1R   1101010100 0 01 000 0111 1000 000 Rt:5             | at s1e1r, {x:Rt}                        @nodiff
AT_S1E1W   1101010100 0 01 000 0111 1000 001 Rt:5             | at s1e1w, {x:Rt}                        @nodiff
AT_S1E0R   1101010100 0 01 000 0111 1000 010 Rt:5             | at s1e0r, {x:Rt}                        @nodiff
AT_S1E0W   1101010100 0 01 000 0111 1000 011 Rt:5             | at s1e0w, {x:Rt}                        @nodiff
TLBI_VMALLE1IS 1101010100 0 01 000 1000 0011 000 11111        | tlbi vmalle1is                          @nodiff
TLBI_VAE1IS    1101010100 0 01 000 1000 0011 001 Rt:5         | tlbi vae1is, {x:Rt}                     @nodiff
TLBI_ASIDE1IS  1101010100 0 01 000 1000 0011 010 Rt:5         | tlbi aside1is, {x:Rt}                   @nodiff
TLBI_VAAE1IS   1101010100 0 01 000 1000 0011 011 Rt:5         | tlbi vaae1is, {x:Rt}                    @nodiff
TLBI_VALE1IS   1101010100 0 01 000 1000 0011 101 Rt:5         | tlbi vale1is, {x:Rt}                    @nodiff
TLBI_VAALE1IS  1101010100 0 01 000 1000 0011 111 Rt:5         | tlbi vaale1is, {x:Rt}                   @nodiff
TLBI_VMALLE1   1101010100 0 01 000 1000 0111 000 11111        | tlbi vmalle1                            @nodiff
TLBI_VAE1      1101010100 0 01 000 1000 0111 001 Rt:5         | tlbi vae1, {x:Rt}                       @nodiff
TLBI_ASIDE1    1101010100 0 01 000 1000 0111 010 Rt:5         | tlbi aside1, {x:Rt}                     @nodiff
TLBI_VAAE1     1101010100 0 01 000 1000 0111 011 Rt:5         | tlbi vaae1, {x:Rt}                      @nodiff
TLBI_VALE1     1101010100 0 01 000 1000 0111 101 Rt:5         | tlbi vale1, {x:Rt}                      @nodiff
TLBI_VAALE1    1101010100 0 01 000 1000 0111 111 Rt:5         | tlbi vaale1, {x:Rt}                     @nodiff
SYS        1101010100 0 01 op1:3 CRn:4 CRm:4 op2:3 Rt:5       | {sys:op1,CRn,CRm,op2,Rt}                @nodiff
SYSL       1101010100 1 01 op1:3 CRn:4 CRm:4 op2:3 Rt:5       | sysl {x:Rt}, #{dec:op1}, c{dec:CRn}, c{dec:CRm}, #{dec:op2} @nodiff

# System register moves
MSR_reg    1101010100 0 1 o0:1 op1:3 CRn:4 CRm:4 op2:3 Rt:5   | msr {sysreg:o0,op1,CRn,CRm,op2}, {x:Rt}  @class=sysreg
MRS        1101010100 1 1 o0:1 op1:3 CRn:4 CRm:4 op2:3 Rt:5   | mrs {x:Rt}, {sysreg:o0,op1,CRn,CRm,op2}  @class=sysreg

# Unconditional branch (register)
BR         1101011 0000 11111 000000 Rn:5 00000               | br {x:Rn}                               @class=branchreg
BLR        1101011 0001 11111 000000 Rn:5 00000               | blr {x:Rn}                              @class=branchreg
RET        1101011 0010 11111 000000 Rn:5 00000               | ret {x:Rn}                              @class=branchreg
ERET       1101011 0100 11111 000000 11111 00000              | eret                                    @nodiff

# Unconditional branch (immediate)
B          000101 imm26:26                                    | b {label26:imm26}                       @class=branch
BL         100101 imm26:26                                    | bl {label26:imm26}                      @class=branch

# Compare and branch, test and branch
CBZ        sf:1 011010 0 imm19:19 Rt:5                        | cbz {r:Rt}, {label19:imm19}             @class=branch
CBNZ       sf:1 011010 1 imm19:19 Rt:5                        | cbnz {r:Rt}, {label19:imm19}            @class=branch
TBZ        b5:1 011011 0 b40:5 imm14:14 Rt:5                  | tbz {rb5:Rt}, {bitnum:b5,b40}, {label14:imm14} @class=branch
TBNZ       b5:1 011011 1 b40:5 imm14:14 Rt:5                  | tbnz {rb5:Rt}, {bitnum:b5,b40}, {label14:imm14} @class=branch
`;
