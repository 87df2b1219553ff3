import Agency
import Sujarit

/// One fiscal year's OIT items for one agency type (`Registers/ita/oit-2570-local.yaml`), with the year's
/// assessment windows.
///
/// The NACC renumbers the OIT every year and publishes a different list for local governments and state
/// agencies (the risk assessment was O34 in 2566, O23 in 2568, O21 in 2569), so nothing in the code names an
/// item number: reports, the checklist and the evidence pack ask the year's catalogue for the item of a
/// *purpose* (``ITAPurpose``), and say plainly when the year's list has none.
public struct ITACatalogue: Sendable, Hashable {
    /// The fiscal year (BE) of the assessment.
    public var fiscalYear: FiscalYear
    /// Local government (อปท.) or state agency.
    public var agencyType: AgencyKind
    /// Where the list comes from (the NACC's manual, agencies' pages), printed with every list.
    public var source: String
    /// The framework file (weights, bands) of the year, beside this one, e.g. `fy2570.yaml`.
    public var frameworkFile: String?
    /// Item codes the file knowingly leaves out (the year's manual was not available), e.g. `O1`…`O19`.
    public var knownGaps: [String]
    /// The year's assessment windows, earliest first; empty when not known.
    public var windows: [ITAWindow]
    /// Where the windows come from, when they are given.
    public var windowsSource: String?
    /// The items in the file's order.
    public var items: [ITAOITItem]
    /// The file it was read from, for messages.
    public var path: String

    /// A catalogue of `items`; tests and the loader build it.
    public init(
        fiscalYear: FiscalYear, agencyType: AgencyKind, source: String, frameworkFile: String? = nil,
        knownGaps: [String] = [], windows: [ITAWindow] = [], windowsSource: String? = nil, items: [ITAOITItem],
        path: String = ""
    ) {
        self.fiscalYear = fiscalYear
        self.agencyType = agencyType
        self.source = source
        self.frameworkFile = frameworkFile
        self.knownGaps = knownGaps
        self.windows = windows
        self.windowsSource = windowsSource
        self.items = items
        self.path = path
    }

    /// The item that serves `purpose` this year (its first), nil when the year's list has none.
    public func item(purpose: String) -> ITAOITItem? { items.first { $0.purposes.contains(purpose) } }

    /// The item numbered `code` (`O21`), nil when the year's list has none.
    public func item(code: String) -> ITAOITItem? { items.first { $0.code == code } }

    /// The window named `key` (`oit-publish`), nil when not given.
    public func window(_ key: String) -> ITAWindow? { windows.first { $0.key == key } }

    /// How many items are not confirmed against the year's manual.
    public var unconfirmedCount: Int { items.filter { !$0.confirmed }.count }

    /// The assessment windows of `fy` for `type`, read from `folder` (`Registers/ita`): what the compliance
    /// calendar shows. Empty when the year's file gives none.
    ///
    /// - throws: ``ITAError/noCatalogue(fiscalYear:type:known:)`` when the folder has no file for the year and
    ///   type, or ``ConfigurationError`` naming the file, line and field of a mistake.
    public static func windows(fy: FiscalYear, type: AgencyKind, folder: String) throws -> [ITAWindow] {
        try ITACatalogueLibrary.load(folder: folder).require(fy, type: type).windows
    }
}

/// An OIT item of a year's list.
public struct ITAOITItem: Sendable, Hashable, Codable {
    /// `O21`.
    public var code: String
    /// The purpose keys it serves, the main one first (2568's O26 reports the plan at six months and the year).
    public var purposes: [String]
    /// The Thai title, when known.
    public var title: String?
    /// What evidence it asks the agency to publish, in a sentence.
    public var evidence: String?
    /// Whether the code, title and purpose were checked against the NACC's manual of the year.
    public var confirmed: Bool

    public init(code: String, purposes: [String], title: String?, evidence: String? = nil, confirmed: Bool) {
        self.code = code
        self.purposes = purposes
        self.title = title
        self.evidence = evidence
        self.confirmed = confirmed
    }

    /// The main purpose key.
    public var purpose: String { purposes.first ?? ITAPurpose.unmapped }

    /// `O21`, or `O21 (ยังไม่ยืนยัน)` for an unconfirmed item: how reports name it.
    public var label: String { confirmed ? code : "\(code) (ยังไม่ยืนยัน)" }
}

/// A window of the year's assessment calendar (registration, OIT publication, scoring …).
public struct ITAWindow: Sendable, Hashable, Codable {
    /// A stable key: `register`, `oit-publish`, `oit-scoring`, `oit-clarify`, `oit-confirm`, `results`.
    public var key: String
    public var name: LocalizedLabel
    /// The first and last day, inclusive.
    public var from: CalendarDate
    public var to: CalendarDate
    /// Whether the days come from the NACC's calendar of that year (false: the pattern of earlier years).
    public var confirmed: Bool

    public init(key: String, name: LocalizedLabel, from: CalendarDate, to: CalendarDate, confirmed: Bool) {
        self.key = key
        self.name = name
        self.from = from
        self.to = to
        self.confirmed = confirmed
    }
}

/// A duty the OIT asks for, the same in every year whatever its number (`Registers/ita/purposes.yaml`).
public struct ITAPurpose: Sendable, Hashable, Codable {
    /// `risk-assessment`.
    public var key: String
    public var name: LocalizedLabel

    public init(key: String, name: LocalizedLabel) {
        self.key = key
        self.name = name
    }

    /// The key of an item whose duty is not mapped across years yet (allowed only unconfirmed).
    public static let unmapped = "unmapped"
}

extension AgencyKind {
    /// The word catalogue files use: `local` or `state` (`oit-2570-local.yaml`).
    public var catalogueKey: String {
        switch self {
        case .localGovernment: "local"
        case .stateAgency: "state"
        }
    }
}
