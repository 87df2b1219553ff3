import Agency
import ArgumentParser
import EventStore
import Foundation
import Presentation
import Sujarit

/// Reading option values for the personal-data registers (declarations, gifts), and finding out who is
/// looking: parsing only, the rules live in the modules.
enum RegisterInput {
    /// An amount of baht from an option; a negative amount is left to the register to refuse.
    static func money(_ text: String, option: String) throws -> Money {
        do { return try Money.parse(text) } catch { throw ValidationError("\(option): \(error.localizedDescription)") }
    }

    /// A validated tax id from an option.
    static func taxID(_ text: String?, option: String) throws -> TaxID? {
        guard let text, !text.isEmpty else { return nil }
        do { return try TaxID(validating: text) } catch {
            throw ValidationError("\(option): \(error.localizedDescription) Leave \(option) out when it is not known.")
        }
    }

    /// The directory and the acting user's entry in it (nil when the actor is not a staff id).
    static func viewer(
        _ storeOptions: StoreOptions, store: any EventStore
    ) async throws -> (AgencyDirectory, StaffMember?) {
        let directory = try await AgencyDirectory.load(from: store)
        return (directory, directory.member(storeOptions.actorName))
    }

    /// The line told to someone who sees totals only.
    static func totalsNotice(_ actor: String, viewer: StaffMember?) -> String {
        let who = viewer.map { "\($0.name) (\($0.id))" } ?? "'\(actor)', who is not in the agency directory,"
        return "Totals only (แสดงเฉพาะยอดรวม): \(who) may not see names and details, which are personal data. "
            + "Only the internal auditor and the legal officer (นิติกร) see them: run with --as <their staff id>."
    }

    /// One line of a totals-only table: what is counted, as a code for scripts and in Thai and English, and
    /// how many.
    struct TotalsLine {
        var item: String
        var label: LocalizedLabel
        var count: Int
    }

    /// The totals shown to someone who may not see names: `รายการ Item` and `จำนวน Count` for people; `item`
    /// (a stable code), `item_th`, `item_en` and `count` (a number) for scripts.
    static func totalsTable(_ lines: [TotalsLine], machine: Bool) -> Table {
        guard machine else {
            var table = Table(columns: [
                .init("รายการ Item", key: "item"), .init("จำนวน Count", key: "count", alignment: .trailing),
            ])
            for line in lines { table.append(["\(line.label.th) \(line.label.en)", .integer(line.count)]) }
            return table
        }
        var table = Table(columns: [
            .init("item"), .init("item_th"), .init("item_en"), .init("count", alignment: .trailing),
        ])
        for line in lines {
            table.append([.text(line.item), .text(line.label.th), .text(line.label.en), .integer(line.count)])
        }
        return table
    }

    /// A person's name for display: `นายสุรชัย พรหมทอง (surachai)`.
    static func name(_ id: String, in directory: AgencyDirectory) -> String {
        directory.member(id).map { "\($0.name) (\(id))" } ?? id
    }

    /// Reads one line from standard input for interactive entry; nil at end of input.
    static func ask(_ prompt: String) -> String? {
        // A prompt that cannot be shown (standard error closed) is dropped, as progress is: the answer still counts.
        try? StandardStream.error.write("\(prompt): ")
        guard let line = readLine(strippingNewline: true) else { return nil }
        return line.trimmingCharacters(in: .whitespaces)
    }
}
