import Procurement
import Sujarit

/// The thresholds the red-flag rules use, as `Registers/red-flags.yaml` sets them.
///
/// Fixed lines (500,000 and 100,000 baht, 99 % of the reference price, 90 and 180 days) are configuration,
/// never constants in code: they come from regulations that change and from an agency's own judgement.
/// Rules that compare with the data's own quartiles use the floors here when the data is too thin or its
/// fence too lax. Every flag records ``version``, so a later edit never changes what an old flag said.
public struct RedFlagSettings: Sendable, Hashable {
    /// The file's version; raise it whenever a value changes.
    public var version: Int
    /// Where the values come from, for the catalogue.
    public var source: String?
    /// Methods counted as competitive (open or selective), by ``ProcurementMethod/key``.
    public var competitiveMethods: Set<String>
    /// k in Q1 − k·IQR and Q3 + k·IQR (1.5, as cardinal-rs).
    public var fenceMultiplier: Double
    /// The fewest values quartiles are computed from; below it the configured floor is used alone.
    public var minimumSample: Int

    /// split-year and split-window.
    public var splitting = Splitting()
    /// bunching.
    public var bunching = Bunching()
    /// year-end.
    public var yearEnd = YearEnd()
    /// supplier-share and repeat-winner.
    public var concentration = Concentration()
    /// The price indicators.
    public var price = Price()
    /// process-changes and no-invitation.
    public var process = Process()
    /// fast-award.
    public var fastAward = FastAward()
    /// single-bidder and few-bidders.
    public var bidders = Bidders()
    /// gift-from-supplier.
    public var gifts = Gifts()
    /// regional-supplier-share (`flags run --province`, `--national`).
    public var regional = Regional()
    /// Which agency department an e-GP buyer is, when neither its name nor its id says so.
    public var buyers: [BuyerMapping] = []

    /// The settings of Procurement Act 2560 as `Registers/red-flags.yaml` ships them.
    public init() {
        version = 1
        source = nil
        competitiveMethods = ["e-bidding", "e-market", "selection", "price-inquiry"]
        fenceMultiplier = 1.5
        minimumSample = 8
    }

    /// Splitting (split-year, split-window).
    public struct Splitting: Sendable, Hashable {
        /// Methods whose awards count, by key.
        public var methods: Set<String> = ["specific"]
        /// The specific-method limit: each award within it, together above it.
        public var limit = Money.baht(500_000)
        /// The fewest awards that make a split.
        public var minimumAwards = 2
        /// The window for split-window, in days between the first and last award.
        public var windowDays = 90
    }

    /// Bunching below legal lines.
    public struct Bunching: Sendable, Hashable {
        /// Methods whose awards count, by key.
        public var methods: Set<String> = ["specific"]
        /// The lines amounts bunch under.
        public var thresholds: [Money] = [.baht(500_000), .baht(100_000)]
        /// The band's width as a share of the line: [line × (1 − band), line].
        public var band = 0.10
        /// The fewest awards in the band before it can be flagged.
        public var minimumInBand = 3
        /// The lowest ratio (band ÷ the band below) ever flagged.
        public var floorRatio = 2.0
    }

    /// Year-end rush.
    public struct YearEnd: Sendable, Hashable {
        /// Methods whose awards count, by key.
        public var methods: Set<String> = ["specific"]
        /// The month compared with the rest of the year (9 = September, the fiscal year's last).
        public var month = 9
        /// The least a department's spending by those methods must be in the year.
        public var minimumSpending = Money.baht(100_000)
        /// The fewest awards in the year before the month is compared.
        public var minimumAwards = 3
        /// The lowest ratio (the month ÷ the other months' average) ever flagged.
        public var floorRatio = 3.0
    }

    /// Supplier share and repeat winners.
    public struct Concentration: Sendable, Hashable {
        /// The fewest awards a department must make in the year before shares mean anything.
        public var minimumDepartmentAwards = 5
        /// The share of the department's awarded amount that is flagged.
        public var minimumShare = 0.5
        /// The fewest awards the supplier must have won.
        public var minimumSupplierAwards = 2
        /// The fewest wins ever flagged as a repeat winner (the data's fence may ask for more).
        public var floorWins = 5
    }

