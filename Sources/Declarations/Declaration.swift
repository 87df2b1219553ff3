import Agency
import EventStore
import Foundation
import Sujarit

/// A declaration as its stream tells it: what was signed, every amendment, a withdrawal, recusals.
///
/// The value is folded from events and decides on commands with pure functions: each `decide…` validates
/// against the current state, the directory and today's date, and returns the events to append or throws.
public struct Declaration: Sendable, Hashable {
    /// The declaration's id.
    public var id: String
    /// The declarant's staff id.
    public var declarant: String
    /// The declarant's department when signing.
    public var department: String
    /// What it covers.
    public var subject: DeclarationSubject
    /// When it was signed: the day first recorded, or the last ``DeclarationDateCorrected``'s day. Every
    /// rule that asks when the declaration was made reads this.
    public var signedOn: CalendarDate
    /// The interests as they now stand; empty for "no interest".
    public var interests: [DeclaredInterest]
    /// The remark on the form.
    public var note: String?
    /// Every amendment, oldest first.
    public var amendments: [DeclarationAmended] = []
    /// Every correction of the signing day, oldest first (the first one's `previousSignedOn` is the day
    /// first recorded).
    public var dateCorrections: [DeclarationDateCorrected] = []
    /// The withdrawal, if any.
    public var withdrawal: DeclarationWithdrawn?
    /// Recusals recorded because of this declaration.
    public var recusals: [RecusalRecorded] = []
    /// The stream's version after the last event folded in.
    public var version: Int = 0
    /// Each event with who recorded it and when, for `coi show`.
    public var history: [HistoryEntry] = []

    /// One line of the declaration's history.
    public struct HistoryEntry: Sendable, Hashable {
        public var eventType: String
        public var day: CalendarDate
        public var actor: String
        public var recordedAt: Date
        public var reason: String?
    }

    /// Whether it still counts (not withdrawn).
    public var isActive: Bool { withdrawal == nil }

    /// Whether "no interest" is what it now says.
    public var declaresNoInterest: Bool { interests.isEmpty }

    /// The declaration from its stream's events; nil for an empty stream.
    public static func fold(_ events: [RecordedEvent]) throws -> Declaration? {
        var declaration: Declaration?
        for event in events {
            switch event.type {
            case DeclarationSigned.eventType:
                let signed = try event.decode(DeclarationSigned.self)
                declaration = Declaration(
                    id: signed.declarationID, declarant: signed.declarant, department: signed.department,
                    subject: signed.subject, signedOn: signed.signedOn, interests: signed.interests, note: signed.note
                )
                declaration?.history.append(
                    HistoryEntry(
                        eventType: event.type, day: signed.signedOn, actor: event.actor, recordedAt: event.recordedAt))
            case DeclarationAmended.eventType:
                let amended = try event.decode(DeclarationAmended.self)
                declaration?.interests = amended.interests
                declaration?.amendments.append(amended)
                declaration?.history.append(
                    HistoryEntry(
                        eventType: event.type, day: amended.amendedOn, actor: event.actor, recordedAt: event.recordedAt,
                        reason: amended.reason))
            case DeclarationWithdrawn.eventType:
                let withdrawn = try event.decode(DeclarationWithdrawn.self)
                declaration?.withdrawal = withdrawn
                declaration?.history.append(
                    HistoryEntry(
                        eventType: event.type, day: withdrawn.withdrawnOn, actor: event.actor,
                        recordedAt: event.recordedAt, reason: withdrawn.reason))
            case DeclarationDateCorrected.eventType:
                let corrected = try event.decode(DeclarationDateCorrected.self)
                declaration?.signedOn = corrected.signedOn
                declaration?.dateCorrections.append(corrected)
                declaration?.history.append(
                    HistoryEntry(
                        eventType: event.type, day: corrected.signedOn, actor: event.actor,
                        recordedAt: event.recordedAt,
                        reason:
                            """
                            \(corrected.previousSignedOn.formatted(.thaiMedium)) → \
                            \(corrected.signedOn.formatted(.thaiMedium)): \(corrected.reason)
                            """
                    ))
            case RecusalRecorded.eventType:
                let recusal = try event.decode(RecusalRecorded.self)
                declaration?.recusals.append(recusal)
                declaration?.history.append(
                    HistoryEntry(
                        eventType: event.type, day: recusal.recordedOn, actor: event.actor, recordedAt: event.recordedAt
                    ))
            default:
                continue
            }
            declaration?.version = event.streamVersion
        }
        return declaration
    }

