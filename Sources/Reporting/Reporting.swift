/// Reports across the registers: assembled from their read models into plain values (``FollowUpReport``,
/// ``ExecutiveSummary``, …), then rendered by ``ReportRenderer`` through the templates of `Reports/`.
public enum Reporting {
    /// The report engine's version, printed in report footers; bump it when a report's content changes.
    public static let version = "1.0"
}
