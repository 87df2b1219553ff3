import Sujarit

/// Tells the gift log whether a giver has business before the agency (a bidder or contractor in its
/// procurement data) around a gift's day, so that a gift from them is judged under the No Gift Policy
/// even when the officer did not say so with `--deals-with-agency`.
///
/// GiftLog declares it and does not know where the answer comes from: Oversight, which may read both the
/// gift log and the procurement data, implements it (`ProcurementPartiesWithBusiness`). It is asked once,
/// when the gift is logged; what it found is recorded in ``GiftLogged/dealsWithAgency`` and
/// ``GiftLogged/businessFound``, so the verdict replays the same however the procurement data changes.
public protocol PartiesWithBusiness: Sendable {
    /// Where `party` had business with the agency around `day`, in words for the record (e.g.
    /// `procurement: project 67119000333, winner`); nil when it had none.
    func business(with party: PartyReference, on day: CalendarDate) async throws -> String?
}
