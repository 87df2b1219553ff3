import Foundation
import Sujarit

/// Applies the gift rules to entries: a pure function of the entries, the rules versions and the day.
///
/// Gifts received from one giver by one official on one occasion are summed: the threshold is per giver
/// per occasion, so two baskets worth 2,000 baht each from the same firm at New Year pass it together.
/// The duty to report arises on the day the running total first passes the threshold; a gift in such a
/// group is due within the report period of the later of its own receipt and that day.
///
/// When the rules apply the agency's No Gift declaration (``GiftRules/noGiftPolicy``), a gift received from a
/// party with business before the agency is ``GiftVerdict/notAcceptable`` whatever its value, is not summed,
/// and is due within the report period of its own receipt. So is a gift from a relative worth more than the
/// relation's limit (``RelativeKind/limit``, "ตามฐานานุรูป"), which is ``GiftVerdict/mustReport``.
public enum GiftJudge {
    /// Assesses every entry as of `asOf` (the day late and missing reports are judged on).
    ///
    /// - parameters:
    ///   - rules: The rules for a version number; an entry is judged by the version it recorded.
    /// - Throws: ``MoneyError/totalOverflow(_:)`` when the values logged are so large (an older version's
    ///   records, or a direct edit of the store) that a total of them does not fit in ``Money``.
    public static func assess(
        _ entries: [GiftEntry], rules: (Int) -> GiftRules, asOf: CalendarDate
    ) throws -> [GiftEntryID: GiftAssessment] {
        // Every total below (occasions, verdict lines of the report) sums some of these values.
        try entries.lazy.map(\.logged.value).checkSubtotalsFit(of: "the values of the \(entries.count) gifts logged")
        var result: [GiftEntryID: GiftAssessment] = [:]
        var summed: [GiftEntry] = []
        for entry in entries {
            let logged = entry.logged
            let verdict: GiftVerdict? =
                switch logged.direction {
                case .given: givenVerdict(logged, rules: rules(logged.rulesVersion))
                case .refused: .refused
                // The No Gift declaration comes first: a relative or a souvenir for all does not make a gift
                // from a party with business before the agency acceptable.
                case .received where logged.dealsWithAgency && rules(logged.rulesVersion).refusesPartiesWithBusiness:
                    .notAcceptable
                case .received where logged.relative != nil:
                    // ตามฐานานุรูป: up to the relation's limit, when the rules set one.
                    rules(logged.rulesVersion).relative(logged.relative!)?.limit.map { logged.value > $0 } == true
                        ? .mustReport : .allowedRelative
                case .received where logged.givenToPeopleGenerally: .allowedGeneral
                case .received: nil
                }
            if let verdict, verdict.needsReport {
                // Reported within the period from its own receipt: it is not summed with other gifts.
                let due = logged.date.adding(days: rules(logged.rulesVersion).reportWithinDays)
                result[entry.id] = GiftAssessment(
                    entryID: entry.id, verdict: verdict, occasionTotal: logged.value, dueOn: due,
                    reportStatus: status(reportedOn: entry.reportedOn, due: due, asOf: asOf),
                    awaitingDecision: entry.decision.map { $0.decidedOn > asOf } ?? true,
                    rulesVersion: logged.rulesVersion
                )
            } else if let verdict {
                result[entry.id] = GiftAssessment(
                    entryID: entry.id, verdict: verdict, occasionTotal: logged.value, dueOn: nil, reportStatus: nil,
                    awaitingDecision: false, rulesVersion: logged.rulesVersion
                )
            } else {
                summed.append(entry)
            }
        }
        for group in groups(summed) {
            // The group is judged by the rules its first gift was logged under, so adding a gift later
            // under new rules does not re-judge the occasion retroactively.
            let groupRules = rules(group[0].logged.rulesVersion)
            let total = group.map(\.logged.value).reduce(.zero, +) // cannot overflow: checked above
            var running = Money.zero
            var crossedOn: CalendarDate?
            for entry in group {
                running += entry.logged.value
                if crossedOn == nil, running > groupRules.threshold { crossedOn = entry.logged.date }
            }
            for entry in group {
                guard let crossedOn else {
                    result[entry.id] = GiftAssessment(
                        entryID: entry.id, verdict: .allowedWithinLimit, occasionTotal: total, dueOn: nil,
                        reportStatus: nil, awaitingDecision: false, rulesVersion: entry.logged.rulesVersion
                    )
                    continue
                }
                let due = max(entry.logged.date, crossedOn).adding(days: groupRules.reportWithinDays)
                result[entry.id] = GiftAssessment(
                    entryID: entry.id, verdict: .mustReport, occasionTotal: total, dueOn: due,
                    reportStatus: status(reportedOn: entry.reportedOn, due: due, asOf: asOf),
                    awaitingDecision: entry.decision.map { $0.decidedOn > asOf } ?? true,
                    rulesVersion: groupRules.version
                )
            }
        }
        return result
    }

    /// The verdict of a gift staff gave: paid with public money above the limit first (the more serious),
    /// then to a superior above the limit, else ``GiftVerdict/given``. Rules without limits on gifts given
    /// (adopted before they existed) give ``GiftVerdict/given``.
    static func givenVerdict(_ logged: GiftLogged, rules: GiftRules) -> GiftVerdict {
        guard let limits = rules.givenGifts else { return .given }
        if logged.publicMoney == true, logged.value > limits.publicMoneyLimit { return .givenWithPublicMoney }
        if logged.toSuperior == true, logged.value > limits.superiorLimit { return .givenAboveSuperiorLimit }
        return .given
    }

    /// Where a report stands on `asOf`.
    /// A report dated after `asOf` had not been made yet on that day.
    public static func status(reportedOn: CalendarDate?, due: CalendarDate, asOf: CalendarDate) -> ReportStatus {
        if let reportedOn, reportedOn <= asOf { return reportedOn <= due ? .onTime : .late }
        return asOf > due ? .missing : .notYetDue
    }

    /// The occasion reduced for comparison: Thai digits made Arabic, case, spaces and punctuation removed,
    /// so `ปีใหม่ ๒๕๖๘` and `ปีใหม่2568` are one occasion.
    public static func occasionKey(_ occasion: String) -> String {
        let scalars = ThaiDigits.toArabic(occasion).lowercased().unicodeScalars.filter { scalar in
            let properties = scalar.properties
            return properties.isAlphabetic || properties.numericType != nil
                || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Entries received by the same person on the same occasion from the same giver, each sorted by date
    /// then id. Givers are matched with ``PartyReference/matches(_:)``; since a mention with a tax id and
    /// one without can both match a third, groups are merged whenever an entry matches more than one.
    static func groups(_ entries: [GiftEntry]) -> [[GiftEntry]] {
        var buckets: [String: [GiftEntry]] = [:]
        for entry in entries {
            buckets["\(entry.logged.person)\u{1F}\(occasionKey(entry.logged.occasion))", default: []].append(entry)
        }
        var result: [[GiftEntry]] = []
        for key in buckets.keys.sorted() {
            var clusters: [[GiftEntry]] = []
            for entry in buckets[key]!.sorted(by: { ($0.logged.date, $0.id) < ($1.logged.date, $1.id) }) {
                let matching = clusters.indices.filter { index in
                    clusters[index].contains { $0.logged.counterparty.matches(entry.logged.counterparty) }
                }
                var merged = matching.flatMap { clusters[$0] } + [entry]
                for index in matching.reversed() { clusters.remove(at: index) }
                merged.sort { ($0.logged.date, $0.id) < ($1.logged.date, $1.id) }
                clusters.append(merged)
            }
            result += clusters
        }
        return result
    }
}
