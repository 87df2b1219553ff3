import EventStore
import Foundation
import Sujarit

/// The agency recorded where it published an OIT item of a year (stream `ita-oit/2570`): the address ITAS is
/// pointed at, kept with the item's purpose so that next year's checklist can tell which duty it was.
public struct ITAItemPublished: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "ITAItemPublished"
    public var fiscalYear: FiscalYear
    /// The year's code, `O21`.
    public var code: String
    /// The item's main purpose key in the year's catalogue, `risk-assessment`.
    public var purpose: String
    /// The `https://` address of the page or file.
    public var url: String

    public init(fiscalYear: FiscalYear, code: String, purpose: String, url: String) {
        self.fiscalYear = fiscalYear
        self.code = code
        self.purpose = purpose
        self.url = url
    }

    /// `ita-oit/2570`: a year's publication records.
    public static func stream(_ year: FiscalYear) throws -> StreamID {
        try StreamID(category: "ita-oit", id: String(year.be))
    }
}
