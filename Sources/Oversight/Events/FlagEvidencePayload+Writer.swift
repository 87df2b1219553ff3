import Procurement
import Sujarit

extension FlagEvidencePayloadV1 {
    /// Writes the stored form of `evidence` as the value of the member just keyed: exactly the bytes
    /// `JSONEncoder` gives for `FlagEvidencePayloadV1(evidence)` (keys in its byte order, optional members left
    /// out when nil, empty lists written `[]`, fractions rounded to six decimals and written as `JSONEncoder`
    /// writes a `Double`). False when a fraction is not finite, which `JSONEncoder` refuses: the caller then
    /// encodes with it, so the error is the same as before.
    ///
    /// Why: encoding a flag's evidence was a ninth of `flags run` (issue 17). `FlagPayloadTests` compares the
    /// two writers on every fixture and on every indicator's candidates.
    static func write(_ evidence: FlagEvidence, into writer: inout FlatJSON.Writer) -> Bool {
        writer.openObject()
        if let cutOff = evidence.cutOff {
            writer.key("cutOff")
            guard write(cutOff, into: &writer) else { return false }
        }
        writer.addArray("declarations", evidence.declarations) {
            write($0, into: &$1)
            return true
        }
        let figures = writer.addArray("figures", evidence.figures) { figure, writer in
            writer.openObject()
            writer.add("name", figure.name)
            writer.key("value")
            guard write(figure.value, into: &writer) else { return false }
            writer.closeObject()
            return true
        }
        guard figures else { return false }
        writer.addArray("gifts", evidence.gifts) {
            write($0, into: &$1)
            return true
        }
        writer.add("omittedProjects", evidence.omittedProjects)
        writer.addArray("people", evidence.people) { person, writer in
            writer.openObject()
            writer.add("capacity", person.capacity)
            writer.add("department", person.department)
            writer.add("staffID", person.staffID)
            writer.closeObject()
            return true
        }
        writer.addArray("projects", evidence.projects) {
            write($0, into: &$1)
            return true
        }
        if let supplier = evidence.supplier {
            writer.key("supplier")
            write(supplier, into: &writer)
        }
        writer.closeObject()
        return true
    }

    private static func write(_ project: ProjectFact, into writer: inout FlatJSON.Writer) {
        writer.openObject()
        writer.add("amount", project.amount?.decimalString)
        writer.add("awarded", date: project.awarded)
        writer.add("budget", project.budget?.decimalString)
        writer.add("departmentID", project.departmentID)
        writer.add("departmentName", project.departmentName)
        writer.add("fiscalYear", project.fiscalYear.be)
        writer.add("method", project.method)
        writer.add("projectID", project.projectID)
        writer.add("referencePrice", project.referencePrice?.decimalString)
        writer.add("title", project.title)
        writer.key("winners")
        writer.openArray()
        for winner in project.winners { writer.element(winner) }
        writer.closeArray()
        writer.closeObject()
    }

    /// `{"<kind>":value}`, fractions rounded as ``FigureValue/rounded(_:)`` rounds them; false when not finite.
    private static func write(_ value: Oversight.FigureValue, into writer: inout FlatJSON.Writer) -> Bool {
        writer.openObject()
        switch value {
        case .money(let money): writer.add("money", money.decimalString)
        case .count(let count): writer.add("count", count)
        case .share(let fraction), .ratio(let fraction), .number(let fraction):
            let rounded = FigureValue.rounded(fraction)
            guard rounded.isFinite else { return false }
            switch value {
            case .share: writer.add("share", rounded)
            case .ratio: writer.add("ratio", rounded)
            default: writer.add("number", rounded)
            }
        case .days(let days): writer.add("days", days)
        case .date(let date): writer.add("date", date: date)
        }
        writer.closeObject()
        return true
    }

    private static func write(_ cutOff: Oversight.CutOff, into writer: inout FlatJSON.Writer) -> Bool {
        writer.openObject()
        writer.add("basis", CutOff.Basis(cutOff.basis).rawValue)
        writer.add("configurationVersion", cutOff.configurationVersion)
        writer.add("setting", cutOff.setting)
        if let statistics = cutOff.statistics {
            guard statistics.multiplier.isFinite, statistics.q1.isFinite, statistics.q3.isFinite else { return false }
            writer.key("statistics")
            writer.openObject()
            writer.add("multiplier", statistics.multiplier)
            writer.add("population", statistics.population)
            writer.add("q1", statistics.q1)
            writer.add("q3", statistics.q3)
            writer.add("sample", statistics.sample)
            writer.add("side", statistics.side == .upper ? "upper" : "lower")
            writer.closeObject()
        }
        writer.key("value")
        guard write(cutOff.value, into: &writer) else { return false }
        writer.closeObject()
        return true
    }

    private static func write(_ declaration: DeclarationFact, into writer: inout FlatJSON.Writer) {
        writer.openObject()
        writer.add("declarant", declaration.declarant)
        writer.add("declarationID", declaration.declarationID)
        writer.add("department", declaration.department)
        writer.add("detail", declaration.detail)
        writer.key("party")
        write(declaration.party, into: &writer)
        writer.add("project", declaration.project)
        writer.add("recused", declaration.recused)
        writer.add("relationship", declaration.relationship)
        writer.closeObject()
    }

    private static func write(_ gift: GiftFact, into writer: inout FlatJSON.Writer) {
        writer.openObject()
        writer.add("date", date: gift.date)
        writer.add("department", gift.department)
        writer.add("description", gift.description)
        writer.add("entryID", gift.entryID)
        writer.key("giver")
        write(gift.giver, into: &writer)
        writer.add("occasion", gift.occasion)
        writer.add("recipient", gift.recipient)
        writer.add("value", gift.value.decimalString)
        writer.closeObject()
    }

    /// `PartyReference`'s synthesized coding: `name`, then `taxID` when known.
    private static func write(_ party: PartyReference, into writer: inout FlatJSON.Writer) {
        writer.openObject()
        writer.add("name", party.name)
        writer.add("taxID", party.taxID?.digits)
        writer.closeObject()
    }
}

extension FlagEvidencePayloadV1.CutOff.Basis {
    /// The stored basis of the model's.
    init(_ basis: Oversight.CutOff.Basis) {
        self =
            switch basis {
            case .configured: .configured
            case .dataFence: .dataFence
            case .floor: .floor
            }
    }
}

extension FlagEvidence {
    /// The evidence as its stored form reads back: fractions of figures and of the cut-off rounded to six
    /// decimals, as ``FlagEvidencePayloadV1`` stores them (the rest is stored exactly). A flag's event carried
    /// from its append (``EventStore/DecodedPayload``) holds this, so that it equals what the payload decodes to.
    var asStored: FlagEvidence {
        func rounded(_ value: FigureValue) -> FigureValue {
            switch value {
            case .share(let fraction): .share(FigureValue.rounded(fraction))
            case .ratio(let fraction): .ratio(FigureValue.rounded(fraction))
            case .number(let fraction): .number(FigureValue.rounded(fraction))
            default: value
            }
        }
        var stored = self
        for index in stored.figures.indices { stored.figures[index].value = rounded(stored.figures[index].value) }
        stored.cutOff?.value = rounded(cutOff?.value ?? .count(0))
        return stored
    }
}
