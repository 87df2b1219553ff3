import Foundation
import Testing
import TestSupport

/// Output that cannot be written and a temporary folder that cannot be used end the command with a message and
/// a failure exit, never a crash report, and leave the store as it was.
@Suite("Output and temporary-file failures, through the built binary")
struct OutputFailureEndToEndTests {
    /// How a run with its standard output sent elsewhere ended, and what it said on standard error.
    struct Ending {
        var reason: Process.TerminationReason
        var status: Int32
        var stderr: String

        /// Whether the runtime printed a crash report (a `try!` or a trap).
        var crashed: Bool { stderr.contains("Fatal error") || stderr.contains("Backtrac") || reason == .uncaughtSignal }
    }

    /// Runs `sujarit` with standard output going to `output` (a file handle such as /dev/full or a closed pipe).
    static func run(
        _ sujarit: SujaritProcess, _ arguments: [String], output: FileHandle, environment: [String: String] = [:]
    ) throws -> Ending {
        let process = Process()
        process.executableURL = SujaritProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = sujarit.folder
        process.environment = sujarit.environment(environment)
        let stderr = Pipe()
        process.standardOutput = output
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let said = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Ending(
            reason: process.terminationReason, status: process.terminationStatus,
            stderr: String(decoding: said, as: UTF8.self))
    }

    @Test("events, procurement list and flags list to a full disk: exit 1, the reason on stderr, the store unchanged")
    func fullDisk() throws {
        let sujarit = try FlagsEndToEndTests.exampleStore()
        try sujarit.succeed(["flags", "run"])
        let before = try sujarit.storeDump()
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        defer { try? full.close() }
        for command in [["events"], ["procurement", "list"], ["flags", "list"]] {
            for format in ["table", "csv", "json"] {
                let ending = try Self.run(sujarit, command + ["--format", format], output: full)
                let what = "sujarit \(command.joined(separator: " ")) --format \(format): \(ending.stderr)"
                #expect(ending.reason == .exit && ending.status == 1, "\(what)")
                #expect(!ending.crashed, "\(what)")
                #expect(ending.stderr.contains("could not write the output (standard output)"), "\(what)")
                #expect(ending.stderr.contains("No space left on device"), "\(what)")
                #expect(ending.stderr.split(separator: "\n").count == 1, "one line: \(what)")
            }
        }
        #expect(try sujarit.storeDump() == before)
    }

    @Test("Help and version text asked for on a full disk: exit 1 with the reason, as any output; to a pipe, exit 0")
    func helpToFullDisk() throws {
        let sujarit = try SujaritProcess()
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        defer { try? full.close() }
        for arguments in [["--help"], ["flags", "run", "--help"], ["help", "import"], ["--version"]] {
            let ending = try Self.run(sujarit, arguments, output: full)
            let what = "sujarit \(arguments.joined(separator: " ")): \(ending.stderr)"
            #expect(ending.reason == .exit && ending.status == 1, "\(what)")
            #expect(ending.stderr.contains("No space left on device") && !ending.crashed, "\(what)")
        }
        // Where it can be written, the text is what ArgumentParser prints, and the exit status is still 0.
        let help = try sujarit.run(["flags", "run", "--help"])
        #expect(help.status == 0 && help.stdout.contains("USAGE: sujarit flags run"), "\(help.output)")
    }

    @Test("A reader that closes the pipe early ends the command quietly, as SIGPIPE ends any program")
    func closedPipe() throws {
        let sujarit = try FlagsEndToEndTests.exampleStore()
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let ending = try Self.run(sujarit, ["events", "--format", "json"], output: pipe.fileHandleForWriting)
        #expect(ending.reason == .uncaughtSignal && ending.status == SIGPIPE, "\(ending)")
        #expect(!ending.stderr.contains("Fatal error") && !ending.stderr.contains("Backtrac"), "\(ending.stderr)")
        #expect(ending.stderr.isEmpty, "nothing to say to a reader that went away: \(ending.stderr)")
    }

