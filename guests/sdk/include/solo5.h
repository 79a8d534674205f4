/*
 * solo5.h -- the public C API of the ukplay guest runtime.
 *
 * The declarations below have the same names, types and meanings as the
 * public API of Solo5 (hvt target, release 0.9), so an application written
 * for Solo5 compiles against this runtime unchanged, and an image built here
 * boots under Solo5's own solo5-hvt tender. The implementation is ours: see
 * guests/sdk/rt/ and /work/shared/hvt-abi.md.
 */
#ifndef SOLO5_H_INCLUDED
#define SOLO5_H_INCLUDED

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Results of the calls that can fail. */
typedef enum {
    SOLO5_R_OK = 0,   /* done */
    SOLO5_R_AGAIN,    /* nothing to do now (e.g. no frame queued); retry later */
    SOLO5_R_EINVAL,   /* a bad argument (handle, offset, size) */
    SOLO5_R_EUNSPEC   /* any other failure */
} solo5_result_t;

/* What the application gets at start: the command line (runtime options
 * removed) and one RW, non-executable memory region. The initial stack grows
 * down from heap_start + heap_size, so a program that manages memory itself
 * must leave room for it at the top of that region. */
struct solo5_start_info {
    const char *cmdline;
    uintptr_t heap_start;
    size_t heap_size;
};

/* The application's entry point; returning is solo5_exit(return value). */
int solo5_app_main(const struct solo5_start_info *info);

#define SOLO5_EXIT_SUCCESS 0
#define SOLO5_EXIT_FAILURE 1
#define SOLO5_EXIT_ABORT 255 /* 255 and above are reserved for the runtime */

void solo5_exit(int status) __attribute__((noreturn));
void solo5_abort(void) __attribute__((noreturn));

/* Time in nanoseconds. */
typedef uint64_t solo5_time_t;

/* Nanoseconds since some unspecified moment; never goes backwards. */
solo5_time_t solo5_clock_monotonic(void);
/* Nanoseconds since 1970-01-01T00:00:00Z. */
solo5_time_t solo5_clock_wall(void);

/* A device handle is the device's index in the manifest; a handle set has
 * bit i set for handle i. */
typedef uint64_t solo5_handle_t;
typedef uint64_t solo5_handle_set_t;

/* Sleeps until monotonic time reaches deadline or a device has input.
 * On return *ready_set (when not NULL) names the devices with input. */
void solo5_yield(solo5_time_t deadline, solo5_handle_set_t *ready_set);

/* Writes size bytes to the console. Best effort: never fails, may drop. */
void solo5_console_write(const char *buf, size_t size);

/* ---- network ---------------------------------------------------------- */

#define SOLO5_NET_ALEN 6  /* bytes in a MAC address */
#define SOLO5_NET_HLEN 14 /* bytes in an Ethernet header */

struct solo5_net_info {
    uint8_t mac_address[SOLO5_NET_ALEN];
    size_t mtu; /* payload bytes, without the Ethernet header */
};

/* Looks up the network device the manifest calls name. */
solo5_result_t solo5_net_acquire(const char *name, solo5_handle_t *handle,
        struct solo5_net_info *info);
/* Sends one Ethernet frame (header included, at most mtu + HLEN bytes). */
solo5_result_t solo5_net_write(solo5_handle_t handle, const uint8_t *buf,
        size_t size);
/* Receives one frame into buf (size >= mtu + HLEN); SOLO5_R_AGAIN when none
 * is queued, else SOLO5_R_OK with the frame length in *read_size. */
solo5_result_t solo5_net_read(solo5_handle_t handle, uint8_t *buf,
        size_t size, size_t *read_size);

/* ---- block storage ---------------------------------------------------- */

typedef uint64_t solo5_off_t;

struct solo5_block_info {
    solo5_off_t capacity;   /* bytes */
    solo5_off_t block_size; /* bytes in one I/O unit */
};

/* Looks up the block device the manifest calls name. */
solo5_result_t solo5_block_acquire(const char *name, solo5_handle_t *handle,
        struct solo5_block_info *info);
/* Transfers exactly one block at a block-aligned byte offset; anything else
 * is SOLO5_R_EINVAL, as in Solo5's current implementations. */
solo5_result_t solo5_block_write(solo5_handle_t handle, solo5_off_t offset,
        const uint8_t *buf, size_t size);
solo5_result_t solo5_block_read(solo5_handle_t handle, solo5_off_t offset,
        uint8_t *buf, size_t size);

/* ---- thread-local storage --------------------------------------------- */

/* Sets the thread pointer (TPIDR_EL0 on aarch64). */
solo5_result_t solo5_set_tls_base(uintptr_t base);
/* Bytes a TLS block for this image needs (control block included). */
size_t solo5_tls_size(void);
/* The thread-pointer value for the TLS block that starts at tls. */
uintptr_t solo5_tls_tp_offset(uintptr_t tls);
/* Fills the TLS block at tls with the image's initial TLS data. */
solo5_result_t solo5_tls_init(uintptr_t tls);

#endif /* SOLO5_H_INCLUDED */
