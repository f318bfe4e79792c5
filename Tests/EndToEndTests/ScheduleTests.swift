import Foundation
import Testing

/// `scripts/quarterly-brief.sh` under cron's bare environment, and `scripts/install-cron.sh`
/// against a fake `crontab`.
@Suite struct ScheduleTests {
    /// A copy of the repository's layout in a temporary folder: the scripts, the seeds, and
    /// the built `liaison` where the release binary would be.
    struct Checkout {
        let root: URL

        init() throws {
            root = try Command.workspace()
            let files = FileManager.default
            try files.createDirectory(at: root.appendingPathComponent("scripts"), withIntermediateDirectories: true)
            for script in ["quarterly-brief.sh", "install-cron.sh"] {
                try files.copyItem(at: Command.packageRoot.appendingPathComponent("scripts/\(script)"),
                                   to: root.appendingPathComponent("scripts/\(script)"))
            }
            try files.createDirectory(at: root.appendingPathComponent(".build/release"), withIntermediateDirectories: true)
            try files.createSymbolicLink(at: root.appendingPathComponent(".build/release/liaison"),
                                         withDestinationURL: Command.executable)
        }

        func url(_ path: String) -> URL { root.appendingPathComponent(path) }

        /// Runs the cron script as cron would: `env -i`, a bare PATH, from `/`.
        func cron(_ arguments: [String] = [], asOf: String = "2026-01-02") throws -> (status: Int32, out: String, err: String) {
            try Command.run(URL(fileURLWithPath: "/usr/bin/env"),
                            ["-i", "PATH=/usr/bin:/bin", "LIAISON_AS_OF=\(asOf)", url("scripts/quarterly-brief.sh").path]
                                + arguments,
                            in: URL(fileURLWithPath: "/"))
        }

        /// The same, started without waiting for it.
        func startCron(_ arguments: [String] = []) throws -> Process {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["-i", "PATH=/usr/bin:/bin", "LIAISON_AS_OF=2026-01-02",
                                 url("scripts/quarterly-brief.sh").path] + arguments
            process.currentDirectoryURL = URL(fileURLWithPath: "/")
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }

        var log: [String] {
            ((try? String(contentsOf: url("Reports/logs/liaison.log"), encoding: .utf8)) ?? "")
                .split(separator: "\n").map(String.init)
        }

        func brief() throws -> [String: Data] { try Command.files(under: url("Reports/2025-Q4")) }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    static func committedBrief() throws -> [String: Data] {
        try Command.files(under: Command.packageRoot.appendingPathComponent("Reports/2025-Q4"))
    }

    @Test func writesThePreviousQuartersBriefSilentlyAndIdempotently() throws {
        let checkout = try Checkout()
        defer { checkout.remove() }
        let first = try checkout.cron()
        #expect(first.status == 0)
        #expect(first.out == "" && first.err == "")
        let brief = try checkout.brief()
        #expect(brief == (try Self.committedBrief()))
        #expect(checkout.log.count == 1)
        #expect(checkout.log.first?.contains(" quarter=2025-Q4 as-of=2026-01-02 status=ok ") == true)
        #expect(checkout.log.first?.contains(" files=19 (liaison-2025-Q4.txt, liaison-2025-Q4.xlsx and 17 tables in csv/)") == true)

        let again = try checkout.cron(["--verbose"])
        #expect(again.status == 0)
        #expect(again.out == (checkout.log.last ?? "") + "\n")
        #expect(try checkout.brief() == brief)
        #expect(checkout.log.count == 2)
    }

    @Test func withYearItWritesThePreviousYearsReview() throws {
        let checkout = try Checkout()
        defer { checkout.remove() }
        let result = try checkout.cron(["--year"])
        #expect(result.status == 0)
        #expect(result.out == "" && result.err == "")
        let review = try Command.files(under: checkout.url("Reports/2025"))
        #expect(review == (try Command.files(under: Command.packageRoot.appendingPathComponent("Reports/2025"))))
        #expect(checkout.log.first?.contains(" year=2025 as-of=2026-01-02 status=ok ") == true)
        #expect(checkout.log.first?.contains(" files=19 (liaison-2025.txt, liaison-2025.xlsx and 17 tables in csv/)") == true)
        #expect(!FileManager.default.fileExists(atPath: checkout.url("Reports/2025-Q4").path))
    }

    @Test func twoRunsStartedTogetherMakeOneCompleteBrief() throws {
        let checkout = try Checkout()
        defer { checkout.remove() }
        let runs = try [checkout.startCron(), checkout.startCron()]
        runs.forEach { $0.waitUntilExit() }
        #expect(runs.map(\.terminationStatus) == [0, 0])
        #expect(try checkout.brief() == (try Self.committedBrief()))
        #expect(try FileManager.default.contentsOfDirectory(atPath: checkout.url("Reports").path).sorted()
            == ["2025-Q4", "logs"])
        #expect(checkout.log.filter { $0.contains(" status=ok ") }.count == 2)
    }

