/// One stream's share of an atomic append: the events and the version the writer expects.
public struct StreamAppend: Sendable, Hashable {
    /// The stream to append to.
    public var stream: StreamID
    /// The version the writer read before deciding.
    public var expectedVersion: ExpectedVersion
    /// The events, in order.
    public var events: [ProposedEvent]

    public init(stream: StreamID, expectedVersion: ExpectedVersion, events: [ProposedEvent]) {
        self.stream = stream
        self.expectedVersion = expectedVersion
        self.events = events
    }
}

/// What an append wrote.
public struct AppendReceipt: Sendable, Hashable {
    /// Sequence numbers of the events written, in order (empty when everything was a duplicate).
    public var sequences: ClosedRange<Int64>?
    /// How many events were written.
    public var appended: Int
    /// How many proposed events were skipped because their dedupe key was already in the log.
    public var duplicates: Int
    /// Each touched stream's version after the append.
    public var streamVersions: [StreamID: Int]

    public init(sequences: ClosedRange<Int64>?, appended: Int, duplicates: Int, streamVersions: [StreamID: Int]) {
        self.sequences = sequences
        self.appended = appended
        self.duplicates = duplicates
        self.streamVersions = streamVersions
    }
}
