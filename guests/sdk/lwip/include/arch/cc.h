/*
 * arch/cc.h -- lwIP's compiler and platform glue for ukplay guests
 * (aarch64, little-endian, picolibc).
 */
#ifndef UKP_LWIP_ARCH_CC_H
#define UKP_LWIP_ARCH_CC_H

#include <stdio.h>
#include <stdlib.h>

#include "solo5.h"

#define BYTE_ORDER LITTLE_ENDIAN
#define LWIP_NO_UNISTD_H 1

/* A pseudo-random number for TCP's initial sequence numbers and ports. */
unsigned int ukp_lwip_rand(void);
#define LWIP_RAND() ((u32_t)ukp_lwip_rand())

#define LWIP_PLATFORM_DIAG(x) do { printf x; } while (0)
#define LWIP_PLATFORM_ASSERT(msg)                                                   \
    do {                                                                            \
        printf("lwIP: assertion \"%s\" failed at %s:%d\n", msg, __FILE__, __LINE__); \
        solo5_abort();                                                              \
    } while (0)

#endif
