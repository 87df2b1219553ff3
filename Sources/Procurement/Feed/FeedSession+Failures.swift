import CLibXML2

/// Turning what stopped libxml2 into an ``EGPFeedError`` with the best position available.
extension FeedSession {
    /// The error that stopped libxml2 (or that it reported without stopping), if any.
    func failure(after status: Int32, reader: OpaquePointer) -> EGPFeedError? {
        let parserLine = Int(xmlTextReaderGetParserLineNumber(reader))
        switch source.failure {
        case .nodeTooLarge?:
            let open = stack.last
            return EGPFeedError(
                file: file, line: open?.line ?? parserLine, field: open?.name,
                problem: .fieldTooLarge(limit: limits.maxFieldBytes))
        case let .readFailed(reason)?:
            return EGPFeedError(file: file, line: parserLine, problem: .readFailed(reason: reason))
        case nil:
            break
        }
        let parserError = diagnostics.firstError
        if parserError != nil || status < 0, let thread = diagnostics.firstThreadMessage,
           Self.isTranscodingFailure(code: thread.code) {
            // iconv could not convert a byte; libxml2 then reports the cut-off input as a parse error
            // (often "Extra content at the end of the document") at the position of the bad byte.
            let line = parserError.map(\.line).flatMap { $0 > 0 ? $0 : nil } ?? parserLine
            let column = parserError.map(\.column).flatMap { $0 > 0 ? $0 : nil }
            return EGPFeedError(
                file: file, line: line, column: column,
                problem: .invalidBytes(encoding: encoding.encoding, message: "libxml2: \(thread.text)"))
        }
        if let message = parserError {
            return error(for: message, fallbackLine: parserLine)
        }
        if status < 0 {
            let detail = diagnostics.firstThreadMessage.map { "libxml2: \($0.text)" }
                ?? "libxml2 stopped near this line without a message, as it does when bytes cannot be converted"
            return EGPFeedError(
                file: file, line: parserLine,
                problem: .invalidBytes(encoding: encoding.encoding, message: detail))
        }
        return nil
    }

    /// Turns a libxml2 message into an ``EGPFeedError`` with its line and column.
    ///
    /// No field is named: libxml2 parses ahead of the nodes it hands back, so the element the reader is
    /// on may lie before the error.
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

    /// True for libxml2's transcoding failures: the I18N domain's codes and the I/O layer's encoder error.
    private static func isTranscodingFailure(code: Int) -> Bool {
        (Int(XML_I18N_NO_NAME.rawValue)...Int(XML_I18N_NO_OUTPUT.rawValue)).contains(code)
            || code == Int(XML_IO_ENCODER.rawValue)
    }
}
