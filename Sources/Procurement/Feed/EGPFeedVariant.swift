import Sujarit

/// Which of e-GP's published feed shapes a file is, as its announcements' links show it: what `import egp`
/// reports per file and the import's record keeps, so that a file can be traced to the kind of download
/// it was.
///
/// e-GP has served two generations of links: the current service (`process5`: generated PDFs by
/// `templateId`, uploaded files by `fileId`) and the legacy procurement search (`process3`:
/// `procsearch.sch?…proc_id=ShowHTMLFile…&projectId=…`), whose older items sometimes carry the project id
/// only in the link. Captures of a department's announcements over several years mix both. The encoding
/// and compression are reported beside the variant (``EGPFeedSummary/encoding``).
public enum EGPFeedVariant: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every link is the current service's (`templateId` or `fileId`).
    case current
    /// Every link is a legacy `procsearch.sch` page.
    case legacy
    /// Links of both generations.
    case mixed
    /// No announcement had a link of a known shape (none at all, or only unknown URLs).
    case unknownLinks = "unknown-links"

    /// The variant of a file whose kept announcements had these links.
    public init(links: EGPFeedSummary.LinkCounts) {
        let current = links.template + links.file > 0
        let legacy = links.legacy > 0
        switch (current, legacy) {
        case (true, true): self = .mixed
        case (true, false): self = .current
        case (false, true): self = .legacy
        case (false, false): self = .unknownLinks
        }
    }

    /// Thai and English words for the variant, for the import's table.
    public var label: LocalizedLabel {
        switch self {
        case .current: LocalizedLabel(th: "ลิงก์ปัจจุบัน", en: "current links")
        case .legacy: LocalizedLabel(th: "ลิงก์ระบบเดิม", en: "legacy links")
        case .mixed: LocalizedLabel(th: "ลิงก์ปัจจุบันและระบบเดิม", en: "current and legacy links")
        case .unknownLinks: LocalizedLabel(th: "ไม่มีลิงก์ที่รู้จัก", en: "no known links")
        }
    }
}
