/// The log's hash function as a PostgreSQL function, `sujarit.event_hash(…)`, byte for byte `EventHasher`.
///
/// Why it exists: on a shared server staff append only through a `SECURITY DEFINER` function, and that function
/// stamps the chain itself — it computes `previous_hash` and `hash` on the server — so a member of staff with a
/// direct SQL login cannot make up an event with a hash that `verify` would accept. For `verify` (which hashes in
/// Swift) and the server to agree, both must compute one recipe: the one in `EventStore/EventHash.swift`.
///
/// The encoding, in order, each integer a big-endian 8-byte two's complement (`int8send`), each text its UTF-8
/// bytes (`convert_to(…, 'UTF8')`) after their count: the domain tag `sujarit-event-v1`, the previous hash (32
/// bytes), sequence, stream id, stream version, event type, schema version, occurred-at and recorded-at
/// (microseconds since 1970 UTC), actor, the payload (its byte count, then its bytes), and 1 then the dedupe key,
/// or 0 when there is none; SHA-256 over all of it.
///
/// It must never change, like `EventHasher`: every stored hash was computed with it. A new encoding needs a new
/// domain tag (and a new function name), with the old one kept for the events it hashed.
///
/// It is `LANGUAGE sql` with a standard SQL body (parsed and checked once, when created) rather than PL/pgSQL, so
/// hashing runs no interpreter: about 10–15 µs an event on a loaded 2-core test machine (100,000 in 1.0–1.5 s).
/// It is `IMMUTABLE` although `convert_to` is only `STABLE`: a database's encoding never changes, so the UTF-8 bytes
/// of a text never do. It is not `STRICT`: a missing dedupe key is the normal `NULL`. Any other `NULL` argument,
/// or a previous hash that is not 32 bytes (a damaged head), gives `NULL` rather than a hash of something else,
/// so a `NOT NULL` hash column refuses the row. PostgreSQL's `text` cannot hold U+0000: an event whose text holds
/// it can be hashed in Swift but never stored on a server.
public enum ServerEventHash {
    /// The name the append function and tests call.
    public static let function = "sujarit.event_hash"

    /// The statements that create the function (and its schema), safe to run again: run them in one transaction
    /// when the shared schema is created or upgraded.
    public static let statements: [String] = [
        "CREATE SCHEMA IF NOT EXISTS sujarit",
        """
        CREATE OR REPLACE FUNCTION sujarit.event_hash(
            previous bytea, seq bigint, stream_id text, stream_version bigint, event_type text,
            schema_version bigint, occurred_at bigint, recorded_at bigint, actor text, payload bytea,
            dedupe_key text
        ) RETURNS bytea
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN CASE WHEN octet_length(previous) = 32 THEN sha256(
            convert_to('sujarit-event-v1', 'UTF8')
            || previous
            || int8send(seq)
            || int8send(octet_length(convert_to(stream_id, 'UTF8'))::bigint) || convert_to(stream_id, 'UTF8')
            || int8send(stream_version)
            || int8send(octet_length(convert_to(event_type, 'UTF8'))::bigint) || convert_to(event_type, 'UTF8')
            || int8send(schema_version)
            || int8send(occurred_at)
            || int8send(recorded_at)
            || int8send(octet_length(convert_to(actor, 'UTF8'))::bigint) || convert_to(actor, 'UTF8')
            || int8send(octet_length(payload)::bigint) || payload
            || CASE
                WHEN dedupe_key IS NULL THEN int8send(0::bigint)
                ELSE int8send(1::bigint) || int8send(octet_length(convert_to(dedupe_key, 'UTF8'))::bigint)
                    || convert_to(dedupe_key, 'UTF8')
            END
        ) END
        """,
        """
        COMMENT ON FUNCTION sujarit.event_hash(bytea, bigint, text, bigint, text, bigint, bigint, bigint, text, \
        bytea, text) IS 'The log''s chain hash (domain tag sujarit-event-v1), byte for byte EventHasher in \
        Sources/EventStore/EventHash.swift. Never change it: a new encoding needs a new domain tag and function.'
        """,
    ]
}
