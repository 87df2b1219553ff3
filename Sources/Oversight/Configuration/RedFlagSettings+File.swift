import Agency
import Foundation
import Procurement
import Sujarit

extension RedFlagSettings {
    /// Reads and validates a settings file such as `Registers/red-flags.yaml`.
    ///
    /// Every section is optional and falls back to the defaults of ``init()``; an unknown field, a method
    /// that is not a method key, or a value out of range is a `ConfigurationError` naming the file, line
    /// and field.
    public static func load(_ path: String) throws -> RedFlagSettings {
        try parse(try ConfigNode.load(path))
    }

    /// Validates an already parsed settings document (see ``load(_:)``).
    public static func parse(_ root: ConfigNode) throws -> RedFlagSettings {
        try root.allowOnly([
            "version", "source", "competitive_methods", "statistics", "splitting", "bunching", "year_end",
            "concentration", "price", "process", "fast_award", "bidders", "gifts", "buyers", "regional",
        ])
        var settings = RedFlagSettings()
        let versionNode = try root.required("version")
        settings.version = try versionNode.integer()
        guard settings.version >= 1 else {
            throw versionNode.error("the version must be 1 or more, found \(settings.version)")
        }
        settings.source = try root.optionalText("source")
        if let node = try root.optional("competitive_methods") { settings.competitiveMethods = try methods(node) }
        if let node = try root.optional("statistics") {
            try node.allowOnly(["fence_multiplier", "min_sample"])
            if let value = try node.optional("fence_multiplier") {
                settings.fenceMultiplier = try decimal(value, in: 0.1...10)
            }
            if let value = try node.optional("min_sample") {
                settings.minimumSample = try whole(value, in: 4...1_000_000)
            }
        }
        if let node = try root.optional("splitting") {
            try node.allowOnly(["methods", "limit", "min_awards", "window_days"])
            if let value = try node.optional("methods") { settings.splitting.methods = try methods(value) }
            if let value = try node.optional("limit") { settings.splitting.limit = try money(value) }
            if let value = try node.optional("min_awards") {
                settings.splitting.minimumAwards = try whole(value, in: 2...1_000)
            }
            if let value = try node.optional("window_days") {
                settings.splitting.windowDays = try whole(value, in: 1...366)
            }
        }
        if let node = try root.optional("bunching") {
            try node.allowOnly(["methods", "thresholds", "band", "min_awards_in_band", "floor_ratio"])
            if let value = try node.optional("methods") { settings.bunching.methods = try methods(value) }
            if let value = try node.optional("thresholds") {
                settings.bunching.thresholds = try value.items().map(money)
            }
            if let value = try node.optional("band") { settings.bunching.band = try decimal(value, in: 0.01...0.45) }
            if let value = try node.optional("min_awards_in_band") {
                settings.bunching.minimumInBand = try whole(value, in: 1...10_000)
            }
            if let value = try node.optional("floor_ratio") {
                settings.bunching.floorRatio = try decimal(value, in: 1...1_000)
            }
        }
        if let node = try root.optional("year_end") {
            try node.allowOnly(["methods", "month", "min_spending", "min_awards", "floor_ratio"])
            if let value = try node.optional("methods") { settings.yearEnd.methods = try methods(value) }
            if let value = try node.optional("month") { settings.yearEnd.month = try whole(value, in: 1...12) }
            if let value = try node.optional("min_spending") { settings.yearEnd.minimumSpending = try money(value) }
            if let value = try node.optional("min_awards") {
                settings.yearEnd.minimumAwards = try whole(value, in: 1...10_000)
            }
            if let value = try node.optional("floor_ratio") {
                settings.yearEnd.floorRatio = try decimal(value, in: 1...1_000)
            }
        }
        if let node = try root.optional("concentration") {
            try node.allowOnly(["min_department_awards", "min_share", "min_supplier_awards", "floor_wins"])
            if let value = try node.optional("min_department_awards") {
                settings.concentration.minimumDepartmentAwards = try whole(value, in: 1...100_000)
            }
            if let value = try node.optional("min_share") {
                settings.concentration.minimumShare = try decimal(value, in: 0.01...1)
            }
            if let value = try node.optional("min_supplier_awards") {
                settings.concentration.minimumSupplierAwards = try whole(value, in: 1...100_000)
            }
            if let value = try node.optional("floor_wins") {
                settings.concentration.floorWins = try whole(value, in: 2...100_000)
            }
        }
        if let node = try root.optional("price") {
            try node.allowOnly(["near_reference", "near_reference_methods", "reference_equals_budget_methods"])
            if let value = try node.optional("near_reference") {
                settings.price.nearReference = try decimal(value, in: 0.5...1)
            }
            if let value = try node.optional("near_reference_methods") {
                settings.price.nearReferenceMethods = try methodsOrCompetitive(value)
            }
            if let value = try node.optional("reference_equals_budget_methods") {
                settings.price.referenceEqualsBudgetMethods = try methodsOrCompetitive(value)
            }
        }
        if let node = try root.optional("process") {
            try node.allowOnly(["min_projects", "min_changed", "floor_rate", "invitation_required"])
            if let value = try node.optional("min_projects") {
                settings.process.minimumProjects = try whole(value, in: 1...100_000)
            }
            if let value = try node.optional("min_changed") {
                settings.process.minimumChanged = try whole(value, in: 1...100_000)
            }
            if let value = try node.optional("floor_rate") {
                settings.process.floorRate = try decimal(value, in: 0.01...1)
            }
            if let value = try node.optional("invitation_required") {
                settings.process.invitationRequired = try methods(value)
            }
        }
        if let node = try root.optional("fast_award") {
            try node.allowOnly(["minimum_days", "max_days", "min_sample"])
            if let value = try node.optional("minimum_days") {
                let keys = Self.allMethodKeys
                try value.allowOnly(Set(keys))
                var days: [String: Int] = [:]
                for key in keys {
                    if let child = try value.optional(key) { days[key] = try whole(child, in: 0...365) }
                }
                settings.fastAward.minimumDays = days
            }
            if let value = try node.optional("max_days") {
                settings.fastAward.maximumDays = try whole(value, in: 1...365)
            }
            if let value = try node.optional("min_sample") {
                settings.fastAward.minimumSample = try whole(value, in: 4...1_000_000)
            }
        }
        if let node = try root.optional("bidders") {
            try node.allowOnly(["methods", "few_below"])
            if let value = try node.optional("methods") { settings.bidders.methods = try methodsOrCompetitive(value) }
            if let value = try node.optional("few_below") { settings.bidders.fewBelow = try whole(value, in: 2...100) }
        }
        if let node = try root.optional("regional") {
            try node.allowOnly([
                "min_share", "min_agencies", "min_supplier_awards", "source", "split_window_days", "ties_min_agencies",
                "ties_source",
            ])
            if let value = try node.optional("ties_min_agencies") {
                settings.regional.tiesMinimumAgencies = try whole(value, in: 2...100_000)
            }
            if let text = try node.optionalText("ties_source") { settings.regional.tiesSource = text }
            if let value = try node.optional("split_window_days") {
                settings.regional.splitWindowDays = try whole(value, in: 0...366)
            }
            if let value = try node.optional("min_share") {
                settings.regional.minimumShare = try decimal(value, in: 0.01...1)
            }
            if let value = try node.optional("min_agencies") {
                settings.regional.minimumAgencies = try whole(value, in: 2...100_000)
            }
            if let value = try node.optional("min_supplier_awards") {
                settings.regional.minimumSupplierAwards = try whole(value, in: 1...100_000)
            }
            settings.regional.source = try node.optionalText("source")
        }
        if let node = try root.optional("gifts") {
            try node.allowOnly(["window_days"])
            if let value = try node.optional("window_days") {
                settings.gifts.windowDays = try whole(value, in: 0...3_650)
            }
        }
        if let node = try root.optional("buyers") {
            settings.buyers = try node.items().map { item in
                try item.allowOnly(["egp", "unit"])
                return BuyerMapping(egp: try item.text("egp"), unit: try item.text("unit"))
            }
        }
        return settings
    }

