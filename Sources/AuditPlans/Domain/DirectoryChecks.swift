import Agency
import Sujarit

extension AgencyDirectory {
    /// The staff member `id` for `field`, checked to hold `role` (when given) and to serve on `day` (when given).
    func require(
        _ id: String, field: String, role: Role? = nil, servingOn day: CalendarDate? = nil
    ) throws -> StaffMember {
        guard let member = member(id) else { throw AuditPlansError.unknownStaff(field: field, id) }
        if let role, !member.has(role) { throw AuditPlansError.missingRole(field: field, id, role: role.rawValue) }
        if let day, !member.isServing(on: day) { throw AuditPlansError.notServing(field: field, id, on: day) }
        return member
    }

    /// Checks a department code for `field`.
    func requireDepartment(_ code: String, field: String) throws {
        guard department(code) != nil else {
            throw AuditPlansError.unknownDepartment(field: field, code, known: departments.map(\.code))
        }
    }
}

/// Checks shared by the deciders.
enum Check {
    /// The text trimmed, or an error naming `field` when nothing is left.
    static func text(_ value: String, field: String) throws -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw AuditPlansError.emptyField(field) }
        return trimmed
    }

    /// The optional text trimmed, nil when absent or blank.
    static func optionalText(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// Refuses a day after `today`.
    static func notFuture(_ day: CalendarDate, field: String, today: CalendarDate) throws {
        if day > today { throw AuditPlansError.dateInFuture(field: field, day, today: today) }
    }

    /// Refuses person-days of 0 or less.
    static func positive(_ value: Int, field: String) throws {
        if value <= 0 { throw AuditPlansError.notPositive(field: field, value) }
    }
}
