/*
 * tender.c -- a reference hvt "tender" for QEMU, used to test guest images on
 * a CPU model that is not ours: it runs at EL2 under qemu-system-aarch64
 * (virt, virtualization=on) and gives the guest at EL1 exactly the machine of
 * hvt-abi.md -- RAM at guest-physical 0, the monitor's page tables, boot info,
 * manifest and command line, registers -- with hypercalls caught as stage-2
 * faults on the MMIO window. Host I/O (console, disk files, exit status)
 * goes through QEMU semihosting; one net device goes to a virtio-net NIC
 * (virtio_net.c) on QEMU's user-mode network, or to a scripted pinger
 * (pinger.c) that sends ICMP echo requests and checks the replies.
 *
 * Physical memory (QEMU virt, -m 2048):
 *
 *   0x40080000  this tender (code, data, stack, stage-2 tables)
 *   0x48000000  guest RAM, guest-physical 0 .. mem_size (at most 512 MiB)
 *   0x70000000  the guest's ELF file, read whole (at most 64 MiB)
 *
 * Command line (semihosting, after the kernel's name):
 *   image=PATH mem=MiB [block:NAME=PATH[@SECTOR]]... [net:NAME | pinger:NAME=IP/COUNT]
 *   -- guest args...
 */
#include "tender.h"

#define GUEST_PA 0x48000000UL
#define GUEST_MAX (512UL << 20)
#define FILE_PA 0x70000000UL
#define FILE_MAX (64UL << 20)

#define MMIO_BASE 0x100000000UL
#define MMIO_END (MMIO_BASE + 0x48)
#define MIN_BASE 0x100000UL
#define BOOT_INFO 0x10000UL
#define MFT_AT 0x10028UL
#define CMDLINE_MAX 8192
#define MFT_ENTRY 104
#define MFT_MAX 64

/* ---- semihosting --------------------------------------------------------- */

enum { SYS_OPEN = 0x01, SYS_WRITE = 0x05, SYS_READ = 0x06, SYS_SEEK = 0x0a,
       SYS_FLEN = 0x0c, SYS_TIME = 0x11, SYS_GET_CMDLINE = 0x15, SYS_EXIT = 0x18 };

static uint64_t semihost(uint64_t op, const void *arg)
{
    register uint64_t x0 __asm__("x0") = op;
    register uint64_t x1 __asm__("x1") = (uint64_t)(uintptr_t)arg;
    __asm__ __volatile__("hlt #0xf000" : "+r"(x0) : "r"(x1) : "memory");
    return x0;
}

static size_t cstrlen(const char *s)
{
    size_t n = 0;
    while (s[n]) n++;
    return n;
}

static int64_t host_open(const char *path, uint64_t mode)
{
    uint64_t a[3] = { (uintptr_t)path, mode, cstrlen(path) };
    return (int64_t)semihost(SYS_OPEN, a);
}

static int64_t out_fd = -1;

static void out(const char *s, size_t n)
{
    uint64_t a[3] = { (uint64_t)out_fd, (uintptr_t)s, n };
    semihost(SYS_WRITE, a);
}

static void say(const char *s) { out(s, cstrlen(s)); }

static void say_hex(uint64_t v)
{
    char b[19] = "0x";
    int n = 2;
    bool started = false;
    for (int i = 60; i >= 0; i -= 4) {
        unsigned d = (v >> i) & 15;
        if (d || started || i == 0) {
            b[n++] = "0123456789abcdef"[d];
            started = true;
        }
    }
    out(b, n);
}

static void say_dec(uint64_t v)
{
    char b[24];
    int n = 24;
    do { b[--n] = '0' + v % 10; v /= 10; } while (v);
    out(b + n, 24 - n);
}

static void __attribute__((noreturn)) host_exit(int status)
{
    uint64_t a[2] = { 0x20026, (uint64_t)status }; /* ADP_Stopped_ApplicationExit */
    for (;;) semihost(SYS_EXIT, a);
}

void tender_fail(const char *msg)
{
    say("tender: ");
    say(msg);
    say("\n");
    host_exit(1);
}

void tender_note_pings(unsigned count)
{
    say("tender: pinger: ");
    say_dec(count);
    say(" echo replies verified\n");
}

