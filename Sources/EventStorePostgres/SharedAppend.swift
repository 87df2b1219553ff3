import EventStore
import Foundation
import PostgresNIO

/// Appending in the shared layout: one call of `sujarit.append_events`, the server's own function.
///
/// The server, not the client, decides everything that makes the record trustworthy: the login that acts (a
/// member of staff may not record an event as anyone else), the time it was recorded (the server's clock), the
/// sequence, the stream versions (checked against the expected ones under the chain head's row lock), which
/// events are duplicates of ones recorded (by their keys), and the hash chain (``ServerEventHash``, the same
/// recipe as ``EventHasher``). An administrator may pass the actor and time an event already carries (tests, a
/// copy of a log), nobody else.
enum SharedAppend {
    /// The SQLSTATE of an expected-version conflict; its DETAIL is `stream<TAB>expected<TAB>actual`.
    static let conflictState = "SJ409"

    static let function = """
        CREATE FUNCTION sujarit.append_events(
            streams text[], expected bigint[], counts integer[], types text[], schema_versions integer[],
            occurred bigint[], actors text[], payloads bytea[], dedupe_keys text[], recorded bigint)
        RETURNS TABLE (place integer, sequence bigint, stream_id text, stream_version integer, recorded_at bigint, actor text,
                       previous_hash bytea, hash bytea)
        VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp LANGUAGE plpgsql AS $$
        #variable_conflict use_column
        DECLARE
            chosen text := sujarit.agency();
            admin boolean := sujarit.is_admin();
            head_sequence bigint;
            head_hash bytea;
            stamp bigint;
            who text;
            n integer := 0;
            current_version integer;
            version integer;
            key text;
            digest bytea;
        BEGIN
            IF chosen IS NULL THEN
                RAISE EXCEPTION 'no agency chosen for this append' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NOT (admin OR chosen = ANY (sujarit.writable())) THEN
                RAISE EXCEPTION 'login % may not add to the record of agency %', session_user, chosen
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            SELECT c.sequence, c.hash INTO head_sequence, head_hash
                FROM sujarit.chain_head c WHERE c.agency = chosen AND c.id = 1 FOR UPDATE;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'agency % has no store in this database', chosen;
            END IF;
            stamp := CASE WHEN admin AND recorded >= 0 THEN recorded
                          ELSE round(extract(epoch FROM transaction_timestamp()) * 1000000)::bigint END;
            FOR s IN 1 .. coalesce(array_length(streams, 1), 0) LOOP
                SELECT coalesce(max(e.stream_version), 0) INTO current_version
                    FROM sujarit.events e WHERE e.agency = chosen AND e.stream_id = streams[s];
                IF expected[s] >= 0 AND current_version <> expected[s] THEN
                    RAISE EXCEPTION 'stream % is at version %, not %', streams[s], current_version, expected[s]
                        USING ERRCODE = 'SJ409',
                              DETAIL = streams[s] || E'\\t' || expected[s] || E'\\t' || current_version;
                END IF;
                version := current_version;
                FOR k IN 1 .. counts[s] LOOP
                    n := n + 1;
                    who := actors[n];
                    IF NOT admin AND who IS DISTINCT FROM session_user THEN
                        RAISE EXCEPTION 'login % may not record an event as %', session_user, who
                            USING ERRCODE = 'insufficient_privilege';
                    END IF;
                    -- The projector decodes every payload: staff may record JSON text only, so that no one can
                    -- stop their agency's read models with bytes that are not (administrators copy logs verbatim).
                    IF NOT admin THEN
                        PERFORM convert_from(payloads[n], 'UTF8')::jsonb;
                    END IF;
                    key := nullif(dedupe_keys[n], '');
                    CONTINUE WHEN key IS NOT NULL AND EXISTS (
                        SELECT 1 FROM sujarit.events e WHERE e.agency = chosen AND e.dedupe_key = key);
                    version := version + 1;
                    head_sequence := head_sequence + 1;
                    digest := sujarit.event_hash(head_hash, head_sequence, streams[s], version, types[n],
                        schema_versions[n], occurred[n], stamp, who, payloads[n], key);
                    INSERT INTO sujarit.events (agency, sequence, stream_id, stream_version, event_type,
                        schema_version, occurred_at, recorded_at, actor, payload, dedupe_key, previous_hash, hash)
                    VALUES (chosen, head_sequence, streams[s], version, types[n], schema_versions[n], occurred[n],
                        stamp, who, payloads[n], key, head_hash, digest);
                    place := n;
                    sequence := head_sequence;
                    stream_id := streams[s];
                    stream_version := version;
                    recorded_at := stamp;
                    actor := who;
                    previous_hash := head_hash;
                    hash := digest;
                    RETURN NEXT;
                    head_hash := digest;
                END LOOP;
            END LOOP;
            UPDATE sujarit.chain_head c SET sequence = head_sequence, hash = head_hash
                WHERE c.agency = chosen AND c.id = 1;
        END $$
        """

    /// The channel on which `sujarit.append_events` announces each append that wrote events, with the agency's
    /// department id as the payload: the administrator's projector listens to it (``PostgresProjector``).
    static let notificationChannel = "sujarit_appended"

