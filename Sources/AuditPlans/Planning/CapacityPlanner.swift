/// Fills the audit unit's capacity with ranked subjects.
///
/// Greedy by rank: each subject in turn is taken when its person-days fit in what is left, and deferred
/// otherwise — later, smaller subjects may still fit. The total never exceeds the capacity.
public enum CapacityPlanner {
    /// What filling chose.
    public struct Fill: Sendable, Hashable {
        /// The subjects taken, in rank order.
        public var selected: [AuditRanking.Ranked]
        /// The subjects ranked but not fitted into the capacity.
        public var deferred: [DeferredSubject]
        /// The capacity filled.
        public var capacity: Int
        /// Person-days used by the selected subjects.
        public var used: Int
    }

    /// Fills `capacity` person-days (more than 0) from `ranked`, in order.
    public static func fill(_ ranked: [AuditRanking.Ranked], capacity: Int) -> Fill {
        var selected: [AuditRanking.Ranked] = []
        var deferred: [DeferredSubject] = []
        var used = 0
        for candidate in ranked {
            let days = candidate.subject.subject.personDays
            if used + days <= capacity {
                selected.append(candidate)
                used += days
            } else {
                deferred.append(
                    DeferredSubject(
                        subject: candidate.subject.id, title: candidate.subject.subject.title, basis: candidate.basis,
                        personDays: days, remaining: capacity - used
                    ))
            }
        }
        return Fill(selected: selected, deferred: deferred, capacity: capacity, used: used)
    }
}
