import Foundation
import Sujarit

extension InputLimits {
    /// The fields of `Registers/limits.yaml`.
    private static let fields: Set<String> = ["version", "amounts", "files"]

    /// Reads a limits file (`Registers/limits.yaml`): amounts in baht under `amounts` (`contract`, `budget`,
    /// `gift`), sizes under `files` (`max_file_bytes`, `max_decompressed_bytes`, `max_decompression_ratio`).
    /// A field left out keeps its ``defaults`` value. Errors name the file, line and field.
    public static func load(_ path: String) throws -> InputLimits {
        let root = try ConfigNode.load(path)
        try root.allowOnly(fields)
        var limits = InputLimits.defaults
        if let amounts = try root.optional("amounts") {
            try amounts.allowOnly(Set(AmountKind.allCases.map(\.rawValue)))
            for kind in AmountKind.allCases {
                guard let node = try amounts.optional(kind.rawValue) else { continue }
                let amount: Money
                do { amount = try Money.parse(try node.text()) } catch let error as ConfigurationError {
                    throw error
                } catch {
                    throw node.error(error.localizedDescription)
                }
                guard amount > .zero else { throw node.error("the ceiling must be more than zero baht") }
                switch kind {
                case .contract: limits.contractAmount = amount
                case .budget: limits.budget = amount
                case .gift: limits.gift = amount
                }
            }
        }
        if let files = try root.optional("files") {
            try files.allowOnly(["max_file_bytes", "max_decompressed_bytes", "max_decompression_ratio"])
            func positive(_ key: String) throws -> Int64? {
                guard let node = try files.optional(key) else { return nil }
                let value = try node.integer()
                guard value > 0 else { throw node.error("must be a whole number above zero") }
                return Int64(value)
            }
            if let value = try positive("max_file_bytes") { limits.maxFileBytes = value }
            if let value = try positive("max_decompressed_bytes") { limits.maxDecompressedBytes = value }
            if let value = try positive("max_decompression_ratio") { limits.maxDecompressionRatio = value }
        }
        return limits
    }

    /// The limits in force: the file named by `SUJARIT_LIMITS`, else `limits.yaml` in `registers` (the
    /// registers folder, when known), else ``defaults``.
    public static func resolve(
        registers: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> InputLimits {
        if let path = environment["SUJARIT_LIMITS"], !path.isEmpty { return try load(path) }
        if let registers {
            let path = (registers as NSString).appendingPathComponent("limits.yaml")
            if FileManager.default.fileExists(atPath: path) { return try load(path) }
        }
        return .defaults
    }
}
