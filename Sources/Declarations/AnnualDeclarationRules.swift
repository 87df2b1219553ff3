import Agency
import EventStore
import Foundation
import Sujarit

/// Who must make the annual declaration of interests, read from `Registers/annual-declarations.yaml`:
/// staff holding one of `roles`, or whose position is one of `positions` (a trailing `*` matches by prefix,
/// e.g. `ผู้อำนวยการกอง*`). Agencies decide this by their own order, so it is configuration.
public struct AnnualDeclarationRules: Sendable, Hashable {
    /// The order or regulation the list comes from, as the file names it.
    public var source: String
    /// Directory roles whose holders must declare.
    public var roles: Set<Role>
    /// Position titles whose holders must declare; an entry ending in `*` matches every title it begins.
    public var positions: [String]

    public init(source: String, roles: Set<Role>, positions: [String]) {
        self.source = source
        self.roles = roles
        self.positions = positions
    }

    /// Reads the rules file. Errors name the file, line and field, listing the roles accepted.
    public static func load(_ path: String) throws -> AnnualDeclarationRules {
        let root = try ConfigNode.load(path)
        try root.allowOnly(["version", "source", "roles", "positions"])
        var roles = Set<Role>()
        if let node = try root.optional("roles") {
            for item in try node.items() {
                let text = try item.text()
                guard let role = Role(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
                    throw item.error(
                        """
                        '\(text)' is not a directory role; write one of \
                        \(Role.allCases.map(\.rawValue).joined(separator: ", "))
                        """
                    )
                }
                roles.insert(role)
            }
        }
        let positions = try root.optional("positions")?.texts() ?? []
        guard !roles.isEmpty || !positions.isEmpty else {
            throw root.error("name who must declare: at least one entry under roles or positions")
        }
        return AnnualDeclarationRules(source: try root.text("source"), roles: roles, positions: positions)
    }

    /// The rules in force: `annual-declarations.yaml` in `registers` (the registers folder, when known).
    ///
    /// - throws: ``DeclarationsError/noAnnualRules(_:)`` when there is none: who must declare is the
    ///   agency's decision, so there is no built-in list.
    public static func resolve(registers: String?) throws -> AnnualDeclarationRules {
        let path = registers.map { ($0 as NSString).appendingPathComponent("annual-declarations.yaml") }
        guard let path, FileManager.default.fileExists(atPath: path) else {
            throw DeclarationsError.noAnnualRules(registers ?? "(no Registers folder found)")
        }
        return try load(path)
    }

    /// Why `member` must declare (the role or position that obliges them), or nil when they need not.
    public func obligation(of member: StaffMember) -> String? {
        if let role = member.roles.filter(roles.contains).sorted(by: { $0.rawValue < $1.rawValue }).first {
            return "role:\(role.rawValue)"
        }
        let position = member.position.trimmingCharacters(in: .whitespaces)
        for entry in positions {
            let matches = entry.hasSuffix("*") ? position.hasPrefix(String(entry.dropLast())) : position == entry
            if matches { return "position:\(entry)" }
        }
        return nil
    }
}

/// One person who must make the annual declaration for a fiscal year, with whether they have.
public struct AnnualObligation: Sendable, Hashable {
    public var staffID: String
    public var position: String
    /// What obliges them: `role:executive` or `position:ปลัดเทศบาล`.
    public var because: String
    /// Declared (a declaration in force), missing, or withdrawn with none since.
    public var state: SeatDeclaration.State
    /// The annual declaration's id, when there is one.
    public var declarationID: String?
}

extension DeclarationQueries {
    /// Everyone `rules` oblige who served at any time in `fiscalYear`, with their annual declaration's
    /// state, by staff id.
    public static func annualObligations(
        _ store: any EventStore, fiscalYear: FiscalYear, rules: AnnualDeclarationRules, directory: AgencyDirectory
    ) async throws -> [AnnualObligation] {
        let annual = try await list(store, filter: DeclarationFilter(fiscalYear: fiscalYear)).filter {
            $0.kind == .annual
        }
        return directory.staff.sorted { $0.id < $1.id }.compactMap { member in
            guard (member.since.map { $0 <= fiscalYear.end } ?? true),
                (member.until.map { $0 >= fiscalYear.start } ?? true),
                let because = rules.obligation(of: member)
            else { return nil }
            let mine = annual.filter { $0.declarant == member.id }
            let active = mine.first(where: \.isActive)
            return AnnualObligation(
                staffID: member.id, position: member.position, because: because,
                state: active != nil ? .declared : mine.isEmpty ? .missing : .withdrawn,
                declarationID: (active ?? mine.first)?.id
            )
        }
    }
}