    /// A supplier's share of a province's or the country's awarded value, across its agencies.
    public struct Regional: Sendable, Hashable {
        /// The share of the region's priced awards in a fiscal year that is flagged.
        public var minimumShare = 0.2
        /// The fewest agencies (buying departments) with priced awards in the year before shares are judged:
        /// with one, the department's own supplier-share says it already.
        public var minimumAgencies = 2
        /// The fewest priced awards the supplier must have won in the region.
        public var minimumSupplierAwards = 2
        /// Where the share comes from, recorded on every flag's cut-off.
        public var source: String? =
            """
            GTI corruption risk index, supplier spending concentration (Fazekas & Kocsis 2020), across a market's \
            buyers; 20 % as ACT Ai's provincial market-share view
            """
        /// regional-split: the most days between the first and the last award of a split across agencies ("the
        /// same weeks"); each award within `splitting.limit`, by `splitting.methods`.
        public var splitWindowDays = 14
        /// regional-declared-ties: the fewest agencies where committee members declared a tie to the supplier.
        public var tiesMinimumAgencies = 2
        /// Where regional-declared-ties comes from, recorded on every such flag's cut-off.
        public var tiesSource: String? =
            "Organic Act 2561 s.126-128 (conflicts of interest); ACT Ai's cross-agency view of a firm's buyers"
    }

    /// Price against the reference price and the budget.
    public struct Price: Sendable, Hashable {
        /// Agreed price at or above this share of the reference price (and not above it) is flagged.
        public var nearReference = 0.99
        /// Methods price-near-reference applies to; nil for the competitive methods.
        public var nearReferenceMethods: Set<String>?
        /// Methods reference-equals-budget applies to; nil for the competitive methods.
        public var referenceEqualsBudgetMethods: Set<String>?
    }

    /// Cancellations and amendments.
    public struct Process: Sendable, Hashable {
        /// The fewest projects a department must have in the year.
        public var minimumProjects = 5
        /// The fewest changed projects flagged.
        public var minimumChanged = 2
        /// The lowest rate ever flagged.
        public var floorRate = 0.25
        /// Methods that must publish an invitation (D0) before a winner (W0).
        public var invitationRequired: Set<String> = ["e-bidding", "e-market", "price-inquiry"]
    }

    /// Days from invitation to winner.
    public struct FastAward: Sendable, Hashable {
        /// The minimum days per method, used when a method has fewer than `minimumSample` projects.
        public var minimumDays: [String: Int] = ["e-bidding": 15, "e-market": 5, "selection": 5, "price-inquiry": 5]
        /// Never flag an award that took this many days or more, whatever the data's fence says.
        public var maximumDays = 20
        /// The fewest projects of a method before its own quartiles are used.
        public var minimumSample = 20
    }

    /// Bidder counts (where a bidder list exists).
    public struct Bidders: Sendable, Hashable {
        /// Methods the rules apply to; nil for the competitive methods.
        public var methods: Set<String>?
        /// Fewer bidders than this (but more than one) is few-bidders.
        public var fewBelow = 3
    }

    /// Gifts from suppliers.
    public struct Gifts: Sendable, Hashable {
        /// Days before a procurement opens or after it ends within which a gift is flagged.
        public var windowDays = 180
    }

    /// An e-GP buyer mapped to an agency department code, or to the agency as a whole (`agency`).
    public struct BuyerMapping: Sendable, Hashable {
        /// The e-GP department id or the buyer's name as the data writes it.
        public var egp: String
        /// A department code from the directory, or `agency`.
        public var unit: String

        /// Creates the value from its parts.
        public init(egp: String, unit: String) {
            self.egp = egp
            self.unit = unit
        }
    }

    /// The methods `set` names, or the competitive ones.
    func methods(_ set: Set<String>?) -> Set<String> { set ?? competitiveMethods }
}
