import EventStore
import Foundation
import Logging
import PostgresNIO

/// Moves a database in the per-agency layout of earlier versions (one schema `agency_<id>` and two roles per
/// agency) to the shared layout in another database (`sujarit migrate --from postgres://…old --to …new`).
///
/// Each agency's log is copied verbatim with ``StoreMigration`` (chains verified on both sides, heads compared,
/// safe to run again after an interruption), its province is set, and the logins' grants are carried over as
/// membership rows: an agency's writers and readers, provinces' and the national viewers. The old layout had no
/// reviewers: who may read personal data is granted afresh (`sujarit access grant LOGIN --agency ID --reviewer`).
/// The old database is only read.
public struct LayoutMigration: Sendable {
    /// One agency's move.
    public struct Moved: Sendable {
        /// The agency's e-GP department id.
        public var agency: String
        /// Its province, when the old catalogue had one.
        public var province: String?
        /// The copy of its log (nil for an agency that had recorded nothing: its empty store is created).
        public var copy: StoreMigrationReport?
    }

    /// What the migration did.
    public struct Report: Sendable {
        /// Each agency, in department order.
        public var agencies: [Moved]
        /// The grants carried over.
        public var grants: [PostgresAccess.Grant]
        /// Grants that could not be carried over, with the reason (a login missing on the new server).
        public var skipped: [String]
    }

    /// The old database (per-agency schemas), as its administrator.
    public var sourceURL: String
    /// The new database (shared layout), as its administrator.
    public var targetURL: String
    /// The read models the new stores keep.
    public var projections: [any Projection]
    /// The streams and tables only reviewers read.
    public var privacy: SharedPrivacy

    /// Describes a migration; ``run(progress:)`` performs it.
    public init(sourceURL: String, targetURL: String, projections: [any Projection], privacy: SharedPrivacy) {
        self.sourceURL = sourceURL
        self.targetURL = targetURL
        self.projections = projections
        self.privacy = privacy
    }

    /// Copies every agency, then the grants; `progress` hears of each agency as it starts (index from 0).
    public func run(
        progress: (@Sendable (_ agency: String, _ index: Int, _ total: Int) -> Void)? = nil
    ) async throws
        -> Report
    {
        let source = try PostgresLocation(url: sourceURL).forAgency(nil)
        let target = try PostgresLocation(url: targetURL).forAgency(nil)
        guard source.database != target.database || source.host != target.host || source.port != target.port else {
            throw LayoutMigrationError.sameDatabase(source.description)
        }
        let (catalogue, grants) = try await readOld(source)
        var moved: [Moved] = []
        let access = try PostgresAccess(url: target.description)
        for (index, entry) in catalogue.enumerated() {
            progress?(entry.agency, index, catalogue.count)
            var legacy = source
            legacy.legacySchema = entry.schema
            let old = try PostgresEventStore.open(url: legacy.url, projections: [])
            let newURL = target.forAgency(entry.agency).url
            var copy: StoreMigrationReport?
            if try await old.lastSequence() == 0 {
                let store = try PostgresEventStore.open(url: newURL, projections: projections, privacy: privacy)
                do {
                    try await store.ready()
                } catch EventStoreError.storeNotFound {
                    try await PostgresEventStore.create(url: newURL, projections: projections, privacy: privacy).ready()
                }
            } else {
                copy = try await StoreMigration(
                    source: old, targetURL: newURL, projections: projections, privacy: privacy
                ).run()
            }
            if let province = entry.province { try await access.setProvince(province, of: entry.agency) }
            moved.append(Moved(agency: entry.agency, province: entry.province, copy: copy))
        }
        var carried: [PostgresAccess.Grant] = []
        var skipped: [String] = []
        for grant in grants {
            do {
                try await access.grant(grant.login, grant.scope, readOnly: !grant.canWrite)
                carried.append(
                    PostgresAccess.Grant(
                        login: grant.login, scope: grant.scope.description, canWrite: grant.canWrite, reviewer: false))
            } catch let error as PostgresAccessError {
                skipped.append("\(grant.login) (\(grant.scope)): \(error.localizedDescription)")
            }
        }
        return Report(agencies: moved, grants: carried, skipped: skipped)
    }

