// AdvSIMD load/store multiple structures and single structures (Arm ARM C4.1.88), with and
// without post-index. Post-index with Rm = 31 adds the transfer size (an immediate in the
// assembly syntax); any other Rm adds Xm.
//
//   multiple:  0 Q 0011000 L 000000 opcode size Rn Rt      post: 0 Q 0011001 L 0 Rm opcode size Rn Rt
//   single:    0 Q 0011010 L R 00000 opcode S size Rn Rt   post: 0 Q 0011011 L R Rm opcode S size Rn Rt
//
// Multiple-structure opcodes: 0000 LD4/ST4, 0010 LD1/ST1 x4, 0100 LD3/ST3, 0110 LD1/ST1 x3,
// 0111 LD1/ST1 x1, 1000 LD2/ST2, 1010 LD1/ST1 x2 (others unallocated). Single structure:
// selem = opcode<0>:R + 1; opcode<2:1> (field op) = 00 B, 01 H, 10 S or D, 11 load-and-replicate.
// Reserved combinations (size:Q = 110 with selem > 1; H with size<0> = 1; S/D with size<1> = 1
// or D with S = 1; op = 11 in a store) are checked by the handlers.
//
// Disassembly tokens (emu-core/disasm/operands-simd.ts): {vlN:Rt} the list of N registers,
// {vlnN:Rt} N lanes of a single structure, {xsp:Rn} the base, {pmN:Rm} {psN:Rm} {prN:Rm} the
// post-index of a multiple, single and replicating transfer (the transfer size for Rm = 31).

