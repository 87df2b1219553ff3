import Foundation
import Logging
import PostgresNIO

/// Who may see which agency's store in a database shared by many: the catalogue of agencies, and granting or
/// revoking people's access, which PostgreSQL itself then enforces (see ``AgencyRoles``).
///
/// Each call opens one connection as the URL's login and closes it; granting needs an administrator's login
/// (one that created the stores, or may manage roles).
public struct PostgresAccess: Sendable {
    /// What a grant covers.
    public enum Scope: Sendable, Hashable, CustomStringConvertible {
        /// One agency's store.
        case agency(String)
        /// Every agency registered in a province (its two-digit code), read only.
        case province(String)
        /// Every agency in the database, read only.
        case national

        public var description: String {
            switch self {
            case let .agency(id): "agency \(id)"
            case let .province(code): "province \(code)"
            case .national: "national view"
            }
        }
    }

    /// One agency in the catalogue, with what the current login may do with its store.
    public struct Agency: Sendable, Hashable, Codable {
        public var departmentID: String
        public var schema: String
        public var province: String?
        public var canRead: Bool
        public var canWrite: Bool
    }

    /// One login's membership of a group role, for `sujarit access list`.
    public struct Grant: Sendable, Hashable, Codable {
        public var login: String
        /// "agency 6302203", "province 96" or "national view".
        public var scope: String
        /// Whether the grant lets the login append (an agency's writer) or only read.
        public var canWrite: Bool
    }

    private let address: PostgresLocation
    private let logger: Logger

    /// Access administration for the database `url` names (its `agency=` part, if any, is ignored).
    public init(url: String) throws {
        address = try PostgresLocation(url: url).forAgency(nil)
        var logger = Logger(label: "sujarit.postgres.access")
        logger.logLevel = .critical
        self.logger = logger
    }

    /// The agencies in the catalogue, in department order; empty when the database holds no agency stores.
    public func agencies() async throws -> [Agency] {
        try await withConnection { connection in
            guard try await catalogueExists(on: connection) else { return [] }
            let rows = try await connection.query(
                """
                SELECT department_id, schema_name, province,
                       has_schema_privilege(schema_name, 'USAGE'),
                       has_schema_privilege(schema_name, 'USAGE')
                         AND to_regclass(quote_ident(schema_name) || '.events') IS NOT NULL
                         AND has_table_privilege(quote_ident(schema_name) || '.events', 'INSERT')
                FROM sujarit.agencies ORDER BY department_id
                """, logger: logger)
            var agencies: [Agency] = []
            for try await (id, schema, province, read, write) in rows.decode((String, String, String?, Bool, Bool).self)
            {
                agencies.append(
                    Agency(departmentID: id, schema: schema, province: province, canRead: read, canWrite: write))
            }
            return agencies
        }
    }

    /// Places `agency` in `province`: the province's view then reads its store (and no longer the old
    /// province's, if it moves).
    public func setProvince(_ province: String, of agency: String) async throws {
        guard AgencyRoles.isProvinceCode(province) else { throw PostgresAccessError.badProvince(province) }
        try await withConnection { connection in
            try await connection.query("BEGIN", logger: logger)
            do {
                let old = try await registeredProvince(of: agency, on: connection)
                let roles = AgencyRoles(database: address.database, agency: agency)
                let role = AgencyRoles.province(province, database: address.database)
                var statements = [
                    AgencyRoles.createRole(role),
                    "GRANT \(AgencyRoles.quoted(roles.reader)) TO \(AgencyRoles.quoted(role))",
                ]
                if let old, old != province {
                    statements.append(
                        """
                        REVOKE \(AgencyRoles.quoted(roles.reader)) FROM \
                        \(AgencyRoles.quoted(AgencyRoles.province(old, database: address.database)))
                        """
                    )
                }
                for statement in statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "UPDATE sujarit.agencies SET province = \(province) WHERE department_id = \(agency)", logger: logger
                )
                try await connection.query("COMMIT", logger: logger)
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
        }
    }

    /// Lets `login` use `scope`: an agency's store to write (or only read, with `readOnly`), or a province's
    /// or the nation's stores to read.
    public func grant(_ login: String, _ scope: Scope, readOnly: Bool = false) async throws {
        try await withConnection { connection in
            try await requireLogin(login, on: connection)
            for statement in try await groupRoles(of: scope, readOnly: readOnly, creating: true, on: connection) {
                if !statement.create.isEmpty {
                    try await connection.query(PostgresQuery(unsafeSQL: statement.create), logger: logger)
                }
                try await connection.query(
                    PostgresQuery(
                        unsafeSQL: "GRANT \(AgencyRoles.quoted(statement.role)) TO \(AgencyRoles.quoted(login))"),
                    logger: logger)
            }
        }
    }

    /// Takes `scope` away from `login` (both reading and writing, for an agency).
    public func revoke(_ login: String, _ scope: Scope) async throws {
        try await withConnection { connection in
            try await requireLogin(login, on: connection)
            var roles = try await groupRoles(of: scope, readOnly: false, creating: false, on: connection).map(\.role)
            if case let .agency(id) = scope { roles.append(AgencyRoles(database: address.database, agency: id).reader) }
            for role in roles {
                try await connection.query(
                    PostgresQuery(unsafeSQL: "REVOKE \(AgencyRoles.quoted(role)) FROM \(AgencyRoles.quoted(login))"),
                    logger: logger)
            }
        }
    }

    /// Every login's grants in this database, login by login.
    public func grants() async throws -> [Grant] {
        let prefix = address.database + "__"
        return try await withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT member.rolname, grouprole.rolname
                FROM pg_auth_members m
                JOIN pg_roles member ON member.oid = m.member
                JOIN pg_roles grouprole ON grouprole.oid = m.roleid
                WHERE member.rolcanlogin AND starts_with(grouprole.rolname, \(prefix))
                ORDER BY member.rolname, grouprole.rolname
                """, logger: logger)
            var grants: [Grant] = []
            for try await (login, role) in rows.decode((String, String).self) {
                let name = String(role.dropFirst(prefix.count))
                if name == "national" {
                    grants.append(Grant(login: login, scope: Scope.national.description, canWrite: false))
                } else if name.hasPrefix("province_") {
                    grants.append(
                        Grant(
                            login: login, scope: Scope.province(String(name.dropFirst(9))).description, canWrite: false)
                    )
                } else if let agency = name.split(separator: "__").first {
                    grants.append(
                        Grant(
                            login: login, scope: Scope.agency(String(agency)).description,
                            canWrite: name.hasSuffix("__write")))
                }
            }
            // A writer is also a reader of the same agency: show the stronger grant once.
            let writers = Set(grants.filter(\.canWrite).map { "\($0.login) \($0.scope)" })
            return grants.filter { $0.canWrite || !writers.contains("\($0.login) \($0.scope)") }
        }
    }

    // MARK: - Helpers

    private func groupRoles(
        of scope: Scope, readOnly: Bool, creating: Bool, on connection: PostgresConnection
    ) async throws -> [(create: String, role: String)] {
        switch scope {
        case let .agency(id):
            try await registeredProvince(of: id, on: connection)
            let roles = AgencyRoles(database: address.database, agency: id)
            return [("", readOnly ? roles.reader : roles.writer)]
        case let .province(code):
            guard AgencyRoles.isProvinceCode(code) else { throw PostgresAccessError.badProvince(code) }
            let role = AgencyRoles.province(code, database: address.database)
            return [(creating ? AgencyRoles.createRole(role) : "", role)]
        case .national:
            return [("", AgencyRoles.national(database: address.database))]
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
        }
    }
}
