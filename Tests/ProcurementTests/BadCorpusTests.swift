import Foundation
import Testing
@testable import Procurement

/// Each file in Imports/bad fails with its specific error, naming file, line (and column or field), or is
/// read with its encoding problem detected and reported.
@Suite("Bad feeds")
struct BadCorpusTests {
    /// The title every one-item bad file carries (see make_examples.py).
    static let goodTitle = "ซื้อวัสดุสำนักงาน กองคลัง จำนวน ๑๒ รายการ โดยวิธีเฉพาะเจาะจง"

    /// Reads a bad file expecting an error.
    func error(_ name: String) throws -> EGPFeedError {
        let path = Corpus.bad(name)
        let error = try #require(Corpus.read(path).failure, "\(name) should fail")
        #expect(error.file == path)
        #expect(error.description.hasPrefix("\(path):\(error.line.map(String.init) ?? "")"))
        #expect(error.description.contains("What to do:"))
        return error
    }

    @Test func everyBadFileIsCovered() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Corpus.root.path + "/Imports/bad")
            .filter { $0 != "xxe-secret.txt" && !$0.hasPrefix(".") }
        #expect(
            Set(files) == [
                "malformed.xml", "truncated.xml", "truncated.xml.gz", "xxe-local-file.xml", "billion-laughs.xml",
                "network-dtd.xml", "wrong-date.xml", "unknown-type.xml", "bad-description.xml",
                "no-declaration-cp874.xml", "utf8-misdeclared.xml", "declared-utf8-but-cp874.xml", "not-rss.xml",
                // Contract data, each tested in ContractImportTests.
                "contracts-header-26.csv", "contracts-header-31.csv", "contracts-shifted-columns.csv",
                "contracts-wrong-date.csv", "contracts-bad-money.csv", "contracts-cp874.csv",
                "egp-contract-wrong-date.json", "egp-contract-error-page.json",
                // Amounts and control characters, each tested in InputLimitsImportTests.
                "contracts-ten-trillion.csv", "contracts-at-ceiling.csv", "contracts-negative.csv", "contracts-nul.csv",
                "contracts-c1.csv", "egp-contract-negative.json", "egp-contract-nul.json",
                "egp-contract-ten-trillion.json",
                "bidders-nul.csv",
                // Contract data variants (datastore JSON, two-digit years) and directories, each tested in
                // ContractVariantTests.
                "datastore-error.json", "datastore-lists-without-fields.json", "datastore-other-dataset.json",
                "contracts-two-digit-numeric-date.csv", "departments-bad-id.yaml",
            ])
    }

    @Test func malformedXMLNamesLineAndColumn() throws {
        let error = try error("malformed.xml")
        #expect(error.line == 6)
        #expect(error.column == 80)
        guard case let .malformedXML(message) = error.problem else {
            Issue.record("expected malformedXML, got \(error.problem)")
            return
        }
        #expect(message.contains("titel"))
        #expect(error.description.hasPrefix(Corpus.bad("malformed.xml") + ":6:80: error:"))
    }

    @Test func truncatedFileSaysItWasCutOff() throws {
        let error = try error("truncated.xml")
        #expect(error.line == 13)
        guard case .truncated = error.problem else {
            Issue.record("expected truncated, got \(error.problem)")
            return
        }
        #expect(error.description.contains("cut off"))
    }

    @Test func truncatedGzipIsAReadFailure() throws {
        let error = try error("truncated.xml.gz")
        #expect(error.problem == .readFailed(reason: "the gzip data is damaged or cut off"))
        #expect(error.description.contains("gzip -t"))
    }

    @Test(arguments: ["xxe-local-file.xml", "billion-laughs.xml", "network-dtd.xml"])
    func doctypeIsRefusedBeforeParsing(_ name: String) throws {
        let error = try error(name)
        #expect(error.problem == .doctypeNotAllowed)
        #expect(error.line == 2)
        #expect(error.column == 1)
        #expect(error.field == "!DOCTYPE")
        #expect(!error.description.contains("SUJARIT-XXE-SECRET"))
    }

    @Test func wrongDateNamesLineAndField() throws {
        let error = try error("wrong-date.xml")
        #expect(error.line == 9)
        #expect(error.field == "pubDate")
        guard case let .invalidDate(text, reason) = error.problem else {
            Issue.record("expected invalidDate, got \(error.problem)")
            return
        }
        #expect(text == "2025-02-29")
        #expect(reason.contains("28 days"))
        #expect(error.description.hasPrefix(Corpus.bad("wrong-date.xml") + ":9: error: <pubDate> '2025-02-29'"))
    }

    @Test func unknownAnnouncementTypeNamesLine() throws {
        let error = try error("unknown-type.xml")
        #expect(error.line == 8)
        #expect(error.field == "description")
        #expect(error.problem == .unknownAnnouncementType(name: "ประกาศจัดจ้างพิเศษ"))
        #expect(
            error.description.contains(":8: error: <description> 'ประกาศจัดจ้างพิเศษ' is not a known announcement type"))
    }

    @Test func descriptionWithoutCommasNamesLine() throws {
        let error = try error("bad-description.xml")
        #expect(error.line == 8)
        #expect(error.field == "description")
        #expect(error.problem == .malformedDescription(text: "67119000401 เฉพาะเจาะจง ประกาศเชิญชวน"))
    }

    @Test func undeclaredWindows874IsDetected() throws {
        let (announcements, summary) = try EGPFeedReader(path: Corpus.bad("no-declaration-cp874.xml")).readAll()
        #expect(summary.encoding == .windows874Undeclared)
        #expect(summary.declaredEncoding == nil)
        #expect(summary.warnings.first?.kind == .encodingOverridden)
        #expect(announcements.map(\.title) == [Self.goodTitle])
    }

    @Test func utf8DeclaredAsWindows874IsReadAsUTF8() throws {
        let (announcements, summary) = try EGPFeedReader(path: Corpus.bad("utf8-misdeclared.xml")).readAll()
        #expect(summary.encoding == .utf8MisdeclaredAsWindows874)
        #expect(summary.declaredEncoding == "windows-874")
        #expect(summary.warnings.first?.kind == .encodingOverridden)
        #expect(announcements.map(\.title) == [Self.goodTitle])
        #expect(announcements.first?.type == .winner)
    }

    @Test func windows874DeclaredAsUTF8NamesTheFirstBadByte() throws {
        let error = try error("declared-utf8-but-cp874.xml")
        #expect(error.problem == .declaredUTF8ButNotUTF8)
        #expect(error.line == 3)
        #expect(error.column == 10)
        #expect(error.description.contains("encoding=\"windows-874\""))
    }

    @Test func anHTMLPageIsNotAFeed() throws {
        let error = try error("not-rss.xml")
        #expect(error.problem == .notAnRSSFeed(root: "html"))
        #expect(error.line == 2)
    }
}
