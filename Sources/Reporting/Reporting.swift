/// Reports across the registers: assembled from their read models into plain values (``FollowUpReport``,
/// ``ExecutiveSummary``, …), then rendered by ``ReportRenderer`` through the templates of `Reports/`.
public enum Reporting {
    /// Sujarit's released version: the one string `sujarit --version`, the demo's banner, a new store's first
    /// event and every report's footer print, so a printed page names the release that made it.
    public static let version = "0.1.0"
}
