/*
 * virtio_net.c -- a polled virtio-net driver (virtio-mmio version 2, split
 * queues) for the QEMU reference tender, so a guest's net device can reach
 * QEMU's user-mode network (and, through its port forwarding, the host).
 *
 * Each queue: QSIZE descriptors, an available ring and a used ring, all in
 * the tender's memory (the MMU is off at EL2: addresses are physical).
 * Every buffer is a 12-byte virtio_net_hdr followed by one Ethernet frame.
 *
 *   rx (queue 0): all QSIZE buffers posted device-writable; a used entry
 *                 is a received frame, reposted once copied out
 *   tx (queue 1): one buffer per frame, reclaimed when the device is done
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tender.h"

#define MMIO_FIRST 0x0a000000UL
#define MMIO_STRIDE 0x200UL
#define MMIO_COUNT 32

#define R_MAGIC 0x000
#define R_VERSION 0x004
#define R_DEVICE_ID 0x008
#define R_DEV_FEATURES 0x010
#define R_DEV_FEATURES_SEL 0x014
#define R_DRV_FEATURES 0x020
#define R_DRV_FEATURES_SEL 0x024
#define R_QUEUE_SEL 0x030
#define R_QUEUE_NUM_MAX 0x034
#define R_QUEUE_NUM 0x038
#define R_QUEUE_READY 0x044
#define R_QUEUE_NOTIFY 0x050
#define R_INTERRUPT_ACK 0x064
#define R_STATUS 0x070
#define R_QUEUE_DESC 0x080
#define R_QUEUE_AVAIL 0x090
#define R_QUEUE_USED 0x0a0
#define R_CONFIG 0x100

#define S_ACKNOWLEDGE 1
#define S_DRIVER 2
#define S_DRIVER_OK 4
#define S_FEATURES_OK 8

#define F_MAC 5           /* in the low 32 feature bits */
#define F_VERSION_1 0     /* bit 32, i.e. bit 0 of the high word */

#define QSIZE 64
#define HDR 12
#define BUF (HDR + 1514)
#define DESC_WRITE 2

struct desc {
    uint64_t addr;
    uint32_t len;
    uint16_t flags, next;
};
struct avail {
    uint16_t flags, idx, ring[QSIZE];
};
struct used_elem {
    uint32_t id, len;
};
struct used {
    uint16_t flags, idx;
    struct used_elem ring[QSIZE];
};
struct queue {
    struct desc desc[QSIZE] __attribute__((aligned(16)));
    struct avail avail __attribute__((aligned(2)));
    struct used used __attribute__((aligned(4)));
    uint16_t last_used;
    uint8_t buf[QSIZE][BUF] __attribute__((aligned(16)));
};

static struct queue rxq, txq;
static volatile uint32_t *dev;
static uint16_t tx_free = QSIZE;
static uint16_t tx_next;

static uint32_t rd(unsigned off) { return dev[off / 4]; }
static void wr(unsigned off, uint32_t v) { dev[off / 4] = v; }
static void barrier(void) { __asm__ __volatile__("dsb sy" ::: "memory"); }

static bool setup_queue(unsigned index, struct queue *q)
{
    wr(R_QUEUE_SEL, index);
    if (rd(R_QUEUE_NUM_MAX) < QSIZE)
        return false;
    wr(R_QUEUE_NUM, QSIZE);
    wr(R_QUEUE_DESC, (uint32_t)(uintptr_t)q->desc);
    wr(R_QUEUE_DESC + 4, 0);
    wr(R_QUEUE_AVAIL, (uint32_t)(uintptr_t)&q->avail);
    wr(R_QUEUE_AVAIL + 4, 0);
    wr(R_QUEUE_USED, (uint32_t)(uintptr_t)&q->used);
    wr(R_QUEUE_USED + 4, 0);
    wr(R_QUEUE_READY, 1);
    return true;
}

