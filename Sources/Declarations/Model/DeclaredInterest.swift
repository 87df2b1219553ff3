import Foundation
import Sujarit

/// One interest a declarant reports: who the party is, how the declarant is tied to it, and since when.
///
/// The party is a ``PartyReference`` (name and validated tax id) so that Oversight can later find it among
/// a project's bidders and winners with ``PartyReference/matches(_:)``.
public struct DeclaredInterest: Sendable, Hashable, Codable {
    /// The person or firm; nil only when drafting the TOR or reference price is the whole interest.
    public var party: PartyReference?
    /// Whether the party is a person or a firm.
    public var partyKind: PartyKind?
    /// The declarant's tie to the party.
    public var relationship: Relationship
    /// The share held, for a shareholder or partner.
    public var share: SharePercentage?
    /// When the tie began, when known.
    public var from: CalendarDate?
    /// When the tie ended, when it has.
    public var to: CalendarDate?
    /// Free text, e.g. "พี่ชายเป็นกรรมการผู้จัดการ".
    public var detail: String?

    public init(
        party: PartyReference?, partyKind: PartyKind? = nil, relationship: Relationship, share: SharePercentage? = nil,
        from: CalendarDate? = nil, to: CalendarDate? = nil, detail: String? = nil
    ) {
        self.party = party
        self.partyKind = partyKind ?? party.map { $0.looksLikeFirm ? .firm : .person }
        self.relationship = relationship
        self.share = share
        self.from = from
        self.to = to
        self.detail = detail
    }

    /// Checks what a single interest must satisfy; `position` (1-based) names it in the message.
    public func validate(position: Int) throws {
        if relationship.needsParty, party == nil || party!.name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw DeclarationsError.partyMissing(position: position, relationship: relationship)
        }
        if share != nil, !relationship.takesShare {
            throw DeclarationsError.shareNotApplicable(position: position, relationship: relationship)
        }
        if let from, let to, to < from {
            throw DeclarationsError.periodReversed(position: position, from: from, to: to)
        }
    }

    /// The keys ``init(spec:)`` reads, for help texts.
    public static let specKeys = "party, tax, kind (person|firm), rel, share, from, to, detail"

    /// Reads one interest written as `key=value` pairs separated by `;`, as `--interest` takes it:
    /// `party=บริษัท รุ่งเรืองก่อสร้าง จำกัด; tax=0105561000017; rel=shareholder; share=30; from=1 ต.ค. 65`.
    ///
    /// The tax id is validated (13 digits and check digit), dates take every form ``CalendarDate/parse(_:)``
    /// reads, and an unknown key is an error rather than silently dropped.
    /// - throws: ``DeclarationsError`` naming the key and the bad value.
    public init(spec: String) throws {
        var fields: [String: String] = [:]
        for piece in spec.split(separator: ";") {
            let pair = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, !pair[0].isEmpty else { throw DeclarationsError.malformedInterest(spec) }
            let key = pair[0].lowercased()
            guard ["party", "tax", "kind", "rel", "share", "from", "to", "detail"].contains(key) else {
                throw DeclarationsError.unknownInterestKey(key)
            }
            fields[key] = pair[1]
        }
        guard let relText = fields["rel"] else { throw DeclarationsError.relationshipMissing(spec) }
        let relationship = try Relationship(parsing: relText)
        var taxID: TaxID?
        if let tax = fields["tax"], !tax.isEmpty {
            do { taxID = try TaxID(validating: tax) } catch {
                throw DeclarationsError.invalidTaxID(field: "tax", error.localizedDescription)
            }
        }
        var kind: PartyKind?
        if let kindText = fields["kind"] {
            guard let parsed = PartyKind(rawValue: kindText.lowercased()) else {
                throw DeclarationsError.invalidKind(kindText)
            }
            kind = parsed
        }
        let party = fields["party"].flatMap { $0.isEmpty ? nil : PartyReference(name: $0, taxID: taxID) }
        if party == nil, taxID != nil { throw DeclarationsError.partyMissing(position: 1, relationship: relationship) }
        self.init(
            party: party, partyKind: kind, relationship: relationship,
            share: try fields["share"].map(SharePercentage.init(parsing:)),
            from: try fields["from"].map { try Self.date($0, field: "from") },
            to: try fields["to"].map { try Self.date($0, field: "to") },
            detail: fields["detail"]
        )
    }

    private static func date(_ text: String, field: String) throws -> CalendarDate {
        do { return try CalendarDate.parse(text) } catch {
            throw DeclarationsError.invalidDate(field: field, error.localizedDescription)
        }
    }
}
