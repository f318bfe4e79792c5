import Foundation

import Testing
@testable import LiaisonCore

/// Broken or hostile files give a clear error and never crash or hang the loader.
@Suite struct HostileInputTests {
    @Test func aliasBombIsRefusedAtItsFirstAnchor() throws {
        let ledger = try TemporaryLedger(files: ["bomb.yaml": """
            article: a1
            figures:
              - &a [x, x, x, x, x, x, x, x, x]
              - &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
              - &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
              - [*c, *c, *c, *c, *c, *c, *c, *c, *c]
            """])
        defer { ledger.remove() }
        #expect(ledger.messages() == [
            "L/ledger/bomb.yaml:3:5: error: YAML anchors and aliases are not allowed in ledger files; write the values out",
        ])
    }
}

extension HostileInputTests {
    static let valid = """
        article: a1
        mentions:
          - id: m1
            summary: Ongoing cooperation.
            date: undated
            lines: 1
        """

    @Test func deepNestingIsRefusedBeforeParsing() throws {
        let ledger = try TemporaryLedger(files: ["deep.yaml": "article: a1\nfigures: " + String(repeating: "[", count: 1_000_000)
            + String(repeating: "]", count: 1_000_000) + "\n"])
        defer { ledger.remove() }
        #expect(ledger.messages() == ["L/ledger/deep.yaml:2:74: error: nested more than 64 levels deep"])
    }

    @Test func a100MegabyteFileIsRefusedWithoutReadingIt() throws {
        let ledger = try TemporaryLedger()
        defer { ledger.remove() }
        let handle = try #require(FileHandle(forWritingAtPath: {
            FileManager.default.createFile(atPath: ledger.path + "/ledger/big.yaml", contents: nil)
            return ledger.path + "/ledger/big.yaml"
        }()))
        try handle.truncate(atOffset: 100 * 1_048_576)
        try handle.close()
        #expect(ledger.messages() == ["L/ledger/big.yaml: error: file is too large (100.0 MB; the limit is 8.0 MB)"])
    }

    @Test func invalidUTF8IsReportedAtItsByte() throws {
        let ledger = try TemporaryLedger()
        defer { ledger.remove() }
        try ledger.write("ledger/latin1.yaml", bytes: Array("article: a1\nmentions:\n  - id: m1\n    summary: caf".utf8) + [0xE9] + Array(" ok\n".utf8))
        #expect(ledger.messages() == ["L/ledger/latin1.yaml:4:17: error: invalid UTF-8 (byte 0xE9); save the file as UTF-8"])
    }

    @Test func aByteOrderMarkAndCRLFEndingsAreHandled() throws {
        let ledger = try TemporaryLedger()
        defer { ledger.remove() }
        let crlf = Self.valid.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: "lines: 1", with: "lines: 11")
        try ledger.write("ledger/windows.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array(crlf.utf8))
        // Parsed: the one error is about the record's content, at the right line and column.
        #expect(ledger.messages() == ["L/ledger/windows.yaml:6:12: error: line 11 is out of range: article a1 has 10 lines"])
    }

    @Test func aDirectoryWhereAFileIsExpected() throws {
        let ledger = try TemporaryLedger(files: ["ok.yaml": Self.valid])
        defer { ledger.remove() }
        try FileManager.default.createDirectory(atPath: ledger.path + "/ledger/folder.yaml", withIntermediateDirectories: false)
        try ledger.write("ledger/notes.txt", "not a ledger file")
        #expect(ledger.messages() == [
            "L/ledger/folder.yaml: error: is a directory, not a file",
            "L/ledger/notes.txt: warning: ignored: not a .yaml file",
        ])
        #expect(ledger.load().ledger.mentions.count == 1)
    }

    @Test func aMissingOrWrongLedgerDirectory() throws {
        let ledger = try TemporaryLedger()
        defer { ledger.remove() }
        #expect(LedgerLoader(directory: ledger.path + "/nowhere").load().diagnostics.map(\.description)
            == ["\(ledger.path)/nowhere: error: ledger directory not found"])
        #expect(LedgerLoader(directory: ledger.path + "/articles/a1.txt").load().diagnostics.map(\.description)
            == ["\(ledger.path)/articles/a1.txt: error: is a file, not a ledger directory"])
        try FileManager.default.removeItem(atPath: ledger.path + "/ledger")
        #expect(ledger.messages() == ["L: error: no 'ledger' folder here; a ledger directory holds articles/ and ledger/"])
    }
}