    // MARK: Deciding

    /// A request to sign a new declaration.
    public struct Signing: Sendable, Hashable {
        public var declarant: String
        public var subject: DeclarationSubject
        public var signedOn: CalendarDate
        public var interests: [DeclaredInterest]
        /// Whether the form says "no interest"; must be true exactly when `interests` is empty.
        public var noInterest: Bool
        public var note: String?

        public init(
            declarant: String, subject: DeclarationSubject, signedOn: CalendarDate, interests: [DeclaredInterest],
            noInterest: Bool, note: String? = nil
        ) {
            self.declarant = declarant
            self.subject = subject
            self.signedOn = signedOn
            self.interests = interests
            self.noInterest = noInterest
            self.note = note
        }
    }

    /// The events that sign a new declaration: the signature and, for a procurement with an interest, the recusal.
    ///
    /// - throws: ``DeclarationsError`` for an unknown declarant, a date in the future or outside their
    ///   service, "no interest" together with (or without any) interests, or an invalid interest.
    public static func decide(
        _ signing: Signing, directory: AgencyDirectory, today: CalendarDate
    ) throws -> [DeclarationEvent] {
        guard let person = directory.member(signing.declarant) else {
            throw DeclarationsError.unknownPerson(signing.declarant)
        }
        try checkDay(signing.signedOn, field: "--on (signed)", person: person, today: today)
        try checkInterests(signing.interests, noInterest: signing.noInterest)
        let id = signing.subject.declarationID(declarant: person.id)
        var events: [DeclarationEvent] = [
            .signed(
                DeclarationSigned(
                    declarationID: id, declarant: person.id, department: person.department, subject: signing.subject,
                    signedOn: signing.signedOn, interests: signing.interests, note: signing.note
                ))
        ]
        if let recusal = recusal(
            id: id, declarant: person.id, subject: signing.subject, interests: signing.interests, on: signing.signedOn)
        {
            events.append(.recused(recusal))
        }
        return events
    }

