import Sujarit

/// The stored form of the gift rules in ``GiftRulesAdopted`` (schema 1): what the log holds, kept apart from
/// ``GiftRules`` so that changing the model (a renamed property, a new rule, another Codable) never changes
/// the bytes of adopted rules or makes old ones unreadable.
///
/// Field for field the JSON `GiftRules` wrote when the event was introduced; the fixtures in
/// `Tests/Fixtures/events` hold it byte for byte. A new shape is a new struct and a bumped
/// ``GiftRulesAdopted/schemaVersion``, never an edit of this one.
struct GiftRulesPayloadV1: Codable, Hashable, Sendable {
    var version: Int
    var threshold: Money
    var reportWithinDays: Int
    var relatives: [Relative]
    var source: String?
    var noGiftPolicy: NoGiftPolicy?
    var headOfAgency: HeadOfAgency?
    var givenGifts: GivenGifts?

    /// A kind of relative, with its own limit when it has one.
    struct Relative: Codable, Hashable, Sendable {
        var code: String
        var name: String
        var limit: Money?
    }

    /// Whether gifts from parties with business before the agency are refused.
    struct NoGiftPolicy: Codable, Hashable, Sendable {
        var partiesWithBusiness: Bool
        var source: String?
    }

    /// Who the head of each kind of agency reports a gift to.
    struct HeadOfAgency: Codable, Hashable, Sendable {
        var types: [AgencyType]
        var source: String?
    }

    /// One kind of agency: its head's positions and the authority above them.
    struct AgencyType: Codable, Hashable, Sendable {
        var type: String
        var headPositions: [String]
        var nextAuthority: String
    }

    /// The limits on gifts given to superiors and on paying for gifts with public money.
    struct GivenGifts: Codable, Hashable, Sendable {
        var superiorLimit: Money
        var superiorSource: String?
        var publicMoneyLimit: Money
        var publicMoneySource: String?
    }

    /// The stored form of `rules`.
    init(_ rules: GiftRules) {
        version = rules.version
        threshold = rules.threshold
        reportWithinDays = rules.reportWithinDays
        relatives = rules.relatives.map { Relative(code: $0.code, name: $0.name, limit: $0.limit) }
        source = rules.source
        noGiftPolicy = rules.noGiftPolicy.map {
            NoGiftPolicy(partiesWithBusiness: $0.partiesWithBusiness, source: $0.source)
        }
        headOfAgency = rules.headOfAgency.map { rule in
            HeadOfAgency(
                types: rule.types.map {
                    AgencyType(type: $0.type, headPositions: $0.headPositions, nextAuthority: $0.nextAuthority)
                },
                source: rule.source)
        }
        givenGifts = rules.givenGifts.map {
            GivenGifts(
                superiorLimit: $0.superiorLimit, superiorSource: $0.superiorSource,
                publicMoneyLimit: $0.publicMoneyLimit, publicMoneySource: $0.publicMoneySource)
        }
    }

    /// The rules again.
    var model: GiftRules {
        GiftRules(
            version: version, threshold: threshold, reportWithinDays: reportWithinDays,
            relatives: relatives.map { RelativeKind(code: $0.code, name: $0.name, limit: $0.limit) },
            source: source,
            noGiftPolicy: noGiftPolicy.map {
                NoGiftPolicyRule(partiesWithBusiness: $0.partiesWithBusiness, source: $0.source)
            },
            headOfAgency: headOfAgency.map { rule in
                HeadOfAgencyRule(
                    types: rule.types.map {
                        AgencyTypeAuthority(
                            type: $0.type, headPositions: $0.headPositions, nextAuthority: $0.nextAuthority)
                    },
                    source: rule.source)
            },
            givenGifts: givenGifts.map {
                GivenGiftRule(
                    superiorLimit: $0.superiorLimit, superiorSource: $0.superiorSource,
                    publicMoneyLimit: $0.publicMoneyLimit, publicMoneySource: $0.publicMoneySource)
            })
    }
}
