// The runner's smoke test: console output, the exit code, a few registers both sides agree on.
#include "rt.h"

int main(void) {
  rt_printf("hello from EL%d\n", (int)(SYSREG_READ(CurrentEL) >> 2));
  rt_printf("%d %u %x %08x %016lx %s %c %%\n", -42, 42u, 0xbeefu, 0x1234u, 0xfedcba9876543210ul, "str", 'c');
  rt_printf("SPSel %d DAIF %lx\n", (int)SYSREG_READ(SPSel), SYSREG_READ(DAIF));
  rt_puts("done\n");
  return 0;
}
