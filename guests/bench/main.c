/*
 * bench -- CPU workloads for measuring the emulator. Each prints a checksum
 * that depends only on the computation (fixed inputs from a seeded PRNG), so
 * a wrong instruction shows up as a wrong checksum, and the time it took.
 *
 *   integer:   crc (CRC-32, table-driven), sort (merge sort of 64K words),
 *              matrix (64x64 integer multiply), chase (pointer chasing
 *              through a random cycle), string (strlen/strcmp/strchr/memchr)
 *   FP/SIMD:   nbody (5 bodies in double), dot (AdvSIMD float dot product),
 *              mem (memcpy/memset/strlen over 1 MiB buffers)
 *
 * Arguments: the workload names to run (default: all), reps=N to repeat
 * each N times (default 1).
 */
#include <arm_neon.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solo5.h"
#include "ukplay.h"

static uint64_t rng_state;

static void rng_seed(uint64_t s)
{
    rng_state = s ? s : 1;
}

static uint64_t rng(void) /* xorshift64* */
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545f4914f6cdd1dULL;
}

static uint64_t mix(uint64_t h, uint64_t v)
{
    return (h ^ v) * 0x100000001b3ULL;
}

/* ---- integer ---------------------------------------------------------------- */

static uint64_t bench_crc(void)
{
    static uint32_t table[256];
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    size_t n = 256 * 1024;
    uint8_t *buf = malloc(n);
    rng_seed(1);
    for (size_t i = 0; i < n; i++)
        buf[i] = (uint8_t)rng();
    uint32_t crc = 0xffffffffu;
    for (size_t i = 0; i < n; i++)
        crc = table[(crc ^ buf[i]) & 0xff] ^ (crc >> 8);
    free(buf);
    return crc ^ 0xffffffffu;
}

static void merge_sort(uint32_t *a, uint32_t *tmp, size_t n)
{
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
            while (i < mid)
                tmp[k++] = a[i++];
            while (j < hi)
                tmp[k++] = a[j++];
        }
        memcpy(a, tmp, n * sizeof *a);
    }
}

static uint64_t bench_sort(void)
{
    size_t n = 64 * 1024;
    uint32_t *a = malloc(n * sizeof *a), *t = malloc(n * sizeof *t);
    rng_seed(2);
    for (size_t i = 0; i < n; i++)
        a[i] = (uint32_t)rng();
    merge_sort(a, t, n);
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && a[i - 1] > a[i])
            return 0; /* not sorted: a checksum no correct run produces */
        h = mix(h, a[i]);
    }
    free(a);
    free(t);
    return h;
}

#define MAT 64
static uint64_t bench_matrix(void)
{
    static uint32_t x[MAT][MAT], y[MAT][MAT], z[MAT][MAT];
    rng_seed(3);
    for (int i = 0; i < MAT; i++)
        for (int j = 0; j < MAT; j++) {
            x[i][j] = (uint32_t)rng();
            y[i][j] = (uint32_t)rng();
        }
    for (int i = 0; i < MAT; i++)
        for (int j = 0; j < MAT; j++) {
            uint32_t s = 0;
            for (int k = 0; k < MAT; k++)
                s += x[i][k] * y[k][j];
            z[i][j] = s;
        }
    uint64_t h = 0xcbf29ce484222325ULL;
    for (int i = 0; i < MAT; i++)
        for (int j = 0; j < MAT; j++)
            h = mix(h, z[i][j]);
    return h;
}

static uint64_t bench_chase(void)
{
    size_t n = 256 * 1024;
    uint32_t *next = malloc(n * sizeof *next), *perm = malloc(n * sizeof *perm);
    rng_seed(4);
    for (size_t i = 0; i < n; i++)
        perm[i] = (uint32_t)i;
    for (size_t i = n - 1; i > 0; i--) { /* Fisher-Yates: one random cycle */
        size_t j = rng() % (i + 1);
        uint32_t t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
    }
    for (size_t i = 0; i < n; i++)
        next[perm[i]] = perm[(i + 1) % n];
    uint32_t p = perm[0];
    uint64_t h = 0;
    for (size_t step = 0; step < 4 * n; step++) {
        p = next[p];
        h += p;
    }
    free(next);
    free(perm);
    return h ^ p;
}

