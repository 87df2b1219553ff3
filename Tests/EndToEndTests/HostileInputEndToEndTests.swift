import Foundation
#if canImport(Glibc)
    import Glibc
#endif
import Testing

/// Issue 15, the input side, through the built binary: no input destroys or crashes the store. Every
/// refusal exits 1 with file, line and field, and leaves the store exactly as it was (`storeDump()`);
/// a store already holding amounts whose total overflows (simulated by a direct SQL edit of the log and
/// a rebuild, as an older version or a hand edit would leave it) gives a clear error, never a crash.
@Suite("Hostile input, through the built binary")
struct HostileInputEndToEndTests {
    static let largest = "92233720368547758.07"
    static let overflowMessage = "larger than 92,233,720,368,547,758.07 baht"

    static func bad(_ name: String) -> String { ImportEndToEndTests.bad(name) }

    /// Rewrites event payloads past the append-only trigger (a direct edit of an old store), then rebuilds
    /// the read models from the edited log.
    static func editLog(_ sujarit: SujaritProcess, set assignments: String, where condition: String) throws {
        try sujarit.sqlite(
            "DROP TRIGGER IF EXISTS events_no_update; UPDATE events SET payload = \(assignments) WHERE \(condition);")
        try sujarit.succeed(["rebuild"])
    }

