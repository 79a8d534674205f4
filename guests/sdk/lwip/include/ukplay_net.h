/*
 * ukplay_net.h -- lwIP on a Solo5 network device, for guests that list
 * "lwip" in their guest.json libs.
 *
 *   ukp_net_init(si->cmdline, "service0");   // ip= gw= mask= from the cmdline
 *   ... set up TCP listeners with lwIP's raw API ...
 *   for (;;) ukp_net_poll(UKP_NET_FOREVER);  // frames in, timers, frames out
 */
#ifndef UKPLAY_NET_H
#define UKPLAY_NET_H

#include <stdbool.h>

#include "lwip/netif.h"
#include "solo5.h"

#define UKP_NET_FOREVER ((solo5_time_t)-1)

/* Brings up lwIP on the net device called device. The address comes from
 * ip=A.B.C.D (default 10.0.0.2), mask= (255.255.255.0) and gw= (10.0.0.1).
 * Returns false, after printing why, if the device or an option is bad. */
bool ukp_net_init(const char *cmdline, const char *device);

/* Waits (solo5_yield) until a frame arrives, an lwIP timer is due, or
 * max_wait ns pass; then feeds every queued frame to lwIP and runs due timers. */
void ukp_net_poll(solo5_time_t max_wait);

/* The interface ukp_net_init brought up. */
struct netif *ukp_net_netif(void);

#endif
