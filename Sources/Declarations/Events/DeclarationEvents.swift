import EventStore
import Foundation
import Sujarit

/// A declaration of interests was signed: "no interest", or the interests listed.
///
/// Carries the declarant's department at signing, since Oversight compares it with the buying department
/// of procurements long after people have moved on.
public struct DeclarationSigned: DomainEvent, Hashable {
    public static let eventType = "DeclarationSigned"

    /// The declaration's id, e.g. `67119000333-inspection-member-surachai`.
    public var declarationID: String
    /// The staff id of the person who signed.
    public var declarant: String
    /// The declarant's department code on the day of signing.
    public var department: String
    /// Annual (fiscal year) or per procurement (project and role).
    public var subject: DeclarationSubject
    /// The day the form was signed.
    public var signedOn: CalendarDate
    /// The interests declared; empty means "no interest" (ไม่มีส่วนได้เสีย).
    public var interests: [DeclaredInterest]
    /// A remark written on the form.
    public var note: String?

    public init(
        declarationID: String, declarant: String, department: String, subject: DeclarationSubject,
        signedOn: CalendarDate, interests: [DeclaredInterest], note: String? = nil
    ) {
        self.declarationID = declarationID
        self.declarant = declarant
        self.department = department
        self.subject = subject
        self.signedOn = signedOn
        self.interests = interests
        self.note = note
    }
}

/// A signed declaration was amended: its interests are now the ones listed. The earlier version stays
/// in the stream, so the history shows what was declared when.
public struct DeclarationAmended: DomainEvent, Hashable {
    public static let eventType = "DeclarationAmended"

    /// The declaration amended.
    public var declarationID: String
    /// The day the amendment was signed.
    public var amendedOn: CalendarDate
    /// The interests as they now stand (the full list, not a difference); empty means "no interest".
    public var interests: [DeclaredInterest]
    /// Why it changed, in the declarant's words.
    public var reason: String

    public init(declarationID: String, amendedOn: CalendarDate, interests: [DeclaredInterest], reason: String) {
        self.declarationID = declarationID
        self.amendedOn = amendedOn
        self.interests = interests
        self.reason = reason
    }
}

/// A declaration was withdrawn (signed in error, wrong project). It no longer counts as a declaration,
/// but it and its history stay in the log.
public struct DeclarationWithdrawn: DomainEvent, Hashable {
    public static let eventType = "DeclarationWithdrawn"

    /// The declaration withdrawn.
    public var declarationID: String
    /// The day it was withdrawn.
    public var withdrawnOn: CalendarDate
    /// Why, for the audit trail.
    public var reason: String

    public init(declarationID: String, withdrawnOn: CalendarDate, reason: String) {
        self.declarationID = declarationID
        self.withdrawnOn = withdrawnOn
        self.reason = reason
    }
}

/// A declaration's signing day was recorded wrongly and is corrected: from now on the declaration counts
/// as signed on `signedOn`. The signature event keeps the day first recorded, so the history shows both.
///
/// Schema version 1 (``DomainEvent/schemaVersion``).
public struct DeclarationDateCorrected: DomainEvent, Hashable {
    public static let eventType = "DeclarationDateCorrected"
    public static let schemaVersion = 1

    /// The declaration corrected.
    public var declarationID: String
    /// The signing day as it stood before this correction (the recorded one, or an earlier correction's).
    public var previousSignedOn: CalendarDate
    /// The day the form was really signed.
    public var signedOn: CalendarDate
    /// Why, for the audit trail (e.g. "พิมพ์วันที่ผิด แบบลงนาม 1 ต.ค. 67").
    public var reason: String

    public init(declarationID: String, previousSignedOn: CalendarDate, signedOn: CalendarDate, reason: String) {
        self.declarationID = declarationID
        self.previousSignedOn = previousSignedOn
        self.signedOn = signedOn
        self.reason = reason
    }
}

/// The declarant stood down from their role in a procurement because they declared an interest in it.
///
/// Recorded with the declaration (or the amendment) that declared the interest, in the same append.
public struct RecusalRecorded: DomainEvent, Hashable {
    public static let eventType = "RecusalRecorded"

    /// The declaration that declared the interest.
    public var declarationID: String
    /// The staff id of the person who stands down.
    public var declarant: String
    /// The procurement.
    public var project: EGPProjectID
    /// The role stood down from.
    public var role: ProcurementRole
    /// The parties the declarant is tied to.
    public var parties: [PartyReference]
    /// The day of the declaration that caused it.
    public var recordedOn: CalendarDate

    public init(
        declarationID: String, declarant: String, project: EGPProjectID, role: ProcurementRole,
        parties: [PartyReference], recordedOn: CalendarDate
    ) {
        self.declarationID = declarationID
        self.declarant = declarant
        self.project = project
        self.role = role
        self.parties = parties
        self.recordedOn = recordedOn
    }
}

/// One person's seat on a procurement: who, in which role.
public struct CommitteeSeat: Sendable, Hashable, Codable, Comparable {
    /// The staff id.
    /// The staff id.
    public var staffID: String
    /// The role in the project.
    public var role: ProcurementRole

    public init(staffID: String, role: ProcurementRole) {
        self.staffID = staffID
        self.role = role
    }

    /// Reads `surachai:inspection-chair`.
    /// - throws: ``DeclarationsError/malformedSeat(_:)`` or ``DeclarationsError/unknownRole(_:)``.
    public init(parsing text: String) throws {
        let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw DeclarationsError.malformedSeat(text)
        }
        self.init(staffID: parts[0], role: try ProcurementRole(parsing: parts[1]))
    }

    public static func < (lhs: CommitteeSeat, rhs: CommitteeSeat) -> Bool {
        (lhs.role, lhs.staffID) < (rhs.role, rhs.staffID)
    }
}

/// Who sits on a procurement's committees and in which role, as appointed. A later event replaces the
/// whole list (a member replaced, a committee added); the earlier lists stay in the stream.
public struct CommitteeRecorded: DomainEvent, Hashable {
    public static let eventType = "CommitteeRecorded"

    /// The procurement.
    public var project: EGPProjectID
    /// Every seat, sorted by role then person.
    public var seats: [CommitteeSeat]
    /// The date of the appointment order, when known.
    public var appointedOn: CalendarDate?
    /// The appointment order's reference (คำสั่งที่ …), when known.
    public var order: String?

    public init(project: EGPProjectID, seats: [CommitteeSeat], appointedOn: CalendarDate? = nil, order: String? = nil) {
        self.project = project
        self.seats = seats
        self.appointedOn = appointedOn
        self.order = order
    }
}

/// The streams of this register.
public enum DeclarationStreams {
    /// `coi/<token>`: one declaration's history, addressed by the keyed token of its id
    /// (``StreamTokenKey/token(for:)``), so the stored address names neither the declarant nor the project;
    /// the payloads (shown to reviewers only) carry the id.
    public static func declaration(_ id: String, key: StreamTokenKey) throws -> StreamID {
        try StreamID(category: "coi", id: key.token(for: id))
    }
    /// `coi/<declaration id>`: where a store written before opaque streams keeps a declaration. Such streams
    /// are read, amended and withdrawn (their events are in the hash chain and can never be rewritten);
    /// no new one is ever created.
    public static func legacyDeclaration(_ id: String) throws -> StreamID { try StreamID(category: "coi", id: id) }
    /// `committee/<project>`: a project's committee lists.
    public static func committee(_ project: EGPProjectID) throws -> StreamID {
        try StreamID(category: "committee", id: project.rawValue)
    }
}