static void __attribute__((noreturn)) die(const char *msg)
{
    say("tender: ");
    say(msg);
    say("\n");
    host_exit(1);
}

/* ---- small helpers ------------------------------------------------------- */

void mset(void *d, int c, size_t n) { uint8_t *p = d; while (n--) *p++ = (uint8_t)c; }
void mcopy(void *d, const void *s, size_t n) { uint8_t *p = d; const uint8_t *q = s; while (n--) *p++ = *q++; }
static bool streq_n(const char *a, const char *b, size_t n) { while (n--) { if (*a != *b) return false; if (!*a) return true; a++; b++; } return true; }
static bool starts(const char *s, const char *p) { while (*p) if (*s++ != *p++) return false; return true; }
static uint64_t rd64(const uint8_t *p) { uint64_t v = 0; for (int i = 7; i >= 0; i--) v = (v << 8) | p[i]; return v; }
static uint32_t rd32(const uint8_t *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }
static uint16_t rd16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static void wr64(uint8_t *p, uint64_t v) { for (int i = 0; i < 8; i++) p[i] = (uint8_t)(v >> (8 * i)); }
static void wr32(uint8_t *p, uint32_t v) { for (int i = 0; i < 4; i++) p[i] = (uint8_t)(v >> (8 * i)); }
static void wr16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }

static uint64_t parse_u64(const char *s, const char **end)
{
    uint64_t v = 0;
    while (*s >= '0' && *s <= '9') v = v * 10 + (uint64_t)(*s++ - '0');
    *end = s;
    return v;
}

#define SYSREG_W(name, v) __asm__ __volatile__("msr " #name ", %0" : : "r"((uint64_t)(v)))
#define SYSREG_R(name) ({ uint64_t _v; __asm__ __volatile__("mrs %0, " #name : "=r"(_v)); _v; })

/* ---- the machine --------------------------------------------------------- */

static uint64_t mem_size;
static uint8_t *const guest = (uint8_t *)GUEST_PA;

struct blockdev {
    char name[68];
    int64_t fd;
    uint64_t capacity;
    uint64_t sector;
};
static struct blockdev blocks[MFT_MAX];
static int nblocks;
static char guest_cmdline[CMDLINE_MAX];
static size_t guest_cmdline_len;
static char image_path[1024];
static char net_name[68];  /* the one net device, when attached */
static uint8_t net_mac[6];
static uint64_t net_handle;
static bool net_pinger; /* the net device is the scripted pinger, not virtio-net */
static uint64_t ticks_per_sec;

/* Guest registers x0..x30 while the guest is out (entry.S). */
uint64_t guest_frame[31];
extern void tender_enter(void) __attribute__((noreturn));

/* A guest-physical range, or NULL when any part is outside RAM. */
static uint8_t *gpa(uint64_t addr, uint64_t len)
{
    if (addr >= mem_size || len > mem_size - addr) {
        say("tender: Invalid guest access: gpa=");
        say_hex(addr);
        say(", sz=");
        say_dec(len);
        say("\n");
        host_exit(1);
    }
    return guest + addr;
}

