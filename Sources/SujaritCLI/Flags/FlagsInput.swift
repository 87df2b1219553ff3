import ArgumentParser
import Foundation
import Oversight
import Sujarit

/// Reading option values for the flags commands and running them with clear errors: parsing only, the
/// rules live in Oversight.
enum FlagsInput {
    static func flagID(_ text: String) throws -> FlagID { try FlagID(parsing: text) }

    /// The settings file: the option, else `red-flags.yaml` in `$SUJARIT_REGISTERS`, `./Registers` or beside the build.
    static func settings(_ option: String?) throws -> (RedFlagSettings, String) {
        let path: String
        if let option {
            path = option
        } else {
            path = (try RiskInput.registers(nil) as NSString).appendingPathComponent("red-flags.yaml")
        }
        return (try RedFlagSettings.load(path), path)
    }

    /// Runs a command body; a domain or file error is printed on standard error and the command exits 1.
    static func run(_ body: () async throws -> Void) async throws {
        try await CommandFailure.report(body)
    }
}
