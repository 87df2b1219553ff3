import Agency
import Foundation
import Sujarit

/// One dimension (มิติ) of a local government's anti-corruption plan, e.g. `2` การบริหารราชการเพื่อป้องกันการทุจริต.
///
/// A measure records the code and the Thai title together, so its plan prints the same after the
/// dimensions file (`Registers/plan-dimensions.yaml`) is edited.
public struct PlanDimension: Sendable, Hashable, Codable {
    /// The short code commands use (`1`–`4` in the shipped file).
    public var code: String
    /// The dimension's Thai title, without "มิติที่".
    public var title: String

    public init(code: String, title: String) {
        self.code = code
        self.title = title
    }
}

/// A measure's budget for one fiscal year of the plan (งบประมาณ ปี พ.ศ. 2569), in baht and satang.
public struct YearBudget: Sendable, Hashable, Codable {
    public var fiscalYear: FiscalYear
    /// Zero or more; a project without money of its own is planned with 0.
    public var amount: Money

    public init(fiscalYear: FiscalYear, amount: Money) {
        self.fiscalYear = fiscalYear
        self.amount = amount
    }

    /// Reads `2569:50,000` (BE year, a colon, an amount as ``Money/parse(_:)`` reads it; Thai digits
    /// accepted). `option` names where the text came from, for the message.
    /// - throws: ``MeasurePlanError`` when the year or the amount cannot be read, or the amount is negative.
    public static func parse(_ text: String, option: String = "--budget") throws -> YearBudget {
        let parts = text.split(separator: ":", maxSplits: 1).map { String($0) }
        guard parts.count == 2 else {
            throw MeasurePlanError.unreadableBudget(
                text, option: option, problem: "no ':' between the year and the amount")
        }
        let year: FiscalYear
        do { year = try FiscalYear.parse(parts[0]) } catch {
            throw MeasurePlanError.unreadableBudget(
                text, option: option, problem: "'\(parts[0])' is not a fiscal year (\(error.localizedDescription))")
        }
        let amount: Money
        do { amount = try Money.parse(parts[1]) } catch {
            throw MeasurePlanError.unreadableBudget(
                text, option: option, problem: "'\(parts[1])' is not an amount (\(error.localizedDescription))")
        }
        return YearBudget(fiscalYear: year, amount: amount)
    }

    /// Checks a measure's budgets: no negative amount, each fiscal year once, and a total that fits ``Money``.
    /// - throws: ``MeasurePlanError`` naming the year and amount at fault.
    public static func check(_ budgets: [YearBudget], of measure: String) throws {
        var seen = Set<FiscalYear>()
        for budget in budgets {
            guard !budget.amount.isNegative else {
                throw MeasurePlanError.negativeBudget(
                    measure: measure, year: budget.fiscalYear.be, amount: budget.amount.formatted())
            }
            guard seen.insert(budget.fiscalYear).inserted else {
                throw MeasurePlanError.duplicateBudgetYear(measure: measure, year: budget.fiscalYear.be)
            }
        }
        _ = try budgets.map(\.amount).total(of: "the budgets of \(measure)")
    }
}

/// The dimensions a plan is grouped by, in order, with the source that sets them.
///
/// Read from `Registers/plan-dimensions.yaml`; ``shipped`` holds the same four when no file is found.
public struct PlanDimensions: Sendable, Hashable {
    /// The regulation or guideline the list follows.
    public var source: String
    public var dimensions: [PlanDimension]

    public init(source: String, dimensions: [PlanDimension]) {
        self.source = source
        self.dimensions = dimensions
    }

    /// The four dimensions of the NACC guideline for local governments' plans, as the shipped file lists them.
    public static let shipped = PlanDimensions(
        source: "สำนักงาน ป.ป.ช., แนวทางการจัดทำแผนปฏิบัติการป้องกันการทุจริตขององค์กรปกครองส่วนท้องถิ่น, มิติที่ 1–4",
        dimensions: [
            PlanDimension(code: "1", title: "การสร้างสังคมที่ไม่ทนต่อการทุจริต"),
            PlanDimension(code: "2", title: "การบริหารราชการเพื่อป้องกันการทุจริต"),
            PlanDimension(code: "3", title: "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน"),
            PlanDimension(code: "4", title: "การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการ"),
        ]
    )

