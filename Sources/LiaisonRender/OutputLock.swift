import Foundation

/// The lock on an output folder that keeps two runs from writing briefs there at once. It is
/// the lock `scripts/quarterly-brief.sh` takes (flock(1) on the folder): a run started by the
/// script finds the lock held by a descriptor it inherited and goes on; any other run waits.
final class OutputLock {
    private let descriptor: Int32

    /// Takes the lock on `directory`, calling `waiting` once if another run holds it.
    init(_ directory: String, waiting: (String) -> Void) throws(BriefWriteError) {
        descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FolderSwap.failure(directory) }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 || Self.holdsThroughInherited(descriptor) { return }
        waiting("another run is writing briefs into \(directory); waiting for it to finish")
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let error = FolderSwap.failure(directory)
                close(descriptor)
                throw error
            }
        }
    }

    deinit { close(descriptor) }

    /// Whether a descriptor this process inherited (from `flock DIR liaison …`) is open on the
    /// same folder and holds its lock.
    private static func holdsThroughInherited(_ own: Int32) -> Bool {
        var target = stat()
        guard fstat(own, &target) == 0,
              let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return false }
        for name in names {
            guard let inherited = Int32(name), inherited != own else { continue }
            var info = stat()
            guard fstat(inherited, &info) == 0, info.st_dev == target.st_dev, info.st_ino == target.st_ino else { continue }
            if flock(inherited, LOCK_EX | LOCK_NB) == 0 { return true }
        }
        return false
    }
}