static void parse_cmdline(void)
{
    static char cl[CMDLINE_MAX + 2048];
    uint64_t a[2] = { (uintptr_t)cl, sizeof cl - 1 };
    if (semihost(SYS_GET_CMDLINE, a) != 0)
        die("cannot read the semihosting command line");
    const char *s = cl;
    while (*s && *s != ' ') s++; /* the kernel's own name */
    mem_size = 512UL << 20;
    while (*s) {
        while (*s == ' ') s++;
        if (!*s) break;
        if (starts(s, "-- ") || (s[0] == '-' && s[1] == '-' && s[2] == 0)) {
            s += 2;
            while (*s == ' ') s++;
            size_t n = cstrlen(s);
            if (n > CMDLINE_MAX - 1) die("Guest command line too long (max=8191 characters)");
            mcopy(guest_cmdline, s, n);
            guest_cmdline_len = n;
            break;
        }
        const char *w = s;
        while (*s && *s != ' ') s++;
        size_t wl = (size_t)(s - w);
        const char *e;
        if (starts(w, "image=")) {
            if (wl - 6 >= sizeof image_path) die("image path too long");
            mcopy(image_path, w + 6, wl - 6);
        } else if (starts(w, "mem=")) {
            mem_size = parse_u64(w + 4, &e) << 20;
        } else if (starts(w, "block:")) {
            if (nblocks == MFT_MAX) die("too many block devices");
            struct blockdev *b = &blocks[nblocks++];
            const char *eq = w + 6;
            while (eq < s && *eq != '=') eq++;
            if (eq == s || eq - (w + 6) > 67) die("bad block:NAME=PATH option");
            mcopy(b->name, w + 6, (size_t)(eq - (w + 6)));
            static char path[1024];
            const char *at = eq + 1;
            while (at < s && *at != '@') at++;
            size_t pl = (size_t)(at - (eq + 1));
            if (pl >= sizeof path) die("block path too long");
            mcopy(path, eq + 1, pl);
            path[pl] = 0;
            b->sector = at < s ? parse_u64(at + 1, &e) : 512;
            b->fd = host_open(path, 3 /* "r+b" */);
            if (b->fd < 0) die("cannot open a block device file");
            uint64_t fa[1] = { (uint64_t)b->fd };
            b->capacity = semihost(SYS_FLEN, fa);
        } else if (starts(w, "pinger:")) {
            const char *eq = w + 7;
            while (eq < s && *eq != '=') eq++;
            if (net_name[0] || eq == s || eq - (w + 7) > 67) die("bad pinger:NAME=IP/COUNT option");
            mcopy(net_name, w + 7, (size_t)(eq - (w + 7)));
            uint8_t ip[4];
            const char *p = eq + 1;
            for (int i = 0; i < 4; i++) {
                ip[i] = (uint8_t)parse_u64(p, &e);
                if (*e != (i < 3 ? '.' : '/')) die("bad pinger:NAME=IP/COUNT option");
                p = e + 1;
            }
            pinger_init(ip, (unsigned)parse_u64(p, &e));
            net_pinger = true;
            for (int i = 0; i < 6; i++) net_mac[i] = (uint8_t)(i == 0 ? 0x02 : 0x10 + i);
        } else if (starts(w, "net:")) {
            if (net_name[0] || wl - 4 > 67 || wl == 4) die("bad net:NAME option (one net device at most)");
            mcopy(net_name, w + 4, wl - 4);
            if (!vnet_init(net_mac)) die("net: no usable virtio-net device (start QEMU with one)");
        } else {
            die("unknown option (use image=, mem=, block:NAME=PATH[@SECTOR], net:NAME, --)");
        }
    }
    /* hvt: RAM is rounded down to whole 2 MiB, at least 2 MiB. */
    mem_size &= ~((2UL << 20) - 1);
    if (mem_size < (2UL << 20)) mem_size = 2UL << 20;
    if (mem_size > GUEST_MAX) die("mem too large for the QEMU tender (max 512 MiB)");
}

/* ---- stage 2: guest-physical -> host-physical ----------------------------- */

/*
 * One level-1 table (39-bit IPA, 4 KiB granule, start level 1), one level-2
 * table for the first GiB, one level-3 table for the first 2 MiB so that the
 * image's segments get page-exact permissions, like the reference tender's
 * mprotect. The MMIO window stays unmapped: each hypercall store faults here.
 */
static uint64_t s2_l1[512] __attribute__((aligned(4096)));
static uint64_t s2_l2[512] __attribute__((aligned(4096)));
static uint64_t s2_l3[512] __attribute__((aligned(4096)));

#define S2_NORMAL (0xfUL << 2)        /* MemAttr: normal, write-back */
#define S2_RW (3UL << 6)
#define S2_RO (1UL << 6)
#define S2_SH (3UL << 8)
#define S2_AF (1UL << 10)
#define S2_XN (1UL << 54)

static void stage2_init(void)
{
    s2_l1[0] = (uintptr_t)s2_l2 | 3;
    s2_l2[0] = (uintptr_t)s2_l3 | 3;
    for (uint64_t i = 1; i < 512 && (i << 21) < mem_size; i++)
        s2_l2[i] = (GUEST_PA + (i << 21)) | S2_NORMAL | S2_RW | S2_SH | S2_AF | 1;
    for (uint64_t i = 0; i < 512; i++)
        s2_l3[i] = (GUEST_PA + (i << 12)) | S2_NORMAL | S2_RW | S2_SH | S2_AF | 3;
}

