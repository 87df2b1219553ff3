import Agency
import EventStore
import Foundation
import Sujarit

extension ITAService {
    /// Records that the year's item `code` is published at `url` (`sujarit ita publish O21 --url …`); nil
    /// when that address is already the item's latest, so giving it again adds nothing.
    ///
    /// - throws: ``ITAError/unknownItem(_:fiscalYear:type:known:)`` when the year's catalogue has no such item,
    ///   ``ITAError/invalidURL(_:field:)`` for an address that is not a full web address.
    @discardableResult
    public func publish(
        code: String, url: String, catalogue: ITACatalogue, context: CommandContext
    ) async throws -> ITAItemPublished? {
        guard let normalized = ITACode.normalize(code, letters: ["O"]), let item = catalogue.item(code: normalized)
        else {
            throw ITAError.unknownItem(
                code, fiscalYear: catalogue.fiscalYear.be, type: catalogue.agencyType.catalogueKey,
                known: ITACode.compact(catalogue.items.map(\.code)))
        }
        let address = try ITAAddress.check(url, field: "--url")
        let stream = try ITAItemPublished.stream(catalogue.fiscalYear)
        let events = try await store.events(in: stream)
        let latest = try Self.latest(events)
        if latest[item.code]?.url == address { return nil }
        let event = ITAItemPublished(
            fiscalYear: catalogue.fiscalYear, code: item.code, purpose: item.purpose, url: address)
        try await store.append(
            [try ProposedEvent(event, occurredAt: context.now, actor: context.actor)], to: stream,
            expectedVersion: events.last.map { .exactly($0.streamVersion) } ?? .noStream)
        return event
    }

    /// The latest address recorded for each item of `year`, by code.
    public func publications(_ year: FiscalYear) async throws -> [String: ITAItemPublished] {
        try Self.latest(try await store.events(in: try ITAItemPublished.stream(year)))
    }

    private static func latest(_ events: [RecordedEvent]) throws -> [String: ITAItemPublished] {
        var latest: [String: ITAItemPublished] = [:]
        for event in events where event.type == ITAItemPublished.eventType {
            let published = try event.decode(ITAItemPublished.self)
            latest[published.code] = published
        }
        return latest
    }
}
