/*
 * hvt.h -- the guest side of the hvt ABI (version 2) on aarch64, as written
 * down in /work/shared/hvt-abi.md. Private to the runtime.
 */
#ifndef UKP_RT_HVT_H
#define UKP_RT_HVT_H

#include <stdbool.h>
#include <stdint.h>

/*
 * Boot info, placed by the monitor at 0x10000; x0 points at it on entry.
 *
 *   0x00  u64 mem_size        bytes of guest RAM
 *   0x08  u64 kernel_end      page-aligned end of the loaded image
 *   0x10  u64 cpu_cycle_freq  CNTVCT_EL0 ticks per second
 *   0x18  u64 cmdline         guest address of the NUL-terminated command line
 *   0x20  u64 mft             guest address of the monitor's manifest copy
 */
struct hvt_boot_info {
    uint64_t mem_size;
    uint64_t kernel_end;
    uint64_t cpu_cycle_freq;
    uint64_t cmdline;
    uint64_t mft;
};

/*
 * A hypercall is one 32-bit store of the argument struct's guest-physical
 * address to MMIO_BASE + (nr << 3). The monitor reads and writes the struct
 * in place before the store retires.
 */
#define HVT_MMIO_BASE 0x100000000ULL

enum hvt_hypercall {
    HVT_HC_WALLTIME = 1,
    HVT_HC_PUTS = 2,
    HVT_HC_POLL = 3,
    HVT_HC_BLOCK_WRITE = 4,
    HVT_HC_BLOCK_READ = 5,
    HVT_HC_NET_WRITE = 6,
    HVT_HC_NET_READ = 7,
    HVT_HC_HALT = 8,
};

/* 0x00 u64 nsecs (out) */
struct hvt_hc_walltime {
    uint64_t nsecs;
};

/* 0x00 u64 data, 0x08 u64 len */
struct hvt_hc_puts {
    uint64_t data;
    uint64_t len;
};

/* 0x00 u64 timeout_nsecs (relative), 0x08 u64 ready_set (out), 0x10 i32 ret (out) */
struct hvt_hc_poll {
    uint64_t timeout_nsecs;
    uint64_t ready_set;
    int32_t ret;
};

/* 0x00 u64 handle, 0x08 u64 offset, 0x10 u64 data, 0x18 u64 len, 0x20 i32 ret */
struct hvt_hc_block {
    uint64_t handle;
    uint64_t offset;
    uint64_t data;
    uint64_t len;
    int32_t ret;
};

/* 0x00 u64 handle, 0x08 u64 data, 0x10 u64 len (in/out for read), 0x18 i32 ret */
struct hvt_hc_net {
    uint64_t handle;
    uint64_t data;
    uint64_t len;
    int32_t ret;
};

/* 0x00 u64 cookie (address of up to 512 bytes of state, or 0), 0x08 i32 exit_status */
struct hvt_hc_halt {
    uint64_t cookie;
    int32_t exit_status;
};
#define HVT_HALT_COOKIE_MAX 512

_Static_assert(sizeof(struct hvt_boot_info) == 40, "boot info layout");
_Static_assert(sizeof(struct hvt_hc_poll) == 24, "poll layout");
_Static_assert(sizeof(struct hvt_hc_block) == 40, "block layout");
_Static_assert(sizeof(struct hvt_hc_net) == 32, "net layout");
_Static_assert(sizeof(struct hvt_hc_halt) == 16, "halt layout");

/*
 * Issues hypercall nr with argument struct arg. The "memory" clobber orders
 * the struct's stores before the call and its loads after it.
 */
static inline void hvt_hypercall(enum hvt_hypercall nr, volatile void *arg)
{
    volatile uint32_t *port =
        (volatile uint32_t *)(uintptr_t)(HVT_MMIO_BASE + ((uint64_t)nr << 3));
    __asm__ __volatile__("str %w0, [%1]"
            :
            : "r"((uint32_t)(uintptr_t)arg), "r"(port)
            : "memory");
}

/*
 * The manifest as the monitor attaches it (struct mft, version 1):
 *
 *   0x00  u32 version (1)
 *   0x04  u32 entries
 *   0x08  entries x 104 bytes:
 *           0x00 char name[68]   NUL-terminated
 *           0x44 u32  type       1 block, 2 net, 1<<30 reserved (entry 0)
 *           0x48 union           block {u64 capacity @0x48, u16 block_size @0x50}
 *                                net   {u8 mac[6] @0x48, u16 mtu @0x4e}
 *           0x58 u64  hostfd     (host-side, ignored by the guest)
 *           0x60 bool attached   set by the monitor
 */
#define MFT_VERSION 1
#define MFT_NAME_SIZE 68
#define MFT_MAX_ENTRIES 64

enum mft_type {
    MFT_DEV_BLOCK_BASIC = 1,
    MFT_DEV_NET_BASIC = 2,
    MFT_RESERVED_FIRST = 1U << 30,
};

struct mft_entry {
    char name[MFT_NAME_SIZE];
    uint32_t type;
    union {
        struct {
            uint64_t capacity;
            uint16_t block_size;
        } block;
        struct {
            uint8_t mac[6];
            uint16_t mtu;
        } net;
    } u;
    uint64_t hostfd;
    bool attached;
};

struct mft {
    uint32_t version;
    uint32_t entries;
    struct mft_entry e[];
};

_Static_assert(sizeof(struct mft_entry) == 104, "manifest entry layout");
_Static_assert(__builtin_offsetof(struct mft_entry, u) == 72, "manifest union offset");
_Static_assert(__builtin_offsetof(struct mft_entry, attached) == 96, "manifest attached offset");

#endif
