/*
 * devices.c -- block and network devices: a handle is the device's index in
 * the manifest the monitor attached (boot_info.mft). Arguments are checked
 * here, as Solo5's bindings do, before the monitor checks them again.
 */
#include <string.h>

#include "rt.h"

/* The attached manifest entry for handle, if it is a device of type. */
static const struct mft_entry *entry_by_handle(solo5_handle_t handle, uint32_t type)
{
    const struct mft *m = rt_machine.mft;
    if (m == NULL || handle >= m->entries || handle >= MFT_MAX_ENTRIES)
        return NULL;
    const struct mft_entry *e = &m->e[handle];
    return (e->type == type && e->attached) ? e : NULL;
}

static solo5_result_t acquire(const char *name, uint32_t type,
        solo5_handle_t *handle, const struct mft_entry **out)
{
    const struct mft *m = rt_machine.mft;
    if (m == NULL || name == NULL)
        return SOLO5_R_EINVAL;
    for (uint32_t i = 0; i < m->entries && i < MFT_MAX_ENTRIES; i++) {
        const struct mft_entry *e = &m->e[i];
        if (e->type != type || strncmp(e->name, name, MFT_NAME_SIZE) != 0)
            continue;
        if (!e->attached)
            break;
        *handle = i;
        *out = e;
        return SOLO5_R_OK;
    }
    ukp_log(UKP_LOG_WARN, "no attached %s device named '%s'\n",
            type == MFT_DEV_BLOCK_BASIC ? "block" : "net", name);
    return SOLO5_R_EINVAL;
}

/* ---- block ------------------------------------------------------------ */

solo5_result_t solo5_block_acquire(const char *name, solo5_handle_t *handle,
        struct solo5_block_info *info)
{
    const struct mft_entry *e;
    solo5_result_t r = acquire(name, MFT_DEV_BLOCK_BASIC, handle, &e);
    if (r == SOLO5_R_OK) {
        info->capacity = e->u.block.capacity;
        info->block_size = e->u.block.block_size;
    }
    return r;
}

/* One whole block at a block-aligned offset inside the device. */
static solo5_result_t block_io(enum hvt_hypercall nr, solo5_handle_t handle,
        solo5_off_t offset, uintptr_t buf, size_t size)
{
    const struct mft_entry *e = entry_by_handle(handle, MFT_DEV_BLOCK_BASIC);
    if (e == NULL)
        return SOLO5_R_EINVAL;
    uint64_t bs = e->u.block.block_size, cap = e->u.block.capacity;
    if (bs == 0 || size != bs || offset % bs != 0 || offset >= cap || cap - offset < size)
        return SOLO5_R_EINVAL;
    volatile struct hvt_hc_block arg;
    arg.handle = handle;
    arg.offset = offset;
    arg.data = buf;
    arg.len = size;
    arg.ret = SOLO5_R_EUNSPEC;
    hvt_hypercall(nr, &arg);
    if (nr == HVT_HC_BLOCK_READ && arg.ret == SOLO5_R_OK && arg.len != size)
        return SOLO5_R_EUNSPEC;
    return (solo5_result_t)arg.ret;
}

solo5_result_t solo5_block_write(solo5_handle_t handle, solo5_off_t offset,
        const uint8_t *buf, size_t size)
{
    return block_io(HVT_HC_BLOCK_WRITE, handle, offset, (uintptr_t)buf, size);
}

solo5_result_t solo5_block_read(solo5_handle_t handle, solo5_off_t offset,
        uint8_t *buf, size_t size)
{
    return block_io(HVT_HC_BLOCK_READ, handle, offset, (uintptr_t)buf, size);
}

/* ---- net -------------------------------------------------------------- */

solo5_result_t solo5_net_acquire(const char *name, solo5_handle_t *handle,
        struct solo5_net_info *info)
{
    const struct mft_entry *e;
    solo5_result_t r = acquire(name, MFT_DEV_NET_BASIC, handle, &e);
    if (r == SOLO5_R_OK) {
        memcpy(info->mac_address, e->u.net.mac, SOLO5_NET_ALEN);
        info->mtu = e->u.net.mtu;
    }
    return r;
}

solo5_result_t solo5_net_write(solo5_handle_t handle, const uint8_t *buf, size_t size)
{
    const struct mft_entry *e = entry_by_handle(handle, MFT_DEV_NET_BASIC);
    if (e == NULL || size > (size_t)e->u.net.mtu + SOLO5_NET_HLEN)
        return SOLO5_R_EINVAL;
    volatile struct hvt_hc_net arg;
    arg.handle = handle;
    arg.data = (uint64_t)(uintptr_t)buf;
    arg.len = size;
    arg.ret = SOLO5_R_EUNSPEC;
    hvt_hypercall(HVT_HC_NET_WRITE, &arg);
    return (solo5_result_t)arg.ret;
}

solo5_result_t solo5_net_read(solo5_handle_t handle, uint8_t *buf, size_t size,
        size_t *read_size)
{
    const struct mft_entry *e = entry_by_handle(handle, MFT_DEV_NET_BASIC);
    if (e == NULL || size < (size_t)e->u.net.mtu + SOLO5_NET_HLEN)
        return SOLO5_R_EINVAL;
    volatile struct hvt_hc_net arg;
    arg.handle = handle;
    arg.data = (uint64_t)(uintptr_t)buf;
    arg.len = size;
    arg.ret = SOLO5_R_EUNSPEC;
    hvt_hypercall(HVT_HC_NET_READ, &arg);
    if (arg.ret == SOLO5_R_OK)
        *read_size = arg.len;
    return (solo5_result_t)arg.ret;
}
