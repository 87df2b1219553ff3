import Foundation
import Testing

@testable import EventStore

/// A walk along the log asks for fewer events after a page of large ones, and for the full page again after
/// small ones; a page is the last one only when it was not full.
@Suite("Pages of the log sized by their payloads")
struct EventPagingTests {
    static func events(_ count: Int, payloadBytes: Int) throws -> [RecordedEvent] {
        let stream = try StreamID("egp-contracts/all")
        let payload = Data(repeating: UInt8(ascii: " "), count: payloadBytes)
        return (1...count).map { index in
            RecordedEvent(
                sequence: Int64(index), streamID: stream, streamVersion: index, type: "T", schemaVersion: 1,
                occurredAt: Date(timeIntervalSince1970: 0), recordedAt: Date(timeIntervalSince1970: 0), actor: "a",
                payload: payload, dedupeKey: nil, previousHash: .genesis, hash: .genesis)
        }
    }

    @Test func smallEventsGetTheFullPageAfterTheFirst() throws {
        var paging = EventPaging()
        #expect(paging.limit == EventPaging.firstPage)
        #expect(paging.mayContinue(after: try Self.events(EventPaging.firstPage, payloadBytes: 600)))
        #expect(paging.limit == 1_000)
        #expect(paging.mayContinue(after: try Self.events(1_000, payloadBytes: 600)))
        #expect(paging.limit == 1_000)
        let afterShort = paging.mayContinue(after: try Self.events(10, payloadBytes: 600))
        #expect(!afterShort)
    }

    @Test func largeEventsShrinkThePageAndSmallOnesGrowItBack() throws {
        var paging = EventPaging()
        // A full first page of 330 KB events: about 6 of them hold 2 MiB.
        #expect(paging.mayContinue(after: try Self.events(EventPaging.firstPage, payloadBytes: 330_000)))
        #expect(paging.limit == 6)
        #expect(paging.mayContinue(after: try Self.events(6, payloadBytes: 330_000)))
        #expect(paging.limit == 6)
        // Six small events then: the next page asks for the full 1,000 again.
        #expect(paging.mayContinue(after: try Self.events(6, payloadBytes: 600)))
        #expect(paging.limit == 1_000)
        // An event larger than the target alone: a page of one, never none.
        _ = paging.mayContinue(after: try Self.events(3, payloadBytes: 5 << 20))
        #expect(paging.limit == 1)
        // A short page is the last one, whatever its events are like.
        let afterEmpty = paging.mayContinue(after: [])
        #expect(!afterEmpty)
    }

    @Test func aSmallerMaximumIsKept() throws {
        var paging = EventPaging(maximum: 10)
        #expect(paging.limit == 10)
        #expect(paging.mayContinue(after: try Self.events(10, payloadBytes: 10)))
        #expect(paging.limit == 10)
    }
}
