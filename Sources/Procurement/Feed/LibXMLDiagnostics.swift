import CLibXML2

/// Collects libxml2's messages for one reader through its structured error handler, so that errors carry
/// line and column and nothing is printed or shared between readers (no global handler is installed).
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

    /// Installs this collector on `reader`; it must outlive the reader's use.
    func install(on reader: OpaquePointer) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            Unmanaged<LibXMLDiagnostics>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        }, context)
    }

    /// Records one libxml2 error.
    private func record(_ error: xmlError) {
        let text = error.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        let message = Message(
            code: Int(error.code),
            text: FeedText.trimmed(text),
            line: Int(error.line),
            column: Int(error.int2))
        if error.level == XML_ERR_WARNING {
            if warnings.count < maxWarnings { warnings.append(message) }
        } else if firstError == nil {
            firstError = message
        }
    }
}
