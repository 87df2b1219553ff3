import Foundation
import Testing
@testable import Sujarit
import TestSupport

/// The rules every importer applies to what it reads: checked totals, amount ceilings, control characters,
/// text lengths and file kinds. Each rule has hand-made cases and its near miss (the limit accepted, one more refused).
@Suite("Hostile input rules")
struct HostileInputTests {
    static let largest = Money(satang: .max) // 92,233,720,368,547,758.07 baht

    @Test("A total that does not fit throws totalOverflow naming what was summed; the largest that fits is accepted")
    func checkedTotal() throws {
        #expect(try [Self.largest, .zero].total(of: "x") == Self.largest)
        #expect(try [Money(satang: .max - 1), Money(satang: 1)].total(of: "x") == Self.largest)
        #expect(throws: MoneyError.totalOverflow("the gifts of S001")) {
            try [Money(satang: .max - 1), Money(satang: 2)].total(of: "the gifts of S001")
        }
        #expect(throws: MoneyError.totalOverflow("two gifts")) {
            try [Self.largest, Self.largest].total(of: "two gifts")
        }
        #expect(throws: MoneyError.totalOverflow("debts")) {
            try [Money(satang: .min), Money(satang: -1)].total(of: "debts")
        }
        var running = Money.baht(1)
        #expect(throws: MoneyError.self) { try running.add(Self.largest, summing: "running") }
        #expect(running == .baht(1), "a refused addition leaves the amount as it was")
        let message = MoneyError.totalOverflow("the gifts of S001").errorDescription ?? ""
        #expect(message.contains("the gifts of S001") && message.contains("92,233,720,368,547,758.07"))
    }

    @Test("Subtotals: positive and negative parts are checked apart, so any subset sum fits")
    func subtotals() throws {
        try [Self.largest, Money(satang: .min)].checkSubtotalsFit(of: "x") // each part fits on its own
        #expect(throws: MoneyError.totalOverflow("x")) {
            try [Self.largest, Money(satang: 1), Money(satang: -5)].checkSubtotalsFit(of: "x")
        }
    }

    @Test(
        "Percentages of huge amounts do not trap",
        arguments: [
            (Money.baht(9_967), Money.baht(10_000), Int64(9_967)),
            (Money.baht(10_000_000_000_000), Money.baht(10_000_000_000_000), Int64(10_000)), // 10 trillion baht
            (Money(satang: .max), Money(satang: 1), Int64.max),
        ])
    func percent(part: Money, whole: Money, expected: Int64) {
        #expect(Money.hundredthsOfPercent(part, of: whole) == expected)
        #expect(Money.hundredthsOfPercent(part, of: .zero) == nil)
    }

    @Test("Amount ceilings: the ceiling itself is accepted, one satang more and any negative amount refused")
    func ceilings() throws {
        let limits = InputLimits.defaults
        for kind in InputLimits.AmountKind.allCases {
            let ceiling = limits.ceiling(kind)
            try limits.check(ceiling, as: kind)
            try limits.check(.zero, as: kind)
            #expect(
                throws: AmountLimitError.aboveCeiling(Money(satang: ceiling.satang + 1), ceiling: ceiling, kind: kind)
            ) {
                try limits.check(Money(satang: ceiling.satang + 1), as: kind)
            }
            #expect(throws: AmountLimitError.negative(Money(satang: -1))) {
                try limits.check(Money(satang: -1), as: kind)
            }
        }
        #expect(limits.contractAmount == .baht(100_000_000_000) && limits.gift == .baht(100_000_000))
    }

    @Test("Decompression budget: the smaller of the size cap and the ratio")
    func decompressionBudget() {
        let limits = InputLimits.defaults
        #expect(limits.decompressionBudget(compressedBytes: 2 << 20) == 400 << 20)
        #expect(limits.decompressionBudget(compressedBytes: 1 << 30) == 4 << 30)
        #expect(limits.decompressionBudget(compressedBytes: .max) == 4 << 30)
    }

    @Test("Control characters are refused; tab always and line breaks in multi-line fields are accepted")
    func controlCharacters() throws {
        try InputText.check("ถนนคอนกรีต\tหมู่ที่ ๓")
        try InputText.check("line one\nline two\r\n", lines: .multiple)
        try InputText.check("\u{A0}\u{A0}no-break spaces and U+00A0 just past C1")
        #expect(throws: InputTextError.controlCharacter(0, position: 4)) { try InputText.check("abc\u{0}def") }
        #expect(throws: InputTextError.controlCharacter(0x0A, position: 2)) { try InputText.check("a\nb") }
        #expect(throws: InputTextError.controlCharacter(0x1B, position: 1)) {
            try InputText.check("\u{1B}[31m", lines: .multiple)
        }
        #expect(throws: InputTextError.controlCharacter(0x7F, position: 2)) { try InputText.check("a\u{7F}") }
        #expect(throws: InputTextError.controlCharacter(0x85, position: 2)) { try InputText.check("a\u{85}b") }
        #expect(throws: InputTextError.controlCharacter(0x9F, position: 1)) { try InputText.check("\u{9F}") }
        #expect(InputTextError.controlCharacter(0, position: 4).errorDescription?.contains("U+0000 (NUL)") == true)
    }

    @Test("Length limits count UTF-8 bytes: the limit itself is accepted, one byte more refused")
    func lengths() throws {
        try InputText.check(String(repeating: "a", count: InputText.maxNameBytes))
        #expect(throws: InputTextError.tooLong(bytes: InputText.maxNameBytes + 1, limit: InputText.maxNameBytes)) {
            try InputText.check(String(repeating: "a", count: InputText.maxNameBytes + 1))
        }
        // Thai letters are 3 bytes each in UTF-8.
        try InputText.check(String(repeating: "ก", count: 10), maxBytes: 30)
        #expect(throws: InputTextError.tooLong(bytes: 33, limit: 30)) {
            try InputText.check(String(repeating: "ก", count: 11), maxBytes: 30)
        }
        try InputText.check(
            String(repeating: "x", count: InputText.maxNoteBytes), lines: .multiple, maxBytes: InputText.maxNoteBytes)
    }

    @Test("File kinds are found without opening; FIFOs are refused, the size cap is inclusive")
    func fileKinds() throws {
        let folder = try TemporaryFolder("sujarit-inputfile")
        let file = folder.appendingPathComponent("a.csv").path
        try Data(repeating: 0x41, count: 100).write(to: URL(fileURLWithPath: file))
        #expect(try InputFile.checkReadable(file, maxBytes: 100) == 100)
        #expect(throws: InputFileError.tooLarge(file, bytes: 100, limit: 99)) {
            try InputFile.checkReadable(file, maxBytes: 99)
        }
        let fifo = folder.appendingPathComponent("feed.xml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(InputFile.inspect(fifo)?.kind == .fifo)
        #expect(throws: InputFileError.notRegular(fifo, .fifo)) { try InputFile.checkReadable(fifo) }
        #expect(throws: InputFileError.notRegular(folder.path, .directory)) { try InputFile.checkReadable(folder.path) }
        #expect(throws: InputFileError.missing(folder.appendingPathComponent("none").path)) {
            try InputFile.checkReadable(folder.appendingPathComponent("none").path)
        }
        #expect(InputFile.inspect("/dev/null")?.kind == .device)
    }
}