    private struct OldGrant {
        var login: String
        var scope: PostgresAccess.Scope
        var canWrite: Bool
    }

    /// The old catalogue and the logins' memberships of the old group roles (`<db>__<agency>__write|read`,
    /// `<db>__province_<code>`, `<db>__national`); a writer's reader membership is folded into the writer's.
    private func readOld(
        _ source: PostgresLocation
    ) async throws -> ([(agency: String, schema: String, province: String?)], [OldGrant]) {
        var logger = Logger(label: "sujarit.postgres.layout")
        logger.logLevel = .critical
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(
                configuration: source.connectionConfiguration, id: 0, logger: logger)
        } catch let error as PSQLError {
            throw PostgresStoreError.unreachable(
                source.description, reason: error.serverInfo?[.message] ?? "the server did not answer (\(error.code))")
        }
        defer { Task { try? await connection.close() } }
        let layout = try await connection.query(
            """
            SELECT count(*) FROM information_schema.columns WHERE table_schema = 'sujarit' AND table_name = 'agencies' \
            AND column_name = 'schema_name'
            """, logger: logger
        ).decode(Int64.self)
        for try await count in layout where count == 0 { throw LayoutMigrationError.notPerAgency(source.description) }
        var catalogue: [(agency: String, schema: String, province: String?)] = []
        for try await (agency, schema, province) in try await connection.query(
            "SELECT department_id, schema_name, province FROM sujarit.agencies ORDER BY department_id", logger: logger
        ).decode((String, String, String?).self) {
            catalogue.append((agency, schema, province))
        }
        let prefix = source.database + "__"
        var grants: [OldGrant] = []
        for try await (login, role) in try await connection.query(
            """
            SELECT member.rolname, grouprole.rolname FROM pg_auth_members m
            JOIN pg_roles member ON member.oid = m.member JOIN pg_roles grouprole ON grouprole.oid = m.roleid
            WHERE member.rolcanlogin AND starts_with(grouprole.rolname, \(prefix))
            ORDER BY member.rolname, grouprole.rolname
            """, logger: logger
        ).decode((String, String).self) {
            let name = String(role.dropFirst(prefix.count))
            if name == "national" {
                grants.append(OldGrant(login: login, scope: .national, canWrite: false))
            } else if name.hasPrefix("province_") {
                grants.append(OldGrant(login: login, scope: .province(String(name.dropFirst(9))), canWrite: false))
            } else if let agency = name.split(separator: "__").first {
                grants.append(
                    OldGrant(login: login, scope: .agency(String(agency)), canWrite: name.hasSuffix("__write")))
            }
        }
        let writers = Set(grants.filter(\.canWrite).map { "\($0.login) \($0.scope)" })
        return (catalogue, grants.filter { $0.canWrite || !writers.contains("\($0.login) \($0.scope)") })
    }
}

/// Why a layout migration was refused before it began.
public enum LayoutMigrationError: Error, LocalizedError, Equatable, Sendable {
    /// Source and target are one database: the shared layout needs a database of its own.
    case sameDatabase(String)
    /// The source holds no per-agency catalogue (`sujarit.agencies` with `schema_name`).
    case notPerAgency(String)

    public var errorDescription: String? {
        switch self {
        case .sameDatabase(let location):
            """
            --from and --to name the same database (\(location)). Create an empty database for the shared layout \
            (CREATE DATABASE … OWNER admin) and migrate into it; the old one is only read.
            """
        case .notPerAgency(let location):
            """
            \(location) does not hold agencies' stores in the per-agency layout (no sujarit.agencies catalogue \
            with schema names). To copy an agency's SQLite file use --from FILE.
            """
        }
    }
}
