import Agency
import EventStore
import Foundation
import Sujarit

/// A procurement's committees as last recorded: who sat in which role. `coi missing` compares it with
/// the declarations signed for the project.
public struct Committee: Sendable, Hashable {
    public var project: EGPProjectID
    public var seats: [CommitteeSeat]
    public var appointedOn: CalendarDate?
    public var order: String?
    /// The stream's version after the last event folded in.
    public var version: Int

    /// The committee from its stream's events; nil when none was recorded.
    public static func fold(_ events: [RecordedEvent]) throws -> Committee? {
        var committee: Committee?
        for event in events where event.type == CommitteeRecorded.eventType {
            let recorded = try event.decode(CommitteeRecorded.self)
            committee = Committee(
                project: recorded.project, seats: recorded.seats, appointedOn: recorded.appointedOn,
                order: recorded.order, version: event.streamVersion
            )
        }
        return committee
    }

    /// The event recording `seats` as the project's committees, replacing any earlier list.
    ///
    /// - throws: ``DeclarationsError`` for no seats, an unknown person, a person listed twice in one role,
    ///   two chairs of one committee, an appointment date in the future, or a list identical to `current`.
    public static func decide(
        project: EGPProjectID, seats: [CommitteeSeat], appointedOn: CalendarDate?, order: String?,
        current: Committee?, directory: AgencyDirectory, today: CalendarDate
    ) throws -> CommitteeRecorded {
        guard !seats.isEmpty else { throw DeclarationsError.emptyCommittee(project) }
        var seen = Set<CommitteeSeat>()
        var chairs: [CommitteeType: String] = [:]
        for seat in seats {
            guard directory.member(seat.staffID) != nil else { throw DeclarationsError.unknownPerson(seat.staffID) }
            guard seen.insert(seat).inserted else {
                throw DeclarationsError.duplicateSeat(person: seat.staffID, role: seat.role)
            }
            if seat.role.seat == .chair, let committee = seat.role.committee {
                if let other = chairs[committee] { throw DeclarationsError.twoChairs(committee, other, seat.staffID) }
                chairs[committee] = seat.staffID
            }
        }
        if let appointedOn, appointedOn > today {
            throw DeclarationsError.dateInFuture(field: "--appointed", appointedOn, today: today)
        }
        let sorted = seats.sorted()
        if let current, current.seats.sorted() == sorted, current.appointedOn == appointedOn, current.order == order {
            throw DeclarationsError.unchangedCommittee(project)
        }
        return CommitteeRecorded(project: project, seats: sorted, appointedOn: appointedOn, order: order)
    }
}
