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
        try root.allowOnly([
            "version", "threshold", "report_within_days", "relatives", "source", "no_gift_policy", "head_of_agency",
            "given_gifts",
        ])
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
            try node.allowOnly(["code", "name", "limit"])
            let code = try node.text("code").lowercased()
            guard !code.contains(where: \.isWhitespace) else {
                throw try node.required("code").error("a code is one word, e.g. uncle-aunt")
            }
            guard !relatives.contains(where: { $0.code == code }) else {
                throw try node.required("code").error("the code '\(code)' appears twice")
            }
            var limit: Money?
            if let limitNode = try node.optional("limit") {
                do { limit = try Money.parse(try limitNode.text()) } catch let error as MoneyError {
                    throw limitNode.error(error.errorDescription ?? "not an amount")
                }
                guard !(limit?.isNegative ?? false) else { throw limitNode.error("the limit must not be negative") }
            }
            relatives.append(RelativeKind(code: code, name: try node.text("name"), limit: limit))
        }
        var noGiftPolicy: NoGiftPolicyRule?
        if let node = try root.optional("no_gift_policy") {
            try node.allowOnly(["parties_with_business", "source"])
            noGiftPolicy = NoGiftPolicyRule(
                partiesWithBusiness: try GiftLogFile.flag(try node.required("parties_with_business")),
                source: try node.optionalText("source")
            )
        }
        var headOfAgency: HeadOfAgencyRule?
        if let node = try root.optional("head_of_agency") {
            try node.allowOnly(["types", "source"])
            var types: [AgencyTypeAuthority] = []
            for item in try node.required("types").items() {
                try item.allowOnly(["type", "head_positions", "next_authority"])
                let positionsNode = try item.required("head_positions")
                let positions = try positionsNode.texts()
                guard !positions.isEmpty, positions.allSatisfy({ !HeadOfAgencyRule.compact($0).isEmpty }) else {
                    throw positionsNode.error("list at least one position title of the head, e.g. [นายกเทศมนตรีเมือง]")
                }
                types.append(
                    AgencyTypeAuthority(
                        type: try item.text("type"), headPositions: positions,
                        nextAuthority: try item.text("next_authority")))
            }
            headOfAgency = HeadOfAgencyRule(types: types, source: try node.optionalText("source"))
        }
        var givenGifts: GivenGiftRule?
        if let node = try root.optional("given_gifts") {
            try node.allowOnly(["to_superior_limit", "to_superior_source", "public_money_limit", "public_money_source"])
            func amount(_ key: String) throws -> Money {
                let amountNode = try node.required(key)
                let amount: Money
                do { amount = try Money.parse(try amountNode.text()) } catch let error as MoneyError {
                    throw amountNode.error(error.errorDescription ?? "not an amount")
                }
                guard !amount.isNegative else {
                    throw amountNode.error("\(key) must not be negative (0: none allowed)")
                }
                return amount
            }
            givenGifts = GivenGiftRule(
                superiorLimit: try amount("to_superior_limit"),
                superiorSource: try node.optionalText("to_superior_source"),
                publicMoneyLimit: try amount("public_money_limit"),
                publicMoneySource: try node.optionalText("public_money_source")
            )
        }
        return GiftRules(
            version: version, threshold: threshold, reportWithinDays: days, relatives: relatives,
            source: try root.optionalText("source"), noGiftPolicy: noGiftPolicy, headOfAgency: headOfAgency,
            givenGifts: givenGifts
        )
    }
}
