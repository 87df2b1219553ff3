/// The shared layout: one set of tables in the schema `sujarit` for every agency of a province or the country.
///
/// Every row carries its `agency` (the e-GP department id). PostgreSQL itself keeps agencies apart and staff
/// honest, so a member of staff holding a direct SQL login gets no further than the command line would let them:
///
/// - **Who sees what is data, not roles.** `members` says which logins read or write which agency, which read a
///   province or the country, and who reviews personal data. One group role per database (``usersRole(of:)``)
///   carries the table privileges; row-level security policies read `members` through the functions below.
///   The catalog does not grow with the number of agencies.
/// - **Staff cannot write a table.** They hold SELECT and EXECUTE only. Events are added by
///   `sujarit.append_events`, a `SECURITY DEFINER` function owned by the administrator: it stamps the acting
///   login and the server's clock, checks expected versions and duplicate keys, computes the hash chain on the
///   server (``ServerEventHash``) and moves the chain's head. Read models are written only by the administrator's
///   projector (``PostgresProjector``).
/// - **Personal data is for reviewers.** Events of personal streams (declarations, gifts: `personal_streams`)
///   and personal read-model tables are visible only to the agency's reviewers and administrators, never to
///   provincial or national viewers. The chain can still be verified by everyone, on the server
///   (`sujarit.chain_links`), without showing what it hides.
/// - **Which agency a statement works on** is the transaction's `sujarit.agency` setting: every table's policy
///   confines reads and writes to it. The setting is only a choice among what the login may see: policies check
///   the membership too. Without it, a read spans every agency the login may read (the provincial and national
///   views are plain queries); writes need it.
///
/// The administrator is the role that owns the schema (or a superuser): the one that created it, or a member of
/// that role.
enum SharedSchema {
    /// The schema every shared table lives in.
    static let schema = "sujarit"

    /// The group role, one per database, whose members may use the shared tables at all; `sujarit access
    /// grant` makes a login a member and writes what it may see into `members`.
    static func usersRole(of database: String) -> String { "\(database)__users" }

    /// The role, one per database, that owns the shared schema and everything in it. Nobody logs in as it:
    /// administrators are its members and take it on in each transaction (`SET LOCAL ROLE`). Why not the
    /// administrator's own login: a superuser ignores row-level security, so the policies that keep each
    /// statement inside its agency would not hold for the projector; the keeper is no superuser.
    static func keeperRole(of database: String) -> String { "\(database)__keeper" }

    /// What an administrator runs, as themself, before the schema exists: the two roles, their own membership
    /// of the keeper, and the schema owned by the keeper.
    static func install(database: String) -> [String] {
        let keeper = quoted(keeperRole(of: database))
        return [
            createRole(keeperRole(of: database)), createRole(usersRole(of: database)),
            "GRANT \(keeper) TO CURRENT_USER", "CREATE SCHEMA IF NOT EXISTS sujarit AUTHORIZATION \(keeper)",
        ]
    }