    /// Runs `arguments` expecting a refusal: exit status 1 (a crash would be a signal), `expected` in the
    /// message, and the store unchanged.
    @discardableResult
    static func refused(
        _ sujarit: SujaritProcess, _ arguments: [String], _ expected: [String], environment: [String: String] = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> SujaritProcess.Result {
        let before = try sujarit.storeDump()
        let result = try sujarit.run(arguments, environment: environment)
        #expect(
            result.status == 1,
            "sujarit \(arguments.joined(separator: " ")) exited \(result.status):\n\(result.output)",
            sourceLocation: sourceLocation)
        for text in expected {
            #expect(
                result.stderr.contains(text), "missing '\(text)' in:\n\(result.stderr)", sourceLocation: sourceLocation)
        }
        #expect(try sujarit.storeDump() == before, "the store changed", sourceLocation: sourceLocation)
        return result
    }

    @Test(
        """
        Gifts whose total overflows: gift report, report o33 and report executive print an error and exit 1, \
        never crash
        """
    )
    func overflowingGifts() throws {
        let sujarit = try GiftLogEndToEndTests.agencyStore()
        try sujarit.succeed(GiftLogEndToEndTests.log([], value: "1,500"))
        try sujarit.succeed(GiftLogEndToEndTests.log([], value: "2,000", on: "6 ม.ค. 68"))
        // A third gift of the largest amount Money holds is refused when logged: above the gift ceiling
        // (Registers/limits.yaml), as it would be from a file; with the ceiling raised, by the overflow of the total.
        let before = try sujarit.storeDump()
        let typed = try sujarit.run(GiftLogEndToEndTests.log([], value: "92,233,720,368,547,758.07", on: "7 ม.ค. 68"))
        #expect(
            typed.status != 0 && typed.stderr.contains("--value") && typed.stderr.contains("limits.yaml"),
            "\(typed.output)")
        #expect(try sujarit.storeDump() == before)
        let unlimited = sujarit.folder.appendingPathComponent("limits.yaml")
        let shipped = try String(
            contentsOf: SujaritProcess.packageRoot.appendingPathComponent("Registers/limits.yaml"), encoding: .utf8)
        try shipped.replacingOccurrences(of: "gift: 100,000,000", with: "gift: 92,233,720,368,547,758.07")
            .write(to: unlimited, atomically: true, encoding: .utf8)
        try Self.refused(
            sujarit, GiftLogEndToEndTests.log([], value: "92,233,720,368,547,758.07", on: "7 ม.ค. 68"),
            [Self.overflowMessage],
            environment: ["SUJARIT_LIMITS": unlimited.path])
        // An old store holding two gifts of the largest amount Money holds.
        try Self.editLog(
            sujarit,
            set:
                """
                replace(replace(payload, '\"value\":\"1500.00\"', '\"value\":\"\(Self.largest)\"'), \
                '\"value\":\"2000.00\"', '\"value\":\"\(Self.largest)\"')
                """,
            where: "event_type = 'GiftLogged'")
        for command in [
            ["gift", "report", "--fy", "2568"], ["report", "o33", "--fy", "2568", "-o", "-"],
            ["report", "executive", "--fy", "2568", "-o", "-"],
        ] {
            try Self.refused(
                sujarit, command, ["Error: The total of the values of the 2 gifts logged is \(Self.overflowMessage)"])
        }
    }

    @Test(
        """
        Contract amounts in an old store: 10 trillion baht lists and shows; all at the maximum stops flags run \
        with an error
        """
    )
    func hugeContractAmounts() throws {
        let sujarit = try ImportEndToEndTests.agencyStore()
        try sujarit.succeed([
            "import", "contracts", ImportEndToEndTests.example("takbai-contracts-2568.csv"), "--dept", "6960501",
        ])
        func setAll(_ amount: String) throws {
            try Self.editLog(
                sujarit,
                set:
                    """
                    json_object('records', (SELECT json_group_array(json(json_replace(value, \
                    '$.contract.amount', '\(amount)', '$.project.agreedPrice', '\(amount)', \
                    '$.project.referencePrice', '\(amount)', '$.project.budget', '\(amount)'))) \
                    FROM json_each(payload, '$.records')))
                    """,
                where: "event_type = 'ContractsRecorded'")
        }
        try setAll("10000000000000.00")
        let list = try sujarit.succeed(["procurement", "list", "--format", "csv"])
        #expect(list.stdout.contains("10000000000000.00,10000000000000.00,100,"), "the percentage is a number")
        let show = try sujarit.succeed(["procurement", "show", "67119000333"])
        #expect(show.stdout.contains("10,000,000,000,000.00"))
        try setAll(Self.largest)
        try sujarit.succeed(["procurement", "list"])
        try Self.refused(
            sujarit, ["flags", "run"],
            ["Error: The total of the award amounts of department 6960501", Self.overflowMessage])
    }

    @Test("A 10-trillion-baht contract and negative amounts are refused at import with file, line and field")
    func amountsRefusedAtImport() throws {
        let sujarit = try ImportEndToEndTests.agencyStore()
        try Self.refused(
            sujarit, ["import", "contracts", Self.bad("contracts-ten-trillion.csv")],
            [
                Self.bad("contracts-ten-trillion.csv")
                    + ":2:27: error: งบสัญญา(บาท): 10,000,000,000,000.00 baht is more than the largest contract amount accepted, 100,000,000,000.00 baht"
            ])
        try Self.refused(
            sujarit, ["import", "contracts", Self.bad("egp-contract-ten-trillion.json")],
            [
                Self.bad("egp-contract-ten-trillion.json")
                    + ": error: data[0].project_money: 10,000,000,000,000.00 baht is more than the largest budget amount"
            ])
        try Self.refused(
            sujarit, ["import", "contracts", Self.bad("contracts-negative.csv")],
            [Self.bad("contracts-negative.csv") + ":3:27: error: งบสัญญา(บาท): -5.00 baht is negative"])
        try Self.refused(
            sujarit, ["import", "contracts", Self.bad("egp-contract-negative.json")],
            [
                Self.bad("egp-contract-negative.json")
                    + ": error: data[0].contract[0].price_agree: -5.00 baht is negative"
            ])
        // The ceiling itself is accepted.
        try sujarit.succeed(["import", "contracts", Self.bad("contracts-at-ceiling.csv")])
    }

    @Test("NUL is refused in contract CSV and JSON, bidder lists, the risk CSV and gift files")
    func nulRefusedEverywhere() throws {
        let sujarit = try ImportEndToEndTests.agencyStore()
        try Self.refused(
            sujarit, ["import", "contracts", Self.bad("contracts-nul.csv")],
            [Self.bad("contracts-nul.csv") + ":2:23: error: ชื่อผู้ชนะ: the text holds the control character U+0000 (NUL)"])
        try Self.refused(
            sujarit, ["import", "contracts", Self.bad("egp-contract-nul.json")],
            [
                Self.bad("egp-contract-nul.json")
                    + ": error: data[1].project_name: the text holds the control character U+0000 (NUL)"
            ])
        try Self.refused(
            sujarit, ["import", "bidders", Self.bad("bidders-nul.csv")],
            [
                Self.bad("bidders-nul.csv")
                    + ":3:4: error: bidder_name: the text holds the control character U+0000 (NUL)"
            ])

        let risks = try RiskEndToEndTests().prepared()
        try risks.succeed(["risk", "export", "--fy", "2568", "--format", "csv", "--output", "register.csv"])
        let url = risks.folder.appendingPathComponent("register.csv")
        var bytes = try Data(contentsOf: url)
        let needle = Data("แบ่งซื้อแบ่งจ้าง".utf8)
        let range = try #require(bytes.range(of: needle), "the exported register names the event")
        bytes.insert(0, at: range.upperBound)
        let edited = risks.folder.appendingPathComponent("register-nul.csv")
        try bytes.write(to: edited)
        try Self.refused(
            risks, ["risk", "import", edited.path], ["register-nul.csv", "column 'event'", "U+0000 (NUL)"])

        let gifts = try GiftLogEndToEndTests.agencyStore()
        let file = gifts.folder.appendingPathComponent("gifts-nul.yaml")
        try """
        gifts:
          - direction: received
            person: kittipong
            from: "บริษัท ตากใบ\\0วัสดุภัณฑ์ จำกัด"
            occasion: ปีใหม่ 2568
            date: 2 ม.ค. 68
            what: กระเช้า
            value: 1,500
        """.write(to: file, atomically: true, encoding: .utf8)
        try Self.refused(
            gifts, ["gift", "import", file.path], ["gifts-nul.yaml, line 4 (gifts[1].from)", "U+0000 (NUL)"])
    }

    @Test("A 5 MB name is refused in contract CSV and JSON; a gift above 100 million baht is refused")
    func longNamesAndGiftCeiling() throws {
        let sujarit = try ImportEndToEndTests.agencyStore()
        let huge = String(repeating: "ก", count: (5 << 20) / 3)
        var lines = try String(
            contentsOfFile: ImportEndToEndTests.example("takbai-contracts-2568.csv"), encoding: .utf8
        ).components(separatedBy: "\r\n")
        var fields = lines[2].components(separatedBy: ",")
        fields[2] = huge
        lines[2] = fields.joined(separator: ",")
        let csv = sujarit.folder.appendingPathComponent("long-name.csv")
        try lines.joined(separator: "\r\n").write(to: csv, atomically: true, encoding: .utf8)
        try Self.refused(
            sujarit, ["import", "contracts", csv.path],
            [csv.path + ":3:3: error: ชื่อโครงการ: this is larger than the 4 KiB per field the reader accepts"])

        var json = try String(
            contentsOfFile: ImportEndToEndTests.example("takbai-egp-contract-2568.json"), encoding: .utf8)
        json = json.replacingOccurrences(of: "\"project_name\": \"ซื้อวัสดุเชื้อเพลิง", with: "\"project_name\": \"\(huge)")
        let jsonFile = sujarit.folder.appendingPathComponent("long-name.json")
        try json.write(to: jsonFile, atomically: true, encoding: .utf8)
        try Self.refused(
            sujarit, ["import", "contracts", jsonFile.path],
            [jsonFile.path + ": error: data[0].project_name: the text is 5", "at most 4096 bytes are accepted"])

        let gifts = try GiftLogEndToEndTests.agencyStore()
        let file = gifts.folder.appendingPathComponent("gifts-huge.yaml")
        try """
        gifts:
          - direction: received
            person: kittipong
            from: บริษัท ตากใบวัสดุภัณฑ์ จำกัด
            occasion: ปีใหม่ 2568
            date: 2 ม.ค. 68
            what: กระเช้า
            value: 100,000,000.01
        """.write(to: file, atomically: true, encoding: .utf8)
        try Self.refused(
            gifts, ["gift", "import", file.path],
            [
                "gifts-huge.yaml, line 8 (gifts[1].value)",
                "100,000,000.01 baht is more than the largest gift amount accepted",
            ])
    }

    @Test("A gzip bomb is stopped at the limit set in the limits file; the store is unchanged")
    func gzipBomb() throws {
        let sujarit = try ImportEndToEndTests.agencyStore()
        let bomb = sujarit.folder.appendingPathComponent("bomb.xml.gz")
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
        gzip.arguments = ["-c", "-n"]
        _ = FileManager.default.createFile(atPath: bomb.path, contents: nil)
        let output = try FileHandle(forWritingTo: bomb)
        let input = Pipe()
        gzip.standardInput = input
        gzip.standardOutput = output
        try gzip.run()
        input.fileHandleForWriting.write(
            Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n".utf8))
        let chunk = Data(String(repeating: "<x/>", count: 1 << 16).utf8)
        for _ in 0..<200 { input.fileHandleForWriting.write(chunk) } // 50 MiB of well-formed XML
        input.fileHandleForWriting.write(Data("</channel></rss>\n".utf8))
        try input.fileHandleForWriting.close()
        gzip.waitUntilExit()
        try output.close()

        let limits = sujarit.folder.appendingPathComponent("limits.yaml")
        try "version: 1\nfiles:\n  max_decompressed_bytes: 1048576\n".write(
            to: limits, atomically: true, encoding: .utf8)
        try Self.refused(
            sujarit, ["import", "egp", bomb.path, "--dept", "6960501"],
            [bomb.path, "expands to more than 1048576 bytes", "max_decompressed_bytes"],
            environment: ["SUJARIT_LIMITS": limits.path])
    }

    @Test("A FIFO in an import folder is skipped with a warning; one named directly is refused, never opened")
    func fifos() throws {
        let sujarit = try ImportEndToEndTests.agencyStore()
        let folder = sujarit.folder.appendingPathComponent("feeds")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: ImportEndToEndTests.example("takbai-6960501-2024-11-26.xml"),
            toPath: folder.appendingPathComponent("a.xml").path)
        let fifo = folder.appendingPathComponent("z.xml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let imported = try sujarit.succeed(["import", "egp", folder.path, "--dept", "6960501"])
        #expect(
            imported.stderr.contains(
                "z.xml: warning: skipped: it is a named pipe (FIFO), not an ordinary file, so it was not opened."))
        #expect(imported.stderr.contains("Imported 1 of 1 file(s)"))
        try Self.refused(sujarit, ["import", "egp", fifo, "--dept", "6960501"], [fifo, "named pipe (FIFO)"])
        let contracts = sujarit.folder.appendingPathComponent("contracts.csv").path
        #expect(mkfifo(contracts, 0o600) == 0)
        try Self.refused(
            sujarit, ["import", "contracts", contracts],
            [contracts + ": error: this is a named pipe (FIFO), not an ordinary file"])
        // Register files too: the gift log (YAML) and the risk register (CSV).
        let gifts = sujarit.folder.appendingPathComponent("gifts.yaml").path,
            risks = sujarit.folder.appendingPathComponent("risks.csv").path
        #expect(mkfifo(gifts, 0o600) == 0 && mkfifo(risks, 0o600) == 0)
        try Self.refused(
            sujarit, ["gift", "import", gifts],
            [gifts + ": this is a named pipe (FIFO), not an ordinary file, so it was not opened"])
        try Self.refused(sujarit, ["risk", "import", risks], ["named pipe (FIFO)"])
    }

    @Test(
        """
        Register files: a 70 KB field in the agency file and a 20 MB declarations file are refused, the store \
        unchanged
        """
    )
    func registerFiles() throws {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960501"])
        let root = SujaritProcess.packageRoot.appendingPathComponent("Registers/examples/takbai")
        let agency = try String(contentsOf: root.appendingPathComponent("agency.yaml"), encoding: .utf8)
        let long = agency.replacingOccurrences(
            of: "name: กองคลัง", with: "name: " + String(repeating: "ก", count: 70_000 / 3 + 1))
        let agencyFile = sujarit.folder.appendingPathComponent("agency-long.yaml")
        try long.write(to: agencyFile, atomically: true, encoding: .utf8)
        try Self.refused(
            sujarit, ["agency", "load", agencyFile.path],
            ["agency-long.yaml, line", "(departments[2].name)", "at most 65536 bytes are accepted"])

        try sujarit.succeed(["agency", "load", root.appendingPathComponent("agency.yaml").path])
        let declarations = try String(
            contentsOf: root.appendingPathComponent("declarations-2568.yaml"), encoding: .utf8)
        let padding = "# " + String(repeating: "x", count: 1 << 20) + "\n"
        let big = sujarit.folder.appendingPathComponent("declarations-big.yaml")
        try (declarations + String(repeating: padding, count: 20)).write(to: big, atomically: true, encoding: .utf8)
        try Self.refused(
            sujarit, ["coi", "import", big.path],
            ["declarations-big.yaml", "register files may be at most 16777216 bytes, so it was not read"])
    }

    @Test(
        "On PostgreSQL the same files are refused with the same messages, and nothing reaches the server",
        .enabled(if: PostgresTestServer.adminURL != nil, "needs SUJARIT_TEST_POSTGRES (.ci/run sets it)"))
    func sameOnPostgres() throws {
        let sujarit = try ImportEndToEndTests.agencyStore()
        try sujarit.succeed([
            "import", "contracts", ImportEndToEndTests.example("takbai-contracts-2568.csv"), "--dept", "6960501",
        ])
        let (database, url) = try PostgresTestServer.newDatabase()
        defer { PostgresTestServer.drop(database) }
        try sujarit.succeed(["migrate", "--from", sujarit.storePath, "--to", url])
        let before = try sujarit.succeed(["events", "--format", "json", "--store", url]).stdout
        for (command, file) in [
            ("contracts", "contracts-nul.csv"), ("contracts", "egp-contract-nul.json"), ("bidders", "bidders-nul.csv"),
            ("contracts", "contracts-ten-trillion.csv"), ("contracts", "contracts-negative.csv"),
        ] {
            let onSQLite = try sujarit.run(["import", command, Self.bad(file)])
            let onPostgres = try sujarit.run(["import", command, Self.bad(file), "--store", url])
            #expect(onSQLite.status == 1 && onPostgres.status == 1, "\(file): \(onPostgres.output)")
            #expect(onPostgres.stderr == onSQLite.stderr && onPostgres.stderr.contains(Self.bad(file) + ":"), "\(file)")
        }
        #expect(try sujarit.succeed(["events", "--format", "json", "--store", url]).stdout == before)
        try sujarit.succeed(["verify", "--store", url])
    }

    @Test(
        """
        The limits file is data: a lowered ceiling or file cap applies, and a bad limits file is an error naming \
        its line
        """
    )
    func limitsFile() throws {
        let sujarit = try ImportEndToEndTests.agencyStore()
        let limits = sujarit.folder.appendingPathComponent("limits.yaml")
        try "version: 1\namounts:\n  contract: 99,999,999,999.99\nfiles:\n  max_file_bytes: 100\n".write(
            to: limits, atomically: true, encoding: .utf8)
        let environment = ["SUJARIT_LIMITS": limits.path]
        try Self.refused(
            sujarit, ["import", "contracts", Self.bad("contracts-at-ceiling.csv")],
            [
                """
                :2:27: error: งบสัญญา(บาท): 100,000,000,000.00 baht is more than the largest contract amount \
                accepted, 99,999,999,999.99 baht
                """
            ],
            environment: environment)
        try Self.refused(
            sujarit, ["import", "contracts", ImportEndToEndTests.example("takbai-egp-contract-2568.json")],
            ["this is larger than the 100 bytes for a JSON file (max_file_bytes in Registers/limits.yaml)"],
            environment: environment)
        try Self.refused(
            sujarit, ["gift", "import", GiftLogEndToEndTests.exampleFile], ["register files may be at most 100 bytes"],
            environment: environment)

        try "version: 1\namounts:\n  contract: -5\n".write(to: limits, atomically: true, encoding: .utf8)
        try Self.refused(
            sujarit, ["import", "contracts", Self.bad("contracts-at-ceiling.csv")],
            ["limits.yaml, line 3 (amounts.contract): the ceiling must be more than zero baht"],
            environment: environment)
        try "version: 1\namounts:\n  contracts: 5\n".write(to: limits, atomically: true, encoding: .utf8)
        try Self.refused(
            sujarit,
            ["import", "egp", ImportEndToEndTests.example("takbai-6960501-2024-11-26.xml"), "--dept", "6960501"],
            ["limits.yaml, line 3 (amounts.contracts): unknown field 'contracts'"], environment: environment)
        // The shipped file is read by default and holds the built-in numbers: the ceiling itself is accepted.
        try sujarit.succeed(["import", "contracts", Self.bad("contracts-at-ceiling.csv")])
    }
}