bool vnet_init(uint8_t mac[6])
{
    for (unsigned i = 0; i < MMIO_COUNT && dev == NULL; i++) {
        volatile uint32_t *d = (volatile uint32_t *)(MMIO_FIRST + i * MMIO_STRIDE);
        if (d[R_MAGIC / 4] == 0x74726976 && d[R_VERSION / 4] == 2 && d[R_DEVICE_ID / 4] == 1)
            dev = d;
    }
    if (dev == NULL)
        return false;
    wr(R_STATUS, 0);
    wr(R_STATUS, S_ACKNOWLEDGE);
    wr(R_STATUS, S_ACKNOWLEDGE | S_DRIVER);
    wr(R_DEV_FEATURES_SEL, 1);
    if (!(rd(R_DEV_FEATURES) & (1u << F_VERSION_1)))
        return false;
    wr(R_DRV_FEATURES_SEL, 0);
    wr(R_DRV_FEATURES, 1u << F_MAC);
    wr(R_DRV_FEATURES_SEL, 1);
    wr(R_DRV_FEATURES, 1u << F_VERSION_1);
    wr(R_STATUS, S_ACKNOWLEDGE | S_DRIVER | S_FEATURES_OK);
    if (!(rd(R_STATUS) & S_FEATURES_OK))
        return false;
    for (unsigned i = 0; i < 6; i++)
        mac[i] = ((volatile uint8_t *)dev)[R_CONFIG + i];
    if (!setup_queue(0, &rxq) || !setup_queue(1, &txq))
        return false;
    for (uint16_t i = 0; i < QSIZE; i++) {
        rxq.desc[i] = (struct desc){ (uintptr_t)rxq.buf[i], BUF, DESC_WRITE, 0 };
        rxq.avail.ring[i] = i;
    }
    barrier();
    rxq.avail.idx = QSIZE;
    barrier();
    wr(R_STATUS, S_ACKNOWLEDGE | S_DRIVER | S_FEATURES_OK | S_DRIVER_OK);
    wr(R_QUEUE_NOTIFY, 0);
    return true;
}

static void reclaim_tx(void)
{
    barrier();
    while (txq.last_used != txq.used.idx) {
        txq.last_used++;
        tx_free++;
    }
}

bool vnet_send(const uint8_t *frame, size_t len)
{
    if (len > BUF - HDR)
        return false;
    reclaim_tx();
    if (tx_free == 0)
        return false; /* the host is behind: drop, as a NIC would */
    uint16_t i = tx_next;
    tx_next = (uint16_t)((tx_next + 1) % QSIZE);
    tx_free--;
    mset(txq.buf[i], 0, HDR);
    mcopy(txq.buf[i] + HDR, frame, len);
    txq.desc[i] = (struct desc){ (uintptr_t)txq.buf[i], (uint32_t)(HDR + len), 0, 0 };
    txq.avail.ring[txq.avail.idx % QSIZE] = i;
    barrier();
    txq.avail.idx++;
    barrier();
    wr(R_QUEUE_NOTIFY, 1);
    return true;
}

bool vnet_pending(void)
{
    barrier();
    return dev != NULL && rxq.last_used != rxq.used.idx;
}

long vnet_recv(uint8_t *dst, size_t max)
{
    if (!vnet_pending())
        return -1;
    struct used_elem e = rxq.used.ring[rxq.last_used % QSIZE];
    rxq.last_used++;
    long n = (long)e.len - HDR;
    if (n < 0)
        n = 0;
    if ((size_t)n > max)
        n = (long)max;
    mcopy(dst, rxq.buf[e.id % QSIZE] + HDR, (size_t)n);
    rxq.avail.ring[rxq.avail.idx % QSIZE] = (uint16_t)(e.id % QSIZE);
    barrier();
    rxq.avail.idx++;
    barrier();
    wr(R_QUEUE_NOTIFY, 0);
    wr(R_INTERRUPT_ACK, 3);
    return n;
}
