import Agency
import Foundation
import Sujarit

/// A file of committees and declarations to record at once (`sujarit coi import FILE`), such as the
/// example `Registers/examples/takbai/declarations-2568.yaml`:
///
/// ```yaml
/// committees:
///   - project: 67119000333
///     appointed: 15 ต.ค. 67
///     order: คำสั่งเทศบาลเมืองตากใบ ที่ 412/2567
///     members: [surachai:e-bidding-chair, rusdee:e-bidding-member]
/// declarations:
///   - person: surachai
///     fiscal_year: 2568          # annual; or project: + role: for a procurement
///     signed: 1 ต.ค. 67
///     no_interest: true
///   - person: rusdee
///     project: 67119000333
///     role: e-bidding-member
///     signed: 20 พ.ย. 67
///     interests:
///       - party: ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา
///         tax_id: 0963550000123
///         relationship: relative
///         detail: พี่เขยเป็นหุ้นส่วนผู้จัดการ
/// ```
public struct DeclarationsFile: Sendable, Hashable {
    /// Where an item sits in the file, so a refusal by the register names the line.
    public struct Place: Sendable, Hashable {
        public var file: String
        public var line: Int?
        public var field: String
    }

    /// A committee list and where it was written.
    public struct CommitteeItem: Sendable, Hashable {
        public var project: EGPProjectID
        public var seats: [CommitteeSeat]
        public var appointedOn: CalendarDate?
        public var order: String?
        public var place: Place
    }

    /// A declaration and where it was written.
    public struct DeclarationItem: Sendable, Hashable {
        public var signing: Declaration.Signing
        public var place: Place
    }

    public var committees: [CommitteeItem]
    public var declarations: [DeclarationItem]

    /// Reads and checks the file's shape and values; the register's own rules (people in the directory,
    /// dates) are checked when it is recorded.
    /// - throws: `ConfigurationError` naming file, line and field.
    public static func load(_ path: String) throws -> DeclarationsFile {
        try parse(try ConfigNode.load(path))
    }

    /// Reads an already parsed document (see ``load(_:)``).
    public static func parse(_ root: ConfigNode) throws -> DeclarationsFile {
        try root.allowOnly(["committees", "declarations"])
        var committees: [CommitteeItem] = []
        for node in try root.optional("committees")?.items() ?? [] {
            try node.allowOnly(["project", "appointed", "order", "members"])
            let membersNode = try node.required("members")
            committees.append(
                CommitteeItem(
                    project: try value(node.required("project")) { try EGPProjectID(projectNumber: $0.text()) },
                    seats: try membersNode.items().map { item in
                        try value(item) { try CommitteeSeat(parsing: $0.text()) }
                    },
                    appointedOn: try node.optional("appointed")?.date(), order: try node.optionalText("order"),
                    place: place(node)
                ))
        }
        var declarations: [DeclarationItem] = []
        for node in try root.optional("declarations")?.items() ?? [] {
            try node.allowOnly([
                "person", "fiscal_year", "project", "role", "signed", "no_interest", "interests", "note",
            ])
            let subject: DeclarationSubject
            if let yearNode = try node.optional("fiscal_year") {
                subject = .annual(try value(yearNode) { try FiscalYear.parse($0.text()) })
            } else if let projectNode = try node.optional("project") {
                subject = .procurement(
                    try value(projectNode) { try EGPProjectID(projectNumber: $0.text()) },
                    role: try value(node.required("role")) { try ProcurementRole(parsing: $0.text()) }
                )
            } else {
                throw node.error(
                    "give fiscal_year (an annual declaration) or project and role (a procurement declaration)")
            }
            let interests = try (node.optional("interests")?.items() ?? []).map(interest)
            let noInterest = try node.optional("no_interest").map(flag) ?? false
            declarations.append(
                DeclarationItem(
                    signing: Declaration.Signing(
                        declarant: try node.text("person"), subject: subject,
                        signedOn: try node.required("signed").date(),
                        interests: interests, noInterest: noInterest, note: try node.optionalText("note")
                    ), place: place(node)))
        }
        return DeclarationsFile(committees: committees, declarations: declarations)
    }

    static func interest(_ node: ConfigNode) throws -> DeclaredInterest {
        try node.allowOnly(["party", "tax_id", "kind", "relationship", "share", "from", "to", "detail"])
        let taxID = try node.optional("tax_id").map { taxNode in try value(taxNode) { try TaxID(validating: $0.text()) }
        }
        let party = try node.optionalText("party").map { PartyReference(name: $0, taxID: taxID) }
        return DeclaredInterest(
            party: party,
            partyKind: try node.optional("kind").map { kindNode in
                try value(kindNode) { node in
                    guard let kind = PartyKind(rawValue: try node.text()) else {
                        throw DeclarationsError.invalidKind(try node.text())
                    }
                    return kind
                }
            },
            relationship: try value(node.required("relationship")) { try Relationship(parsing: $0.text()) },
            share: try node.optional("share").map { shareNode in
                try value(shareNode) { try SharePercentage(parsing: $0.text()) }
            },
            from: try node.optional("from")?.date(), to: try node.optional("to")?.date(),
            detail: try node.optionalText("detail")
        )
    }

    /// Runs `read` on `node`, turning any error other than a `ConfigurationError` into one placed at the node.
    static func value<T>(_ node: ConfigNode, _ read: (ConfigNode) throws -> T) throws -> T {
        do { return try read(node) } catch let error as ConfigurationError { throw error } catch {
            throw node.error(error.localizedDescription)
        }
    }

    /// `true`/`false` (also `yes`/`no`, `ใช่`/`ไม่`).
    public static func flag(_ node: ConfigNode) throws -> Bool {
        let text = try node.text()
        switch text.lowercased() {
        case "true", "yes", "ใช่": return true
        case "false", "no", "ไม่": return false
        default: throw node.error("expected true or false, found '\(text)'")
        }
    }

    static func place(_ node: ConfigNode) -> Place { Place(file: node.file, line: node.line, field: node.path) }
}

extension DeclarationsFile.Place {
    /// `error` from the register, placed at this item of the file.
    public func wrap(_ error: any Error) -> ConfigurationError {
        ConfigurationError(file: file, line: line, field: field, message: error.localizedDescription)
    }
}
