/* tender.h -- what the QEMU reference tender's files share. */
#ifndef UKP_TENDER_H
#define UKP_TENDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

void mset(void *d, int c, size_t n);
void mcopy(void *d, const void *s, size_t n);

/* virtio_net.c */
bool vnet_init(uint8_t mac[6]);
bool vnet_send(const uint8_t *frame, size_t len);
bool vnet_pending(void);
long vnet_recv(uint8_t *dst, size_t max);

/* pinger.c */
void pinger_init(const uint8_t ip[4], unsigned count);
bool pinger_pending(void);
long pinger_recv(uint8_t *dst, size_t max);
void pinger_send(const uint8_t *frame, size_t len);

/* tender.c */
void tender_fail(const char *msg) __attribute__((noreturn));
void tender_note_pings(unsigned count);

#endif
