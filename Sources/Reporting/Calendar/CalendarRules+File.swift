import Agency
import Foundation
import Sujarit

extension CalendarRules {
    /// Reads `Registers/calendar.yaml`. Errors name the file, line and field, and what is accepted.
    public static func load(_ path: String) throws -> CalendarRules {
        let root = try ConfigNode.load(path)
        try root.allowOnly(["version", "source", "look_ahead_days", "reports", "annual_declaration", "ita", "letters"])
        let reports = try root.optional("reports")?.items().map(reportDeadline) ?? []
        var keys = Set<String>()
        for (index, report) in reports.enumerated() where !keys.insert(report.key).inserted {
            throw try root.required("reports").items()[index].error("the key '\(report.key)' is used twice")
        }
        let annual = try root.optional("annual_declaration").map { node -> AnnualDeclaration in
            try node.allowOnly(["due", "look_ahead_days", "source"])
            return AnnualDeclaration(
                due: try yearDay(node.required("due")), lookAheadDays: try days(node.optional("look_ahead_days")),
                source: try node.text("source"))
        }
        var owner = OwnerRule.role(.auditor)
        var itaDays: Int?
        var windows: [FiscalYear: [DueWindow]] = [:]
        if let ita = try root.optional("ita") {
            try ita.allowOnly(["owner", "look_ahead_days", "years"])
            if let node = try ita.optional("owner") { owner = try ownerRule(node) }
            itaDays = try days(ita.optional("look_ahead_days"))
            for year in try ita.optional("years")?.items() ?? [] {
                let (fiscalYear, list) = try itaYear(year)
                guard windows[fiscalYear] == nil else {
                    throw year.error("fiscal year \(fiscalYear.be) is listed twice; keep one entry per year")
                }
                windows[fiscalYear] = list
            }
        }
        let letters = try root.optional("letters")
        try letters?.allowOnly(["unit", "signer"])
        return CalendarRules(
            version: try root.required("version").integer(), source: try root.text("source"),
            lookAheadDays: try days(root.optional("look_ahead_days")) ?? 30, reports: reports,
            annualDeclaration: annual, itaOwner: owner, itaLookAheadDays: itaDays, itaWindows: windows,
            letterUnit: try letters?.optionalText("unit"),
            letterSigner: try letters?.optional("signer").map(ownerRule) ?? .role(.auditor))
    }

    /// The calendar in force: `calendar.yaml` in `registers` (the registers folder).
    ///
    /// - throws: ``DueCalendarError/noCalendar(_:)`` when there is none: the days are the agency's and the
    ///   NACC's, so there is no built-in calendar.
    public static func resolve(registers: String) throws -> CalendarRules {
        let path = (registers as NSString).appendingPathComponent("calendar.yaml")
        guard FileManager.default.fileExists(atPath: path) else { throw DueCalendarError.noCalendar(path) }
        return try load(path)
    }

    private static func reportDeadline(_ node: ConfigNode) throws -> ReportDeadline {
        try node.allowOnly(["key", "round", "purpose", "th", "en", "due", "owner", "look_ahead_days", "source"])
        let roundNode = try node.required("round")
        guard let round = ReportingRound(argument: try roundNode.text()) else {
            throw roundNode.error("'\(try roundNode.text())' is not a round; write 6m or 12m")
        }
        return ReportDeadline(
            key: try node.text("key"), round: round, purpose: try node.optionalText("purpose"),
            title: LocalizedLabel(th: try node.text("th"), en: try node.text("en")),
            due: try yearDay(node.required("due")), owner: try ownerRule(node.required("owner")),
            lookAheadDays: try days(node.optional("look_ahead_days")), source: try node.text("source"))
    }

    private static func yearDay(_ node: ConfigNode) throws -> YearDay {
        try node.allowOnly(["month", "day", "year"])
        let month = try node.required("month").integer()
        let day = try node.required("day").integer()
        guard (1...12).contains(month) else { throw node.error("month \(month) is not 1–12") }
        guard (1...31).contains(day) else { throw node.error("day \(day) is not 1–31") }
        let year = try node.optionalText("year") ?? "fiscal"
        guard ["fiscal", "next"].contains(year) else {
            throw node.error(
                "year '\(year)' is not known; write fiscal (the fiscal year itself) or next (the year after)")
        }
        return YearDay(month: month, day: day, nextYear: year == "next")
    }

    private static func ownerRule(_ node: ConfigNode) throws -> OwnerRule {
        try node.allowOnly(["staff", "role", "unit"])
        if let staff = try node.optionalText("staff") { return .staff(staff) }
        if let unit = try node.optionalText("unit") { return .unit(unit) }
        guard let roleNode = try node.optional("role") else {
            throw node.error("name who answers for it: { role: auditor }, { staff: ID } or { unit: NAME }")
        }
        guard let role = Role(rawValue: try roleNode.text()) else {
            throw roleNode.error(
                "'\(try roleNode.text())' is not a directory role; write one of "
                    + Role.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return .role(role)
    }

    private static func days(_ node: ConfigNode?) throws -> Int? {
        guard let node else { return nil }
        let value = try node.integer()
        guard (0...366).contains(value) else { throw node.error("\(value) days is not 0–366") }
        return value
    }

    private static func itaYear(_ node: ConfigNode) throws -> (FiscalYear, [DueWindow]) {
        try node.allowOnly(["fiscal_year", "source", "confirmed", "windows"])
        let yearNode = try node.required("fiscal_year")
        let year = FiscalYear(be: try yearNode.integer())
        let source = try node.text("source")
        let confirmed = try node.optionalText("confirmed").map { $0 == "true" } ?? false
        let windows = try node.required("windows").items().map { window -> DueWindow in
            try window.allowOnly(["key", "th", "en", "from", "to", "confirmed"])
            let from = try window.required("from").date(), to = try window.required("to").date()
            guard from <= to else { throw window.error("'from' is after 'to'") }
            guard year.contains(from), year.contains(to) else {
                throw window.error("the window is not inside fiscal year \(year.be) (\(year.start) – \(year.end))")
            }
            return DueWindow(
                key: try window.text("key"),
                title: LocalizedLabel(th: try window.text("th"), en: try window.text("en")),
                from: from, to: to, confirmed: try window.optionalText("confirmed").map { $0 == "true" } ?? confirmed,
                source: source)
        }
        return (year, windows)
    }
}
