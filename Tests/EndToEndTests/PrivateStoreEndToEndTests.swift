import Foundation
import Testing

@Suite("The store file is private, through the built binary")
struct PrivateStoreEndToEndTests {
    private func mode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test("init creates the store owner-only; its WAL stays owner-only after writes")
    func initIsPrivate() throws {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960102"])
        #expect(try mode(sujarit.storePath) == 0o600)
        try sujarit.succeed([
            "agency", "load",
            SujaritProcess.packageRoot.appendingPathComponent("Registers/examples/takbai/agency.yaml").path,
        ])
        for file in [sujarit.storePath, sujarit.storePath + "-wal", sujarit.storePath + "-shm"]
        where FileManager.default.fileExists(atPath: file) {
            #expect(try mode(file) == 0o600, "\(file)")
        }
        let quiet = try sujarit.succeed(["verify"])
        #expect(!quiet.stderr.contains("chmod"))
    }

    @Test("A store others can read still opens, with a warning naming the chmod; nothing is changed")
    func exposedStoreWarned() throws {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960102"])
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: sujarit.storePath)
        let result = try sujarit.succeed(["verify"])
        #expect(result.stderr.contains("chmod 600 '\(sujarit.storePath)'"))
        #expect(try mode(sujarit.storePath) == 0o644)
    }
}