/// Nothing outside the ledger folder is read: `file:` is a plain name in articles/, and a
/// link that leads out of the folder is an error naming the file and line.
extension HostileInputTests {
    static func articles(file: String) -> String {
        """
        articles:
          - id: a1
            file: \(file)
            title: Test article
            language: en
            published: 2025-11-28
        """
    }

    @Test(arguments: ["../../../../../../etc/passwd", "../articles/a1.txt", "..", "sub/a1.txt", "/etc/passwd"])
    func aFileValueThatIsNotAPlainNameIsRefused(_ file: String) throws {
        let ledger = try TemporaryLedger()
        defer { ledger.remove() }
        try ledger.write("articles/articles.yaml", Self.articles(file: file))
        try ledger.write("articles/a1.txt", "One line.\n")
        let messages = ledger.messages()
        #expect(messages.contains(
            "L/articles/articles.yaml:3:11: error: '\(file)' is not a file name: write the name of a file in articles/, without '/' or '..'"),
            "\(messages)")
        #expect(ledger.load().ledger.articles.isEmpty)
    }

    @Test func aLinkOutOfTheLedgerFolderIsRefused() throws {
        let ledger = try TemporaryLedger()
        defer { ledger.remove() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-outside-\(UUID().uuidString).txt")
        try Data("A secret line.\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try ledger.write("articles/articles.yaml", Self.articles(file: "linked.txt"))
        try FileManager.default.createSymbolicLink(atPath: ledger.path + "/articles/linked.txt", withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: ledger.path + "/ledger/linked.yaml", withDestinationPath: outside.path)
        let real = try #require(realpath(outside.path, nil))
        defer { free(real) }
        let target = String(cString: real)
        #expect(ledger.messages() == [
            "L/articles/articles.yaml:3:11: error: is a link to '\(target)', outside the ledger folder; copy the file in instead",
            "L/articles/a1.txt: warning: article file is not listed in articles.yaml",
            "L/ledger/linked.yaml: error: is a link to '\(target)', outside the ledger folder; copy the file in instead",
        ])
    }

    @Test func aLinkInsideTheLedgerFolderIsRead() throws {
        let ledger = try TemporaryLedger()
        defer { ledger.remove() }
        try ledger.write("articles/articles.yaml", Self.articles(file: "linked.txt"))
        try FileManager.default.createSymbolicLink(atPath: ledger.path + "/articles/linked.txt", withDestinationPath: "a1.txt")
        #expect(ledger.messages() == ["L/articles/a1.txt: warning: article file is not listed in articles.yaml"])
        #expect(ledger.load().ledger.articles.map(\.id) == ["a1"])
    }

    @Test func aStrayYAMLFileInArticlesIsWarnedAbout() throws {
        let ledger = try TemporaryLedger()
        defer { ledger.remove() }
        try ledger.write("articles/records.yaml", HostileInputTests.valid)
        try ledger.write("articles/notes.txt", "A note.\n")
        #expect(ledger.messages() == [
            "L/articles/notes.txt: warning: article file is not listed in articles.yaml",
            "L/articles/records.yaml: warning: ignored: a YAML file in articles/ is not read (only articles.yaml is); records go in ledger/",
        ])
    }
}

/// What the fuzzer found: every refusal points at a line.
extension HostileInputTests {
    @Test func aValueLongerThanASpreadsheetCellIsRefusedAtItsLine() throws {
        let long = String(repeating: "é", count: 32_768)
        let ledger = try TemporaryLedger(files: ["long.yaml": HostileInputTests.valid.replacingOccurrences(
            of: "Ongoing cooperation.", with: long)])
        defer { ledger.remove() }
        #expect(ledger.messages() == [
            "L/ledger/long.yaml:4:14: error: 'summary' has 32768 characters; a value holds at most 32767, as a spreadsheet cell does",
        ])
    }

    @Test func aControlCharacterIsReportedAtItsLineAndColumn() throws {
        let ledger = try TemporaryLedger()
        defer { ledger.remove() }
        try ledger.write("ledger/control.yaml", bytes: Array("article: a1\nmentions:\n  - id: m\u{1}1\n".utf8))
        #expect(ledger.messages() == ["L/ledger/control.yaml:3:10: error: YAML syntax error: control characters are not allowed"])
    }
}
