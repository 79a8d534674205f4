/*
 * mmu-lab -- the guest takes over its own address translation.
 *
 * It asks the MMU (AT S1E1R/W, PAR_EL1) how the monitor's page tables
 * translate a few addresses -- the tables themselves sit in the unmapped
 * first 64 KiB -- then builds its own tables, switches TTBR0_EL1 to them,
 * walks them, and experiments on a window of virtual addresses at 64 GiB
 * (far above RAM), printing what happens at each step:
 *
 *   1. alias      map a heap page into the window: both addresses see the same bytes
 *   2. remap      point the window at another physical page (TLBI by VA)
 *   3. protect    make the page read-only: a store faults; the handler
 *                 makes it writable again and the store is retried
 *   4. demand     leave a page unmapped: the first touch faults; the handler
 *                 maps a fresh zeroed page there ("demand paging")
 *   5. access     map a page with the access flag clear: an access-flag
 *                 fault; the handler sets AF (ARMv8.0 has no hardware AF)
 *   6. exec       copy a tiny function into a page and call it through the
 *                 window; then set PXN and call again: an instruction abort,
 *                 which the handler turns into a return of -1
 *   7. text       mark our own code read-only in our tables: a store to it is
 *                 now a fault the guest sees and handles (under the monitor's
 *                 tables it would stop the whole guest)
 *
 * Descriptor bits used (VMSAv8-64, 4 KiB granule, stage 1):
 *
 *   63    54 53 52     12 11 10 9 8 7 6 5 4   2 1 0
 *   | UXN | PXN | ...  | address | nG AF SH  AP NS AttrIndx | type |
 *     type: 0b11 table or page (level 3), 0b01 block (levels 1-2)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solo5.h"
#include "ukplay.h"

#define PAGE 4096UL
#define DESC_VALID 1UL
#define DESC_TABLE 3UL /* also "page" at level 3 */
#define ATTR_NORMAL (4UL << 2) /* MAIR index 4: normal write-back (the monitor's MAIR) */
#define AP_RO (2UL << 6)
#define SH_INNER (3UL << 8)
#define AF (1UL << 10)
#define PXN (1UL << 53)
#define UXN (1UL << 54)
#define ADDR_MASK 0x0000fffffffff000UL
#define PAGE_RW (ATTR_NORMAL | SH_INNER | AF | UXN | DESC_TABLE)

#define WINDOW 0x1000000000UL /* 64 GiB: L0[0], L1[64] */

typedef uint64_t desc_t;

static uint64_t read_ttbr0(void)
{
    uint64_t v;
    __asm__ __volatile__("mrs %0, ttbr0_el1" : "=r"(v));
    return v;
}

static void tlb_flush_va(uint64_t va)
{
    __asm__ __volatile__("dsb ishst\n tlbi vaae1is, %0\n dsb ish\n isb" : : "r"(va >> 12) : "memory");
}

static void tlb_flush_all(void)
{
    __asm__ __volatile__("dsb ishst\n tlbi vmalle1is\n dsb ish\n isb" : : : "memory");
}

static void *page_alloc(void)
{
    void *p = aligned_alloc(PAGE, PAGE);
    if (p == NULL) {
        printf("mmu-lab: out of memory\n");
        solo5_exit(SOLO5_EXIT_FAILURE);
    }
    memset(p, 0, PAGE);
    return p;
}

/* ---- reading descriptors -------------------------------------------------- */

static void describe(int level, unsigned index, desc_t d)
{
    printf("    L%d[%3u] = 0x%016lx  ", level, index, (unsigned long)d);
    if (!(d & DESC_VALID)) {
        printf("invalid\n");
        return;
    }
    if (level < 3 && (d & 2)) {
        printf("table -> 0x%lx\n", (unsigned long)(d & ADDR_MASK));
        return;
    }
    if (level == 3 && !(d & 2)) {
        printf("reserved\n");
        return;
    }
    printf("%s 0x%lx attr%lu %s%s%s%s\n", level == 3 ? "page" : "block",
           (unsigned long)(d & ADDR_MASK & ~((1UL << (39 - 9 * level)) - 1) ),
           (unsigned long)((d >> 2) & 7), (d & AP_RO) ? "RO" : "RW",
           (d & AF) ? "" : " no-AF", (d & PXN) ? " PXN" : "", (d & UXN) ? " UXN" : "");
}

