// The cryptographic extension (Arm ARM C4.1.95: Cryptographic AES, Cryptographic three-register
// SHA, Cryptographic two-register SHA) and the 64-bit PMULL/PMULL2 of the AdvSIMD three
// different group, which FEAT_PMULL adds alongside FEAT_AES. Tokens: disasm/operands-simd.ts.

export default String.raw`
# ---- Cryptographic AES: 01001110 size 10100 opcode 10 Rn Rd (size = 00) ---------------------------
AESE        01001110 00 10100 00100 10 Rn:5 Rd:5           | aese {v16b:Rd}, {v16b:Rn}                     @class=simd
AESD        01001110 00 10100 00101 10 Rn:5 Rd:5           | aesd {v16b:Rd}, {v16b:Rn}                     @class=simd
AESMC       01001110 00 10100 00110 10 Rn:5 Rd:5           | aesmc {v16b:Rd}, {v16b:Rn}                    @class=simd
AESIMC      01001110 00 10100 00111 10 Rn:5 Rd:5           | aesimc {v16b:Rd}, {v16b:Rn}                   @class=simd

# ---- Cryptographic three-register SHA: 01011110 size 0 Rm 0 opcode 00 Rn Rd (size = 00) -------------
SHA1C       01011110 00 0 Rm:5 0 000 00 Rn:5 Rd:5          | sha1c {q:Rd}, {s:Rn}, {va4s:Rm}            @class=simd
SHA1P       01011110 00 0 Rm:5 0 001 00 Rn:5 Rd:5          | sha1p {q:Rd}, {s:Rn}, {va4s:Rm}            @class=simd
SHA1M       01011110 00 0 Rm:5 0 010 00 Rn:5 Rd:5          | sha1m {q:Rd}, {s:Rn}, {va4s:Rm}            @class=simd
SHA1SU0     01011110 00 0 Rm:5 0 011 00 Rn:5 Rd:5          | sha1su0 {va4s:Rd}, {va4s:Rn}, {va4s:Rm} @class=simd
SHA256H     01011110 00 0 Rm:5 0 100 00 Rn:5 Rd:5          | sha256h {q:Rd}, {q:Rn}, {va4s:Rm}          @class=simd
SHA256H2    01011110 00 0 Rm:5 0 101 00 Rn:5 Rd:5          | sha256h2 {q:Rd}, {q:Rn}, {va4s:Rm}         @class=simd
SHA256SU1   01011110 00 0 Rm:5 0 110 00 Rn:5 Rd:5          | sha256su1 {va4s:Rd}, {va4s:Rn}, {va4s:Rm} @class=simd

# ---- Cryptographic two-register SHA: 01011110 size 10100 opcode 10 Rn Rd (size = 00) ------------------
SHA1H       01011110 00 10100 00000 10 Rn:5 Rd:5           | sha1h {s:Rd}, {s:Rn}                          @class=simd
SHA1SU1     01011110 00 10100 00001 10 Rn:5 Rd:5           | sha1su1 {va4s:Rd}, {va4s:Rn}              @class=simd
SHA256SU0   01011110 00 10100 00010 10 Rn:5 Rd:5           | sha256su0 {va4s:Rd}, {va4s:Rn}            @class=simd

# ---- PMULL/PMULL2 with 64-bit elements (AdvSIMD three different, size = 11) ----------------------------
PMULL_64    0 Q:1 0 01110 11 1 Rm:5 1110 00 Rn:5 Rd:5      | pmull{q2:Q} {v1q:Rd}, {vdq:Rn}, {vdq:Rm} @class=simd
`;
