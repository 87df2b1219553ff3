import Foundation

/// Why the store refused or failed an operation. Each message names the stream, version or sequence
/// involved and, where there is one, what the user can do about it.
public enum EventStoreError: Error, LocalizedError, Equatable, Sendable {
    /// Someone else appended to the stream since the writer read it.
    case versionConflict(stream: StreamID, expected: ExpectedVersion, actual: Int)
    /// A stream name that is not `category/id`.
    case invalidStreamID(String, reason: String)
    /// An append with no events.
    case emptyAppend
    /// A stream that has no events where one was required.
    case streamNotFound(StreamID)
    /// An event decoded as the wrong type.
    case unexpectedEventType(expected: String, found: String, sequence: Int64)
    /// A payload written by a newer version of Sujarit.
    case unsupportedSchema(type: String, version: Int, supported: Int)
    /// The store file or server does not exist.
    case storeNotFound(String)
    /// `init` on a store that already exists.
    case storeAlreadyExists(String)
    /// A file that is not a Sujarit store, or one written by a newer version.
    case incompatibleStore(String, reason: String)
    /// Something the database reported, with its own message.
    case backend(String)
    /// Another writer (another Sujarit command, a cron import) held the store's lock for the whole wait.
    case storeBusy(String, waitedSeconds: Int)
    /// The read-model check (``EventStore/verifyReadModels(progress:)``) is not implemented for this kind of store.
    case readModelCheckUnavailable(String)

    public var errorDescription: String? {
        switch self {
        case let .versionConflict(stream, expected, actual):
            """
            Conflict on \(stream): expected version \(expected) but the stream is at version \(actual). Someone \
            else changed it meanwhile; nothing was written. Run the command again to work on the current state.
            """
        case let .invalidStreamID(text, reason):
            "Invalid stream name '\(text)': \(reason)."
        case .emptyAppend:
            "Nothing to append: the batch holds no events."
        case let .streamNotFound(stream):
            "No events for \(stream)."
        case let .unexpectedEventType(expected, found, sequence):
            "Event #\(sequence) is a \(found), not a \(expected)."
        case let .unsupportedSchema(type, version, supported):
            """
            Event type \(type) has schema version \(version), but this version of Sujarit reads up to \
            \(supported). Upgrade Sujarit to read this store.
            """
        case let .storeNotFound(location):
            """
            No Sujarit store at \(location). Create one with 'sujarit init', or name another with --store or \
            SUJARIT_STORE.
            """
        case let .storeAlreadyExists(location):
            "A store already exists at \(location); 'init' never overwrites one. Choose another path with --store."
        case let .incompatibleStore(location, reason):
            "\(location) is not a store this version of Sujarit can open: \(reason)."
        case let .backend(message):
            "The database reported an error: \(message)"
        case let .storeBusy(location, waited):
            "Another Sujarit command is writing to \(location) (waited \(waited) s); try again when it has finished."
        case let .readModelCheckUnavailable(location):
            """
            Checking the read models against the log is not available for \(location): its read models are \
            rebuilt from the log whenever it is made.
            """
        }
    }
}