static void stage2_protect(uint64_t start, uint64_t end, bool write, bool exec)
{
    for (uint64_t a = start; a < end; a += 4096) {
        if (a >= (2UL << 20)) die("image segments must lie in the first 2 MiB (QEMU tender limit)");
        uint64_t *d = &s2_l3[a >> 12];
        *d = (*d & ~(S2_RW | S2_XN)) | (write ? S2_RW : S2_RO) | (exec ? 0 : S2_XN);
    }
}

/* ---- the guest's view: page tables, boot info, manifest ------------------- */

static void guest_page_tables(void)
{
    uint8_t *l0 = guest + 0x1000, *l1 = guest + 0x2000;
    wr64(l0, 0x2000 | 3);
    for (uint64_t g = 0; g < 4 && (g << 30) < mem_size; g++)
        wr64(l1 + 8 * g, (0x3000 + (g << 12)) | 3);
    wr64(l1 + 8 * 4, MMIO_BASE | 0x0060000000000705UL);
    for (uint64_t a = 0; a < mem_size; a += 2UL << 20) {
        uint8_t *l2 = guest + 0x3000 + ((a >> 30) << 12) + 8 * ((a >> 21) & 511);
        wr64(l2, a == 0 ? (0x7000 | 3) : (a | 0x0040000000000711UL));
    }
    uint8_t *l3 = guest + 0x7000;
    for (uint64_t a = 0x10000; a < 0x100000; a += 4096) wr64(l3 + 8 * (a >> 12), a | 0x0060000000000793UL);
    for (uint64_t a = 0x100000; a < 0x200000; a += 4096) wr64(l3 + 8 * (a >> 12), a | 0x0040000000000713UL);
}

static const uint8_t *find_note(const uint8_t *f, uint64_t size, uint32_t type, uint64_t *desc_size, unsigned align)
{
    uint64_t phoff = rd64(f + 32);
    unsigned phnum = rd16(f + 56);
    for (unsigned i = 0; i < phnum; i++) {
        const uint8_t *ph = f + phoff + 56 * i;
        if (rd32(ph) != 4 /* PT_NOTE */) continue;
        uint64_t off = rd64(ph + 8), fsz = rd64(ph + 32);
        if (fsz < 12) die("Invalid or unsupported executable (short PT_NOTE)");
        if (off > size || fsz > size - off || fsz < 20) continue;
        const uint8_t *n = f + off;
        if (rd32(n) != 6 || !streq_n((const char *)n + 12, "Solo5", 6) || rd32(n + 8) != type) continue;
        uint32_t descsz = rd32(n + 4);
        unsigned pad = align == 8 ? 4 : 0;
        if (descsz < pad || fsz < 20 + (uint64_t)descsz) die("Invalid or unsupported executable (note size)");
        *desc_size = descsz - pad;
        return n + 20 + pad;
    }
    return NULL;
}