/* Walks the tables at root for va, printing each level's descriptor. */
static void walk(uint64_t root, uint64_t va, const char *what)
{
    printf("  walk of 0x%lx (%s):\n", (unsigned long)va, what);
    desc_t *table = (desc_t *)(uintptr_t)(root & ADDR_MASK);
    for (int level = 0; level <= 3; level++) {
        unsigned index = (unsigned)((va >> (39 - 9 * level)) & 511);
        desc_t d = table[index];
        describe(level, index, d);
        if (!(d & DESC_VALID) || (level < 3 && !(d & 2)) || level == 3)
            return;
        table = (desc_t *)(uintptr_t)(d & ADDR_MASK);
    }
}

/* ---- our own tables ------------------------------------------------------- */

static desc_t *l0, *l1, *win_l2, *win_l3;

/*
 * Our own tables, built from scratch with the same mappings the monitor
 * makes (hvt-abi.md section 1): the first 2 MiB in 4 KiB pages (nothing below
 * 0x10000, read-only never-executable boot info up to 0x100000, RW above),
 * the rest of RAM in 2 MiB blocks, and the hypercall window as device memory.
 */
#define BLOCK_RW (ATTR_NORMAL | SH_INNER | AF | UXN | DESC_VALID)
#define PAGE_RO_XN (ATTR_NORMAL | SH_INNER | AF | AP_RO | PXN | UXN | DESC_TABLE)
#define DEVICE_BLOCK ((1UL << 2) | AF | PXN | UXN | DESC_VALID) /* MAIR index 1: Device-nGnRE */

static void build_tables(uint64_t mem_size)
{
    l0 = page_alloc();
    l1 = page_alloc();
    l0[0] = (uintptr_t)l1 | DESC_TABLE;
    for (uint64_t gib = 0; gib < 4 && (gib << 30) < mem_size; gib++) {
        desc_t *l2 = page_alloc();
        l1[gib] = (uintptr_t)l2 | DESC_TABLE;
        for (unsigned j = 0; j < 512; j++) {
            uint64_t pa = (gib << 30) | ((uint64_t)j << 21);
            if (pa >= mem_size)
                break;
            l2[j] = pa | BLOCK_RW;
        }
    }
    desc_t *l2 = (desc_t *)(uintptr_t)(l1[0] & ADDR_MASK), *l3 = page_alloc();
    for (uint64_t pa = 0x10000; pa < 0x200000; pa += PAGE)
        l3[pa >> 12] = pa | (pa < 0x100000 ? PAGE_RO_XN : PAGE_RW);
    l2[0] = (uintptr_t)l3 | DESC_TABLE;
    l1[4] = 0x100000000UL | DEVICE_BLOCK;
    win_l2 = page_alloc();
    win_l3 = page_alloc();
    l1[(WINDOW >> 30) & 511] = (uintptr_t)win_l2 | DESC_TABLE;
    win_l2[(WINDOW >> 21) & 511] = (uintptr_t)win_l3 | DESC_TABLE;
}

/* Asks the MMU itself (AT S1E1R/W) how va translates, and prints PAR_EL1. */
static void translate(uint64_t va, bool write, const char *what)
{
    uint64_t par;
    if (write)
        __asm__ __volatile__("at s1e1w, %1\n isb\n mrs %0, par_el1" : "=r"(par) : "r"(va) : "memory");
    else
        __asm__ __volatile__("at s1e1r, %1\n isb\n mrs %0, par_el1" : "=r"(par) : "r"(va) : "memory");
    printf("  AT S1E1%c 0x%09lx (%s): ", write ? 'W' : 'R', (unsigned long)va, what);
    if (par & 1)
        printf("fault: %s\n", ukp_fault_status_name((unsigned)(par >> 1) & 0x3f));
    else
        printf("PA 0x%lx, memory attributes 0x%02lx\n",
               (unsigned long)((par & ADDR_MASK) | (va & (PAGE - 1))), (unsigned long)(par >> 56));
}

static desc_t *window_pte(unsigned page)
{
    return &win_l3[((WINDOW >> 12) & 511) + page];
}

static void set_window_page(unsigned page, desc_t d)
{
    *window_pte(page) = d;
    tlb_flush_va(WINDOW + page * PAGE);
}

