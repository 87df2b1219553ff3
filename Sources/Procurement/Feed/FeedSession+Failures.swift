import CLibXML2

/// Turning what stopped the read into an ``EGPFeedError`` with the best position available.
extension FeedSession {
    /// The error for the source's own failure (a node over budget, a read or decompression failure, a
    /// byte Windows-874 does not assign).
    func sourceFailure() -> EGPFeedError {
        switch source.failure {
        case .nodeTooLarge?:
            let open = stack.last
            return EGPFeedError(
                file: file, line: open?.line ?? currentLine, field: open?.name,
                problem: .fieldTooLarge(limit: limits.maxFieldBytes))
        case let .unassignedByte(byte, line, column)?:
            return EGPFeedError(
                file: file, line: line, column: column,
                problem: .invalidBytes(encoding: encoding.encoding, message: Self.unassignedMessage(byte)))
        case let .readFailed(reason)?:
            return EGPFeedError(file: file, line: currentLine, problem: .readFailed(reason: reason))
        case let .expandedTooFar(limit, compressedBytes)?:
            return EGPFeedError(
                file: file, line: currentLine, problem: .expandsTooFar(limit: limit, compressedBytes: compressedBytes))
        case nil:
            return EGPFeedError(
                file: file, line: currentLine, problem: .readFailed(reason: "the file could not be read"))
        }
    }

    /// What an unassigned Windows-874 byte is called in the error.
    static func unassignedMessage(_ byte: UInt8) -> String {
        "byte 0x" + String(byte, radix: 16, uppercase: true) + " is not a character in Windows-874"
    }

    /// The error for libxml2's first error message; `entityName` is the entity an undeclared-entity
    /// error names.
    ///
    /// An entity a DOCTYPE declared (only seen when a test lets the DOCTYPE through) is reported as an
    /// entity reference, as the reader never expands one; libxml2 calls it undeclared because the reader
    /// does not keep declarations. Without a DOCTYPE, `&nbsp;` and the like stay libxml2's
    /// well-formedness error.
    func failure(for message: LibXMLDiagnostics.Message, entityName: String?) -> EGPFeedError {
        if UInt32(message.code) == XML_ERR_UNDECLARED_ENTITY.rawValue, sawDoctype, let entityName {
            return EGPFeedError(
                file: file, line: message.line > 0 ? message.line : currentLine, field: stack.last?.name,
                problem: .entityReference(name: entityName))
        }
        return error(for: message, fallbackLine: currentLine)
    }

    /// Turns a libxml2 message into an ``EGPFeedError`` with its line and column.
    ///
    /// No field is named, as before the parser became SAX-driven: libxml2's message names the elements
    /// concerned itself.
    private func error(for message: LibXMLDiagnostics.Message, fallbackLine: Int) -> EGPFeedError {
        let code = UInt32(message.code)
        let atEndOfFile = source.finished && message.line >= source.lineFeedsDelivered + 1
        let problem: EGPFeedError.Problem
        switch code {
        case XML_ERR_DOCUMENT_EMPTY.rawValue:
            problem = .malformedXML(message: "the file does not start with XML markup (libxml2: \(message.text))")
        case XML_ERR_TAG_NOT_FINISHED.rawValue:
            problem = .truncated(message: message.text)
        case XML_ERR_DOCUMENT_END.rawValue where atEndOfFile:
            // libxml2's push parser says "Extra content at the end of the document" when the data ends
            // with elements still open; at the very end of the file that means the file was cut off.
            problem = .truncated(message: "the data ends with elements still open")
        case XML_ERR_INVALID_CHAR.rawValue, XML_ERR_INVALID_ENCODING.rawValue, XML_ERR_UNKNOWN_ENCODING.rawValue,
            XML_ERR_UNSUPPORTED_ENCODING.rawValue, XML_IO_ENCODER.rawValue:
            problem = .invalidBytes(encoding: encoding.encoding, message: message.text)
        default:
            problem = .malformedXML(message: message.text)
        }
        return EGPFeedError(
            file: file, line: message.line > 0 ? message.line : fallbackLine,
            column: message.column > 0 ? message.column : nil, problem: problem)
    }
}
