import Agency
import Foundation
import Sujarit

extension GiftRules {
    /// Reads and validates a rules file such as `Registers/gift-rules.yaml`:
    ///
    /// ```yaml
    /// version: 1
    /// threshold: 3000          # baht per giver per occasion, from a non-relative
    /// report_within_days: 30   # to the head of agency, from receipt
    /// relatives:
    ///   - code: spouse
    ///     name: คู่สมรส
    /// ```
    ///
    /// - throws: `ConfigurationError` naming the file, line and field of a missing, unknown or bad value.
    public static func load(_ path: String) throws -> GiftRules {
        try parse(try ConfigNode.load(path))
    }

    /// Validates an already parsed rules document (see ``load(_:)``).
    public static func parse(_ root: ConfigNode) throws -> GiftRules {
        try root.allowOnly(["version", "threshold", "report_within_days", "relatives", "source"])
        let versionNode = try root.required("version")
        let version = try versionNode.integer()
        guard version >= 1 else { throw versionNode.error("the version must be 1 or more, found \(version)") }
        let thresholdNode = try root.required("threshold")
        let threshold: Money
        do { threshold = try Money.parse(try thresholdNode.text()) } catch let error as MoneyError {
            throw thresholdNode.error(error.errorDescription ?? "not an amount")
        }
        guard !threshold.isNegative else { throw thresholdNode.error("the threshold must not be negative") }
        let daysNode = try root.required("report_within_days")
        let days = try daysNode.integer()
        guard days >= 1 else { throw daysNode.error("report_within_days must be 1 or more, found \(days)") }
        var relatives: [RelativeKind] = []
        for node in try root.required("relatives").items() {
            try node.allowOnly(["code", "name"])
            let code = try node.text("code").lowercased()
            guard !code.contains(where: \.isWhitespace) else { throw try node.required("code").error("a code is one word, e.g. uncle-aunt") }
            guard !relatives.contains(where: { $0.code == code }) else { throw try node.required("code").error("the code '\(code)' appears twice") }
            relatives.append(RelativeKind(code: code, name: try node.text("name")))
        }
        return GiftRules(
            version: version, threshold: threshold, reportWithinDays: days, relatives: relatives,
            source: try root.optionalText("source")
        )
    }
}
