/// The public-data store of a shared database (migration "shared v4"): e-GP announcements and contract data,
/// kept once for every agency under the reserved key ``PostgresLocation/publicDataAgency`` in the `agency`
/// column, instead of a copy in each agency's store.
///
/// - **Everyone reads it.** `sujarit.readable()` lists it for every login, so the same row policies that keep
///   agencies apart let any member of the database read it (the data is published by the Comptroller General's
///   Department anyway). It holds no personal stream.
/// - **Few write it.** `sujarit.append_events` lets a login add to an agency's log only when it is an
///   administrator or `writable()` lists that agency; for the public store that is a grant made by `sujarit
///   access grant LOGIN --importer` (a `members` row for the key with `can_write`). Staff of an agency therefore
///   cannot add, change or remove public data, and its read models are written by the administrator's
///   projector like every agency's.
/// - **It is one store like the others**: its own sequence, hash chain, checkpoints and dedupe keys, so an
///   announcement or a file imported by two agencies is recorded once (the import's ledger and file records
///   are the store's).
enum SharedPublicData {
    /// The migration's statements, run by an administrator as the keeper.
    static var statements: [String] {
        let key = SharedSchema.literal(PostgresLocation.publicDataAgency)
        return [
            """
            CREATE OR REPLACE FUNCTION sujarit.readable() RETURNS text[] STABLE SECURITY DEFINER
            SET search_path = pg_catalog, pg_temp LANGUAGE sql AS $$
            SELECT coalesce(array_agg(DISTINCT id), '{}') FROM (
                SELECT scope AS id FROM sujarit.members WHERE login = session_user AND scope_kind = 'agency'
                UNION ALL
                SELECT a.department_id FROM sujarit.agencies a JOIN sujarit.members m
                    ON m.login = session_user AND m.scope_kind = 'province' AND m.scope = a.province
                UNION ALL
                SELECT \(key)
            ) AS granted
            $$
            """,
            // The store's catalogue row and chain head, made here rather than by a `sujarit init` nobody would
            // know to run. The chain head's policy admits rows of the transaction's agency only: the key is
            // chosen for the one insert and the agency the migration runs under is chosen again after it.
            "INSERT INTO sujarit.agencies (department_id) VALUES (\(key)) ON CONFLICT DO NOTHING",
            """
            DO $$
            DECLARE
                previous text := coalesce(current_setting('sujarit.agency', true), '');
            BEGIN
                PERFORM set_config('sujarit.agency', \(key), true);
                INSERT INTO sujarit.chain_head (agency, sequence, hash)
                    VALUES (\(key), 0, decode(repeat('00', 32), 'hex')) ON CONFLICT DO NOTHING;
                PERFORM set_config('sujarit.agency', previous, true);
            END $$
            """,
        ]
    }
}
