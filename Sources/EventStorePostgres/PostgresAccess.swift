import Foundation
import Logging
import PostgresNIO

/// Who may see which agency's store in a database shared by many: the catalogue of agencies, and granting or
/// revoking people's access, which PostgreSQL itself then enforces (see ``SharedSchema``).
///
/// A grant is a row of `sujarit.members` that the row-level security policies read, plus membership of the
/// database's one users role (which holds the privilege to read the shared tables at all): no role is made per
/// agency or province, so the server's catalog does not grow with the country. Each call opens one connection
/// as the URL's login and closes it; granting needs the administrator's login (the one that created the stores,
/// or a member of its role), who must also be allowed to grant the users role (its creator, or CREATEROLE).
public struct PostgresAccess: Sendable {
    /// What a grant covers.
    public enum Scope: Sendable, Hashable, CustomStringConvertible {
        /// One agency's store.
        case agency(String)
        /// Every agency registered in a province (its two-digit code), read only.
        case province(String)
        /// Every agency in the database, read only.
        case national
        /// Adding to the public procurement data every agency reads (`import egp`, `import contracts`), which
        /// everyone may read anyway; see ``PostgresLocation/publicDataAgency``.
        case importer

        public var description: String {
            switch self {
            case .agency(PostgresLocation.publicDataAgency), .importer: "importer of public procurement data"
            case let .agency(id): "agency \(id)"
            case let .province(code): "province \(code)"
            case .national: "national view"
            }
        }
    }

    /// One agency in the catalogue, with what the current login may do with its store.
    public struct Agency: Sendable, Hashable, Codable {
        /// The agency's e-GP department id.
        public var departmentID: String
        /// Its two-digit province code, when placed in one.
        public var province: String?
        /// Whether the current login may read its store.
        public var canRead: Bool
        /// Whether the current login may append to it.
        public var canWrite: Bool
        /// Whether the current login reads its personal data (declarations, gifts).
        public var reviews: Bool
    }

    /// One login's membership of a group role, for `sujarit access list`.
    public struct Grant: Sendable, Hashable, Codable {
        public var login: String
        /// "agency 6302203", "province 96" or "national view".
        public var scope: String
        /// Whether the grant lets the login append (an agency's writer) or only read.
        public var canWrite: Bool
        /// Whether the login reads the agency's personal data (declarations, gifts): its reviewers only.
        public var reviewer: Bool
    }

    private let address: PostgresLocation
    private let logger: Logger

    /// Whether `code` is a province code: two ASCII digits, as the Department of Provincial Administration numbers
    /// them (96 for นราธิวาส).
    public static func isProvinceCode(_ code: String) -> Bool { SharedSchema.isProvinceCode(code) }

    /// Access administration for the database `url` names (its `agency=` part, if any, is ignored).
    public init(url: String) throws {
        address = try PostgresLocation(url: url).forAgency(nil)
        var logger = Logger(label: "sujarit.postgres.access")
        logger.logLevel = .critical
        self.logger = logger
    }

    /// The agencies in the catalogue, in department order, with what this login may do with each; empty when
    /// the database holds no agency stores.
    public func agencies() async throws -> [Agency] {
        try await withConnection { connection in
            guard try await catalogueExists(on: connection) else { return [] }
            let rows = try await connection.query(
                """
                SELECT department_id, province,
                       sujarit.sees_all() OR department_id = ANY (sujarit.readable()),
                       sujarit.is_admin() OR department_id = ANY (sujarit.writable()),
                       sujarit.is_admin() OR department_id = ANY (sujarit.reviewable())
                FROM sujarit.agencies WHERE department_id <> \(PostgresLocation.publicDataAgency)
                ORDER BY department_id
                """, logger: logger)
            var agencies: [Agency] = []
            for try await (id, province, read, write, review) in rows.decode(
                (String, String?, Bool, Bool, Bool).self)
            {
                agencies.append(
                    Agency(departmentID: id, province: province, canRead: read, canWrite: write, reviews: review))
            }
            return agencies
        }
    }

