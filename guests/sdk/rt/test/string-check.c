/*
 * string-check.c -- checks rt/string.S against byte-at-a-time references,
 * run as a static AArch64 Linux program under qemu-aarch64 (string.test.ts):
 * every length up to 80 at every source/destination alignment, overlapping
 * moves in both directions, fill values with the top bit set, and strlen
 * with bytes after the terminator, memcmp with one differing byte at every
 * position (both orders, top bit set on one side). Prints the failures and exits 1, or
 * prints "ok N" and exits 0.
 */
#include <stddef.h>
#include <stdint.h>

void *memcpy(void *, const void *, size_t);
void *memmove(void *, const void *, size_t);
void *memset(void *, int, size_t);
size_t strlen(const char *);
int memcmp(const void *, const void *, size_t);

static long sys(long nr, long a, long b, long c)
{
    register long x8 __asm__("x8") = nr, x0 __asm__("x0") = a, x1 __asm__("x1") = b, x2 __asm__("x2") = c;
    __asm__ __volatile__("svc 0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2) : "memory");
    return x0;
}

static void say(const char *s)
{
    size_t n = 0;
    while (s[n]) n++;
    sys(64, 1, (long)s, (long)n);
}

static void say_num(unsigned long v)
{
    char b[24];
    int i = 23;
    b[i] = 0;
    do { b[--i] = (char)('0' + v % 10); v /= 10; } while (v);
    say(b + i);
}

static unsigned long cases, failures;

static void check(int ok, const char *what, unsigned long a, unsigned long b, unsigned long n)
{
    cases++;
    if (ok) return;
    if (failures++ < 20) {
        say("FAIL "); say(what); say(" a="); say_num(a); say(" b="); say_num(b); say(" n="); say_num(n); say("\n");
    }
}

#define SIZE 256
static uint8_t src[SIZE], dst[SIZE], ref[SIZE];

static void fill(uint8_t *p, uint8_t seed)
{
    for (int i = 0; i < SIZE; i++) p[i] = (uint8_t)(seed + i * 7 + (i >> 3));
}

static int same(const uint8_t *a, const uint8_t *b)
{
    for (int i = 0; i < SIZE; i++) if (a[i] != b[i]) return 0;
    return 1;
}

static void ref_move(uint8_t *d, const uint8_t *s, size_t n)
{
    uint8_t tmp[SIZE];
    for (size_t i = 0; i < n; i++) tmp[i] = s[i];
    for (size_t i = 0; i < n; i++) d[i] = tmp[i];
}

int check_main(void)
{
    for (unsigned sa = 0; sa < 16; sa++)
        for (unsigned da = 0; da < 16; da++)
            for (unsigned n = 0; n <= 80; n++) {
                fill(src, 1); fill(dst, 100); fill(ref, 100);
                ref_move(ref + 64 + da, src + 8 + sa, n);
                void *r = memcpy(dst + 64 + da, src + 8 + sa, n);
                check(r == dst + 64 + da && same(dst, ref), "memcpy", sa, da, n);
            }
    for (int shift = -24; shift <= 24; shift++)
        for (unsigned n = 0; n <= 80; n++) {
            fill(dst, 3); fill(ref, 3);
            ref_move(ref + 100 + shift, ref + 100, n);
            void *r = memmove(dst + 100 + shift, dst + 100, n);
            check(r == dst + 100 + shift && same(dst, ref), "memmove", (unsigned long)(shift + 24), 0, n);
        }
    static const int values[] = { 0, 1, 0x5a, 0x80, 0xff, 0x1234 };
    for (unsigned v = 0; v < 6; v++)
        for (unsigned da = 0; da < 16; da++)
            for (unsigned n = 0; n <= 80; n++) {
                fill(dst, 9); fill(ref, 9);
                for (unsigned i = 0; i < n; i++) ref[32 + da + i] = (uint8_t)values[v];
                void *r = memset(dst + 32 + da, values[v], n);
                check(r == dst + 32 + da && same(dst, ref), "memset", v, da, n);
            }
    for (unsigned a = 0; a < 16; a++)
        for (unsigned n = 0; n <= 100; n++) {
            fill(dst, 0x41);
            for (unsigned i = 0; i < SIZE; i++) if (dst[i] == 0) dst[i] = 1;
            dst[16 + a + n] = 0;
            dst[16 + a + n + 1] = 0x80; /* garbage after the end */
            check(strlen((const char *)dst + 16 + a) == n, "strlen", a, 0, n);
        }
    for (unsigned a = 0; a < 8; a++)
        for (unsigned n = 0; n <= 40; n++) {
            fill(src, 5); fill(dst, 5);
            check(memcmp(src + 8 + a, dst + 8 + a, n) == 0, "memcmp equal", a, 0, n);
            for (unsigned at = 0; at < n; at++) {
                fill(dst, 5);
                src[8 + a + at] = 0x80;
                dst[8 + a + at] = 0x01;
                int lt = memcmp(dst + 8 + a, src + 8 + a, n), gt = memcmp(src + 8 + a, dst + 8 + a, n);
                check(lt < 0 && gt > 0 && gt == 0x7f && lt == -0x7f, "memcmp differ", a, at, n);
                fill(src, 5);
            }
        }
    if (failures) {
        say_num(failures); say(" of "); say_num(cases); say(" cases failed\n");
        return 1;
    }
    say("ok "); say_num(cases); say("\n");
    return 0;
}

void _start(void)
{
    sys(93, check_main(), 0, 0);
    for (;;) {}
}
