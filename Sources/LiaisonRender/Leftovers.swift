import Foundation

/// The hidden folders a run of `liaison brief` works in (`.2025-Q4.new-<pid>-<n>`,
/// `.2025-Q4.old-<pid>-<n>`), and their removal once the run that made them is gone.
enum Leftovers {
    /// Removes the hidden working folders in `directory` whose run is no longer alive; those
    /// of live runs, and anything else, are left alone.
    static func removeDeadRuns(in directory: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names.sorted() {
            guard let pid = runID(of: name), !isAlive(pid) else { continue }
            try? FileManager.default.removeItem(atPath: join(directory, name))
        }
    }

    /// The process id in the name of a working folder, or `nil` for any other name.
    static func runID(of name: String) -> pid_t? {
        guard name.hasPrefix(".") else { return nil }
        for marker in [".new-", ".old-"] {
            guard let range = name.range(of: marker, options: .backwards) else { continue }
            let parts = name[range.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
                  let pid = pid_t(parts[0]), pid > 0 else { return nil }
            return pid
        }
        return nil
    }

    /// Whether a process with this id exists (one of another user counts as alive).
    static func isAlive(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