    /// Places `agency` in `province`: the province's viewers then read its store (and no longer the old
    /// province's, if it moves).
    public func setProvince(_ province: String, of agency: String) async throws {
        guard SharedSchema.isProvinceCode(province) else { throw PostgresAccessError.badProvince(province) }
        try await withConnection { connection in
            try await registeredProvince(of: agency, on: connection)
            try await connection.query(
                "UPDATE sujarit.agencies SET province = \(province) WHERE department_id = \(agency)", logger: logger)
        }
    }

    /// Lets `login` use `scope`: an agency's store to write (or only read, with `readOnly`), and its personal
    /// data with `reviewer`; or a province's or the nation's stores to read (never their personal data).
    public func grant(_ login: String, _ scope: Scope, readOnly: Bool = false, reviewer: Bool = false) async throws {
        try await withConnection { connection in
            try await requireLogin(login, on: connection)
            let (kind, key) = try await row(of: scope, on: connection)
            let agency = kind == "agency"
            try await connection.query(
                PostgresQuery(
                    unsafeSQL: "GRANT \(SharedSchema.quoted(SharedSchema.usersRole(of: address.database))) TO "
                        + SharedSchema.quoted(login)), logger: logger)
            try await connection.query(
                """
                INSERT INTO sujarit.members (login, scope_kind, scope, can_write, reviewer)
                VALUES (\(login), \(kind), \(key), \(agency && !readOnly), \(agency && reviewer))
                ON CONFLICT (login, scope_kind, scope) DO UPDATE SET can_write = excluded.can_write,
                    reviewer = excluded.reviewer, granted_by = session_user, granted_at = now()
                """, logger: logger)
        }
    }

    /// Takes `scope` away from `login`; the login keeps the users role while it holds any other grant.
    public func revoke(_ login: String, _ scope: Scope) async throws {
        try await withConnection { connection in
            try await requireLogin(login, on: connection)
            let (kind, key) = try await row(of: scope, on: connection)
            try await connection.query(
                "DELETE FROM sujarit.members WHERE login = \(login) AND scope_kind = \(kind) AND scope = \(key)",
                logger: logger)
            let remaining = try await connection.query(
                "SELECT count(*) FROM sujarit.members WHERE login = \(login)", logger: logger
            ).decode(Int64.self)
            for try await count in remaining where count == 0 {
                try await connection.query(
                    PostgresQuery(
                        unsafeSQL: "REVOKE \(SharedSchema.quoted(SharedSchema.usersRole(of: address.database))) FROM "
                            + SharedSchema.quoted(login)), logger: logger)
            }
        }
    }

    /// Every login's grants in this database, login by login.
    public func grants() async throws -> [Grant] {
        try await withConnection { connection in
            guard try await catalogueExists(on: connection) else { return [] }
            let rows = try await connection.query(
                """
                SELECT login, scope_kind, scope, can_write, reviewer FROM sujarit.members
                ORDER BY login, scope_kind, scope
                """, logger: logger)
            var grants: [Grant] = []
            for try await (login, kind, scope, write, reviewer) in rows.decode(
                (String, String, String, Bool, Bool).self)
            {
                let shown: Scope =
                    switch kind {
                    case "agency": .agency(scope)
                    case "province": .province(scope)
                    default: .national
                    }
                grants.append(Grant(login: login, scope: shown.description, canWrite: write, reviewer: reviewer))
            }
            return grants
        }
    }

    // MARK: - Helpers

