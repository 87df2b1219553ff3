import Agency
import EventStore
import Foundation
import Sujarit

/// Carries out declaration and committee commands against a store: loads the stream, lets the aggregate
/// decide, and appends with the version it read, so two clerks changing one declaration at once get a
/// conflict instead of overwriting each other.
public struct DeclarationService: Sendable {
    let store: any EventStore

    /// - parameter store: The store to read and append to. Who acts and "today" (for refusing future dates) come
    ///   with each command's ``CommandContext``.
    public init(store: any EventStore) {
        self.store = store
    }

    /// The declaration with `id`, folded from its stream; nil when there is none.
    ///
    /// Looks in the opaque stream `coi/<token>` and then, for a store written before those, in `coi/<id>`.
    public func declaration(_ id: String) async throws -> Declaration? {
        try await located(id)?.declaration
    }

    /// The declaration `id` with the stream that holds it (opaque, or legacy in an older store).
    func located(_ id: String) async throws -> (declaration: Declaration, stream: StreamID)? {
        var streams: [StreamID] = []
        if let key = try await DeclarationStreamKey.recorded(in: store) {
            streams.append(try DeclarationStreams.declaration(id, key: key))
        }
        streams.append(try DeclarationStreams.legacyDeclaration(id))
        for stream in streams {
            // The payload's id must be the one asked for: a token typed as an id must not reach another
            // declaration's opaque stream through the legacy form.
            if let declaration = try Declaration.fold(try await store.events(in: stream)), declaration.id == id {
                return (declaration, stream)
            }
        }
        return nil
    }

    /// Whether neither the opaque `stream` nor the legacy stream of `id` holds anything yet.
    func isUndeclared(_ id: String, stream: StreamID) async throws -> Bool {
        guard try await store.streamVersion(stream) == 0 else { return false }
        return try await store.streamVersion(DeclarationStreams.legacyDeclaration(id)) == 0
    }

    /// Appends what `decide` builds with the store's key, recording a new key in the same append; when
    /// another command recorded a key first, reads it and decides again.
    func appendWithKey(
        _ context: CommandContext, _ decide: (StreamTokenKey) async throws -> [StreamAppend]
    ) async throws {
        var attempt = 1
        while true {
            let prepared = try await DeclarationStreamKey.prepare(in: store, actor: context.actor, at: context.now)
            let appends = try await decide(prepared.key)
            guard !appends.isEmpty else { return }
            do {
                _ = try await store.append((prepared.creation.map { [$0] } ?? []) + appends)
                return
            } catch let error where attempt < 3 && DeclarationStreamKey.isKeyConflict(error) {
                attempt += 1
            }
        }
    }

    /// The committee recorded for `project`; nil when none was.
    public func committee(_ project: EGPProjectID) async throws -> Committee? {
        try Committee.fold(try await store.events(in: DeclarationStreams.committee(project)))
    }

    /// Signs a new declaration (and records the recusal an interest in a procurement implies).
    /// - throws: ``DeclarationsError/alreadyDeclared(_:)`` when the declarant already declared on this subject.
    @discardableResult
    public func sign(_ signing: Declaration.Signing, context: CommandContext) async throws -> Declaration {
        let directory = try await AgencyDirectory.load(from: store)
        let events = try Declaration.decide(signing, directory: directory, today: context.today)
        let id = signing.subject.declarationID(declarant: signing.declarant)
        try await appendWithKey(context) { key in
            let stream = try DeclarationStreams.declaration(id, key: key)
            guard try await isUndeclared(id, stream: stream) else { throw DeclarationsError.alreadyDeclared(id) }
            let proposed = try events.map { try $0.proposed(actor: context.actor) }
            return [StreamAppend(stream: stream, expectedVersion: .noStream, events: proposed)]
        }
        return try await declaration(id)!
    }

    /// Amends a declaration so that it lists `interests` (or says "no interest").
    @discardableResult
    public func amend(
        _ id: String, interests: [DeclaredInterest], noInterest: Bool, on day: CalendarDate, reason: String,
        context: CommandContext
    ) async throws -> Declaration {
        let (current, stream) = try await existing(id)
        let directory = try await AgencyDirectory.load(from: store)
        let events = try current.decideAmendment(
            interests: interests, noInterest: noInterest, on: day, reason: reason, directory: directory,
            today: context.today
        )
        try await store.append(
            try events.map { try $0.proposed(actor: context.actor) }, to: stream,
            expectedVersion: .exactly(current.version)
        )
        return try await declaration(id)!
    }

    /// Withdraws a declaration; it stays in the log but no longer counts.
    @discardableResult
    public func withdraw(
        _ id: String, on day: CalendarDate, reason: String, context: CommandContext
    ) async throws -> Declaration {
        let (current, stream) = try await existing(id)
        let directory = try await AgencyDirectory.load(from: store)
        let event = try current.decideWithdrawal(on: day, reason: reason, directory: directory, today: context.today)
        try await store.append(
            [try event.proposed(actor: context.actor)], to: stream, expectedVersion: .exactly(current.version)
        )
        return try await declaration(id)!
    }