    @Test func aRunThatCannotGetTheLockGivesUpCleanly() throws {
        let checkout = try Checkout()
        defer { checkout.remove() }
        #expect(try checkout.cron().status == 0)
        let before = try checkout.brief()
        // Another run holds the lock until its input closes.
        let release = Pipe()
        let holder = try Command.startProcess(URL(fileURLWithPath: "/usr/bin/flock"),
                                              [checkout.url("Reports").path, "cat"], input: release)
        defer {
            try? release.fileHandleForWriting.close()
            holder.waitUntilExit()
        }
        // Until the holder has the lock (a non-blocking try fails), so the test does not race it.
        while try Command.run(URL(fileURLWithPath: "/usr/bin/flock"), ["--nonblock", checkout.url("Reports").path, "true"],
                              in: checkout.root).status == 0 {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let refused = try checkout.cron(["--wait", "1"])
        #expect(refused.status == 75)
        #expect(refused.out == "")
        #expect(refused.err == "quarterly-brief: another run is writing briefs into \(checkout.url("Reports").path); "
            + "gave up after waiting 1s\n")
        #expect(checkout.log.last?.contains(" status=busy ") == true)
        #expect(try checkout.brief() == before)
    }

    @Test func aBrokenLedgerFailsLoudlyAndLeavesTheBriefAlone() throws {
        let checkout = try Checkout()
        defer { checkout.remove() }
        #expect(try checkout.cron().status == 0)
        let before = try checkout.brief()
        let file = checkout.url("seeds/ledger/002-spain-visit-2025-01.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "partners: [Spain, Germany]", with: "partners: [Spain, Germny]")
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try checkout.cron()
        #expect(result.status == 1)
        #expect(result.out == "")
        #expect(result.err.hasPrefix("\(checkout.url("seeds").path)/ledger/002-spain-visit-2025-01.yaml:21:23: error: "
            + "unknown partner 'Germny'"))
        #expect(checkout.log.count == 2)
        #expect(checkout.log.last?.contains(" quarter=2025-Q4 as-of=2026-01-02 status=error exit=1 errors=1 ") == true)
        #expect(checkout.log.last?.contains("unknown partner 'Germny'") == true)
        #expect(try checkout.brief() == before)
    }

    @Test func aMissingBinarySaysHowToBuildIt() throws {
        let checkout = try Checkout()
        defer { checkout.remove() }
        try FileManager.default.removeItem(at: checkout.url(".build/release/liaison"))
        let result = try checkout.cron()
        #expect(result.status == 2)
        #expect(result.err.contains("swift build -c release --product liaison"))
        #expect(!FileManager.default.fileExists(atPath: checkout.url("Reports/2025-Q4").path))
    }

    @Test func installReinstallAndUninstallTouchOnlyTheirLine() throws {
        let checkout = try Checkout()
        defer { checkout.remove() }
        let bin = checkout.url("fakebin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try """
            #!/usr/bin/env bash
            file="${FAKE_CRONTAB:?}"
            case "${1:-}" in
              -l) if [ -f "$file" ]; then cat "$file"; else echo "no crontab for user" >&2; exit 1; fi ;;
              -) cat > "$file" ;;
              *) echo "fake crontab: unexpected $*" >&2; exit 2 ;;
            esac
            """.write(to: bin.appendingPathComponent("crontab"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent("crontab").path)
        let crontab = checkout.url("crontab.txt")
        let others = "MAILTO=ops@example.org\n\n30 2 * * * /usr/bin/backup # nightly\n"
        try others.write(to: crontab, atomically: true, encoding: .utf8)
        func installCron(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
            try Command.run(URL(fileURLWithPath: "/usr/bin/env"),
                            ["-i", "PATH=\(bin.path):/usr/bin:/bin", "FAKE_CRONTAB=\(crontab.path)",
                             checkout.url("scripts/install-cron.sh").path] + arguments,
                            in: URL(fileURLWithPath: "/"))
        }
        let script = checkout.url("scripts/quarterly-brief.sh").path
        let line = "0 6 1 1,4,7,10 * \(script) # liaison-quarterly-brief \(checkout.root.path)"

        let printed = try installCron([])
        #expect(printed.status == 0)
        #expect(printed.out == line + "\n")
        #expect(try String(contentsOf: crontab, encoding: .utf8) == others)

        #expect(try installCron(["--install"]).status == 0)
        #expect(try String(contentsOf: crontab, encoding: .utf8) == others + line + "\n")
        let again = try installCron(["--install"])
        #expect(again.out.hasPrefix("install-cron: already installed, nothing changed"))
        #expect(try String(contentsOf: crontab, encoding: .utf8) == others + line + "\n")

        // The yearly line is a line of its own, beside the quarterly one.
        let yearly = "30 6 1 1 * \(script) --year # liaison-yearly-brief \(checkout.root.path)"
        #expect(try installCron(["--yearly"]).out == yearly + "\n")
        #expect(try installCron(["--yearly", "--install"]).status == 0)
        #expect(try String(contentsOf: crontab, encoding: .utf8) == others + line + "\n" + yearly + "\n")
        #expect(try installCron(["--uninstall"]).status == 0)
        #expect(try String(contentsOf: crontab, encoding: .utf8) == others + yearly + "\n")
        #expect(try installCron(["--yearly", "--uninstall"]).status == 0)

        #expect(try String(contentsOf: crontab, encoding: .utf8) == others)
        #expect(try installCron(["--uninstall"]).out == "install-cron: not installed, nothing changed\n")
        #expect(try String(contentsOf: crontab, encoding: .utf8) == others)
    }
}