static uint64_t bench_string(void)
{
    static const char *const words[] = { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot",
                                         "golf", "hotel", "india", "juliet", "kilo", "lima" };
    size_t cap = 64 * 1024;
    char *text = malloc(cap);
    size_t len = 0;
    rng_seed(5);
    while (len + 16 < cap) {
        const char *w = words[rng() % 12];
        size_t wl = strlen(w);
        memcpy(text + len, w, wl);
        len += wl;
        text[len++] = (rng() % 8) ? ' ' : '\n';
    }
    text[len] = '\0';
    uint64_t h = len;
    for (int round = 0; round < 8; round++) {
        const char *p = text;
        unsigned lines = 0, matches = 0;
        while ((p = strchr(p, '\n')) != NULL) {
            lines++;
            p++;
        }
        for (const char *q = text; (q = memchr(q, 'e', (size_t)(text + len - q))) != NULL; q++)
            matches++;
        int cmp = 0;
        for (int i = 0; i < 12; i++)
            cmp += strcmp(words[i], words[(i + round) % 12]) < 0;
        h = mix(mix(mix(h, lines), matches), (uint64_t)cmp);
        text[rng() % len] = 'x'; /* change something for the next round */
    }
    free(text);
    return h;
}

/* ---- floating point and SIMD -------------------------------------------------- */

struct body {
    double x, y, z, vx, vy, vz, m;
};

