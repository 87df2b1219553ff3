import Foundation
import Testing

/// `import egp --dept` against the store's own department: defaulted to it, another one refused unless
/// `--other-department`, the refusal leaving the store as it was.
@Suite("e-GP imports and the store's own department")
struct ImportDepartmentEndToEndTests {
    static let feed = SujaritProcess.packageRoot.appendingPathComponent("Imports/examples/takbai-6960501-2024-11-26.xml").path

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
        #expect(refused.stderr.contains("--dept 6960501 is not this store's own e-GP department 6960502 (เทศบาลตำบลศาลาใหม่)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--other-department"))
        #expect(try sujarit.storeDump() == before)
        let accepted = try sujarit.succeed(["import", "egp", Self.feed, "--dept", "6960501", "--other-department", "--format", "csv"])
        #expect(accepted.stdout.contains(",imported,"), "\(accepted.output)")
    }
}
