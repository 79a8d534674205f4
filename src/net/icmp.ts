// ICMP echo (RFC 792): the messages `ping` is made of.
//
//   at the IPv4 payload:
//   0      1      2          4            6            8
//   ┌──────┬──────┬──────────┬────────────┬────────────┬────────── ─ ─
//   │ type │ code │ checksum │ identifier │ sequence   │ data
//   │ 8 req│  0   │          │            │            │
//   │ 0 rep│      │          │            │            │
//   └──────┴──────┴──────────┴────────────┴────────────┴────────── ─ ─

export const ICMP_ECHO_REPLY = 0;
export const ICMP_DEST_UNREACHABLE = 3;
export const ICMP_ECHO_REQUEST = 8;
export const ICMP_HEADER_LEN = 8;
