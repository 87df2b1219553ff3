import Sujarit

/// Which winner announcements (W0) of a project are still in force, read from its timeline: an award can
/// be cancelled (W1), even on the day it was announced, and announced again afterwards. The red flags and
/// `procurement show` use the award in force, never a cancelled one.
///
/// Each cancellation cancels one award: the latest one before it in the timeline (days, then the order the
/// announcements were read in) that is not cancelled yet; a cancellation listed before its award on the
/// same day (a page listing the day's announcements newest first) cancels the first award of that day
/// read after it. A cancellation with no award to cancel (its award was never imported) cancels nothing.
///
/// ```swift
/// let history = AwardHistory(project.timeline)
/// history.final      // the index of the award in force, nil when none is
/// history.cancelled  // the indices of cancelled awards
/// ```
public struct AwardHistory: Sendable, Hashable {
    /// Timeline indices of the winner announcements a cancellation withdrew.
    public private(set) var cancelled: Set<Int> = []
    /// For each cancellation (its timeline index), the award it cancelled (nil: none imported).
    public private(set) var cancels: [Int: Int] = [:]
    /// The timeline index of the award in force: the latest winner announcement not cancelled.
    public private(set) var final: Int?
    /// The timeline index of the first winner announcement, cancelled or not.
    public private(set) var first: Int?

    /// Reads `timeline`, in the order the read model returns it (by day, then as recorded).
    public init(_ timeline: [ProcurementProject.TimelineEntry]) {
        var standing: [Int] = []
        var waiting: [Int] = [] // cancellations read before any award of their day
        for (index, entry) in timeline.enumerated() {
            switch entry.type {
            case .winner:
                first = first ?? index
                waiting.removeAll { timeline[$0].published != entry.published }
                if let cancellation = waiting.first {
                    waiting.removeFirst()
                    cancelled.insert(index)
                    cancels[cancellation] = index
                } else {
                    standing.append(index)
                }
            case .awardCancelled:
                waiting.removeAll { timeline[$0].published != entry.published }
                if let award = standing.popLast() {
                    cancelled.insert(award)
                    cancels[index] = award
                } else {
                    waiting.append(index)
                }
            default:
                break
            }
        }
        final = standing.last
    }

    /// The day of the award in force in `timeline`, nil when every award was cancelled or none was announced:
    /// ``ProcurementProject/finalAwardDay`` for a caller that holds a timeline but not its project (the red-flag
    /// engine, which would otherwise copy the project to ask).
    public static func finalDay(of timeline: [ProcurementProject.TimelineEntry]) -> CalendarDate? {
        AwardHistory(timeline).final.map { timeline[$0].published }
    }
}

extension ProcurementProject {
    /// The awards of the timeline, cancelled and in force (``AwardHistory``).
    public var awardHistory: AwardHistory { AwardHistory(timeline) }

    /// The day of the award in force (the latest winner announcement not cancelled), nil when every award
    /// was cancelled or none was announced.
    public var finalAwardDay: CalendarDate? { AwardHistory.finalDay(of: timeline) }

    /// The day a winner was announced for the rules that ask whether one was: the award in force, else
    /// the first award even if cancelled (a winner was announced, whatever happened next).
    public var winnerAnnouncedDay: CalendarDate? {
        let history = awardHistory
        return (history.final ?? history.first).map { timeline[$0].published }
    }
}
