/*
 * pinger.c -- a scripted peer on the guest's net device, for the QEMU
 * reference tender: QEMU's user network cannot send ICMP echo requests to a
 * guest, so the tender plays the host itself. It asks for the guest's MAC
 * with ARP, then sends echo requests one at a time, each after the
 * previous reply, and checks every reply: addresses, type, identifier,
 * sequence, payload and both checksums.
 *
 *   host: MAC 02:00:00:00:00:01, IP 10.0.0.1     guest: the IP it was given
 */
#include "tender.h"

#define PAYLOAD 56
#define ECHO_ID 0x5550

static const uint8_t host_mac[6] = { 2, 0, 0, 0, 0, 1 };
static const uint8_t host_ip[4] = { 10, 0, 0, 1 };
static uint8_t guest_mac[6];
static uint8_t guest_ip[4];
static unsigned total, verified;
static bool have_mac;
static uint8_t pending[128]; /* the next frame for the guest */
static size_t pending_len;

static void put16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)(v >> 8); p[1] = (uint8_t)v; }
static uint16_t get16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static bool same(const uint8_t *a, const uint8_t *b, size_t n) { while (n--) if (*a++ != *b++) return false; return true; }

static uint16_t checksum(const uint8_t *p, size_t n)
{
    uint32_t sum = 0;
    for (size_t i = 0; i + 1 < n; i += 2) sum += get16(p + i);
    if (n & 1) sum += (uint32_t)p[n - 1] << 8;
    while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
    return (uint16_t)~sum;
}

static void queue_arp_request(void)
{
    uint8_t *f = pending;
    mset(f, 0xff, 6);
    mcopy(f + 6, host_mac, 6);
    put16(f + 12, 0x0806);
    put16(f + 14, 1); put16(f + 16, 0x0800); f[18] = 6; f[19] = 4; put16(f + 20, 1);
    mcopy(f + 22, host_mac, 6); mcopy(f + 28, host_ip, 4);
    mset(f + 32, 0, 6); mcopy(f + 38, guest_ip, 4);
    pending_len = 42;
}

static void queue_echo_request(unsigned seq)
{
    uint8_t *f = pending, *ip = f + 14, *icmp = f + 34;
    mcopy(f, guest_mac, 6);
    mcopy(f + 6, host_mac, 6);
    put16(f + 12, 0x0800);
    ip[0] = 0x45; ip[1] = 0; put16(ip + 2, 20 + 8 + PAYLOAD); put16(ip + 4, (uint16_t)seq); put16(ip + 6, 0);
    ip[8] = 64; ip[9] = 1; put16(ip + 10, 0); mcopy(ip + 12, host_ip, 4); mcopy(ip + 16, guest_ip, 4);
    put16(ip + 10, checksum(ip, 20));
    icmp[0] = 8; icmp[1] = 0; put16(icmp + 2, 0); put16(icmp + 4, ECHO_ID); put16(icmp + 6, (uint16_t)seq);
    for (unsigned i = 0; i < PAYLOAD; i++) icmp[8 + i] = (uint8_t)(seq + i);
    put16(icmp + 2, checksum(icmp, 8 + PAYLOAD));
    pending_len = 14 + 20 + 8 + PAYLOAD;
}

void pinger_init(const uint8_t ip[4], unsigned count)
{
    mcopy(guest_ip, ip, 4);
    total = count;
    queue_arp_request();
}

bool pinger_pending(void) { return pending_len > 0; }

long pinger_recv(uint8_t *dst, size_t max)
{
    if (pending_len == 0 || pending_len > max) return -1;
    mcopy(dst, pending, pending_len);
    long n = (long)pending_len;
    pending_len = 0;
    return n;
}

/* A frame from the guest: the ARP reply, or the reply to the echo request in flight. */
void pinger_send(const uint8_t *f, size_t len)
{
    if (len < 14 || !same(f, host_mac, 6)) return; /* not for us (e.g. the guest's own ARP) */
    if (!have_mac) {
        if (len < 42 || get16(f + 12) != 0x0806 || get16(f + 20) != 2 || !same(f + 28, guest_ip, 4) ||
            !same(f + 38, host_ip, 4) || !same(f + 32, host_mac, 6))
            tender_fail("pinger: expected an ARP reply from the guest");
        mcopy(guest_mac, f + 22, 6);
        have_mac = true;
        if (total) queue_echo_request(0);
        return;
    }
    const uint8_t *ip = f + 14, *icmp = f + 34;
    if (len < 14 + 20 + 8 + PAYLOAD || get16(f + 12) != 0x0800 || !same(f + 6, guest_mac, 6) || ip[0] != 0x45 ||
        ip[9] != 1 || !same(ip + 12, guest_ip, 4) || !same(ip + 16, host_ip, 4) || checksum(ip, 20) != 0 ||
        get16(ip + 2) != 20 + 8 + PAYLOAD)
        tender_fail("pinger: malformed IPv4 reply from the guest");
    if (icmp[0] != 0 || icmp[1] != 0 || get16(icmp + 4) != ECHO_ID || get16(icmp + 6) != verified ||
        checksum(icmp, 8 + PAYLOAD) != 0)
        tender_fail("pinger: wrong ICMP echo reply from the guest");
    for (unsigned i = 0; i < PAYLOAD; i++)
        if (icmp[8 + i] != (uint8_t)(verified + i)) tender_fail("pinger: echo reply payload differs");
    if (++verified < total)
        queue_echo_request(verified);
    else
        tender_note_pings(verified);
}