    /// The `members` row's kind and scope for `scope`, checked against the catalogue.
    private func row(of scope: Scope, on connection: PostgresConnection) async throws -> (String, String) {
        switch scope {
        case let .agency(id):
            try await registeredProvince(of: id, on: connection)
            return ("agency", id)
        case let .province(code):
            guard SharedSchema.isProvinceCode(code) else { throw PostgresAccessError.badProvince(code) }
            guard try await catalogueExists(on: connection) else { throw PostgresAccessError.noSharedStores }
            return ("province", code)
        case .national:
            guard try await catalogueExists(on: connection) else { throw PostgresAccessError.noSharedStores }
            return ("national", "")
        case .importer:
            // The public store's row is made by the layout's migration, so the same check finds it.
            try await registeredProvince(of: PostgresLocation.publicDataAgency, on: connection)
            return ("agency", PostgresLocation.publicDataAgency)
        }
    }

    private func requireLogin(_ login: String, on connection: PostgresConnection) async throws {
        for try await _ in try await connection.query(
            "SELECT 1 FROM pg_roles WHERE rolname = \(login) AND rolcanlogin", logger: logger
        ).decode(Int.self) {
            return
        }
        throw PostgresAccessError.unknownLogin(login)
    }

    private func catalogueExists(on connection: PostgresConnection) async throws -> Bool {
        for try await present in try await connection.query(
            "SELECT to_regclass('sujarit.agencies') IS NOT NULL", logger: logger
        ).decode(Bool.self) {
            return present
        }
        return false
    }

    /// The agency's province in the catalogue (nil when it has none); throws when the agency is not there.
    @discardableResult
    private func registeredProvince(of agency: String, on connection: PostgresConnection) async throws -> String? {
        guard try await catalogueExists(on: connection) else { throw PostgresAccessError.unknownAgency(agency) }
        for try await province in try await connection.query(
            "SELECT province FROM sujarit.agencies WHERE department_id = \(agency)", logger: logger
        ).decode(String?.self) {
            return province
        }
        throw PostgresAccessError.unknownAgency(agency)
    }

    private func withConnection<T: Sendable>(_ work: (PostgresConnection) async throws -> T) async throws -> T {
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(
                configuration: address.connectionConfiguration, id: 0, logger: logger)
        } catch let error as PSQLError {
            throw PostgresStoreError.unreachable(
                address.description, reason: error.serverInfo?[.message] ?? "the server did not answer (\(error.code))")
        }
        do {
            let result = try await work(connection)
            try await connection.close()
            return result
        } catch {
            try? await connection.close()
            if let psql = error as? PSQLError, let message = psql.serverInfo?[.message] {
                if psql.serverInfo?[.sqlState] == "42501" {
                    throw PostgresStoreError.accessDenied(address.description, role: address.username, reason: message)
                }
                throw PostgresAccessError.refused(message)
            }
            throw error
        }
    }
}

/// Why an access change could not be made.
public enum PostgresAccessError: Error, LocalizedError, Equatable, Sendable {
    /// No PostgreSQL role of that name may log in.
    case unknownLogin(String)
    /// The agency has no store in this database.
    case unknownAgency(String)
    /// Not a two-digit province code.
    case badProvince(String)
    /// The server refused, with its reason.
    case refused(String)
    /// The database holds no agency stores yet.
    case noSharedStores

    public var errorDescription: String? {
        switch self {
        case let .unknownLogin(login):
            """
            There is no PostgreSQL login '\(login)'. Create it first (CREATE ROLE \(login) LOGIN PASSWORD '…'), \
            then grant it access.
            """
        case let .unknownAgency(agency):
            """
            Agency \(agency) has no store in this database. Create it with `sujarit init --store \
            'postgres://…?agency=\(agency)'`.
            """
        case let .badProvince(code):
            """
            '\(code)' is not a province code: give the two digits of the Department of Provincial Administration \
            (e.g. 96 for นราธิวาส, 10 for กรุงเทพมหานคร).
            """
        case let .refused(message):
            "PostgreSQL refused: \(message)."
        case .noSharedStores:
            """
            This database holds no agency stores yet: create one first with `sujarit init --store \
            'postgres://…?agency=ID'` as the administrator.
            """
        }
    }
}
