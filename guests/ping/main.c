/*
 * ping -- an ARP and ICMP echo responder written against the raw Solo5 net
 * API, no TCP/IP stack: it answers "who has <ip>?" and echo requests to its
 * address, building each reply in place from the request.
 *
 *   ip=A.B.C.D   its IPv4 address (default 10.0.0.2)
 *   limit=N      exit with SUCCESS after N echo replies ("limit" alone: 100000,
 *                as Solo5's test_net)
 *   verbose      print every reply (else the first 10, then every 1000th)
 *
 * Frames, as offsets from the start of the Ethernet header:
 *   0  dst MAC   6  src MAC   12 ethertype (0x0806 ARP, 0x0800 IPv4)
 *   ARP:  14 htype=1 16 ptype=0x0800 18 hlen=6 19 plen=4 20 op (1 request, 2 reply)
 *         22 sender MAC 28 sender IP 32 target MAC 38 target IP
 *   IPv4: 14 version/IHL 16 total length 22 TTL 23 protocol (1 ICMP) 24 checksum
 *         26 source IP 30 destination IP; ICMP at 14 + 4*IHL: type (8 request, 0 reply),
 *         code, checksum, identifier, sequence, data
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solo5.h"
#include "ukplay.h"

#define ETH_ARP 0x0806
#define ETH_IP 0x0800
#define NSEC_PER_SEC 1000000000ULL

static uint8_t mac[6];
static uint8_t ip[4] = { 10, 0, 0, 2 };
static solo5_handle_t net;

static uint16_t get16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static void put16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)(v >> 8); p[1] = (uint8_t)v; }

/* The Internet checksum (RFC 1071) of n bytes. */
static uint16_t checksum(const uint8_t *p, size_t n)
{
    uint32_t sum = 0;
    for (size_t i = 0; i + 1 < n; i += 2)
        sum += get16(p + i);
    if (n & 1)
        sum += (uint32_t)p[n - 1] << 8;
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return (uint16_t)~sum;
}

static int parse_ip(const char *s, uint8_t out[4])
{
    unsigned a, b, c, d;
    char tail;
    if (sscanf(s, "%u.%u.%u.%u%c", &a, &b, &c, &d, &tail) != 4 || a > 255 || b > 255 || c > 255 || d > 255)
        return 0;
    out[0] = (uint8_t)a, out[1] = (uint8_t)b, out[2] = (uint8_t)c, out[3] = (uint8_t)d;
    return 1;
}

/* Turns an ARP request for our address into the reply; 0 if not for us. */
static int arp_reply(uint8_t *f, size_t len)
{
    if (len < 42 || get16(f + 14) != 1 || get16(f + 16) != ETH_IP || f[18] != 6 || f[19] != 4 ||
        get16(f + 20) != 1 || memcmp(f + 38, ip, 4) != 0)
        return 0;
    memcpy(f, f + 6, 6);          /* to the asker */
    memcpy(f + 6, mac, 6);
    put16(f + 20, 2);             /* reply */
    memcpy(f + 32, f + 22, 10);   /* target = the asker (MAC, IP) */
    memcpy(f + 22, mac, 6);       /* sender = us */
    memcpy(f + 28, ip, 4);
    return 1;
}

/* Turns an echo request to us into the echo reply; returns its sequence + 1, or 0. */
static unsigned echo_reply(uint8_t *f, size_t len)
{
    if (len < 34 || (f[14] >> 4) != 4)
        return 0;
    size_t ihl = (size_t)(f[14] & 15) * 4, total = get16(f + 16);
    if (ihl < 20 || total < ihl + 8 || 14 + total > len || f[23] != 1 || memcmp(f + 30, ip, 4) != 0 ||
        checksum(f + 14, ihl) != 0)
        return 0;
    uint8_t *icmp = f + 14 + ihl;
    size_t icmp_len = total - ihl;
    if (icmp[0] != 8 || icmp[1] != 0 || checksum(icmp, icmp_len) != 0)
        return 0;
    memcpy(f, f + 6, 6);
    memcpy(f + 6, mac, 6);
    memcpy(f + 30, f + 26, 4);    /* to the sender */
    memcpy(f + 26, ip, 4);
    f[22] = 64;                   /* a fresh TTL */
    put16(f + 24, 0);
    put16(f + 24, checksum(f + 14, ihl));
    icmp[0] = 0;                  /* echo reply */
    put16(icmp + 2, 0);
    put16(icmp + 2, checksum(icmp, icmp_len));
    return (unsigned)get16(icmp + 6) + 1;
}

int solo5_app_main(const struct solo5_start_info *si)
{
    struct solo5_net_info info;
    if (solo5_net_acquire("service0", &net, &info) != SOLO5_R_OK) {
        printf("ping: no network device 'service0' attached\n");
        return SOLO5_EXIT_FAILURE;
    }
    memcpy(mac, info.mac_address, 6);
    char arg[32];
    if (ukp_arg(si->cmdline, "ip", arg, sizeof arg) && !parse_ip(arg, ip)) {
        printf("ping: bad ip=%s\n", arg);
        return SOLO5_EXIT_FAILURE;
    }
    uint64_t limit = ukp_arg_flag(si->cmdline, "limit") ? 100000 : ukp_arg_u64(si->cmdline, "limit", 0);
    bool verbose = ukp_arg_flag(si->cmdline, "verbose");
    size_t frame_max = info.mtu + SOLO5_NET_HLEN;
    uint8_t *frame = malloc(frame_max);
    if (frame == NULL)
        return SOLO5_EXIT_FAILURE;

    printf("ping: listening on %u.%u.%u.%u (MAC %02x:%02x:%02x:%02x:%02x:%02x, MTU %lu)%s\n",
           ip[0], ip[1], ip[2], ip[3], mac[0], mac[1], mac[2], mac[3], mac[4], mac[5],
           (unsigned long)info.mtu, limit ? "" : ", no limit");
    if (limit)
        printf("ping: will exit after %lu echo replies\n", (unsigned long)limit);

    uint64_t replies = 0, arps = 0;
    for (;;) {
        solo5_handle_set_t ready = 0;
        solo5_yield(solo5_clock_monotonic() + NSEC_PER_SEC, &ready);
        if (!(ready & (1ULL << net)))
            continue;
        size_t len;
        while (solo5_net_read(net, frame, frame_max, &len) == SOLO5_R_OK) {
            if (len < 14 || (memcmp(frame, mac, 6) != 0 && memcmp(frame, "\xff\xff\xff\xff\xff\xff", 6) != 0))
                continue;
            uint16_t type = get16(frame + 12);
            if (type == ETH_ARP && arp_reply(frame, len)) {
                solo5_net_write(net, frame, 42);
                if (arps++ < 3 || verbose)
                    printf("ping: answered ARP from %u.%u.%u.%u\n", frame[38], frame[39], frame[40], frame[41]);
            } else if (type == ETH_IP) {
                unsigned seq = echo_reply(frame, len);
                if (seq == 0)
                    continue;
                solo5_net_write(net, frame, 14 + get16(frame + 16));
                replies++;
                if (verbose || replies <= 10 || replies % 1000 == 0)
                    printf("ping: echo reply %lu to %u.%u.%u.%u, seq %u\n", (unsigned long)replies,
                           frame[30], frame[31], frame[32], frame[33], seq - 1);
                if (limit && replies >= limit) {
                    printf("ping: %lu echo replies sent, %lu ARP replies\n", (unsigned long)replies, (unsigned long)arps);
                    printf("SUCCESS\n");
                    return SOLO5_EXIT_SUCCESS;
                }
            }
        }
    }
}
