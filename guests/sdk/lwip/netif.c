/*
 * netif.c -- lwIP's Ethernet interface over a Solo5 net device, and the
 * loop that drives it: frames are read when solo5_yield reports the device
 * ready, and lwIP's timers run from the same loop (NO_SYS: no threads).
 */
#include <stdio.h>
#include <string.h>

#include "lwip/etharp.h"
#include "lwip/init.h"
#include "lwip/pbuf.h"
#include "lwip/timeouts.h"
#include "netif/ethernet.h"
#include "ukplay.h"
#include "ukplay_net.h"

static struct netif the_netif;
static solo5_handle_t handle;
static struct solo5_net_info info;
static uint8_t *frame; /* one MTU-sized frame, for reads and for flattening writes */
static size_t frame_max;

u32_t sys_now(void)
{
    return (u32_t)(solo5_clock_monotonic() / 1000000ULL);
}

unsigned int ukp_lwip_rand(void)
{
    static uint64_t s;
    if (s == 0) {
        uint64_t c;
        __asm__ __volatile__("mrs %0, cntvct_el0" : "=r"(c));
        s = c * 0x9e3779b97f4a7c15ULL | 1;
    }
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return (unsigned int)s;
}

static err_t link_output(struct netif *netif, struct pbuf *p)
{
    (void)netif;
    if (p->tot_len > frame_max)
        return ERR_BUF;
    const uint8_t *data = p->payload;
    if (p->next != NULL) { /* a chain: flatten it into one frame */
        pbuf_copy_partial(p, frame, p->tot_len, 0);
        data = frame;
    }
    /* A full host queue drops the frame; TCP retransmits. */
    solo5_net_write(handle, data, p->tot_len);
    return ERR_OK;
}

static err_t netif_setup(struct netif *netif)
{
    netif->name[0] = 'e';
    netif->name[1] = 'n';
    netif->output = etharp_output;
    netif->linkoutput = link_output;
    netif->mtu = (u16_t)info.mtu;
    netif->hwaddr_len = ETH_HWADDR_LEN;
    memcpy(netif->hwaddr, info.mac_address, ETH_HWADDR_LEN);
    netif->flags = NETIF_FLAG_BROADCAST | NETIF_FLAG_ETHARP | NETIF_FLAG_ETHERNET | NETIF_FLAG_LINK_UP;
    return ERR_OK;
}

static bool ip_option(const char *cmdline, const char *key, const char *dflt, ip4_addr_t *out)
{
    char buf[32];
    const char *text = ukp_arg(cmdline, key, buf, sizeof buf) ? buf : dflt;
    if (!ip4addr_aton(text, out)) {
        printf("net: bad %s=%s\n", key, text);
        return false;
    }
    return true;
}

bool ukp_net_init(const char *cmdline, const char *device)
{
    if (solo5_net_acquire(device, &handle, &info) != SOLO5_R_OK) {
        printf("net: no network device '%s' attached\n", device);
        return false;
    }
    ip4_addr_t ip, mask, gw;
    if (!ip_option(cmdline, "ip", "10.0.0.2", &ip) || !ip_option(cmdline, "mask", "255.255.255.0", &mask) ||
        !ip_option(cmdline, "gw", "10.0.0.1", &gw))
        return false;
    frame_max = info.mtu + SOLO5_NET_HLEN;
    frame = malloc(frame_max);
    if (frame == NULL)
        return false;
    lwip_init();
    netif_add(&the_netif, &ip, &mask, &gw, NULL, netif_setup, ethernet_input);
    netif_set_default(&the_netif);
    netif_set_up(&the_netif);
    ukp_log(UKP_LOG_INFO, "net: %s up at %s, MAC %02x:%02x:%02x:%02x:%02x:%02x, MTU %lu\n", device,
            ip4addr_ntoa(&ip), info.mac_address[0], info.mac_address[1], info.mac_address[2],
            info.mac_address[3], info.mac_address[4], info.mac_address[5], (unsigned long)info.mtu);
    return true;
}

struct netif *ukp_net_netif(void)
{
    return &the_netif;
}

void ukp_net_poll(solo5_time_t max_wait)
{
    solo5_time_t now = solo5_clock_monotonic();
    u32_t timer_ms = sys_timeouts_sleeptime();
    solo5_time_t wait = timer_ms == SYS_TIMEOUTS_SLEEPTIME_INFINITE ? max_wait : (solo5_time_t)timer_ms * 1000000ULL;
    if (wait > max_wait)
        wait = max_wait;
    solo5_handle_set_t ready = 0;
    solo5_yield(wait > UKP_NET_FOREVER - now ? UKP_NET_FOREVER : now + wait, &ready);
    if (ready & (1ULL << handle)) {
        size_t len;
        while (solo5_net_read(handle, frame, frame_max, &len) == SOLO5_R_OK) {
            struct pbuf *p = pbuf_alloc(PBUF_RAW, (u16_t)len, PBUF_POOL);
            if (p == NULL)
                continue; /* out of buffers: drop, as a NIC would */
            pbuf_take(p, frame, (u16_t)len);
            if (the_netif.input(p, &the_netif) != ERR_OK)
                pbuf_free(p);
        }
    }
    sys_check_timeouts();
}