    /// The shared layout's migrations, in order; later changes are appended, never edits of old ones.
    static func migrations(database: String) -> [(id: String, sql: [String])] {
        [
            ("shared v1: log, access, append", core(database: database)),
            ("shared v2: appends notify the projector", [SharedAppend.notifyingFunction]),
            SharedSpan.migration(database: database),
            ("shared v4: public procurement data", SharedPublicData.statements),
            // The audit trail by category, as the single layout's "v3" (PostgresSchema).
            (
                "shared v5: the audit trail by category",
                [#"CREATE INDEX events_category ON sujarit.events (agency, (stream_id COLLATE "C"), sequence)"#]
            ),
        ]
    }

    /// The core tables and functions, created once per database by the administrator (migration "shared v1").
    static func core(database: String) -> [String] {
        let users = quoted(usersRole(of: database))
        // The schema is made by ``install(database:)``, owned by the keeper, before these run as the keeper.
        let hash = ServerEventHash.statements.filter { !$0.hasPrefix("CREATE SCHEMA") }
        return hash + catalogue + access + log + appendFunction + chainFunction + [
            "REVOKE ALL ON SCHEMA sujarit FROM PUBLIC",
            "GRANT USAGE ON SCHEMA sujarit TO \(users)",
            "REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA sujarit FROM PUBLIC",
            "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA sujarit TO \(users)",
            "GRANT SELECT ON ALL TABLES IN SCHEMA sujarit TO \(users)",
            "ALTER DEFAULT PRIVILEGES IN SCHEMA sujarit GRANT SELECT ON TABLES TO \(users)",
            "ALTER DEFAULT PRIVILEGES IN SCHEMA sujarit REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC",
        ]
    }

    /// The agencies the database holds, and the streams whose events are personal data.
    static let catalogue = [
        """
        CREATE TABLE sujarit.agencies (
            department_id TEXT PRIMARY KEY,
            province      TEXT CHECK (province ~ '^[0-9]{2}$'),
            registered_by TEXT NOT NULL DEFAULT session_user,
            registered_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX agencies_province ON sujarit.agencies (province, department_id)",
        "CREATE TABLE sujarit.personal_streams (prefix TEXT PRIMARY KEY CHECK (prefix <> ''))",
    ]

    /// Who may see and do what, and the functions the policies ask.
    ///
    /// The functions run as the administrator (`SECURITY DEFINER`, a fixed `search_path`) so that they read
    /// `members` whatever the login may read; each answers about `session_user`, the login that connected, which
    /// `SET ROLE` cannot change. Policies call them inside scalar subqueries, so each is evaluated once per
    /// statement, not once per row.
    static let access = [
        """
        CREATE TABLE sujarit.members (
            login      TEXT NOT NULL,
            scope_kind TEXT NOT NULL CHECK (scope_kind IN ('agency', 'province', 'national')),
            scope      TEXT NOT NULL DEFAULT '',
            can_write  BOOLEAN NOT NULL DEFAULT false,
            reviewer   BOOLEAN NOT NULL DEFAULT false,
            granted_by TEXT NOT NULL DEFAULT session_user,
            granted_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            PRIMARY KEY (login, scope_kind, scope),
            CHECK (scope_kind = 'agency' OR NOT (can_write OR reviewer))
        )
        """,
        definer(
            "is_admin()", returns: "boolean",
            """
            SELECT pg_catalog.pg_has_role(session_user, n.nspowner, 'MEMBER')
            FROM pg_catalog.pg_namespace n WHERE n.nspname = 'sujarit'
            """),
        definer(
            "sees_all()", returns: "boolean",
            """
            SELECT sujarit.is_admin() OR EXISTS (
                SELECT 1 FROM sujarit.members WHERE login = session_user AND scope_kind = 'national')
            """),
        definer(
            "readable()", returns: "text[]",
            """
            SELECT coalesce(array_agg(DISTINCT id), '{}') FROM (
                SELECT scope AS id FROM sujarit.members WHERE login = session_user AND scope_kind = 'agency'
                UNION ALL
                SELECT a.department_id FROM sujarit.agencies a JOIN sujarit.members m
                    ON m.login = session_user AND m.scope_kind = 'province' AND m.scope = a.province
            ) AS granted
            """),
        // The agencies a statement may read: the transaction's `sujarit.agency` when the login may read it, or
        // with `*` every agency it may read (a provincial or national view as one query). Anything else is
        // refused with the reason, rather than answered with nothing.
        """
        CREATE FUNCTION sujarit.chosen() RETURNS text[] STABLE SECURITY DEFINER
        SET search_path = pg_catalog, pg_temp LANGUAGE plpgsql AS $$
        DECLARE
            wanted text := nullif(current_setting('sujarit.agency', true), '');
        BEGIN
            IF wanted IS NULL THEN
                RAISE EXCEPTION 'no agency chosen: set sujarit.agency to an agency''s department id, or * for all'
                    USING ERRCODE = 'insufficient_privilege';
            ELSIF wanted = '*' THEN
                IF sujarit.sees_all() THEN
                    RETURN ARRAY(SELECT department_id FROM sujarit.agencies);
                END IF;
                RETURN sujarit.readable();
            ELSIF sujarit.sees_all() OR wanted = ANY (sujarit.readable()) THEN
                RETURN ARRAY[wanted];
            END IF;
            RAISE EXCEPTION 'the store of agency % is not open to login %', wanted, session_user
                USING ERRCODE = 'insufficient_privilege';
        END $$
        """,
        // The one agency a statement on a large table works on: `sujarit.agency`, when the login may read it.
        """
        CREATE FUNCTION sujarit.chosen_one() RETURNS text STABLE SECURITY DEFINER
        SET search_path = pg_catalog, pg_temp LANGUAGE plpgsql AS $$
        DECLARE
            wanted text := nullif(current_setting('sujarit.agency', true), '');
        BEGIN
            IF wanted IS NULL OR wanted = '*' THEN
                RAISE EXCEPTION 'name one agency: set sujarit.agency to its department id (the log and the read '
                    'models are read one agency at a time)' USING ERRCODE = 'insufficient_privilege';
            ELSIF sujarit.sees_all() OR wanted = ANY (sujarit.readable()) THEN
                RETURN wanted;
            END IF;
            RAISE EXCEPTION 'the store of agency % is not open to login %', wanted, session_user
                USING ERRCODE = 'insufficient_privilege';
        END $$
        """,
        definer(
            "spans_all()", returns: "boolean",
            "SELECT current_setting('sujarit.agency', true) = '*' AND sujarit.sees_all()"),
        definer(
            "writable()", returns: "text[]",
            """
            SELECT coalesce(array_agg(scope), '{}') FROM sujarit.members
            WHERE login = session_user AND scope_kind = 'agency' AND can_write
            """),
        definer(
            "reviewable()", returns: "text[]",
            """
            SELECT coalesce(array_agg(scope), '{}') FROM sujarit.members
            WHERE login = session_user AND scope_kind = 'agency' AND reviewer
            """),
        // True only inside the server's own SECURITY DEFINER functions called by another login: there the
        // current user is the administrator and the session's login is not. Staff cannot make such a function.
        // Not itself a definer (inside one, the current user would always be the administrator).
        """
        CREATE FUNCTION sujarit.in_server_function() RETURNS boolean STABLE LANGUAGE sql AS $$
            SELECT current_user <> session_user AND pg_catalog.pg_has_role(current_user, n.nspowner, 'MEMBER')
                AND NOT pg_catalog.pg_has_role(session_user, n.nspowner, 'MEMBER')
            FROM pg_catalog.pg_namespace n WHERE n.nspname = 'sujarit'
        $$
        """,
        """
        CREATE FUNCTION sujarit.agency() RETURNS text STABLE LANGUAGE sql AS $$
            SELECT nullif(current_setting('sujarit.agency', true), '')
        $$
        """,
        "ALTER TABLE sujarit.members ENABLE ROW LEVEL SECURITY",
        // A login sees its own grants; administrators see all.
        """
        CREATE POLICY own ON sujarit.members FOR SELECT USING (login = session_user OR (SELECT sujarit.is_admin()))
        """,
    ]

    /// The log, each agency's chain head and its projections' checkpoints.
    static let log =
        [
            """
            CREATE TABLE sujarit.events (
                agency         TEXT    NOT NULL DEFAULT sujarit.agency() REFERENCES sujarit.agencies (department_id),
                sequence       BIGINT  NOT NULL,
                stream_id      TEXT    NOT NULL,
                stream_version INTEGER NOT NULL,
                event_type     TEXT    NOT NULL,
                schema_version INTEGER NOT NULL,
                occurred_at    BIGINT  NOT NULL,
                recorded_at    BIGINT  NOT NULL,
                actor          TEXT    NOT NULL,
                payload        BYTEA   NOT NULL,
                dedupe_key     TEXT,
                previous_hash  BYTEA   NOT NULL,
                hash           BYTEA   NOT NULL,
                personal       BOOLEAN NOT NULL DEFAULT false,
                PRIMARY KEY (agency, sequence),
                UNIQUE (agency, stream_id, stream_version)
            )
            """,
            """
            CREATE UNIQUE INDEX events_dedupe_key ON sujarit.events (agency, dedupe_key) WHERE dedupe_key IS NOT NULL
            """,
            "CREATE INDEX events_type ON sujarit.events (agency, event_type)",
            "CREATE INDEX events_actor ON sujarit.events (agency, actor, sequence)",
            "CREATE INDEX events_recorded_at ON sujarit.events (agency, recorded_at, sequence)",
            """
            CREATE FUNCTION sujarit.events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'the event log is append-only'; END $$
            """,
            """
            CREATE TRIGGER events_no_update BEFORE UPDATE OR DELETE ON sujarit.events FOR EACH ROW EXECUTE FUNCTION \
            sujarit.events_append_only()
            """,
            """
            CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON sujarit.events FOR EACH STATEMENT EXECUTE FUNCTION \
            sujarit.events_append_only()
            """,
            // Whether a row is personal follows from its stream, whoever inserts it (the append function, a copy).
            """
            CREATE FUNCTION sujarit.events_mark_personal() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.personal := EXISTS (SELECT 1 FROM sujarit.personal_streams WHERE starts_with(NEW.stream_id, prefix));
                RETURN NEW;
            END $$
            """,
            """
            CREATE TRIGGER events_personal BEFORE INSERT ON sujarit.events FOR EACH ROW EXECUTE FUNCTION \
            sujarit.events_mark_personal()
            """,
            """
            CREATE TABLE sujarit.chain_head (
                agency   TEXT   NOT NULL DEFAULT sujarit.agency() REFERENCES sujarit.agencies (department_id),
                id       INTEGER NOT NULL DEFAULT 1 CHECK (id = 1),
                sequence BIGINT NOT NULL,
                hash     BYTEA  NOT NULL,
                PRIMARY KEY (agency, id)
            )
            """,
            """
            CREATE TABLE sujarit.projection_checkpoints (
                agency   TEXT    NOT NULL DEFAULT sujarit.agency() REFERENCES sujarit.agencies (department_id),
                name     TEXT    NOT NULL,
                version  INTEGER NOT NULL,
                sequence BIGINT  NOT NULL,
                PRIMARY KEY (agency, name)
            )
            """,
            // The shape of each shared read-model table: a projection whose version changes is reshaped for all.
            "CREATE TABLE sujarit.read_model_versions (name TEXT PRIMARY KEY, version INTEGER NOT NULL)",
        ]
        + policies(on: "events", privacy: .column("personal")) + policies(on: "chain_head", spanning: true)
        + policies(on: "projection_checkpoints", spanning: true)

    /// Which rows of a table are personal data, for reviewers only.
    enum Privacy {
        /// None: everyone who may read the agency reads them.
        case none
        /// The rows where this boolean column is true, except to the login the `actor` column names.
        case column(String)
        /// Every row.
        case table
    }

    /// Row-level security on a shared table: reads see the agencies the login may read (narrowed to the
    /// transaction's agency when one is set) and, for personal rows, only what it reviews; writes (by the
    /// administrator: nobody else holds the privilege) touch the transaction's agency only.
    ///
    /// `FORCE` makes the owner obey the policies too, so an administrator's projector can only ever write the
    /// agency it was told to, and a mistyped statement cannot reach another agency's rows. The server's own
    /// functions (``SharedAppend``) see the rows of the agency they work on, personal or not.
    static func policies(on table: String, privacy: Privacy = .none, spanning: Bool = false) -> [String] {
        // An index condition on every table's leading column. Equality with one agency, so that an index that
        // goes on with the columns a query orders by returns its rows in order (a page of a large department
        // costs the same at its start and its end); `= ANY` of several agencies cannot promise that order,
        // so only the small tables a view spans (the chain heads, the checkpoints) take it.
        // A view of everything (`*` by a national viewer or the administrator) skips the list of every agency.
        let confined =
            spanning
            ? "((SELECT sujarit.spans_all()) OR agency = ANY ((SELECT sujarit.chosen())::text[]))"
            : "agency = (SELECT sujarit.chosen_one())"
        let reviewer = """
            (SELECT sujarit.is_admin()) OR agency = ANY ((SELECT sujarit.reviewable())::text[]) \
            OR (SELECT sujarit.in_server_function())
            """
        let reviewed =
            switch privacy {
            case .none: ""
            case .column(let column): " AND (NOT \(column) OR actor = session_user OR \(reviewer))"
            case .table: " AND (\(reviewer))"
            }
        let own = "agency = (SELECT sujarit.agency())"
        let name = "sujarit.\(quoted(table))"
        return [
            "ALTER TABLE \(name) ENABLE ROW LEVEL SECURITY",
            "ALTER TABLE \(name) FORCE ROW LEVEL SECURITY",
            "CREATE POLICY read ON \(name) FOR SELECT USING (\(confined)\(reviewed))",
            SharedSpan.policy(on: name, reviewed: reviewed),
            "CREATE POLICY add ON \(name) FOR INSERT WITH CHECK (\(own))",
            "CREATE POLICY change ON \(name) FOR UPDATE USING (\(own)) WITH CHECK (\(own))",
            "CREATE POLICY remove ON \(name) FOR DELETE USING (\(own))",
        ]
    }

    /// `sujarit.append_events`: the only way a member of staff adds events. See ``SharedAppend``.
    static var appendFunction: [String] { [SharedAppend.function] }

    /// `sujarit.chain_links`: the chain of the transaction's agency as the server recomputes it, for logins that
    /// may not read every event (personal ones): sequence, stored previous hash and hash, and whether the stored
    /// hash is the hash of the row's contents. It shows no contents.
    static let chainFunction = [
        """
        CREATE FUNCTION sujarit.chain_links(after_sequence bigint, page integer)
        RETURNS TABLE (sequence bigint, previous_hash bytea, hash bytea, intact boolean)
        STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp LANGUAGE plpgsql AS $$
        DECLARE
            chosen text := sujarit.agency();
        BEGIN
            IF chosen IS NULL OR NOT (sujarit.sees_all() OR chosen = ANY (sujarit.readable())) THEN
                RAISE EXCEPTION 'the store of agency % is not open to login %', coalesce(chosen, '(none)'),
                    session_user USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN QUERY
                SELECT e.sequence, e.previous_hash, e.hash,
                       e.hash = sujarit.event_hash(e.previous_hash, e.sequence, e.stream_id, e.stream_version,
                           e.event_type, e.schema_version, e.occurred_at, e.recorded_at, e.actor, e.payload,
                           e.dedupe_key)
                FROM sujarit.events e
                WHERE e.agency = chosen AND e.sequence > after_sequence
                ORDER BY e.sequence LIMIT page;
        END $$
        """
    ]

    /// A `SECURITY DEFINER` SQL function of the access rules, in the schema, with a fixed search path.
    static func definer(_ signature: String, returns type: String, _ body: String) -> String {
        """
        CREATE FUNCTION sujarit.\(signature) RETURNS \(type) STABLE SECURITY DEFINER
        SET search_path = pg_catalog, pg_temp LANGUAGE sql AS $$
        \(body)
        $$
        """
    }

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

    /// Quotes an identifier for SQL (DDL takes no bind parameters).
    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Quotes a literal for SQL statements that take no bind parameters (DDL).
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// Whether `code` is a province code: two ASCII digits, as the Department of Provincial Administration numbers
    /// them.
    static func isProvinceCode(_ code: String) -> Bool {
        code.utf8.count == 2 && code.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }
}
