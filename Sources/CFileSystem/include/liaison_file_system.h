#ifndef LIAISON_FILE_SYSTEM_H
#define LIAISON_FILE_SYSTEM_H

/// Exchanges the paths `a` and `b` in one step (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0, or -1 with errno set: EINVAL or ENOSYS when the file system or kernel cannot.
int liaison_exchange_paths(const char *a, const char *b);

#endif
