/*
 * lwipopts.h -- lwIP 2.1.3 configured for ukplay guests: no OS (NO_SYS,
 * raw API, one thread), IPv4 with ARP, ICMP and TCP on one Ethernet
 * interface, memory from the C heap (picolibc's malloc over sbrk).
 */
#ifndef UKP_LWIPOPTS_H
#define UKP_LWIPOPTS_H

#define NO_SYS 1
#define SYS_LIGHTWEIGHT_PROT 0
#define LWIP_TIMERS 1
#define LWIP_SOCKET 0
#define LWIP_NETCONN 0

#define LWIP_IPV4 1
#define LWIP_IPV6 0
#define LWIP_ARP 1
#define LWIP_ETHERNET 1
#define LWIP_ICMP 1
#define LWIP_RAW 0
#define LWIP_UDP 0
#define LWIP_TCP 1
#define LWIP_DHCP 0
#define LWIP_AUTOIP 0
#define LWIP_IGMP 0
#define LWIP_DNS 0
#define LWIP_SINGLE_NETIF 1
#define IP_REASSEMBLY 0
#define IP_FRAG 0

/* Memory: everything from malloc, so nothing has to be sized per guest. */
#define MEM_LIBC_MALLOC 1
#define MEMP_MEM_MALLOC 1
#define MEM_ALIGNMENT 8
#define PBUF_POOL_SIZE 64

/* TCP: full-size segments and windows as large as lwIP allows without scaling. */
#define TCP_MSS 1460
#define TCP_WND (44 * TCP_MSS > 0xffff ? 0xffff : 44 * TCP_MSS)
#define TCP_SND_BUF (32 * TCP_MSS)
#define TCP_SND_QUEUELEN ((4 * TCP_SND_BUF) / TCP_MSS)
#define MEMP_NUM_TCP_PCB 64
#define MEMP_NUM_TCP_PCB_LISTEN 4
#define MEMP_NUM_TCP_SEG 512
#define TCP_QUEUE_OOSEQ 1
#define LWIP_TCP_KEEPALIVE 0
#define TCP_LISTEN_BACKLOG 0
#define LWIP_CALLBACK_API 1

#define LWIP_NETIF_STATUS_CALLBACK 0
#define LWIP_NETIF_LINK_CALLBACK 0
#define LWIP_STATS 0
#define LWIP_CHECKSUM_CTRL_PER_NETIF 0
#define ETH_PAD_SIZE 0

#endif