/* The level-3 descriptor mapping va in our tables (first 2 MiB only). */
static desc_t *low_pte(uint64_t va)
{
    desc_t *l2 = (desc_t *)(uintptr_t)(l1[0] & ADDR_MASK);
    desc_t *l3 = (desc_t *)(uintptr_t)(l2[0] & ADDR_MASK);
    return &l3[(va >> 12) & 511];
}

/* ---- the fault handler ------------------------------------------------------ */

enum fixup { FIX_NONE, FIX_MAKE_WRITABLE, FIX_DEMAND_PAGE, FIX_SET_AF, FIX_RETURN_MINUS_1, FIX_SKIP };

static struct {
    enum fixup fix;
    unsigned page; /* window page it concerns */
    unsigned taken;
} expect;

static bool on_trap(struct ukp_trap_frame *f)
{
    unsigned ec = (unsigned)(f->esr >> 26) & 0x3f, fsc = (unsigned)f->esr & 0x3f;
    if (expect.fix == FIX_NONE || (ec != 0x25 && ec != 0x21))
        return false; /* not ours: let the runtime report it */
    printf("    -> trap: %s, %s at 0x%lx (ELR 0x%lx)\n", ukp_exception_class_name(ec),
           ukp_fault_status_name(fsc), (unsigned long)f->far, (unsigned long)f->elr);
    switch (expect.fix) {
    case FIX_MAKE_WRITABLE:
        *window_pte(expect.page) &= ~AP_RO;
        tlb_flush_va(f->far);
        printf("    -> handler: page made writable again; the store is retried\n");
        break;
    case FIX_DEMAND_PAGE: {
        void *p = page_alloc();
        set_window_page(expect.page, (uintptr_t)p | PAGE_RW);
        printf("    -> handler: mapped a fresh zeroed page (PA 0x%lx) there\n", (unsigned long)(uintptr_t)p);
        break;
    }
    case FIX_SET_AF:
        *window_pte(expect.page) |= AF;
        tlb_flush_va(f->far);
        printf("    -> handler: set the access flag\n");
        break;
    case FIX_RETURN_MINUS_1:
        f->x[0] = (uint64_t)-1;
        f->elr = f->x[30]; /* return to the caller as if the function returned -1 */
        printf("    -> handler: returning -1 to the caller at 0x%lx\n", (unsigned long)f->elr);
        break;
    case FIX_SKIP:
        f->elr += 4;
        printf("    -> handler: skipping the faulting store\n");
        break;
    case FIX_NONE:
        return false;
    }
    expect.taken++;
    expect.fix = FIX_NONE;
    return true;
}

static void expect_fault(enum fixup fix, unsigned page)
{
    expect.fix = fix;
    expect.page = page;
}

static int check(bool ok, const char *what)
{
    printf("  %s: %s\n", ok ? "ok" : "FAILED", what);
    return ok ? 0 : 1;
}

/* A function to copy into a window page: returns 42 (mov w0, #42; ret). */
static const uint32_t answer_code[] = { 0x52800540, 0xd65f03c0 };

static void sync_icache(void *p, size_t n)
{
    for (uintptr_t a = (uintptr_t)p; a < (uintptr_t)p + n; a += 4) {
        __asm__ __volatile__("dc cvau, %0" : : "r"(a) : "memory");
    }
    __asm__ __volatile__("dsb ish" ::: "memory");
    for (uintptr_t a = (uintptr_t)p; a < (uintptr_t)p + n; a += 4)
        __asm__ __volatile__("ic ivau, %0" : : "r"(a) : "memory");
    __asm__ __volatile__("dsb ish\n isb" ::: "memory");
}