    @Test(
        "On a PostgreSQL store, whose client ignores SIGPIPE, a closed pipe and a full disk end the command the same way",
        .enabled(if: PostgresTestServer.adminURL != nil, "needs SUJARIT_TEST_POSTGRES (.ci/run sets it)"))
    func postgresClosedPipe() throws {
        let (database, url) = try PostgresTestServer.newDatabase()
        defer { PostgresTestServer.drop(database) }
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--store", url, "--agency", "หน่วยงานทดสอบ", "--dept", "6000000"])
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let closed = try Self.run(sujarit, ["events", "--store", url], output: pipe.fileHandleForWriting)
        #expect(closed.reason == .uncaughtSignal && closed.status == SIGPIPE, "\(closed)")
        #expect(closed.stderr.isEmpty, "\(closed.stderr)")
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        defer { try? full.close() }
        let ending = try Self.run(sujarit, ["events", "--store", url, "--format", "json"], output: full)
        #expect(ending.reason == .exit && ending.status == 1 && !ending.crashed, "\(ending)")
        #expect(ending.stderr.contains("No space left on device"), "\(ending.stderr)")
    }

    /// A contract file of `count` projects of department 6000000, each agreed above its reference price and its
    /// budget: two flags a project, enough that a run's candidates go to the temporary folder.
    static func overpriced(_ count: Int, in folder: URL) throws -> String {
        var lines = [
            """
            _id,รหัสโครงการ,ชื่อโครงการ,ชื่อประเภทโครงการ,ชื่อหน่วยงาน,ชื่อหน่วยงานย่อย,วิธีจัดซื้อฯ,กลุ่มวิธีจัดซื้อฯ,\
            วันที่ประกาศ,งบประมาณ(บาท),ราคากลาง(บาท),ราคาตกลงซื้อ/จ้าง,ปีงบประมาณ,เลขนิติบุคคล,ชื่อผู้ชนะ,เลขที่สัญญา,\
            วันที่ลงนามสัญญา,วันที่สิ้นสุดสัญญา,งบสัญญา(บาท),สถานะสัญญา,วันที่เกิดรายการ,จังหวัด,สถานะโครงการ
            """
        ]
        for number in 1...count {
            lines.append(
                """
                \(number),681\(String(format: "%08d", number)),จัดซื้อวัสดุสำนักงาน รายการที่ \(number),ซื้อ,\
                หน่วยงานทดสอบ,หน่วยจัดซื้อ 6000000,เฉพาะเจาะจง,วิธีเฉพาะเจาะจง,2025-02-25,5000.00,4800.00,6000.00,2568,\
                0000000000001,ร้านค้าที่ \(number),\(number)/2568,2025-02-25,2025-02-25,6000.00,อยู่ระหว่างดำเนินการ,\
                2025-02-25,นราธิวาส,จัดทำสัญญา/PO แล้ว
                """)
        }
        let path = folder.appendingPathComponent("overpriced.csv").path
        try (lines.joined(separator: "\r\n") + "\r\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("flags run with TMPDIR naming a missing folder: exit 1, the folder and what to do named, nothing recorded")
    func missingTemporaryFolder() throws {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "หน่วยงานทดสอบ", "--dept", "6000000"])
        try sujarit.succeed([
            "import", "contracts", try Self.overpriced(1_100, in: sujarit.folder), "--dept", "6000000",
        ])
        let before = try sujarit.storeDump()
        let missing = sujarit.folder.appendingPathComponent("no-such-folder").path

        let failed = try sujarit.run(["flags", "run"], environment: ["TMPDIR": missing])
        #expect(failed.status == 1, "\(failed.output)")
        #expect(!failed.stderr.contains("Fatal error") && !failed.stderr.contains("Backtrac"), "\(failed.stderr)")
        #expect(failed.stderr.contains(missing) && failed.stderr.contains("Set TMPDIR"), "\(failed.stderr)")
        #expect(failed.stderr.contains("No flag was recorded"), "\(failed.stderr)")
        #expect(try sujarit.storeDump() == before)

        // With a temporary folder that works, the same run records every flag.
        try sujarit.succeed(["flags", "run"])
        let rows = try sujarit.succeed(["flags", "list", "--format", "csv"]).stdout.split(separator: "\r\n")
        #expect(rows.count - 1 >= 2_200, "two flags a project")
    }
}
