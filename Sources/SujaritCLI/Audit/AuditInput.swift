import Agency
import ArgumentParser
import AuditPlans
import EventStore
import Foundation
import Oversight
import Presentation
import Sujarit

/// Parsing option values for the audit commands, and running them with clear errors.
enum AuditInput {
    /// A period from `--period`.
    static func period(_ text: String?) throws -> AuditPeriod? {
        guard let text else { return nil }
        guard let period = AuditPeriod(text: text) else { throw AuditPlansError.invalidPeriod(field: "--period", text) }
        return period
    }

    /// A whole number of person-days, Thai digits accepted.
    static func personDays(_ text: String?, option: String) throws -> Int? {
        guard let text else { return nil }
        guard let value = Int(ThaiDigits.toArabic(text).trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError("\(option) '\(text)' is not a whole number of person-days, e.g. 20 or ๒๐.")
        }
        return value
    }

    /// The service on the store, ranking with the risk register's levels and the open red flags beside the
    /// universe's own.
    static func service(_ store: any EventStore) -> AuditPlanService {
        AuditPlanService(store: store, riskSource: AgencyAuditRiskSource(store: store))
    }

    /// Runs a command body; a domain or file error is printed as its message on standard error and the
    /// command exits 1 (argument errors keep ArgumentParser's usage text).
    static func run(_ body: () async throws -> Void) async throws {
        try await CommandFailure.report(body)
    }

    /// A person as a table shows them: the name for people, the id for scripts.
    static func person(_ id: String?, _ directory: AgencyDirectory, _ format: OutputFormat) -> String {
        guard let id else { return "-" }
        guard format == .table || format == .markdown else { return id }
        return directory.member(id)?.name ?? id
    }

    /// The agency's name for document headings, when the store records one.
    static func agencyName(_ store: any EventStore) async throws -> String? {
        try await AgencyProfile.load(from: store)?.agencyName
    }
}