int solo5_app_main(const struct solo5_start_info *si)
{
    (void)si;
    int failures = 0;
    struct ukp_layout lay;
    ukp_get_layout(&lay);
    uint64_t mon_root = read_ttbr0();

    /* The monitor's tables live below 0x10000, which they leave unmapped:
     * we cannot read them, but the MMU can tell us what they say. */
    printf("mmu-lab: the monitor's page tables (TTBR0_EL1 = 0x%lx), seen through AT\n", (unsigned long)mon_root);
    translate(lay.text_start, false, "our code");
    translate(lay.text_start, true, "our code, for writing");
    translate(0x10000, false, "boot info");
    translate(0x10000, true, "boot info, for writing");
    translate(lay.heap_end - PAGE, true, "top of the heap");
    translate(0, false, "the zero page");
    translate(0x100000000UL, true, "the hypercall window");
    translate(WINDOW, false, "our experiment window, not mapped yet");

    build_tables(lay.mem_size);
    __asm__ __volatile__("dsb ish\n msr ttbr0_el1, %0\n isb" : : "r"((uintptr_t)l0) : "memory");
    tlb_flush_all();
    ukp_set_trap_handler(on_trap);
    printf("mmu-lab: switched TTBR0_EL1 to our own tables at 0x%lx\n", (unsigned long)(uintptr_t)l0);
    walk((uintptr_t)l0, lay.text_start, "our code");
    walk((uintptr_t)l0, 0x10000, "boot info");
    walk((uintptr_t)l0, lay.heap_end - PAGE, "top of the heap");
    walk((uintptr_t)l0, 0x100000000UL, "the hypercall window");

    volatile uint64_t *win = (volatile uint64_t *)WINDOW;

    printf("1. alias: window page 0 -> a heap page\n");
    uint64_t *a = page_alloc(), *b = page_alloc();
    a[0] = 0xA11A5A11A5ULL;
    b[0] = 0xB0B0B0B0B0ULL;
    set_window_page(0, (uintptr_t)a | PAGE_RW);
    walk((uintptr_t)l0, WINDOW, "window page 0");
    failures += check(win[0] == a[0], "the window reads what the heap page holds");
    win[1] = 1234;
    failures += check(a[1] == 1234, "a store through the window lands in the heap page");

    printf("2. remap: window page 0 -> another heap page\n");
    set_window_page(0, (uintptr_t)b | PAGE_RW);
    failures += check(win[0] == b[0], "after TLBI the window reads the new page");

    printf("3. protect: window page 0 read-only, then store\n");
    *window_pte(0) |= AP_RO;
    tlb_flush_va(WINDOW);
    expect_fault(FIX_MAKE_WRITABLE, 0);
    win[2] = 99;
    failures += check(expect.taken == 1 && b[2] == 99, "one permission fault, then the store went through");

    printf("4. demand: touch unmapped window page 1\n");
    expect_fault(FIX_DEMAND_PAGE, 1);
    uint64_t v = win[PAGE / 8];
    failures += check(expect.taken == 2 && v == 0, "one translation fault, then a zeroed page");

    printf("5. access flag: window page 2 mapped without AF\n");
    set_window_page(2, ((uintptr_t)a | PAGE_RW) & ~AF);
    expect_fault(FIX_SET_AF, 2);
    v = win[2 * PAGE / 8];
    failures += check(expect.taken == 3 && v == a[0], "one access-flag fault, then the page reads");

    printf("6. exec: call code through window page 3\n");
    uint32_t *code = page_alloc();
    memcpy(code, answer_code, sizeof answer_code);
    sync_icache(code, sizeof answer_code);
    set_window_page(3, (uintptr_t)code | PAGE_RW);
    int (*answer)(void) = (int (*)(void))(WINDOW + 3 * PAGE);
    int r = answer();
    failures += check(r == 42, "the copied function returns 42");
    *window_pte(3) |= PXN;
    tlb_flush_va(WINDOW + 3 * PAGE);
    expect_fault(FIX_RETURN_MINUS_1, 3);
    r = answer();
    failures += check(expect.taken == 4 && r == -1, "with PXN set: an instruction abort, handled as -1");

    printf("7. text: our code read-only in our tables, then store to it\n");
    uint64_t text_va = (uintptr_t)&solo5_app_main & ~(PAGE - 1);
    *low_pte(text_va) |= AP_RO;
    tlb_flush_va(text_va);
    expect_fault(FIX_SKIP, 0);
    *(volatile uint32_t *)(uintptr_t)&solo5_app_main = 0;
    failures += check(expect.taken == 5, "a permission fault the guest handled (the monitor never saw it)");

    printf("mmu-lab: %u faults taken and handled, %d check(s) failed\n", expect.taken, failures);
    return failures ? SOLO5_EXIT_FAILURE : SOLO5_EXIT_SUCCESS;
}
