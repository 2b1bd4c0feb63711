#ifndef STATUSGEN_SWAP_DIRECTORIES_H
#define STATUSGEN_SWAP_DIRECTORIES_H

/// Atomically exchanges two existing paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (EINVAL or ENOSYS where unsupported).
int statusgen_swap_directories(const char *first, const char *second);

#endif
