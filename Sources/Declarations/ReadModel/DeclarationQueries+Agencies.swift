import EventStore
import Sujarit

/// One agency's committee seats without a declaration, for a year up to a judging day.
public struct SeatCoverage: Sendable, Hashable {
    /// Committees appointed in the year by the judging day (or with no appointment day), with at least one seat.
    public var committees: Int
    public var seats: Int
    /// Seats covered by a declaration in force for the same person, project and role.
    public var declared: Int
    /// Annual declarations of the year in force and signed by the judging day.
    public var annualFiled: Int

    /// Creates the value from its parts.
    public init(committees: Int, seats: Int, declared: Int, annualFiled: Int) {
        self.committees = committees
        self.seats = seats
        self.declared = declared
        self.annualFiled = annualFiled
    }

    /// Seats with no declaration in force.
    public var missing: Int { seats - declared }
}

extension DeclarationQueries {
    /// The committee seats and their coverage of every agency `store` spans, for committees appointed from the
    /// start of `fiscalYear` to `judgedOn` (or with no appointment day), and how many annual declarations of the
    /// year were in force on `judgedOn`, by department id; an agency with neither is absent.
    ///
    /// The rule of ``seats(_:project:)`` over every committee: `coi_committee_seats` holds each project's
    /// committee as last recorded, with its appointment day, and a seat is declared when a declaration of the
    /// same person, project and role is in force. Two grouped queries, whatever the number of agencies.
    public static func coverageByAgency(
        _ store: any AgencySpanningStore, fiscalYear: FiscalYear, judgedOn: CalendarDate
    ) async throws -> [String: SeatCoverage] {
        var coverage = try await store.byAgency(
            """
            SELECT s.agency, COUNT(DISTINCT s.project) AS committees, COUNT(*) AS seats,
                   COUNT(*) FILTER (WHERE EXISTS (
                       SELECT 1 FROM coi_declarations d
                       WHERE d.agency = s.agency AND d.project = s.project AND d.declarant = s.staff_id
                         AND d.role = s.role AND d.status = 'active')) AS declared
            FROM coi_committee_seats s
            WHERE s.appointed_on IS NULL OR (s.appointed_on >= ? AND s.appointed_on <= ?)
            GROUP BY s.agency
            """, [fiscalYear.start.description, judgedOn.description]
        ) { row in
            SeatCoverage(
                committees: row.int("committees") ?? 0, seats: row.int("seats") ?? 0,
                declared: row.int("declared") ?? 0, annualFiled: 0)
        }
        let annual = try await store.query(
            """
            SELECT agency, COUNT(DISTINCT declarant) AS filed FROM coi_declarations
            WHERE kind = 'annual' AND fiscal_year = ? AND status = 'active' AND signed_on <= ?
            GROUP BY agency
            """, [fiscalYear.be, judgedOn.description])
        for row in annual {
            coverage[
                row.string("agency") ?? "", default: SeatCoverage(committees: 0, seats: 0, declared: 0, annualFiled: 0)
            ]
            .annualFiled = row.int("filed") ?? 0
        }
        return coverage
    }
}
