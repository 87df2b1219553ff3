import Sujarit

/// Where a risk stands on a day, derived from its acceptance and measures (never stored).
public enum RiskStatus: String, Sendable, Hashable, CaseIterable {
    /// No measure and no acceptance yet.
    case open
    /// At least one measure is linked to it.
    case treated
    /// Accepted as it is, and the acceptance still holds.
    case accepted
    /// Accepted, but the acceptance has expired: review it.
    case expired

    /// เปิด / มีมาตรการ / ยอมรับ / ต้องทบทวน.
    public var thai: String {
        switch self {
        case .open: "ยังไม่มีมาตรการ"
        case .treated: "มีมาตรการ"
        case .accepted: "ยอมรับความเสี่ยง"
        case .expired: "การยอมรับหมดอายุ"
        }
    }
}

extension RiskLedger {
    /// The risk's status on `day`.
    public func status(of risk: Risk, on day: CalendarDate) -> RiskStatus {
        if let acceptance = risk.acceptance { return acceptance.expires < day ? .expired : .accepted }
        return measures(for: risk.id).isEmpty ? .open : .treated
    }

    /// The score a list shows as the risk's level: current, else inherent.
    public func standingScore(of risk: Risk) -> Assessment? { risk.scores[.current] ?? risk.scores[.inherent] }
}