    /// Corrects the day declaration `id` was signed to `day` (a wrong date typed or imported): appends a
    /// ``DeclarationDateCorrected`` to its stream (opaque or legacy, as ``declaration(_:)`` finds it), so the
    /// register and every rule reading the signing day use `day` while the history keeps both days.
    /// - throws: ``DeclarationsError/notFound(_:)`` for an unknown id, or what
    ///   ``Declaration/decideDateCorrection(to:reason:directory:today:)`` refuses.
    @discardableResult
    public func correctSigningDay(
        _ id: String, to day: CalendarDate, reason: String, context: CommandContext
    ) async throws -> Declaration {
        let (current, stream) = try await existing(id)
        let directory = try await AgencyDirectory.load(from: store)
        let event = try current.decideDateCorrection(
            to: day, reason: reason, directory: directory, today: context.today
        )
        try await store.append(
            [try event.proposed(actor: context.actor)], to: stream, expectedVersion: .exactly(current.version)
        )
        return try await declaration(id)!
    }

    /// Records who sits on `project`'s committees, replacing the earlier list.
    @discardableResult
    public func recordCommittee(
        _ project: EGPProjectID, seats: [CommitteeSeat], appointedOn: CalendarDate?, order: String?,
        context: CommandContext
    ) async throws -> Committee {
        let current = try await committee(project)
        let directory = try await AgencyDirectory.load(from: store)
        let event = try Committee.decide(
            project: project, seats: seats, appointedOn: appointedOn, order: order,
            current: current, directory: directory, today: context.today
        )
        let expected: ExpectedVersion = current.map { .exactly($0.version) } ?? .noStream
        try await store.append(
            [try ProposedEvent(event, occurredAt: (appointedOn ?? context.today).startOfDay, actor: context.actor)],
            to: DeclarationStreams.committee(project), expectedVersion: expected
        )
        return try await committee(project)!
    }

    /// What an import recorded.
    public struct ImportSummary: Sendable, Hashable {
        public var committees: Int
        public var declarations: Int
        public var recusals: Int
    }

    /// Records a file's committees and declarations, all in one append or none: every item is checked
    /// first, and a refusal names the item's line.
    public func importFile(_ file: DeclarationsFile, context: CommandContext) async throws -> ImportSummary {
        let directory = try await AgencyDirectory.load(from: store)
        var appends: [StreamAppend] = []
        var streams = Set<StreamID>()
        var recusals = 0
        for item in file.committees {
            do {
                let stream = try DeclarationStreams.committee(item.project)
                guard streams.insert(stream).inserted else { throw DeclarationsError.unchangedCommittee(item.project) }
                let current = try await committee(item.project)
                let event = try Committee.decide(
                    project: item.project, seats: item.seats, appointedOn: item.appointedOn, order: item.order,
                    current: current, directory: directory, today: context.today
                )
                appends.append(
                    StreamAppend(
                        stream: stream, expectedVersion: current.map { .exactly($0.version) } ?? .noStream,
                        events: [
                            try ProposedEvent(
                                event, occurredAt: (item.appointedOn ?? context.today).startOfDay, actor: context.actor
                            )
                        ]
                    ))
            } catch let error as DeclarationsError {
                throw item.place.wrap(error)
            }
        }
        let committeeAppends = appends
        let committeeStreams = streams
        if file.declarations.isEmpty {
            if !appends.isEmpty { _ = try await store.append(appends) }
        } else {
            try await appendWithKey(context) { key in
                var appends = committeeAppends
                var streams = committeeStreams
                recusals = 0
                for item in file.declarations {
                    let signing = item.signing
                    do {
                        let events = try Declaration.decide(signing, directory: directory, today: context.today)
                        let id = signing.subject.declarationID(declarant: signing.declarant)
                        let stream = try DeclarationStreams.declaration(id, key: key)
                        guard try await isUndeclared(id, stream: stream), streams.insert(stream).inserted else {
                            throw DeclarationsError.alreadyDeclared(id)
                        }
                        recusals += events.filter { if case .recused = $0 { true } else { false } }.count
                        let proposed = try events.map { try $0.proposed(actor: context.actor) }
                        appends.append(StreamAppend(stream: stream, expectedVersion: .noStream, events: proposed))
                    } catch let error as DeclarationsError {
                        throw item.place.wrap(error)
                    }
                }
                return appends
            }
        }
        return ImportSummary(
            committees: file.committees.count, declarations: file.declarations.count, recusals: recusals)
    }

    private func existing(_ id: String) async throws -> (declaration: Declaration, stream: StreamID) {
        guard let found = try await located(id) else { throw DeclarationsError.notFound(id) }
        return found
    }
}
