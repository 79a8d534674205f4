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
// Disassembly tokens (besides those of simd.ts):
//   {vlist:Rt,size,Q,N}        { vT.<T>, ... } N consecutive registers (wrapping at 31)
//   {vlane:Rt,op,S,size,Q,N}   { vT.<Ts>, ... }[index] for single structures
//   {xsp:Rn}                   xN or sp
//   {postm:Rm,Q,N}             post-index of a multiple transfer: #(N * (8 << Q)) for Rm = 31, else xM
//   {posts:Rm,op,size,N}       post-index of a single transfer: #(N * element bytes), else xM

export default String.raw`
# ---- load/store multiple structures, no offset -------------------------------------------------------
ST4_m      0 Q:1 0011000 0 000000 0000 size:2 Rn:5 Rt:5        | st4 {vlist:Rt,size,Q,4}, [{xsp:Rn}]                   
ST1_m4     0 Q:1 0011000 0 000000 0010 size:2 Rn:5 Rt:5        | st1 {vlist:Rt,size,Q,4}, [{xsp:Rn}]                   
ST3_m      0 Q:1 0011000 0 000000 0100 size:2 Rn:5 Rt:5        | st3 {vlist:Rt,size,Q,3}, [{xsp:Rn}]                   
ST1_m3     0 Q:1 0011000 0 000000 0110 size:2 Rn:5 Rt:5        | st1 {vlist:Rt,size,Q,3}, [{xsp:Rn}]                   
ST1_m1     0 Q:1 0011000 0 000000 0111 size:2 Rn:5 Rt:5        | st1 {vlist:Rt,size,Q,1}, [{xsp:Rn}]                   
ST2_m      0 Q:1 0011000 0 000000 1000 size:2 Rn:5 Rt:5        | st2 {vlist:Rt,size,Q,2}, [{xsp:Rn}]                   
ST1_m2     0 Q:1 0011000 0 000000 1010 size:2 Rn:5 Rt:5        | st1 {vlist:Rt,size,Q,2}, [{xsp:Rn}]                   
LD4_m      0 Q:1 0011000 1 000000 0000 size:2 Rn:5 Rt:5        | ld4 {vlist:Rt,size,Q,4}, [{xsp:Rn}]                   
LD1_m4     0 Q:1 0011000 1 000000 0010 size:2 Rn:5 Rt:5        | ld1 {vlist:Rt,size,Q,4}, [{xsp:Rn}]                   
LD3_m      0 Q:1 0011000 1 000000 0100 size:2 Rn:5 Rt:5        | ld3 {vlist:Rt,size,Q,3}, [{xsp:Rn}]                   
LD1_m3     0 Q:1 0011000 1 000000 0110 size:2 Rn:5 Rt:5        | ld1 {vlist:Rt,size,Q,3}, [{xsp:Rn}]                   
LD1_m1     0 Q:1 0011000 1 000000 0111 size:2 Rn:5 Rt:5        | ld1 {vlist:Rt,size,Q,1}, [{xsp:Rn}]                   
LD2_m      0 Q:1 0011000 1 000000 1000 size:2 Rn:5 Rt:5        | ld2 {vlist:Rt,size,Q,2}, [{xsp:Rn}]                   
LD1_m2     0 Q:1 0011000 1 000000 1010 size:2 Rn:5 Rt:5        | ld1 {vlist:Rt,size,Q,2}, [{xsp:Rn}]                   

# ---- load/store multiple structures, post-index ---------------------------------------------------------
ST4_mp     0 Q:1 0011001 0 0 Rm:5 0000 size:2 Rn:5 Rt:5        | st4 {vlist:Rt,size,Q,4}, [{xsp:Rn}], {postm:Rm,Q,4}   
ST1_m4p    0 Q:1 0011001 0 0 Rm:5 0010 size:2 Rn:5 Rt:5        | st1 {vlist:Rt,size,Q,4}, [{xsp:Rn}], {postm:Rm,Q,4}   
ST3_mp     0 Q:1 0011001 0 0 Rm:5 0100 size:2 Rn:5 Rt:5        | st3 {vlist:Rt,size,Q,3}, [{xsp:Rn}], {postm:Rm,Q,3}   
ST1_m3p    0 Q:1 0011001 0 0 Rm:5 0110 size:2 Rn:5 Rt:5        | st1 {vlist:Rt,size,Q,3}, [{xsp:Rn}], {postm:Rm,Q,3}   
ST1_m1p    0 Q:1 0011001 0 0 Rm:5 0111 size:2 Rn:5 Rt:5        | st1 {vlist:Rt,size,Q,1}, [{xsp:Rn}], {postm:Rm,Q,1}   
ST2_mp     0 Q:1 0011001 0 0 Rm:5 1000 size:2 Rn:5 Rt:5        | st2 {vlist:Rt,size,Q,2}, [{xsp:Rn}], {postm:Rm,Q,2}   
ST1_m2p    0 Q:1 0011001 0 0 Rm:5 1010 size:2 Rn:5 Rt:5        | st1 {vlist:Rt,size,Q,2}, [{xsp:Rn}], {postm:Rm,Q,2}   
LD4_mp     0 Q:1 0011001 1 0 Rm:5 0000 size:2 Rn:5 Rt:5        | ld4 {vlist:Rt,size,Q,4}, [{xsp:Rn}], {postm:Rm,Q,4}   
LD1_m4p    0 Q:1 0011001 1 0 Rm:5 0010 size:2 Rn:5 Rt:5        | ld1 {vlist:Rt,size,Q,4}, [{xsp:Rn}], {postm:Rm,Q,4}   
LD3_mp     0 Q:1 0011001 1 0 Rm:5 0100 size:2 Rn:5 Rt:5        | ld3 {vlist:Rt,size,Q,3}, [{xsp:Rn}], {postm:Rm,Q,3}   
LD1_m3p    0 Q:1 0011001 1 0 Rm:5 0110 size:2 Rn:5 Rt:5        | ld1 {vlist:Rt,size,Q,3}, [{xsp:Rn}], {postm:Rm,Q,3}   
LD1_m1p    0 Q:1 0011001 1 0 Rm:5 0111 size:2 Rn:5 Rt:5        | ld1 {vlist:Rt,size,Q,1}, [{xsp:Rn}], {postm:Rm,Q,1}   
LD2_mp     0 Q:1 0011001 1 0 Rm:5 1000 size:2 Rn:5 Rt:5        | ld2 {vlist:Rt,size,Q,2}, [{xsp:Rn}], {postm:Rm,Q,2}   
LD1_m2p    0 Q:1 0011001 1 0 Rm:5 1010 size:2 Rn:5 Rt:5        | ld1 {vlist:Rt,size,Q,2}, [{xsp:Rn}], {postm:Rm,Q,2}   

# ---- load/store single structure, no offset ----------------------------------------------------------------
ST1_s      0 Q:1 0011010 0 0 00000 op:2 0 S:1 size:2 Rn:5 Rt:5  | st1 {vlane:Rt,op,S,size,Q,1}, [{xsp:Rn}]             
ST3_s      0 Q:1 0011010 0 0 00000 op:2 1 S:1 size:2 Rn:5 Rt:5  | st3 {vlane:Rt,op,S,size,Q,3}, [{xsp:Rn}]             
ST2_s      0 Q:1 0011010 0 1 00000 op:2 0 S:1 size:2 Rn:5 Rt:5  | st2 {vlane:Rt,op,S,size,Q,2}, [{xsp:Rn}]             
ST4_s      0 Q:1 0011010 0 1 00000 op:2 1 S:1 size:2 Rn:5 Rt:5  | st4 {vlane:Rt,op,S,size,Q,4}, [{xsp:Rn}]             
LD1_s      0 Q:1 0011010 1 0 00000 op:2 0 S:1 size:2 Rn:5 Rt:5  | ld1 {vlane:Rt,op,S,size,Q,1}, [{xsp:Rn}]             
LD3_s      0 Q:1 0011010 1 0 00000 op:2 1 S:1 size:2 Rn:5 Rt:5  | ld3 {vlane:Rt,op,S,size,Q,3}, [{xsp:Rn}]             
LD2_s      0 Q:1 0011010 1 1 00000 op:2 0 S:1 size:2 Rn:5 Rt:5  | ld2 {vlane:Rt,op,S,size,Q,2}, [{xsp:Rn}]             
LD4_s      0 Q:1 0011010 1 1 00000 op:2 1 S:1 size:2 Rn:5 Rt:5  | ld4 {vlane:Rt,op,S,size,Q,4}, [{xsp:Rn}]             
LD1R       0 Q:1 0011010 1 0 00000 110 0 size:2 Rn:5 Rt:5       | ld1r {vlist:Rt,size,Q,1}, [{xsp:Rn}]                 
LD3R       0 Q:1 0011010 1 0 00000 111 0 size:2 Rn:5 Rt:5       | ld3r {vlist:Rt,size,Q,3}, [{xsp:Rn}]                 
LD2R       0 Q:1 0011010 1 1 00000 110 0 size:2 Rn:5 Rt:5       | ld2r {vlist:Rt,size,Q,2}, [{xsp:Rn}]                 
LD4R       0 Q:1 0011010 1 1 00000 111 0 size:2 Rn:5 Rt:5       | ld4r {vlist:Rt,size,Q,4}, [{xsp:Rn}]                 

# ---- load/store single structure, post-index -----------------------------------------------------------------
ST1_sp     0 Q:1 0011011 0 0 Rm:5 op:2 0 S:1 size:2 Rn:5 Rt:5   | st1 {vlane:Rt,op,S,size,Q,1}, [{xsp:Rn}], {posts:Rm,op,size,1} 
ST3_sp     0 Q:1 0011011 0 0 Rm:5 op:2 1 S:1 size:2 Rn:5 Rt:5   | st3 {vlane:Rt,op,S,size,Q,3}, [{xsp:Rn}], {posts:Rm,op,size,3} 
ST2_sp     0 Q:1 0011011 0 1 Rm:5 op:2 0 S:1 size:2 Rn:5 Rt:5   | st2 {vlane:Rt,op,S,size,Q,2}, [{xsp:Rn}], {posts:Rm,op,size,2} 
ST4_sp     0 Q:1 0011011 0 1 Rm:5 op:2 1 S:1 size:2 Rn:5 Rt:5   | st4 {vlane:Rt,op,S,size,Q,4}, [{xsp:Rn}], {posts:Rm,op,size,4} 
LD1_sp     0 Q:1 0011011 1 0 Rm:5 op:2 0 S:1 size:2 Rn:5 Rt:5   | ld1 {vlane:Rt,op,S,size,Q,1}, [{xsp:Rn}], {posts:Rm,op,size,1} 
LD3_sp     0 Q:1 0011011 1 0 Rm:5 op:2 1 S:1 size:2 Rn:5 Rt:5   | ld3 {vlane:Rt,op,S,size,Q,3}, [{xsp:Rn}], {posts:Rm,op,size,3} 
LD2_sp     0 Q:1 0011011 1 1 Rm:5 op:2 0 S:1 size:2 Rn:5 Rt:5   | ld2 {vlane:Rt,op,S,size,Q,2}, [{xsp:Rn}], {posts:Rm,op,size,2} 
LD4_sp     0 Q:1 0011011 1 1 Rm:5 op:2 1 S:1 size:2 Rn:5 Rt:5   | ld4 {vlane:Rt,op,S,size,Q,4}, [{xsp:Rn}], {posts:Rm,op,size,4} 
LD1R_p     0 Q:1 0011011 1 0 Rm:5 110 0 size:2 Rn:5 Rt:5        | ld1r {vlist:Rt,size,Q,1}, [{xsp:Rn}], {posts:Rm,3,size,1}      
LD3R_p     0 Q:1 0011011 1 0 Rm:5 111 0 size:2 Rn:5 Rt:5        | ld3r {vlist:Rt,size,Q,3}, [{xsp:Rn}], {posts:Rm,3,size,3}      
LD2R_p     0 Q:1 0011011 1 1 Rm:5 110 0 size:2 Rn:5 Rt:5        | ld2r {vlist:Rt,size,Q,2}, [{xsp:Rn}], {posts:Rm,3,size,2}      
LD4R_p     0 Q:1 0011011 1 1 Rm:5 111 0 size:2 Rn:5 Rt:5        | ld4r {vlist:Rt,size,Q,4}, [{xsp:Rn}], {posts:Rm,3,size,4}      
`;
