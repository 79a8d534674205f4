/*
 * boot.c -- from boot info to solo5_app_main.
 *
 * RAM as the application finds it (addresses grow to the right):
 *
 *   0x0       0x10000      0x100000                      _end
 *   | unmapped | boot info, |  text | rodata | data+bss  | main TLS | heap (sbrk) -> ...   <- stack |
 *   |          | manifest,  |  R-X  |  R--   |   RW-     |  block   |                    mem_size-256K  mem_size
 *   |          | cmdline    |
 *
 * solo5_start_info describes [heap start, mem_size): the heap and, at its
 * top, the initial stack, as Solo5 does.
 */
#include <stdio.h>
#include <string.h>

#include "rt.h"

#define CMDLINE_MAX 8192

struct rt_machine rt_machine;

static char cmdline[CMDLINE_MAX];
static struct ukp_layout layout;

extern void __libc_init_array(void);

/*
 * Copies the monitor's command line without the --solo5:LEVEL options
 * (which set the log level) and with single spaces between words.
 */
static void take_cmdline(const char *src)
{
    size_t out = 0;
    size_t i = 0;
    while (i < CMDLINE_MAX && src[i] != '\0') {
        if (src[i] == ' ') {
            i++;
            continue;
        }
        size_t start = i;
        while (i < CMDLINE_MAX && src[i] != '\0' && src[i] != ' ')
            i++;
        size_t len = i - start;
        if (rt_log_option(src + start, len))
            continue;
        if (out > 0 && out < CMDLINE_MAX - 1)
            cmdline[out++] = ' ';
        if (len > CMDLINE_MAX - 1 - out)
            len = CMDLINE_MAX - 1 - out;
        memcpy(cmdline + out, src + start, len);
        out += len;
    }
    cmdline[out] = '\0';
}

static const struct mft *take_manifest(uint64_t addr)
{
    const struct mft *m = (const struct mft *)(uintptr_t)addr;
    if (addr == 0 || m->version != MFT_VERSION || m->entries > MFT_MAX_ENTRIES) {
        ukp_log(UKP_LOG_WARN, "no valid manifest at 0x%lx: no devices\n", (unsigned long)addr);
        return NULL;
    }
    return m;
}

static void print_banner(void)
{
    ukp_log(UKP_LOG_INFO, "ukplay guest runtime, hvt ABI 2 on aarch64\n");
    ukp_log(UKP_LOG_INFO, "memory %lu MiB; counter %lu Hz\n",
            (unsigned long)(layout.mem_size >> 20), (unsigned long)layout.cpu_cycle_freq);
    ukp_log(UKP_LOG_INFO, "  text   0x%08lx-0x%08lx  r-x\n",
            (unsigned long)layout.text_start, (unsigned long)layout.text_end - 1);
    ukp_log(UKP_LOG_INFO, "  rodata 0x%08lx-0x%08lx  r--\n",
            (unsigned long)layout.rodata_start, (unsigned long)layout.rodata_end - 1);
    ukp_log(UKP_LOG_INFO, "  data   0x%08lx-0x%08lx  rw-\n",
            (unsigned long)layout.data_start, (unsigned long)layout.data_end - 1);
    ukp_log(UKP_LOG_INFO, "  heap   0x%08lx-0x%08lx  rw-\n",
            (unsigned long)layout.heap_start, (unsigned long)layout.heap_end - 1);
    ukp_log(UKP_LOG_INFO, "  stack  0x%08lx-0x%08lx  rw-\n",
            (unsigned long)layout.heap_end, (unsigned long)layout.stack_top - 1);
    const struct mft *m = rt_machine.mft;
    for (uint32_t i = 1; m != NULL && i < m->entries; i++) {
        const struct mft_entry *e = &m->e[i];
        if (e->type == MFT_DEV_BLOCK_BASIC)
            ukp_log(UKP_LOG_DEBUG, "device %u: block '%.67s', %lu bytes in %u-byte blocks%s\n",
                    (unsigned)i, e->name, (unsigned long)e->u.block.capacity,
                    (unsigned)e->u.block.block_size, e->attached ? "" : " (not attached)");
        else if (e->type == MFT_DEV_NET_BASIC)
            ukp_log(UKP_LOG_DEBUG,
                    "device %u: net '%.67s', mac %02x:%02x:%02x:%02x:%02x:%02x, mtu %u%s\n",
                    (unsigned)i, e->name, e->u.net.mac[0], e->u.net.mac[1], e->u.net.mac[2],
                    e->u.net.mac[3], e->u.net.mac[4], e->u.net.mac[5],
                    (unsigned)e->u.net.mtu, e->attached ? "" : " (not attached)");
    }
    ukp_log(UKP_LOG_INFO, "cmdline \"%s\"\n", cmdline);
}

void ukp_get_layout(struct ukp_layout *out)
{
    *out = layout;
}

void ukp_boot(const struct hvt_boot_info *bi)
{
    rt_machine.mem_size = bi->mem_size;
    rt_machine.cpu_cycle_freq = bi->cpu_cycle_freq;
    rt_clock_init(bi->cpu_cycle_freq);
    take_cmdline((const char *)(uintptr_t)bi->cmdline);
    rt_machine.mft = take_manifest(bi->mft);

    uintptr_t heap_start = ALIGN_UP((uintptr_t)_end, PAGE_SIZE);
    rt_tls_init_main(&heap_start);
    heap_start = ALIGN_UP(heap_start, 16);
    uintptr_t top = (uintptr_t)bi->mem_size;
    uintptr_t sbrk_end = top > heap_start + STACK_RESERVE ? top - STACK_RESERVE : heap_start;
    rt_heap_init(heap_start, sbrk_end);

    layout = (struct ukp_layout){
        .mem_size = bi->mem_size,
        .text_start = (uintptr_t)__image_start,
        .text_end = (uintptr_t)__text_end,
        .rodata_start = (uintptr_t)__text_end,
        .rodata_end = (uintptr_t)__rodata_end,
        .data_start = (uintptr_t)__data_start,
        .data_end = ALIGN_UP((uintptr_t)_end, PAGE_SIZE),
        .heap_start = heap_start,
        .heap_end = sbrk_end,
        .stack_top = top,
        .cpu_cycle_freq = bi->cpu_cycle_freq,
    };
    print_banner();

    __libc_init_array();

    static struct solo5_start_info si;
    si.cmdline = cmdline;
    si.heap_start = heap_start;
    si.heap_size = top - heap_start;
    int status = solo5_app_main(&si);
    solo5_exit(status);
}
