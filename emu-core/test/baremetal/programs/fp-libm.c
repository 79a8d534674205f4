// picolibc's libm on our core and on QEMU: sin, cos, exp, log, pow and sqrt (double and float)
// over a table of inputs (special values, denormals, range limits, a seeded sweep), then the
// basic operations in each FPCR rounding mode. Every result is printed as its bit pattern and
// in decimal, with the FPSR flags the call left, so the two runs must agree bit for bit.
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "rt.h"

static int uart_putc(char c, FILE *f)
{
  (void)f;
  rt_putc(c);
  return (unsigned char)c;
}
static FILE uart = FDEV_SETUP_STREAM(uart_putc, NULL, NULL, _FDEV_SETUP_WRITE);
FILE *const stdout = &uart;
FILE *const stderr = &uart;

static u64 dbits(double x)
{
  u64 b;
  memcpy(&b, &x, sizeof b);
  return b;
}
static u32 fbits(float x)
{
  u32 b;
  memcpy(&b, &x, sizeof b);
  return b;
}
static double dval(u64 b)
{
  double x;
  memcpy(&x, &b, sizeof x);
  return x;
}

static void clear_flags(void) { SYSREG_WRITE(fpsr, 0); }
static u64 flags(void) { return SYSREG_READ(fpsr); }

// Keep the compiler from folding or reordering the calls around the FPSR accesses.
static double opaque(double x)
{
  __asm__ volatile("" : "+w"(x));
  return x;
}
static float opaquef(float x)
{
  __asm__ volatile("" : "+w"(x));
  return x;
}

static void show(const char *fn, double x, double r, u64 fl)
{
  printf("%s(%016llx) = %016llx %.17g fpsr=%02llx\n", fn, (unsigned long long)dbits(x),
         (unsigned long long)dbits(r), r, (unsigned long long)fl);
}
static void showf(const char *fn, float x, float r, u64 fl)
{
  printf("%s(%08x) = %08x %.9g fpsr=%02llx\n", fn, fbits(x), fbits(r), (double)r, (unsigned long long)fl);
}

#define CALL1(fn, x)                          \
  do {                                        \
    clear_flags();                            \
    double r_ = fn(opaque(x));                \
    show(#fn, x, opaque(r_), flags());        \
  } while (0)
#define CALL1F(fn, x)                         \
  do {                                        \
    clear_flags();                            \
    float r_ = fn(opaquef(x));                \
    showf(#fn, x, opaquef(r_), flags());      \
  } while (0)

static const double special[] = {
  0.0, -0.0, 0x1p-1074, -0x1p-1074, 0x1p-1022, 0x1.fffffffffffffp-1023, 1e-300, 1e-10, 1e-5,
  0.1, 0.5, 0.7853981633974483, 1.0, 1.5, 2.0, 2.718281828459045, 3.141592653589793, 10.0,
  100.0, 123456.789, 709.78, 710.0, -708.5, -745.2, -746.0, 1e10, 1e22, 1e300,
  0x1.fffffffffffffp1023, -1.0, -0.5, -3.0, -1e-300, 1048576.5, 6.283185307179586,
};
static const double exponents[] = { 0.5, 2.0, -1.0, 1.0 / 3.0, 10.5, -0.0, 3.0, -2.5 };

static u64 lcg = 0x2545f4914f6cdd1dull;
static u64 next(void)
{
  lcg = lcg * 6364136223846793005ull + 1442695040888963407ull;
  return lcg;
}

static void one_input(double x)
{
  CALL1(sin, x);
  CALL1(cos, x);
  CALL1(exp, x);
  CALL1(log, x);
  CALL1(sqrt, x);
  float xf = (float)x;
  CALL1F(sinf, xf);
  CALL1F(expf, xf);
  CALL1F(logf, xf);
  CALL1F(sqrtf, xf);
}

static void set_rounding(u64 rmode) { SYSREG_WRITE(fpcr, rmode << 22); }

int main(void)
{
  for (unsigned i = 0; i < sizeof special / sizeof special[0]; i++) one_input(special[i]);
  one_input(INFINITY);
  one_input(-INFINITY);
  one_input(NAN);

  // a seeded sweep: random significands, exponents from 2^-40 to 2^40, both signs
  for (int i = 0; i < 64; i++) {
    u64 r = next();
    u64 exp = 1023 - 40 + (r >> 56) % 81;
    one_input(dval((r & 0x800fffffffffffffull) | (exp << 52)));
  }

  for (unsigned i = 0; i < sizeof special / sizeof special[0]; i += 2) {
    for (unsigned j = 0; j < sizeof exponents / sizeof exponents[0]; j++) {
      double x = special[i], y = exponents[j];
      clear_flags();
      double r = pow(opaque(x), opaque(y));
      u64 fl = flags();
      printf("pow(%016llx, %016llx) = %016llx %.17g fpsr=%02llx\n", (unsigned long long)dbits(x),
             (unsigned long long)dbits(y), (unsigned long long)dbits(opaque(r)), r, (unsigned long long)fl);
      clear_flags();
      float rf = powf(opaquef((float)x), opaquef((float)y));
      fl = flags();
      printf("powf(%08x, %08x) = %08x %.9g fpsr=%02llx\n", fbits((float)x), fbits((float)y),
             fbits(opaquef(rf)), (double)rf, (unsigned long long)fl);
    }
  }

  // the operations themselves in every rounding mode (the compiler emits FDIV, FSQRT, FMADD)
  static const char *const modes[] = { "RN", "RP", "RM", "RZ" };
  for (u64 m = 0; m < 4; m++) {
    for (int i = 0; i < 8; i++) {
      double a = dval((next() & 0x800fffffffffffffull) | ((1023 - 4 + next() % 9) << 52));
      double b = dval((next() & 0x800fffffffffffffull) | ((1023 - 4 + next() % 9) << 52));
      double c = dval((next() & 0x800fffffffffffffull) | ((1023 - 4 + next() % 9) << 52));
      set_rounding(m);
      clear_flags();
      double q = opaque(a) / opaque(b);
      double s = sqrt(fabs(opaque(c)));
      double f = fma(opaque(a), opaque(b), opaque(c));
      u64 fl = flags();
      set_rounding(0);
      printf("%s %016llx %016llx %016llx: div %016llx sqrt %016llx fma %016llx fpsr=%02llx\n", modes[m],
             (unsigned long long)dbits(a), (unsigned long long)dbits(b), (unsigned long long)dbits(c),
             (unsigned long long)dbits(q), (unsigned long long)dbits(s), (unsigned long long)dbits(f),
             (unsigned long long)fl);
    }
  }
  printf("done\n");
  return 0;
}