    /// Reads and validates a dimensions file (`source`, and `dimensions` of `code` and `th`).
    /// - throws: ``ConfigurationError`` naming the file, line and field (unknown fields, duplicate codes, an empty list).
    public static func load(_ path: String) throws -> PlanDimensions {
        let root = try ConfigNode.load(path)
        try root.allowOnly(["source", "dimensions"])
        var dimensions: [PlanDimension] = []
        for node in try root.required("dimensions").items() {
            try node.allowOnly(["code", "th"])
            let codeNode = try node.required("code")
            let code = ThaiDigits.toArabic(try codeNode.text())
            guard !dimensions.contains(where: { $0.code == code }) else {
                throw codeNode.error("the dimension code '\(code)' appears twice")
            }
            dimensions.append(PlanDimension(code: code, title: try node.text("th")))
        }
        guard !dimensions.isEmpty else { throw root.error("the list of dimensions is empty") }
        return PlanDimensions(source: try root.text("source"), dimensions: dimensions)
    }

    /// The dimensions in `plan-dimensions.yaml` of the `registers` folder when it has one, else ``shipped``.
    /// A file that exists but cannot be read is an error, never silently replaced.
    public static func resolve(registers: String?) throws -> PlanDimensions {
        guard let registers else { return shipped }
        let path = (registers as NSString).appendingPathComponent("plan-dimensions.yaml")
        guard FileManager.default.fileExists(atPath: path) else { return shipped }
        return try load(path)
    }

    /// The dimension with `code` (Thai digits accepted, "มิติที่" or "มิติ" before it ignored).
    /// - throws: ``MeasurePlanError/unknownDimension(_:known:source:)`` listing the codes.
    public func dimension(_ code: String) throws -> PlanDimension {
        var wanted = ThaiDigits.toArabic(code).trimmingCharacters(in: .whitespaces)
        for prefix in ["มิติที่", "มิติ"] where wanted.hasPrefix(prefix) {
            wanted = String(wanted.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        guard let found = dimensions.first(where: { $0.code == wanted }) else {
            throw MeasurePlanError.unknownDimension(
                code, known: dimensions.map { "\($0.code) \($0.title)" }, source: source)
        }
        return found
    }
}

/// Why a measure's dimension or budget was refused; nothing was written.
public enum MeasurePlanError: Error, LocalizedError, Equatable, Sendable {
    case unknownDimension(String, known: [String], source: String)
    case unreadableBudget(String, option: String, problem: String)
    case negativeBudget(measure: String, year: Int, amount: String)
    case duplicateBudgetYear(measure: String, year: Int)
    case nothingToAmend(measure: String)

    public var errorDescription: String? {
        switch self {
        case let .unknownDimension(code, known, source):
            """
            The plan dimension '\(code)' is not one of the plan's dimensions: \(known.joined(separator: "; ")) \
            (\(source)). Give one of these codes, or add the dimension to Registers/plan-dimensions.yaml.
            """
        case let .unreadableBudget(text, option, problem):
            """
            \(option) '\(text)' cannot be read: \(problem). Write the fiscal year (BE), a colon and the amount, \
            e.g. 2569:50,000.
            """
        case let .negativeBudget(measure, year, amount):
            """
            The budget of \(measure) for fiscal year \(year) is \(amount) baht; a budget cannot be negative. Give \
            0 for a year without money, or the amount planned.
            """
        case let .duplicateBudgetYear(measure, year):
            """
            The budget of \(measure) for fiscal year \(year) is given twice. Give each year once (amend replaces \
            the whole list of years).
            """
        case let .nothingToAmend(measure):
            "Nothing to amend on \(measure): give --dimension, --budget or --no-dimension."
        }
    }
}
