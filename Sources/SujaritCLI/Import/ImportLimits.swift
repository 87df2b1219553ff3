import Agency
import Foundation
import Sujarit

/// The input limits the import commands apply: `SUJARIT_LIMITS`, else `limits.yaml` in the registers folder
/// (`$SUJARIT_REGISTERS`, `./Registers` or beside the build), else the built-in defaults.
enum ImportLimits {
    /// The limits in force; a limits file that cannot be read is an error, never silently ignored.
    static func resolve() throws -> InputLimits {
        try InputLimits.resolve(registers: try? RiskInput.registers(nil))
    }
}