    private static func whole(_ node: ConfigNode, in range: ClosedRange<Int>) throws -> Int {
        let value = try node.integer()
        guard range.contains(value) else {
            throw node.error("must be from \(range.lowerBound) to \(range.upperBound), found \(value)")
        }
        return value
    }

    private static func decimal(_ node: ConfigNode, in range: ClosedRange<Double>) throws -> Double {
        let text = ThaiDigits.toArabic(try node.text())
        guard let value = Double(text), value.isFinite else {
            throw node.error("expected a number such as 0.99, found '\(text)'")
        }
        guard range.contains(value) else {
            throw node.error("must be from \(range.lowerBound) to \(range.upperBound), found \(text)")
        }
        return value
    }

    private static func money(_ node: ConfigNode) throws -> Money {
        let text = try node.text()
        let value: Money
        do { value = try Money.parse(text) } catch let error as MoneyError {
            throw node.error(error.errorDescription ?? "not an amount of baht")
        }
        guard value > .zero else { throw node.error("must be more than 0 baht, found \(text)") }
        return value
    }

    private static func methods(_ node: ConfigNode) throws -> Set<String> {
        var keys = Set<String>()
        for key in try node.texts() {
            guard ProcurementMethod(key: key) != nil, !key.hasPrefix("other:") else {
                throw node.error(unknownMethod(key))
            }
            keys.insert(key)
        }
        return keys
    }

    /// A list of methods, or the word `competitive` for ``competitiveMethods``.
    private static func methodsOrCompetitive(_ node: ConfigNode) throws -> Set<String>? {
        if (try? node.text()) == "competitive" { return nil }
        return try methods(node)
    }

    /// Every method key a setting may name.
    static var allMethodKeys: [String] {
        let bases = ProcurementMethod.SelectionBasis.allCases.compactMap { basis in
            ProcurementMethod.consulting(basis).key.split(separator: "/").last.map(String.init)
        }
        return ["e-bidding", "e-market", "specific", "selection", "price-inquiry"]
            + bases.map { "consulting/\($0)" } + bases.map { "design/\($0)" }
    }

    private static func unknownMethod(_ key: String) -> String {
        "'\(key)' is not a method key; use e-bidding, e-market, specific, selection, price-inquiry, "
            + "consulting/<basis> or design/<basis> with basis open-invitation, selection, specific, design-contest"
    }
}
