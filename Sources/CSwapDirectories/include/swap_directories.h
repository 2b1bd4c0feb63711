#ifndef STATUSGEN_SWAP_DIRECTORIES_H
#define STATUSGEN_SWAP_DIRECTORIES_H

/// Atomically exchanges two existing paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (EINVAL or ENOSYS where unsupported).
int statusgen_swap_directories(const char *first, const char *second);

/// Writes to disk every file of the file system that holds the open file or folder `fd` (Linux syncfs):
/// one call for a whole staged site instead of one fsync per file. Elsewhere, syncs `fd` alone.
/// Returns 0 on success, -1 with errno set otherwise.
int statusgen_sync_file_system(int fd);

#endif