static uint64_t load_elf(void)
{
    int64_t fd = host_open(image_path, 1 /* "rb" */);
    if (fd < 0) die("cannot open the image");
    uint64_t fa[1] = { (uint64_t)fd };
    uint64_t size = semihost(SYS_FLEN, fa);
    if (size > FILE_MAX) die("image too large");
    uint8_t *f = (uint8_t *)FILE_PA;
    uint64_t ra[3] = { (uint64_t)fd, (uintptr_t)f, size };
    if (semihost(SYS_READ, ra) != 0) die("cannot read the image");

    if (size < 64 || rd32(f) != 0x464c457f || f[4] != 2 || f[5] != 1 || f[6] != 1 ||
        rd16(f + 16) != 2 || rd16(f + 18) != 183 || rd16(f + 52) != 64 || rd16(f + 54) != 56 ||
        rd16(f + 56) == 0)
        die("Invalid or unsupported executable");
    uint64_t entry = rd64(f + 24), phoff = rd64(f + 32);
    unsigned phnum = rd16(f + 56);
    if (phoff > size || (uint64_t)phnum * 56 > size - phoff) die("Invalid or unsupported executable");
    if (entry < MIN_BASE || entry >= mem_size) die("Invalid or unsupported executable (entry)");

    uint64_t end = 0, last = 0;
    for (unsigned i = 0; i < phnum; i++) {
        const uint8_t *ph = f + phoff + 56 * i;
        if (rd32(ph) != 1 /* PT_LOAD */) continue;
        uint32_t flags = rd32(ph + 4);
        uint64_t off = rd64(ph + 8), va = rd64(ph + 16), fsz = rd64(ph + 32), msz = rd64(ph + 40), al = rd64(ph + 48);
        if (fsz == 0) continue;
        if (va < MIN_BASE || va < last || (al & (al - 1)) || msz < fsz || off > size || fsz > size - off ||
            (va & 4095) || va >= mem_size || msz > mem_size - va || va < end)
            die("Invalid or unsupported executable (segment)");
        if ((flags & 2) && (flags & 1)) die("Invalid or unsupported executable (phdr requests WRITE and EXEC permissions)");
        last = va;
        uint64_t seg_end = (va + msz + 4095) & ~4095UL;
        mcopy(guest + va, f + off, fsz);
        mset(guest + va + fsz, 0, seg_end - va - fsz);
        stage2_protect(va, seg_end, flags & 2, flags & 1);
        if (seg_end > end) end = seg_end;
    }

    uint64_t abi_size;
    const uint8_t *abi = find_note(f, size, 0x31494241, &abi_size, 4);
    if (!abi || abi_size < 16) die("No Solo5 ABI information found in executable");
    if (rd32(abi) != 1) die("Executable is not for the solo5-hvt target");
    if (rd32(abi + 4) != 2) die("Executable requests unsupported ABI version");

    uint64_t mft_size;
    const uint8_t *mft = find_note(f, size, 0x3154464d, &mft_size, 8);
    if (!mft || mft_size < 8) die("Solo5 manifest is invalid");
    uint32_t entries = rd32(mft + 4);
    if (rd32(mft) != 1 || entries == 0 || entries > MFT_MAX || mft_size != 8 + (uint64_t)MFT_ENTRY * entries ||
        rd32(mft + 8 + 68) != (1u << 30) || mft[8] != 0)
        die("Solo5 manifest is invalid");
    uint8_t *m = guest + MFT_AT;
    mcopy(m, mft, mft_size);
    for (int b = 0; b < nblocks; b++) {
        bool found = false;
        for (uint32_t i = 1; i < entries; i++) {
            uint8_t *e = m + 8 + MFT_ENTRY * i;
            if (rd32(e + 68) != 1 || !streq_n((char *)e, blocks[b].name, 68)) continue;
            if (blocks[b].sector < 512 || (blocks[b].sector & (blocks[b].sector - 1)))
                die("Block size must be a multiple of 2 greater than or equal 512");
            if (blocks[b].capacity % blocks[b].sector) die("Backing storage size must be block aligned");
            wr64(e + 72, blocks[b].capacity);
            wr16(e + 80, (uint16_t)blocks[b].sector);
            e[96] = 1;
            found = true;
        }
        if (!found) {
            say("tender: Resource not declared in manifest: '");
            say(blocks[b].name);
            say("'\n");
            host_exit(1);
        }
    }
    if (net_name[0]) {
        bool found = false;
        for (uint32_t i = 1; i < entries && !found; i++) {
            uint8_t *e = m + 8 + MFT_ENTRY * i;
            if (rd32(e + 68) != 2 || !streq_n((char *)e, net_name, 68)) continue;
            mcopy(e + 72, net_mac, 6);
            wr16(e + 78, 1500);
            e[96] = 1;
            net_handle = i;
            found = true;
        }
        if (!found) {
            say("tender: Resource not declared in manifest: '");
            say(net_name);
            say("'\n");
            host_exit(1);
        }
    }
    for (uint32_t i = 1; i < entries; i++) {
        uint8_t *e = m + 8 + MFT_ENTRY * i;
        if (e[96]) continue;
        say("tender: Device '");
        out((char *)e, cstrlen((char *)e));
        say(rd32(e + 68) == 2 ? "' of type NET_BASIC declared but not attached.\n"
                              : "' of type BLOCK_BASIC declared but not attached.\n");
        die("All declared devices must be attached.");
    }
    uint64_t cmdline_at = MFT_AT + mft_size;
    mcopy(guest + cmdline_at, guest_cmdline, guest_cmdline_len);
    guest[cmdline_at + guest_cmdline_len] = 0;

    uint8_t *bi = guest + BOOT_INFO;
    wr64(bi + 0, mem_size);
    wr64(bi + 8, end);
    wr64(bi + 16, ticks_per_sec);
    wr64(bi + 24, cmdline_at);
    wr64(bi + 32, MFT_AT);
    return entry;
}

