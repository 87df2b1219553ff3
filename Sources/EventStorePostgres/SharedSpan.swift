/// Reads across agencies in the shared layout: one role and one policy per table, so that a provincial or national
/// view is a handful of plain queries rather than a loop over thousands of agencies.
///
/// Every shared table's `read` policy confines a statement to one agency by equality with `sujarit.chosen_one()`,
/// so that an agency's rows are one index range returned in index order; a view across agencies cannot use it.
/// Rather than weaken that policy (an `OR` with a spanning condition would cost every single-agency statement its
/// index range), spanning reads take on a role of their own, `<db>__span`, for one read-only transaction
/// (``PostgresAgencySpan``). A second policy, `span`, applies to that role only: it lets a statement with
/// `sujarit.agency = '*'` see every agency the login may read (the same `sujarit.chosen()` the small spanning
/// tables use), and personal rows only where the login reviews, exactly as the `read` policy does. Policies are
/// chosen by role when a statement is planned, so ordinary sessions never see the `span` policy: the users role
/// is a member of the span role without inheriting it (`NOINHERIT`), which lets logins `SET ROLE` to it and
/// nothing more. The span role holds SELECT and EXECUTE only; who it is, for every policy and function, is still
/// `session_user`, the login.
enum SharedSpan {
    /// The role a spanning read takes on for its transaction.
    static func spanRole(of database: String) -> String { "\(database)__span" }

    /// What an administrator runs as themself, before the migrations: the span role, and membership of it for the
    /// users and the keeper without inheriting it (so their own statements are planned with their own policies).
    static func roles(database: String) -> [String] {
        let (span, users, keeper) = (
            SharedSchema.literal(spanRole(of: database)), SharedSchema.literal(SharedSchema.usersRole(of: database)),
            SharedSchema.literal(SharedSchema.keeperRole(of: database))
        )
        // Each step only when it is still to do, so that an administrator without CREATEROLE can upgrade a database
        // whose roles are already in place.
        return [
            """
            DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = \(span)) THEN
                    EXECUTE format('CREATE ROLE %I NOLOGIN', \(span));
                END IF;
                IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname IN (\(users), \(keeper)) AND rolinherit) THEN
                    EXECUTE format('ALTER ROLE %I NOINHERIT', \(users));
                    EXECUTE format('ALTER ROLE %I NOINHERIT', \(keeper));
                END IF;
                IF NOT pg_catalog.pg_has_role(\(users), \(span), 'MEMBER') THEN
                    EXECUTE format('GRANT %I TO %I', \(span), \(users));
                END IF;
                IF NOT pg_catalog.pg_has_role(\(keeper), \(span), 'MEMBER') THEN
                    EXECUTE format('GRANT %I TO %I', \(span), \(keeper));
                END IF;
            END $$
            """
        ]
    }

    /// Which agencies a spanning statement sees: every one the login may read (`*`).
    static let confined = "((SELECT sujarit.spans_all()) OR agency = ANY ((SELECT sujarit.chosen())::text[]))"

    /// The `span` policy of a table whose `read` policy adds `reviewed` (the personal-data condition), for the span
    /// role of the current database (a `DO` block: DDL takes no parameters, and the role is named per database).
    static func policy(on table: String, reviewed: String) -> String {
        let using = "\(confined)\(reviewed)".replacingOccurrences(of: "'", with: "''")
        return """
            DO $$ BEGIN
                EXECUTE format('CREATE POLICY span ON %s FOR SELECT TO %I USING (%s)', \
            \(SharedSchema.literal(table)), current_database() || '__span', '\(using)');
            END $$
            """
    }

    /// Migration "shared v3: spanning reads": the span role's privileges, `chosen_one()` answering nothing (rather
    /// than refusing) inside a spanning transaction, and the `span` policy on every table made before it whose
    /// `read` policy names one agency (the small tables a view spans already allow `*`).
    static func migration(database: String) -> (id: String, sql: [String]) {
        let span = SharedSchema.quoted(spanRole(of: database))
        let spanName = SharedSchema.literal(spanRole(of: database))
        return (
            "shared v3: spanning reads",
            [
                "GRANT USAGE ON SCHEMA sujarit TO \(span)",
                "GRANT SELECT ON ALL TABLES IN SCHEMA sujarit TO \(span)",
                "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA sujarit TO \(span)",
                "ALTER DEFAULT PRIVILEGES IN SCHEMA sujarit GRANT SELECT ON TABLES TO \(span)",
                """
                CREATE OR REPLACE FUNCTION sujarit.chosen_one() RETURNS text STABLE SECURITY DEFINER
                SET search_path = pg_catalog, pg_temp LANGUAGE plpgsql AS $$
                DECLARE
                    wanted text := nullif(current_setting('sujarit.agency', true), '');
                BEGIN
                    -- A spanning read (its role set for the transaction) is confined by the span policy instead.
                    IF current_setting('role', true) = \(spanName) THEN
                        RETURN NULL;
                    ELSIF wanted IS NULL OR wanted = '*' THEN
                        RAISE EXCEPTION 'name one agency: set sujarit.agency to its department id (the log and the '
                            'read models are read one agency at a time)' USING ERRCODE = 'insufficient_privilege';
                    ELSIF sujarit.sees_all() OR wanted = ANY (sujarit.readable()) THEN
                        RETURN wanted;
                    END IF;
                    RAISE EXCEPTION 'the store of agency % is not open to login %', wanted, session_user
                        USING ERRCODE = 'insufficient_privilege';
                END $$
                """,
                // Tables made before this migration: their `read` policy with the one agency replaced by the span
                // (as `pg_policies` prints it: with the schema, or without when the session's path includes it).
                """
                DO $$ DECLARE p record; BEGIN
                    FOR p IN SELECT r.tablename, r.qual FROM pg_catalog.pg_policies r
                        WHERE r.schemaname = 'sujarit' AND r.policyname = 'read'
                          AND r.qual LIKE '%chosen_one()%'
                          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_policies s WHERE s.schemaname = 'sujarit'
                                          AND s.tablename = r.tablename AND s.policyname = 'span')
                    LOOP
                        EXECUTE format('CREATE POLICY span ON sujarit.%I FOR SELECT TO %I USING (%s)', p.tablename,
                            current_database() || '__span',
                            regexp_replace(p.qual,
                                '\\(agency = \\( SELECT (sujarit\\.)?chosen_one\\(\\) AS chosen_one\\)\\)', \
                \(SharedSchema.literal(confined))));
                    END LOOP;
                END $$
                """,
            ]
        )
    }
}
