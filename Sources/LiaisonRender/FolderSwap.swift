import CFileSystem
import Foundation

/// Puts a finished folder in the place of another so that a reader always finds one of them
/// whole, even after a crash or a power cut: everything is flushed to disk first, then the
/// two folders change places in one step.
enum FolderSwap {
    /// Flushes every file and folder under `folder`, and `folder` itself, to disk.
    static func sync(tree folder: String) throws(BriefWriteError) {
        var names: [String] = []
        try BriefWriter.attempt(folder) { names = try FileManager.default.subpathsOfDirectory(atPath: folder) }
        for name in names.sorted() { try sync(join(folder, name)) }
        try sync(folder)
    }

    /// Flushes one file or folder to disk.
    static func sync(_ path: String) throws(BriefWriteError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure(path) }
    }

    /// Exchanges two existing paths in one step. Returns `false`, having moved nothing, when
    /// the file system or the kernel cannot.
    static func exchange(_ first: String, _ second: String) throws(BriefWriteError) -> Bool {
        if liaison_exchange_paths(first, second) == 0 { return true }
        let code = errno
        if code == EINVAL || code == ENOSYS || code == EOPNOTSUPP { return false }
        throw failure(second, code: code)
    }

    /// Renames in one step (the target must not exist, or be an empty folder).
    static func rename(_ source: String, to target: String) throws(BriefWriteError) {
        guard Foundation.rename(source, target) == 0 else { throw failure(target) }
    }

    static func failure(_ path: String, code: Int32 = errno) -> BriefWriteError {
        .fileSystem(String(cString: strerror(code)), path: path)
    }
}
