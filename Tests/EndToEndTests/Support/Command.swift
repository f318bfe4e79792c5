import Foundation

/// The built `liaison` executable, run as a user would.
enum Command {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `liaison` binary next to the test bundle in the build folder.
    static var executable: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("liaison").path),
              folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("liaison")
    }

    /// Runs `liaison arguments` in `directory`.
    static func run(_ arguments: [String], in directory: URL = packageRoot) throws
        -> (status: Int32, out: String, err: String) {
        try run(executable, arguments, in: directory)
    }

    /// Runs a program in `directory`; output goes through files, so any amount of it is safe.
    static func run(_ program: URL, _ arguments: [String], in directory: URL) throws
        -> (status: Int32, out: String, err: String) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: outURL, encoding: .utf8),
                try String(contentsOf: errURL, encoding: .utf8))
    }

    /// How a bounded run ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
    }

    /// Runs `liaison arguments`, killed after `seconds`; returns how it ended and its errors.
    static func runBounded(_ arguments: [String], seconds: Double) throws -> (ending: Ending, err: String) {
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errURL)
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        if done.wait(timeout: .now() + seconds) == .timedOut {
            process.terminate()
            kill(process.processIdentifier, SIGKILL)
            done.wait()
            return (.timedOut, "")
        }
        let err = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        let status = process.terminationStatus
        return (process.terminationReason == .uncaughtSignal ? .signalled(status) : .exited(status), err)
    }

    /// Starts a program without waiting for it, reading `input` if given; its output is discarded.
    static func startProcess(_ program: URL, _ arguments: [String], input: Pipe? = nil) throws -> Process {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let input { process.standardInput = input }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// A fresh temporary folder holding a copy of the seeds as `seeds/`.
    static func workspace() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("seeds"),
                                         to: root.appendingPathComponent("seeds"))
        return root
    }

    /// Every file under `folder` with its bytes, by relative path.
    static func files(under folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let names = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        for name in names {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = try Data(contentsOf: url)
            }
        }
        return files
    }
}