static double energy(const struct body *b, int n)
{
    double e = 0;
    for (int i = 0; i < n; i++) {
        e += 0.5 * b[i].m * (b[i].vx * b[i].vx + b[i].vy * b[i].vy + b[i].vz * b[i].vz);
        for (int j = i + 1; j < n; j++) {
            double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y, dz = b[i].z - b[j].z;
            e -= b[i].m * b[j].m / sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

static uint64_t bench_nbody(void)
{
    const double pi = 3.141592653589793, days = 365.24, mass = 4 * pi * pi;
    struct body b[5] = {
        { 0, 0, 0, 0, 0, 0, mass },
        { 4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
          1.66007664274403694e-03 * days, 7.69901118419740425e-03 * days, -6.90460016972063023e-05 * days,
          9.54791938424326609e-04 * mass },
        { 8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
          -2.76742510726862411e-03 * days, 4.99852801234917238e-03 * days, 2.30417297573763929e-05 * days,
          2.85885980666130812e-04 * mass },
        { 1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
          2.96460137564761618e-03 * days, 2.37847173959480950e-03 * days, -2.96589568540237556e-05 * days,
          4.36624404335156298e-05 * mass },
        { 1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
          2.68067772490389322e-03 * days, 1.62824170038242295e-03 * days, -9.51592254519715870e-05 * days,
          5.15138902046611451e-05 * mass },
    };
    double px = 0, py = 0, pz = 0;
    for (int i = 0; i < 5; i++) {
        px += b[i].vx * b[i].m;
        py += b[i].vy * b[i].m;
        pz += b[i].vz * b[i].m;
    }
    b[0].vx = -px / mass;
    b[0].vy = -py / mass;
    b[0].vz = -pz / mass;
    double e0 = energy(b, 5);
    const double dt = 0.01;
    for (int step = 0; step < 20000; step++) {
        for (int i = 0; i < 5; i++)
            for (int j = i + 1; j < 5; j++) {
                double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y, dz = b[i].z - b[j].z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * sqrt(d2));
                b[i].vx -= dx * b[j].m * mag;
                b[i].vy -= dy * b[j].m * mag;
                b[i].vz -= dz * b[j].m * mag;
                b[j].vx += dx * b[i].m * mag;
                b[j].vy += dy * b[i].m * mag;
                b[j].vz += dz * b[i].m * mag;
            }
        for (int i = 0; i < 5; i++) {
            b[i].x += dt * b[i].vx;
            b[i].y += dt * b[i].vy;
            b[i].z += dt * b[i].vz;
        }
    }
    double e1 = energy(b, 5);
    printf("bench: nbody energy %.9f -> %.9f\n", e0, e1);
    uint64_t bits;
    memcpy(&bits, &e1, sizeof bits);
    return bits;
}

static uint64_t bench_dot(void)
{
    size_t n = 64 * 1024;
    float *x = aligned_alloc(16, n * sizeof *x), *y = aligned_alloc(16, n * sizeof *y);
    rng_seed(6);
    for (size_t i = 0; i < n; i++) {
        x[i] = (float)(rng() % 2001) / 1000.0f - 1.0f;
        y[i] = (float)(rng() % 2001) / 1000.0f - 1.0f;
    }
    float32x4_t acc0 = vdupq_n_f32(0), acc1 = vdupq_n_f32(0);
    for (int round = 0; round < 8; round++)
        for (size_t i = 0; i < n; i += 8) {
            acc0 = vfmaq_f32(acc0, vld1q_f32(x + i), vld1q_f32(y + i));
            acc1 = vfmaq_f32(acc1, vld1q_f32(x + i + 4), vld1q_f32(y + i + 4));
        }
    float dot = vaddvq_f32(vaddq_f32(acc0, acc1));
    printf("bench: dot product %.6f\n", (double)dot);
    free(x);
    free(y);
    uint32_t bits;
    memcpy(&bits, &dot, sizeof bits);
    return bits;
}

static uint64_t bench_mem(void)
{
    size_t n = 1024 * 1024;
    uint8_t *a = malloc(n + 64), *b = malloc(n + 64);
    uint64_t h = 0xcbf29ce484222325ULL;
    for (int round = 0; round < 4; round++) {
        memset(a, 'a' + round, n);
        a[n - 1 - round * 1000] = '\0';
        h = mix(h, strlen((char *)a));
        memcpy(b + round, a + 3, n - 8); /* unaligned on both sides */
        h = mix(h, b[round + 12345]);
        h = mix(h, (uint64_t)memcmp(a + 3, b + round, n - 8));
        memmove(b + 16, b, n / 2);
        h = mix(h, b[n / 2]);
    }
    free(a);
    free(b);
    return h;
}

/* ---- driver ----------------------------------------------------------------- */

static const struct workload {
    const char *name;
    uint64_t (*run)(void);
} workloads[] = {
    { "crc", bench_crc }, { "sort", bench_sort }, { "matrix", bench_matrix }, { "chase", bench_chase },
    { "string", bench_string }, { "nbody", bench_nbody }, { "dot", bench_dot }, { "mem", bench_mem },
};
#define NWORKLOADS (sizeof workloads / sizeof workloads[0])

int solo5_app_main(const struct solo5_start_info *si)
{
    unsigned reps = (unsigned)ukp_arg_u64(si->cmdline, "reps", 1);
    bool any_named = false;
    for (size_t i = 0; i < NWORKLOADS; i++)
        any_named |= ukp_arg_flag(si->cmdline, workloads[i].name);
    solo5_time_t total = 0;
    for (size_t i = 0; i < NWORKLOADS; i++) {
        const struct workload *w = &workloads[i];
        if (any_named && !ukp_arg_flag(si->cmdline, w->name))
            continue;
        uint64_t sum = 0;
        solo5_time_t t0 = solo5_clock_monotonic();
        for (unsigned r = 0; r < reps; r++)
            sum = w->run();
        solo5_time_t dt = solo5_clock_monotonic() - t0;
        total += dt;
        printf("bench: %-7s checksum 0x%016lx  %lu.%03lu ms\n", w->name, (unsigned long)sum,
               (unsigned long)(dt / 1000000), (unsigned long)(dt / 1000 % 1000));
    }
    printf("bench: done in %lu.%03lu ms\n", (unsigned long)(total / 1000000), (unsigned long)(total / 1000 % 1000));
    return SOLO5_EXIT_SUCCESS;
}
