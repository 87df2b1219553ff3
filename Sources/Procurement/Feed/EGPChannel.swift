/// The channel-level facts of a feed file, as written.
///
/// Only `countbyday` is interpreted (it tells whether the page holds every announcement of the day); the
/// rest is kept as text for display, since the feed's `lastBuildDate` has no documented format.
public struct EGPChannel: Sendable, Hashable, Codable {
    /// The channel title, normally `ประกาศจัดซื้อจัดจ้างภาครัฐ`.
    public var title: String?
    /// The channel link.
    public var link: String?
    /// The `language` element, `th` or `th-TH`.
    public var language: String?
    /// The `lastBuildDate` element as written.
    public var lastBuildDate: String?
    /// e-GP's non-standard `countbyday`: how many announcements were published that day. The feed returns
    /// at most 20 items, so a larger count means the file is one truncated page.
    public var countByDay: Int?

    /// An empty channel, filled in as the reader meets the elements.
    public init(
        title: String? = nil, link: String? = nil, language: String? = nil, lastBuildDate: String? = nil,
        countByDay: Int? = nil
    ) {
        self.title = title
        self.link = link
        self.language = language
        self.lastBuildDate = lastBuildDate
        self.countByDay = countByDay
    }
}