export default String.raw`
# ---- load/store multiple structures, no offset -------------------------------------------------------
ST4_m      0 Q:1 0011000 0 000000 0000 size:2 Rn:5 Rt:5        | st4{not1d:size,Q} {vl4:Rt}, [{xsp:Rn}]                   
ST1_m4     0 Q:1 0011000 0 000000 0010 size:2 Rn:5 Rt:5        | st1 {vl4:Rt}, [{xsp:Rn}]                   
ST3_m      0 Q:1 0011000 0 000000 0100 size:2 Rn:5 Rt:5        | st3{not1d:size,Q} {vl3:Rt}, [{xsp:Rn}]                   
ST1_m3     0 Q:1 0011000 0 000000 0110 size:2 Rn:5 Rt:5        | st1 {vl3:Rt}, [{xsp:Rn}]                   
ST1_m1     0 Q:1 0011000 0 000000 0111 size:2 Rn:5 Rt:5        | st1 {vl1:Rt}, [{xsp:Rn}]                   
ST2_m      0 Q:1 0011000 0 000000 1000 size:2 Rn:5 Rt:5        | st2{not1d:size,Q} {vl2:Rt}, [{xsp:Rn}]                   
ST1_m2     0 Q:1 0011000 0 000000 1010 size:2 Rn:5 Rt:5        | st1 {vl2:Rt}, [{xsp:Rn}]                   
LD4_m      0 Q:1 0011000 1 000000 0000 size:2 Rn:5 Rt:5        | ld4{not1d:size,Q} {vl4:Rt}, [{xsp:Rn}]                   
LD1_m4     0 Q:1 0011000 1 000000 0010 size:2 Rn:5 Rt:5        | ld1 {vl4:Rt}, [{xsp:Rn}]                   
LD3_m      0 Q:1 0011000 1 000000 0100 size:2 Rn:5 Rt:5        | ld3{not1d:size,Q} {vl3:Rt}, [{xsp:Rn}]                   
LD1_m3     0 Q:1 0011000 1 000000 0110 size:2 Rn:5 Rt:5        | ld1 {vl3:Rt}, [{xsp:Rn}]                   
LD1_m1     0 Q:1 0011000 1 000000 0111 size:2 Rn:5 Rt:5        | ld1 {vl1:Rt}, [{xsp:Rn}]                   
LD2_m      0 Q:1 0011000 1 000000 1000 size:2 Rn:5 Rt:5        | ld2{not1d:size,Q} {vl2:Rt}, [{xsp:Rn}]                   
LD1_m2     0 Q:1 0011000 1 000000 1010 size:2 Rn:5 Rt:5        | ld1 {vl2:Rt}, [{xsp:Rn}]                   

# ---- load/store multiple structures, post-index ---------------------------------------------------------
ST4_mp     0 Q:1 0011001 0 0 Rm:5 0000 size:2 Rn:5 Rt:5        | st4{not1d:size,Q} {vl4:Rt}, [{xsp:Rn}], {pm4:Rm}   
ST1_m4p    0 Q:1 0011001 0 0 Rm:5 0010 size:2 Rn:5 Rt:5        | st1 {vl4:Rt}, [{xsp:Rn}], {pm4:Rm}   
ST3_mp     0 Q:1 0011001 0 0 Rm:5 0100 size:2 Rn:5 Rt:5        | st3{not1d:size,Q} {vl3:Rt}, [{xsp:Rn}], {pm3:Rm}   
ST1_m3p    0 Q:1 0011001 0 0 Rm:5 0110 size:2 Rn:5 Rt:5        | st1 {vl3:Rt}, [{xsp:Rn}], {pm3:Rm}   
ST1_m1p    0 Q:1 0011001 0 0 Rm:5 0111 size:2 Rn:5 Rt:5        | st1 {vl1:Rt}, [{xsp:Rn}], {pm1:Rm}   
ST2_mp     0 Q:1 0011001 0 0 Rm:5 1000 size:2 Rn:5 Rt:5        | st2{not1d:size,Q} {vl2:Rt}, [{xsp:Rn}], {pm2:Rm}   
ST1_m2p    0 Q:1 0011001 0 0 Rm:5 1010 size:2 Rn:5 Rt:5        | st1 {vl2:Rt}, [{xsp:Rn}], {pm2:Rm}   
LD4_mp     0 Q:1 0011001 1 0 Rm:5 0000 size:2 Rn:5 Rt:5        | ld4{not1d:size,Q} {vl4:Rt}, [{xsp:Rn}], {pm4:Rm}   
LD1_m4p    0 Q:1 0011001 1 0 Rm:5 0010 size:2 Rn:5 Rt:5        | ld1 {vl4:Rt}, [{xsp:Rn}], {pm4:Rm}   
LD3_mp     0 Q:1 0011001 1 0 Rm:5 0100 size:2 Rn:5 Rt:5        | ld3{not1d:size,Q} {vl3:Rt}, [{xsp:Rn}], {pm3:Rm}   
LD1_m3p    0 Q:1 0011001 1 0 Rm:5 0110 size:2 Rn:5 Rt:5        | ld1 {vl3:Rt}, [{xsp:Rn}], {pm3:Rm}   
LD1_m1p    0 Q:1 0011001 1 0 Rm:5 0111 size:2 Rn:5 Rt:5        | ld1 {vl1:Rt}, [{xsp:Rn}], {pm1:Rm}   
LD2_mp     0 Q:1 0011001 1 0 Rm:5 1000 size:2 Rn:5 Rt:5        | ld2{not1d:size,Q} {vl2:Rt}, [{xsp:Rn}], {pm2:Rm}   
LD1_m2p    0 Q:1 0011001 1 0 Rm:5 1010 size:2 Rn:5 Rt:5        | ld1 {vl2:Rt}, [{xsp:Rn}], {pm2:Rm}   

# ---- load/store single structure, no offset ----------------------------------------------------------------
ST1_s      0 Q:1 0011010 0 0 00000 op:2 0 S:1 size:2 Rn:5 Rt:5  | st1 {vln1:Rt}, [{xsp:Rn}]             
ST3_s      0 Q:1 0011010 0 0 00000 op:2 1 S:1 size:2 Rn:5 Rt:5  | st3 {vln3:Rt}, [{xsp:Rn}]             
ST2_s      0 Q:1 0011010 0 1 00000 op:2 0 S:1 size:2 Rn:5 Rt:5  | st2 {vln2:Rt}, [{xsp:Rn}]             
ST4_s      0 Q:1 0011010 0 1 00000 op:2 1 S:1 size:2 Rn:5 Rt:5  | st4 {vln4:Rt}, [{xsp:Rn}]             
LD1_s      0 Q:1 0011010 1 0 00000 op:2 0 S:1 size:2 Rn:5 Rt:5  | ld1 {vln1:Rt}, [{xsp:Rn}]             
LD3_s      0 Q:1 0011010 1 0 00000 op:2 1 S:1 size:2 Rn:5 Rt:5  | ld3 {vln3:Rt}, [{xsp:Rn}]             
LD2_s      0 Q:1 0011010 1 1 00000 op:2 0 S:1 size:2 Rn:5 Rt:5  | ld2 {vln2:Rt}, [{xsp:Rn}]             
LD4_s      0 Q:1 0011010 1 1 00000 op:2 1 S:1 size:2 Rn:5 Rt:5  | ld4 {vln4:Rt}, [{xsp:Rn}]             
LD1R       0 Q:1 0011010 1 0 00000 110 0 size:2 Rn:5 Rt:5       | ld1r {vl1:Rt}, [{xsp:Rn}]                 
LD3R       0 Q:1 0011010 1 0 00000 111 0 size:2 Rn:5 Rt:5       | ld3r {vl3:Rt}, [{xsp:Rn}]                 
LD2R       0 Q:1 0011010 1 1 00000 110 0 size:2 Rn:5 Rt:5       | ld2r {vl2:Rt}, [{xsp:Rn}]                 
LD4R       0 Q:1 0011010 1 1 00000 111 0 size:2 Rn:5 Rt:5       | ld4r {vl4:Rt}, [{xsp:Rn}]                 

# ---- load/store single structure, post-index -----------------------------------------------------------------
ST1_sp     0 Q:1 0011011 0 0 Rm:5 op:2 0 S:1 size:2 Rn:5 Rt:5   | st1 {vln1:Rt}, [{xsp:Rn}], {ps1:Rm} 
ST3_sp     0 Q:1 0011011 0 0 Rm:5 op:2 1 S:1 size:2 Rn:5 Rt:5   | st3 {vln3:Rt}, [{xsp:Rn}], {ps3:Rm} 
ST2_sp     0 Q:1 0011011 0 1 Rm:5 op:2 0 S:1 size:2 Rn:5 Rt:5   | st2 {vln2:Rt}, [{xsp:Rn}], {ps2:Rm} 
ST4_sp     0 Q:1 0011011 0 1 Rm:5 op:2 1 S:1 size:2 Rn:5 Rt:5   | st4 {vln4:Rt}, [{xsp:Rn}], {ps4:Rm} 
LD1_sp     0 Q:1 0011011 1 0 Rm:5 op:2 0 S:1 size:2 Rn:5 Rt:5   | ld1 {vln1:Rt}, [{xsp:Rn}], {ps1:Rm} 
LD3_sp     0 Q:1 0011011 1 0 Rm:5 op:2 1 S:1 size:2 Rn:5 Rt:5   | ld3 {vln3:Rt}, [{xsp:Rn}], {ps3:Rm} 
LD2_sp     0 Q:1 0011011 1 1 Rm:5 op:2 0 S:1 size:2 Rn:5 Rt:5   | ld2 {vln2:Rt}, [{xsp:Rn}], {ps2:Rm} 
LD4_sp     0 Q:1 0011011 1 1 Rm:5 op:2 1 S:1 size:2 Rn:5 Rt:5   | ld4 {vln4:Rt}, [{xsp:Rn}], {ps4:Rm} 
LD1R_p     0 Q:1 0011011 1 0 Rm:5 110 0 size:2 Rn:5 Rt:5        | ld1r {vl1:Rt}, [{xsp:Rn}], {pr1:Rm}      
LD3R_p     0 Q:1 0011011 1 0 Rm:5 111 0 size:2 Rn:5 Rt:5        | ld3r {vl3:Rt}, [{xsp:Rn}], {pr3:Rm}      
LD2R_p     0 Q:1 0011011 1 1 Rm:5 110 0 size:2 Rn:5 Rt:5        | ld2r {vl2:Rt}, [{xsp:Rn}], {pr2:Rm}      
LD4R_p     0 Q:1 0011011 1 1 Rm:5 111 0 size:2 Rn:5 Rt:5        | ld4r {vl4:Rt}, [{xsp:Rn}], {pr4:Rm}      
`;