/* ---- hypercalls ----------------------------------------------------------- */

static int block_index(uint64_t handle)
{
    uint8_t *m = guest + MFT_AT;
    if (handle == 0 || handle >= rd32(m + 4)) return -1;
    uint8_t *e = m + 8 + MFT_ENTRY * handle;
    if (rd32(e + 68) != 1 || !e[96]) return -1;
    for (int b = 0; b < nblocks; b++)
        if (streq_n((char *)e, blocks[b].name, 68)) return b;
    return -1;
}

static void hc_block(uint8_t *a, bool write)
{
    int b = block_index(rd64(a));
    uint64_t off = rd64(a + 8), data = rd64(a + 16), len = rd64(a + 24);
    if (b < 0 || off >= blocks[b].capacity || len > blocks[b].capacity - off) {
        wr32(a + 32, 2 /* EINVAL */);
        return;
    }
    uint8_t *buf = gpa(data, len);
    uint64_t sa[2] = { (uint64_t)blocks[b].fd, off };
    uint64_t io[3] = { (uint64_t)blocks[b].fd, (uintptr_t)buf, len };
    if (semihost(SYS_SEEK, sa) != 0 || semihost(write ? SYS_WRITE : SYS_READ, io) != 0) {
        wr32(a + 32, 3 /* EUNSPEC */);
        return;
    }
    wr32(a + 32, 0);
}

static void hypercall(unsigned nr, uint64_t arg)
{
    switch (nr) {
    case 1: { /* walltime */
        uint8_t *a = gpa(arg, 8);
        wr64(a, semihost(SYS_TIME, NULL) * 1000000000ULL);
        break;
    }
    case 2: { /* puts */
        uint8_t *a = gpa(arg, 16);
        uint64_t len = rd64(a + 8);
        out((const char *)gpa(rd64(a), len), len);
        break;
    }
    case 3: { /* poll: spin until a frame is queued or the timeout passes */
        uint8_t *a = gpa(arg, 24);
        uint64_t ns = rd64(a);
        uint64_t ticks = (ns / 1000000000ULL) * ticks_per_sec + (ns % 1000000000ULL) * ticks_per_sec / 1000000000ULL;
        uint64_t start = SYSREG_R(cntpct_el0);
        uint64_t until = ticks > ~0UL - start ? ~0UL : start + ticks;
        bool ready = false;
        while (!(ready = net_name[0] && (net_pinger ? pinger_pending() : vnet_pending())) &&
               SYSREG_R(cntpct_el0) < until)
            ;
        wr64(a + 8, ready ? 1UL << net_handle : 0);
        wr32(a + 16, 0);
        break;
    }
    case 6: { /* net write */
        uint8_t *a = gpa(arg, 32);
        uint64_t len = rd64(a + 16);
        if (!net_name[0] || rd64(a) != net_handle || len > 1514) {
            wr32(a + 24, 2);
            break;
        }
        if (net_pinger)
            pinger_send(gpa(rd64(a + 8), len), len);
        else
            vnet_send(gpa(rd64(a + 8), len), len);
        wr32(a + 24, 0);
        break;
    }
    case 7: { /* net read */
        uint8_t *a = gpa(arg, 32);
        uint64_t len = rd64(a + 16);
        if (!net_name[0] || rd64(a) != net_handle || len < 1514) {
            wr32(a + 24, 2);
            break;
        }
        uint8_t *dst = gpa(rd64(a + 8), len);
        long n = net_pinger ? pinger_recv(dst, len) : vnet_recv(dst, len);
        if (n < 0) {
            wr32(a + 24, 1); /* AGAIN */
            break;
        }
        wr64(a + 16, (uint64_t)n);
        wr32(a + 24, 0);
        break;
    }
    case 4: hc_block(gpa(arg, 40), true); break;
    case 5: hc_block(gpa(arg, 40), false); break;
    case 8: { /* halt */
        uint8_t *a = gpa(arg, 16);
        host_exit((int)rd32(a + 8));
    }
    default:
        say("tender: Invalid guest hypercall: num=");
        say_dec(nr);
        say("\n");
        host_exit(1);
    }
}