    /// The events that amend this declaration so that it lists `interests` (empty with `noInterest`).
    ///
    /// A procurement declaration that gains its first interest also records the recusal.
    public func decideAmendment(
        interests: [DeclaredInterest], noInterest: Bool, on day: CalendarDate, reason: String,
        directory: AgencyDirectory, today: CalendarDate
    ) throws -> [DeclarationEvent] {
        try checkChangeable(on: day, field: "--on (amended)", directory: directory, today: today)
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw DeclarationsError.reasonMissing("coi amend") }
        try Self.checkInterests(interests, noInterest: noInterest)
        guard interests != self.interests else { throw DeclarationsError.unchangedAmendment(id) }
        var events: [DeclarationEvent] = [
            .amended(DeclarationAmended(declarationID: id, amendedOn: day, interests: interests, reason: reason))
        ]
        if recusals.isEmpty,
            let recusal = Self.recusal(id: id, declarant: declarant, subject: subject, interests: interests, on: day)
        {
            events.append(.recused(recusal))
        }
        return events
    }

    /// The event that withdraws this declaration.
    public func decideWithdrawal(
        on day: CalendarDate, reason: String, directory: AgencyDirectory, today: CalendarDate
    ) throws -> DeclarationEvent {
        try checkChangeable(on: day, field: "--on (withdrawn)", directory: directory, today: today)
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw DeclarationsError.reasonMissing("coi withdraw") }
        return .withdrawn(DeclarationWithdrawn(declarationID: id, withdrawnOn: day, reason: reason))
    }

    /// The event that corrects the day this declaration was signed to `day`.
    ///
    /// - throws: ``DeclarationsError`` when the reason is empty, `day` is the day already recorded, in the
    ///   future or outside the declarant's service, after a later change of the declaration (an amendment
    ///   or withdrawal cannot precede the signature), or the declaration was withdrawn.
    public func decideDateCorrection(
        to day: CalendarDate, reason: String, directory: AgencyDirectory, today: CalendarDate
    ) throws -> DeclarationEvent {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw DeclarationsError.reasonMissing("coi correct") }
        if let withdrawal { throw DeclarationsError.withdrawn(id, on: withdrawal.withdrawnOn) }
        guard day != signedOn else { throw DeclarationsError.unchangedSigningDay(id: id, day) }
        guard let person = directory.member(declarant) else { throw DeclarationsError.unknownPerson(declarant) }
        try Self.checkDay(day, field: "--on (signed, corrected)", person: person, today: today)
        if let first = amendments.map(\.amendedOn).min(), day > first {
            throw DeclarationsError.correctionAfterAmendment(id: id, day, amended: first)
        }
        return .dateCorrected(
            DeclarationDateCorrected(declarationID: id, previousSignedOn: signedOn, signedOn: day, reason: reason))
    }

    private func checkChangeable(
        on day: CalendarDate, field: String, directory: AgencyDirectory, today: CalendarDate
    ) throws {
        if let withdrawal { throw DeclarationsError.withdrawn(id, on: withdrawal.withdrawnOn) }
        guard let person = directory.member(declarant) else { throw DeclarationsError.unknownPerson(declarant) }
        guard day >= signedOn else {
            throw DeclarationsError.beforeSigning(id: id, field: field, day, signed: signedOn)
        }
        try Self.checkDay(day, field: field, person: person, today: today)
    }

    /// Refuses a day in the future or outside the person's service.
    static func checkDay(_ day: CalendarDate, field: String, person: StaffMember, today: CalendarDate) throws {
        if day > today { throw DeclarationsError.dateInFuture(field: field, day, today: today) }
        if let since = person.since, day < since {
            throw DeclarationsError.beforeService(
                person: "\(person.name) (\(person.id))", field: field, day, since: since)
        }
        if let until = person.until, day > until {
            throw DeclarationsError.afterService(
                person: "\(person.name) (\(person.id))", field: field, day, until: until)
        }
    }

    static func checkInterests(_ interests: [DeclaredInterest], noInterest: Bool) throws {
        guard noInterest == interests.isEmpty else {
            throw DeclarationsError.noInterestConflict(interests: interests.count)
        }
        for (index, interest) in interests.enumerated() { try interest.validate(position: index + 1) }
    }

    static func recusal(
        id: String, declarant: String, subject: DeclarationSubject, interests: [DeclaredInterest], on day: CalendarDate
    ) -> RecusalRecorded? {
        guard subject.kind == .procurement, let project = subject.project, let role = subject.role, !interests.isEmpty
        else { return nil }
        return RecusalRecorded(
            declarationID: id, declarant: declarant, project: project, role: role,
            parties: interests.compactMap(\.party), recordedOn: day
        )
    }
}

/// The events this register appends to a declaration's stream, typed.
public enum DeclarationEvent: Sendable, Hashable {
    case signed(DeclarationSigned)
    case amended(DeclarationAmended)
    case withdrawn(DeclarationWithdrawn)
    case recused(RecusalRecorded)
    case dateCorrected(DeclarationDateCorrected)

    /// The event ready to append, dated at the start of its civil day in Bangkok.
    public func proposed(actor: String) throws -> ProposedEvent {
        switch self {
        case .signed(let event): try ProposedEvent(event, occurredAt: event.signedOn.startOfDay, actor: actor)
        case .amended(let event): try ProposedEvent(event, occurredAt: event.amendedOn.startOfDay, actor: actor)
        case .withdrawn(let event): try ProposedEvent(event, occurredAt: event.withdrawnOn.startOfDay, actor: actor)
        case .recused(let event): try ProposedEvent(event, occurredAt: event.recordedOn.startOfDay, actor: actor)
        case .dateCorrected(let event): try ProposedEvent(event, occurredAt: event.signedOn.startOfDay, actor: actor)
        }
    }
}
