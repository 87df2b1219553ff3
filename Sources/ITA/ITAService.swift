import Agency
import EventStore
import Foundation
import Sujarit

/// A recorded result with the framework it is scored with: everything an analysis needs.
public struct ITAResult: Sendable, Hashable {
    public var recorded: ITAResultRecorded
    public var framework: ITAFramework
    /// How many times the year's result was recorded (more than 1 after corrections).
    public var revisions: Int

    public init(recorded: ITAResultRecorded, framework: ITAFramework, revisions: Int = 1) {
        self.recorded = recorded
        self.framework = framework
        self.revisions = revisions
    }

    public var fiscalYear: FiscalYear { recorded.fiscalYear }
}

/// Records ITA results against a store and reads them back with their frameworks.
public struct ITAService: Sendable {
    public let store: any EventStore

    /// - parameter store: The store to read and append to; who acts and when come with each command's
    ///   ``CommandContext``.
    public init(store: any EventStore) {
        self.store = store
    }

    /// Records `result` scored with `framework`, adopting the framework first when the store lacks it; with
    /// `replace`, corrects the year's existing result (both stay in the log). One append, or nothing.
    /// With the year's `catalogue`, every OIT item result must name one of its items (or a number it knowingly
    /// leaves out, `known_gaps`).
    @discardableResult
    public func record(
        _ result: ITAResultRecorded, framework: ITAFramework, catalogue: ITACatalogue? = nil, replace: Bool,
        context: CommandContext
    ) async throws -> ITAResultRecorded {
        if let catalogue {
            for item in result.oitItems
            where catalogue.item(code: item.code) == nil && !catalogue.knownGaps.contains(item.code) {
                throw ITAError.unknownItem(
                    item.code, fiscalYear: catalogue.fiscalYear.be, type: catalogue.agencyType.catalogueKey,
                    known: ITACode.compact(catalogue.items.map(\.code)))
            }
        }
        let adopted = try await ITAQueries.framework(store, key: framework.key)
        let existing = try await ITAQueries.result(store, year: result.fiscalYear)
        let outcome = try ITADecisions.record(
            result, framework: framework, adopted: adopted,
            existing: existing.map { ($0.result, $0.streamVersion) }, replace: replace
        )
        var appends: [StreamAppend] = []
        if let adopt = outcome.adopt {
            appends.append(
                StreamAppend(
                    stream: try ITAFrameworkAdopted.stream(framework.key), expectedVersion: .noStream,
                    events: [try ProposedEvent(adopt, occurredAt: context.now, actor: context.actor)]
                ))
        }
        appends.append(
            StreamAppend(
                stream: try ITAResultRecorded.stream(result.fiscalYear),
                expectedVersion: existing.map { .exactly($0.streamVersion) } ?? .noStream,
                events: [
                    try ProposedEvent(
                        outcome.result, occurredAt: result.announcedOn?.startOfDay ?? context.now, actor: context.actor
                    )
                ]
            ))
        _ = try await store.append(appends)
        return outcome.result
    }

    /// The year's result with its framework, nil when none is recorded.
    public func result(_ year: FiscalYear) async throws -> ITAResult? {
        guard let stored = try await ITAQueries.result(store, year: year) else { return nil }
        return try await withFramework(stored)
    }

    /// Every recorded result, oldest year first.
    public func results() async throws -> [ITAResult] {
        var all: [ITAResult] = []
        for stored in try await ITAQueries.results(store) { all.append(try await withFramework(stored)) }
        return all
    }

    /// The year's result, or an error listing the years that have one.
    public func requireResult(_ year: FiscalYear) async throws -> ITAResult {
        if let result = try await result(year) { return result }
        throw ITAError.noResult(
            fiscalYear: year.be, known: try await ITAQueries.results(store).map(\.result.fiscalYear.be))
    }

    private func withFramework(_ stored: ITAQueries.Stored) async throws -> ITAResult {
        guard let framework = try await ITAQueries.framework(store, key: stored.result.framework) else {
            throw ITAError.noFramework(fiscalYear: stored.result.framework.fiscalYear.be, known: [])
        }
        return ITAResult(recorded: stored.result, framework: framework, revisions: stored.revisions)
    }
}