    /// The function as shared layout v2 has it (``SharedSchema``'s migration "shared v2"): ``function``, which
    /// migration v1 created and whose text stays as it was, and after the chain head moves a `pg_notify` on
    /// ``notificationChannel`` naming the agency when the call wrote an event (a call whose events were all
    /// duplicates names none).
    ///
    /// A notification is part of the transaction: it is delivered when the append commits, never for one that
    /// rolls back, and a statement like any other, so it works through pgbouncer's transaction pooling (the
    /// listening end does not: the projector listens on a direct connection). PostgreSQL folds the same
    /// notification repeated in one transaction into one.
    static var notifyingFunction: String {
        let edits = [
            ("CREATE FUNCTION sujarit.append_events(", "CREATE OR REPLACE FUNCTION sujarit.append_events("),
            ("    digest bytea;\n", "    digest bytea;\n    wrote boolean := false;\n"),
            ("            RETURN NEXT;\n", "            RETURN NEXT;\n            wrote := true;\n"),
            (
                "        WHERE c.agency = chosen AND c.id = 1;\n",
                "        WHERE c.agency = chosen AND c.id = 1;\n    IF wrote THEN\n"
                    + "        PERFORM pg_notify('\(notificationChannel)', chosen);\n    END IF;\n"
            ),
        ]
        return edits.reduce(function) { text, edit in
            let parts = text.components(separatedBy: edit.0)
            precondition(parts.count == 2, "SharedAppend.function no longer has the line v2 extends: \(edit.0)")
            return parts.joined(separator: edit.1)
        }
    }

    /// The call of the function for `appends`, with the event rows as parallel arrays.
    ///
    /// - Parameter recordedAt: the time to record, honoured for administrators only (nil: the server's clock).
    static func call(_ appends: [StreamAppend], recordedAt: Int64?) throws -> PostgresQuery {
        var streams: [String] = [], expected: [Int64] = [], counts: [Int64] = []
        var types: [String] = [], schemaVersions: [Int64] = [], occurred: [Int64] = [], actors: [String] = []
        var payloads: [ByteBuffer] = [], keys: [String] = []
        for append in appends where !append.events.isEmpty {
            streams.append(append.stream.description)
            switch append.expectedVersion {
            case .any: expected.append(-1)
            case .noStream: expected.append(0)
            case .exactly(let version): expected.append(Int64(version))
            }
            counts.append(Int64(append.events.count))
            for event in append.events {
                guard String(validating: event.payload, as: UTF8.self) != nil, !event.payload.contains(0) else {
                    throw EventStoreError.backend(
                        "the payload of a \(event.type) event is not UTF-8 JSON text (it has invalid bytes or a NUL)")
                }
                types.append(event.type)
                schemaVersions.append(Int64(event.schemaVersion))
                occurred.append(Microseconds.from(event.occurredAt))
                actors.append(event.actor)
                payloads.append(ByteBuffer(bytes: event.payload))
                // Arrays cannot carry NULL through the driver; an empty key stands for none.
                keys.append(event.dedupeKey ?? "")
            }
        }
        return """
            SELECT place::BIGINT, sequence, stream_version::BIGINT, recorded_at, actor, previous_hash, hash
            FROM sujarit.append_events(\(streams)::TEXT[], \(expected)::BIGINT[], \(counts)::INTEGER[],
                \(types)::TEXT[], \(schemaVersions)::INTEGER[], \(occurred)::BIGINT[], \(actors)::TEXT[],
                \(payloads)::BYTEA[], \(keys)::TEXT[], \(recordedAt ?? -1)::BIGINT)
            """
    }

    /// The events the server recorded, as the log now holds them, for the projections that run in the same
    /// transaction; events the server left out as duplicates are not among them.
    static func recorded(
        _ rows: PostgresRowSequence, appends: [StreamAppend]
    ) async throws -> [RecordedEvent] {
        // The server returns each event it wrote with its place among those proposed (from 1).
        var proposed: [(StreamID, ProposedEvent)] = []
        for append in appends { for event in append.events { proposed.append((append.stream, event)) } }
        var written: [RecordedEvent] = []
        for try await (position, sequence, version, recorded, actor, previous, hash) in rows.decode(
            (Int, Int64, Int, Int64, String, ByteBuffer, ByteBuffer).self)
        {
            guard proposed.indices.contains(position - 1),
                let previousHash = EventHash(bytes: previous.readableBytesView),
                let eventHash = EventHash(bytes: hash.readableBytesView)
            else { throw EventStoreError.backend("the server's append answered with a damaged row") }
            let (stream, event) = proposed[position - 1]
            written.append(
                RecordedEvent(
                    sequence: sequence, streamID: stream, streamVersion: version, type: event.type,
                    schemaVersion: event.schemaVersion,
                    occurredAt: Microseconds.date(Microseconds.from(event.occurredAt)),
                    recordedAt: Microseconds.date(recorded), actor: actor, payload: event.payload,
                    dedupeKey: event.dedupeKey, previousHash: previousHash, hash: eventHash, decoded: event.decoded))
        }
        return written
    }
}
