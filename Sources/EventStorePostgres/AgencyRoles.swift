import PostgresNIO

/// The PostgreSQL roles that guard the agencies' stores in a shared database, and the grants that give them
/// their rights.
///
/// Each agency has two group roles (no login): a *reader*, which may use the agency's schema and read its log
/// and read models, and a *writer*, which is a reader that may also append events and keep the read models.
/// People log in with their own PostgreSQL roles and are made members of these. A province's role and the
/// national role are members of the readers of the agencies they oversee. Nobody but the schema's owner (the
/// administrator who created the store) may change or delete an event, drop a table or move a grant, so a
/// member of staff with a direct SQL connection still cannot read another agency's declarations nor rewrite
/// their own agency's history.
///
/// Role names are cluster-wide in PostgreSQL, so they start with the database's name: two databases on one
/// server (a province's and a test's) never share an agency's roles.
public struct AgencyRoles: Sendable, Hashable {
    /// The database the roles belong to.
    public let database: String
    /// The agency's e-GP department id.
    public let agency: String

    /// Creates the role names of `agency` in `database`.
    public init(database: String, agency: String) {
        self.database = database
        self.agency = agency
    }

    /// The group role that may read the agency's store.
    public var reader: String { "\(database)__\(agency)__read" }
    /// The group role that may also append to it.
    public var writer: String { "\(database)__\(agency)__write" }
    /// The agency's schema.
    public var schema: String { PostgresLocation.schema(ofAgency: agency) }

    /// The group role of a province's view (a two-digit province code, e.g. 96 for นราธิวาส).
    public static func province(_ code: String, database: String) -> String { "\(database)__province_\(code)" }
    /// The group role of the national view.
    public static func national(database: String) -> String { "\(database)__national" }

    /// Whether `code` is a province code: two ASCII digits, as the Department of Provincial Administration numbers them.
    public static func isProvinceCode(_ code: String) -> Bool {
        code.utf8.count == 2 && code.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// Quotes an identifier for SQL (role and schema names are built, never typed in by users, but the
    /// database's name is the user's).
    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Quotes a literal for SQL statements that take no bind parameters (DDL).
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// The shared catalogue of the agencies whose stores the database holds; everyone may read it (it names
    /// agencies, not people), only the administrators who create stores write it.
    static let catalogue: [String] = [
        "CREATE SCHEMA IF NOT EXISTS sujarit",
        """
        CREATE TABLE IF NOT EXISTS sujarit.agencies (
            department_id TEXT PRIMARY KEY,
            schema_name   TEXT NOT NULL UNIQUE,
            province      TEXT,
            registered_by TEXT NOT NULL DEFAULT current_user,
            registered_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )
        """,
        "GRANT USAGE ON SCHEMA sujarit TO PUBLIC",
        "GRANT SELECT ON sujarit.agencies TO PUBLIC",
    ]

    /// Creates `role` as a group role unless it exists; `CREATE ROLE` has no `IF NOT EXISTS`.
    static func createRole(_ role: String) -> String {
        """
        DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = \(literal(role))) THEN
                CREATE ROLE \(quoted(role)) NOLOGIN;
            END IF;
        END $$
        """
    }

    /// What a new agency store needs before its tables are made: its schema, its roles, its catalogue row.
    var setUp: [String] {
        let national = Self.national(database: database)
        return Self.catalogue + [
            "CREATE SCHEMA IF NOT EXISTS \(Self.quoted(schema))",
            Self.createRole(reader),
            Self.createRole(writer),
            Self.createRole(national),
            "GRANT \(Self.quoted(reader)) TO \(Self.quoted(writer))",
            "GRANT \(Self.quoted(reader)) TO \(Self.quoted(national))",
            "GRANT USAGE ON SCHEMA \(Self.quoted(schema)) TO \(Self.quoted(reader))",
            """
            INSERT INTO sujarit.agencies (department_id, schema_name) VALUES (\(Self.literal(agency)), \
            \(Self.literal(schema))) ON CONFLICT (department_id) DO NOTHING
            """,
        ]
    }

    /// The agency on every row of `tables` (the log and the read models): a column that defaults to the
    /// agency's id and may hold nothing else, so rows carry their agency wherever they are copied or joined
    /// (a national extract, a view over many schemas) while every statement stays the portable one.
    ///
    /// Adding a column with a constant default does not rewrite a table, so this costs little on a large log.
    func stamps(_ tables: [String]) -> [String] {
        tables.map { table in
            """
            ALTER TABLE \(Self.quoted(table)) ADD COLUMN IF NOT EXISTS agency TEXT NOT NULL DEFAULT \
            \(Self.literal(agency)) CHECK (agency = \(Self.literal(agency)))
            """
        }
    }

    /// The grants on the agency's tables, applied by the schema's owner after every change of tables
    /// (creation, upgrade, rebuild): tables made later inherit them too through default privileges.
    ///
    /// The writer may append but not rewrite: no UPDATE, DELETE or TRUNCATE on the log, no deleting the
    /// chain's head, no touching the record of migrations. Read models are derived, so it may keep them.
    var grants: [String] {
        let schema = Self.quoted(self.schema), reader = Self.quoted(self.reader), writer = Self.quoted(self.writer)
        return [
            "ALTER DEFAULT PRIVILEGES IN SCHEMA \(schema) GRANT SELECT ON TABLES TO \(reader)",
            "ALTER DEFAULT PRIVILEGES IN SCHEMA \(schema) GRANT INSERT, UPDATE, DELETE ON TABLES TO \(writer)",
            "GRANT SELECT ON ALL TABLES IN SCHEMA \(schema) TO \(reader)",
            "GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \(schema) TO \(writer)",
            "REVOKE UPDATE, DELETE, TRUNCATE ON \(schema).events FROM \(writer)",
            "REVOKE DELETE, TRUNCATE ON \(schema).chain_head FROM \(writer)",
            "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON \(schema).sujarit_migrations FROM \(writer)",
        ]
    }
}
