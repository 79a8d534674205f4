/*
 * test-tls -- conformance: thread-local storage through the Solo5 TLS API.
 * Two TLS blocks made with solo5_tls_size/solo5_tls_init, switched with
 * solo5_set_tls_base, each keep their own values; a __thread variable with
 * an initialiser starts with it in every block.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "solo5.h"

static void say(const char *s)
{
    solo5_console_write(s, strlen(s));
}

static __thread volatile uint64_t in_bss;
static __thread volatile uint64_t in_data = 0xC0FFEE;

static void __attribute__((noinline)) set_bss(uint64_t v) { in_bss = v; }
static uint64_t __attribute__((noinline)) get_bss(void) { return in_bss; }
static uint64_t __attribute__((noinline)) get_data(void) { return in_data; }

static uintptr_t new_block(void)
{
    /* 16-byte alignment covers the TLS segment's alignment here. */
    uintptr_t b = (uintptr_t)aligned_alloc(16, (solo5_tls_size() + 15) & ~(size_t)15);
    if (b == 0 || solo5_tls_init(b) != SOLO5_R_OK)
        return 0;
    return b;
}

int solo5_app_main(const struct solo5_start_info *si)
{
    (void)si;
    say("\n**** ukplay conformance: tls ****\n\n");
    uintptr_t a = new_block(), b = new_block();
    if (a == 0 || b == 0) {
        say("FAILURE: cannot make TLS blocks\n");
        return 10;
    }
    if (solo5_tls_init(0) == SOLO5_R_OK) {
        say("FAILURE: solo5_tls_init(0) succeeded\n");
        return 11;
    }
    if (solo5_set_tls_base(solo5_tls_tp_offset(a)) != SOLO5_R_OK) return 1;
    set_bss(1);
    if (solo5_set_tls_base(solo5_tls_tp_offset(b)) != SOLO5_R_OK) return 2;
    set_bss(2);
    if (solo5_set_tls_base(solo5_tls_tp_offset(a)) != SOLO5_R_OK) return 3;
    if (get_bss() != 1) {
        say("FAILURE: block A lost its value\n");
        return 4;
    }
    if (get_data() != 0xC0FFEE) {
        say("FAILURE: .tdata not initialised\n");
        return 7;
    }
    if (solo5_set_tls_base(solo5_tls_tp_offset(b)) != SOLO5_R_OK) return 5;
    if (get_bss() != 2) {
        say("FAILURE: block B lost its value\n");
        return 6;
    }
    say("SUCCESS\n");
    return SOLO5_EXIT_SUCCESS;
}
