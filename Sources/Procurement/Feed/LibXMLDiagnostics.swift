import CLibXML2

/// Collects libxml2's messages for one read through structured error handlers, so that errors carry line
/// and column and nothing is printed to the terminal or shared between reads.
///
/// Parser messages arrive through the parser's SAX handler (its `serror`, see FeedSession+SAX.swift),
/// which hands them to ``record(_:)``. A few come from layers with no parser context (zlib failures);
/// libxml2 sends those to its per-thread structured handler, which ``silencingThreadMessages(_:)``
/// silences for the duration of one synchronous read and then restores: the source's own failure
/// (``FeedSource/Failure``) names the problem, and nothing is printed on standard error.
final class LibXMLDiagnostics {
    /// One libxml2 message.
    struct Message: Equatable {
        /// libxml2's error code (`xmlParserErrors`).
        var code: Int
        /// The message without its trailing newline.
        var text: String
        /// The 1-based line, 0 when libxml2 did not know it.
        var line: Int
        /// The 1-based column, 0 when libxml2 did not know it.
        var column: Int
    }

    /// The first error or fatal error; reading stops at it.
    private(set) var firstError: Message?
    /// Warnings, at most ``maxWarnings``.
    private(set) var warnings: [Message] = []
    /// The most warnings kept.
    let maxWarnings: Int

    /// Creates an empty collector keeping at most `maxWarnings` warnings.
    init(maxWarnings: Int) {
        self.maxWarnings = maxWarnings
    }

    /// Runs `work` with libxml2's per-thread structured handler silenced, restoring the previous handler
    /// afterwards. `work` must not hop threads (the reader is synchronous).
    func silencingThreadMessages<T>(_ work: () throws -> T) rethrows -> T {
        let savedHandler = __xmlStructuredError().pointee
        let savedContext = __xmlStructuredErrorContext().pointee
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        defer { xmlSetStructuredErrorFunc(savedContext, savedHandler) }
        return try work()
    }

    /// Records one libxml2 message; returns it when it is the first error (not a warning), which is the
    /// one that stops the read.
    func record(_ error: xmlError) -> Message? {
        let text = error.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        let message = Message(
            code: Int(error.code),
            text: FeedText.trimmed(text),
            line: Int(error.line),
            column: Int(error.int2))
        if error.level == XML_ERR_WARNING {
            if warnings.count < maxWarnings { warnings.append(message) }
            return nil
        }
        guard firstError == nil else { return nil }
        firstError = message
        return message
    }
}