/* Called by entry.S for every exit from the guest; returns to resume it. */
void tender_trap(uint64_t kind)
{
    uint64_t esr = SYSREG_R(esr_el2), elr = SYSREG_R(elr_el2);
    unsigned ec = (unsigned)(esr >> 26) & 0x3f;
    if (kind != 0) {
        say("tender: unexpected interrupt from the guest\n");
        host_exit(1);
    }
    if (ec == 0x24) {
        uint64_t ipa = ((SYSREG_R(hpfar_el2) >> 4) << 12) | (SYSREG_R(far_el2) & 0xfff);
        if (ipa >= MMIO_BASE && ipa < MMIO_BASE + (1UL << 30)) {
            bool isv = esr & (1u << 24), wnr = esr & (1u << 6);
            unsigned sas = (unsigned)(esr >> 22) & 3, srt = (unsigned)(esr >> 16) & 31;
            if (ipa >= MMIO_END || (ipa & 7)) {
                say("tender: Invalid guest mmio access: mmio=");
                say_hex(ipa);
                say("\n");
                host_exit(1);
            }
            if (!isv || !wnr || sas != 2) {
                say("tender: Invalid guest mmio access: mmio=");
                say_hex(ipa);
                say(" len=");
                say_dec(isv ? 1u << sas : 0);
                say("\n");
                host_exit(1);
            }
            uint64_t v = srt == 31 ? 0 : (guest_frame[srt] & 0xffffffffUL);
            hypercall((unsigned)((ipa - MMIO_BASE) >> 3), v);
            SYSREG_W(elr_el2, elr + 4);
            return;
        }
    }
    if (ec == 0x24 || ec == 0x20) {
        say("tender: host/guest translation fault: pc=");
        say_hex(elr);
        say("\n");
        host_exit(1);
    }
    say("tender: unexpected exit from the guest, ESR_EL2=");
    say_hex(esr);
    say(" pc=");
    say_hex(elr);
    say("\n");
    host_exit(1);
}

void tender_own_fault(void)
{
    say("tender: fault in the tender itself, ESR_EL2=");
    say_hex(SYSREG_R(esr_el2));
    say(" ELR_EL2=");
    say_hex(SYSREG_R(elr_el2));
    say("\n");
    host_exit(1);
}

void tender_main(void)
{
    out_fd = host_open(":tt", 4 /* "w": the host's stdout */);
    ticks_per_sec = SYSREG_R(cntfrq_el0);
    parse_cmdline();
    /* Guest RAM is fresh, zeroed RAM of QEMU's: nothing to clear. */
    stage2_init();
    guest_page_tables();
    uint64_t entry = load_elf();

    SYSREG_W(vttbr_el2, (uintptr_t)s2_l1);
    /* T0SZ=25 (39-bit IPA), SL0=1 (start at level 1), WBWA inner shareable, PS=40 bits. */
    SYSREG_W(vtcr_el2, (1UL << 31) | (2UL << 16) | (3UL << 12) | (1UL << 10) | (1UL << 8) | (1UL << 6) | 25);
    SYSREG_W(hcr_el2, (1UL << 31) | 1); /* RW: EL1 is AArch64; VM: stage 2 on */
    SYSREG_W(cnthctl_el2, 3);            /* EL1 may read the counters */
    SYSREG_W(cntvoff_el2, 0);
    SYSREG_W(cptr_el2, 0x33ff);          /* no FP/SIMD traps */
    SYSREG_W(mair_el1, 0x0000BBFF440C0400UL);
    SYSREG_W(tcr_el1, 0x32B5183518UL);
    SYSREG_W(ttbr0_el1, 0x1000);
    SYSREG_W(cpacr_el1, 3UL << 20);
    SYSREG_W(tpidr_el0, 0);
    SYSREG_W(sp_el1, mem_size - 16);
    SYSREG_W(elr_el2, entry);
    SYSREG_W(spsr_el2, 0x3c5);
    __asm__ __volatile__("dsb ish; tlbi alle1; dsb ish; isb" ::: "memory");
    SYSREG_W(sctlr_el1, 0x1005);
    __asm__ __volatile__("isb" ::: "memory");
    mset(guest_frame, 0, sizeof guest_frame);
    guest_frame[0] = BOOT_INFO;
    tender_enter();
}
