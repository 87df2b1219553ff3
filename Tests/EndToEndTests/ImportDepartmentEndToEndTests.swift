import Foundation
import Testing

/// `import egp --dept` against the store's own department: defaulted to it, another one refused unless
/// `--other-department`, the refusal leaving the store as it was.
@Suite("e-GP imports and the store's own department")
struct ImportDepartmentEndToEndTests {
    static let feed = SujaritProcess.packageRoot.appendingPathComponent(
        "Imports/examples/takbai-6960501-2024-11-26.xml"
    ).path

    @Test("without --dept the store's own department is used; the same id given is accepted")
    func defaultsToOwn() throws {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960501"])
        let imported = try sujarit.succeed(["import", "egp", Self.feed, "--format", "csv"])
        #expect(imported.stdout.contains(",imported,"), "\(imported.output)")
        try sujarit.succeed(["import", "egp", Self.feed, "--dept", "6960501"])
    }

    @Test("another department's id is refused (store unchanged) unless --other-department")
    func otherDepartment() throws {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลตำบลศาลาใหม่", "--dept", "6960502"])
        let before = try sujarit.storeDump()
        let refused = try sujarit.run(["import", "egp", Self.feed, "--dept", "6960501"])
        #expect(refused.status != 0)
        #expect(
            refused.stderr.contains(
                "--dept 6960501 is not this store's own e-GP department 6960502 (เทศบาลตำบลศาลาใหม่)"),
            "\(refused.stderr)")
        #expect(refused.stderr.contains("--other-department"))
        #expect(try sujarit.storeDump() == before)
        let accepted = try sujarit.succeed([
            "import", "egp", Self.feed, "--dept", "6960501", "--other-department", "--format", "csv",
        ])
        #expect(accepted.stdout.contains(",imported,"), "\(accepted.output)")
    }

    @Test(
        """
        a department the profile follows is imported without --other-department; the list shows in the profile \
        and can be cleared
        """
    )
    func followedDepartment() throws {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลตำบลศาลาใหม่", "--dept", "6960502"])
        let bad = try sujarit.run(["agency", "profile", "set", "--follows", "69605"])
        #expect(bad.status != 0 && bad.stderr.contains("--follows"), "\(bad.output)")
        // Thai digits are read; the id is kept in Arabic digits.
        try sujarit.succeed(["agency", "profile", "set", "--follows", "๖๙๖๐๕๐๑"])
        let profile = try sujarit.succeed(["agency", "profile", "show", "--format", "csv"])
        #expect(profile.stdout.contains("6960501"), "\(profile.stdout)")
        let imported = try sujarit.succeed(["import", "egp", Self.feed, "--dept", "6960501", "--format", "csv"])
        #expect(imported.stdout.contains(",imported,"), "\(imported.output)")
        // Not following any more: refused again, and the message names both ways in.
        try sujarit.succeed(["agency", "profile", "set", "--follows-none"])
        let before = try sujarit.storeDump()
        let refused = try sujarit.run(["import", "egp", Self.feed, "--dept", "6960501"])
        #expect(
            refused.status != 0 && refused.stderr.contains("agency profile set --follows 6960501"), "\(refused.stderr)")
        #expect(try sujarit.storeDump() == before)
    }
}
