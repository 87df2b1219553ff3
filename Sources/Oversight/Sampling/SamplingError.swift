import AuditPlans
import Foundation
import Sujarit

/// Why a sample could not be drawn. Each message names the option and value, and says what to do.
public enum SamplingError: Error, LocalizedError, Equatable, Sendable {
    /// `--size` below 1.
    case sizeNotPositive(Int)
    /// Nothing matched the filters (for monetary-unit sampling: nothing with an amount).
    case emptyPopulation(method: SamplingMethod)
    /// More items asked for than the population holds.
    case sizeAbovePopulation(Int, population: Int)
    /// The total times the size does not fit in 64 bits, which the exact arithmetic needs.
    case totalTooLarge(Money, size: Int)
    /// `--from` names a source there is no drawing from.
    case unknownSource(String)
    /// `--method-filter` names no procurement method.
    case unknownProcurementMethod(String)
    /// The population was walked twice (to count it, then to pick the items drawn) and the second walk found
    /// other items: procurement data was imported meanwhile. Nothing is recorded; the draw can be made again.
    case populationChanged

    /// The message shown to the user.
    public var errorDescription: String? {
        switch self {
        case .sizeNotPositive(let size):
            "--size \(size): a sample needs at least 1 item. Give --size 1 or more."
        case .emptyPopulation(.mus):
            """
            No procurement project matching the filters has an agreed price (ราคาตกลง), so there is nothing to \
            weigh for monetary-unit sampling. Import the contract data ('sujarit import contracts'), widen the \
            filters, or use --method random.
            """
        case .emptyPopulation:
            """
            No procurement project matches the filters (--department, --method-filter, --procurement-fy). List \
            the imported projects with 'sujarit procurement list', or widen the filters.
            """
        case let .sizeAbovePopulation(size, population):
            """
            --size \(size) asks for more items than the population holds (\(population)). Give --size \
            \(population) or less, or examine the whole population instead of sampling it.
            """
        case let .totalTooLarge(total, size):
            """
            The population's total (\(total.formatted()) บาท) times --size \(size) is too large to draw \
            exactly. Narrow the population with --department, --method-filter or --procurement-fy.
            """
        case .unknownSource(let source):
            "--from '\(source)' is not a source to sample from; the one source is 'procurement'."
        case .populationChanged:
            """
            The procurement data changed while the sample was drawn (an import ran at the same time), so the \
            draw would not be repeatable; nothing was recorded. Draw the sample again once the import is done.
            """
        case .unknownProcurementMethod(let text):
            """
            --method-filter '\(text)' is not a procurement method; use specific, e-bidding, e-market, \
            selection, price-inquiry, or consulting/… and design/… as 'sujarit procurement list' shows them.
            """
        }
    }
}
