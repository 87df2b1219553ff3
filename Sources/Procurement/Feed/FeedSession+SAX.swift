import CLibXML2

/// The SAX2 callbacks libxml2's push parser calls, each forwarded to the session that is the parser's
/// user data.
///
/// Only what the reader needs is set. Entities are never resolved: `getEntity` answers nil for every name
/// (the five predefined ones and character references are handled inside libxml2 without asking), so a
/// reference to any other entity is an error, and with no `resolveEntity`, `externalSubset` or
/// `getParameterEntity` nothing outside the file is ever opened. A DOCTYPE stops the parser at
/// `internalSubset`, before any declaration in it is read.
extension FeedSession {
    /// The handler, copied by libxml2 into the parser it creates (a C struct with a raw pointer field, so
    /// made per session rather than shared as a global).
    static func makeSAXHandler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { context, localName, prefix, _, _, _, _, _, _ in
            guard let context, let localName else { return }
            FeedSession.session(context) {
                $0.sawEvent = true; $0.didStartElement(localName, prefix: prefix)
            }
        }
        handler.endElementNs = { context, _, _, _ in
            guard let context else { return }
            FeedSession.session(context) {
                $0.sawEvent = true; $0.didEndElement()
            }
        }
        handler.characters = { context, bytes, count in
            guard let context, let bytes else { return }
            FeedSession.session(context) {
                $0.sawEvent = true; $0.didReadText(bytes, count: Int(count))
            }
        }
        // Whitespace goes the same way as other text (libxml2 only tells them apart when it builds a tree).
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = { context, bytes, count in
            guard let context, let bytes else { return }
            FeedSession.session(context) {
                $0.sawEvent = true; $0.didReadText(bytes, count: Int(count))
            }
        }
        // Comments and processing instructions are skipped, but they are nodes: each one ends a budget.
        handler.comment = { context, _ in
            guard let context else { return }
            FeedSession.session(context) { $0.sawEvent = true }
        }
        handler.processingInstruction = { context, _, _ in
            guard let context else { return }
            FeedSession.session(context) { $0.sawEvent = true }
        }
        handler.internalSubset = { context, _, _, _ in
            guard let context else { return }
            FeedSession.session(context) { $0.didMeetDoctype() }
        }
        handler.getEntity = { _, _ in nil }
        handler.reference = { context, name in
            guard let context else { return }
            FeedSession.session(context) { $0.didMeetEntityReference(name) }
        }
        handler.serror = { context, error in
            guard let context, let error else { return }
            FeedSession.session(context) { $0.didReport(error.pointee) }
        }
        return handler
    }

    /// Runs `body` on the session behind a callback's context pointer, without retaining it: the session
    /// outlives every call into libxml2 it makes (``next()`` keeps it alive).
    @inline(__always)
    private static func session(_ context: UnsafeMutableRawPointer, _ body: (FeedSession) -> Void) {
        Unmanaged<FeedSession>.fromOpaque(context)._withUnsafeGuaranteedRef(body)
    }

    /// A `<!DOCTYPE`: refused, with its line, unless a test lets libxml2 see it.
    fileprivate func didMeetDoctype() {
        sawDoctype = true
        guard refusesDoctype else { return }
        fail(EGPFeedError(file: file, line: currentLine, field: "!DOCTYPE", problem: .doctypeNotAllowed))
    }

    /// A reference to an entity libxml2 does not know but would tolerate (a DTD it did not read might
    /// declare it): refused like every entity that is not built in.
    fileprivate func didMeetEntityReference(_ name: UnsafePointer<xmlChar>?) {
        fail(
            EGPFeedError(
                file: file, line: currentLine, field: stack.last?.name,
                problem: .entityReference(name: name.map { String(cString: $0) } ?? "")))
    }

    /// A libxml2 message: kept by the diagnostics, and the first error becomes the session's error (libxml2
    /// itself stops after a fatal one; callbacks queue nothing after any error).
    fileprivate func didReport(_ error: xmlError) {
        guard let message = diagnostics.record(error) else { return }
        recordFailure(failure(for: message, entityName: error.str1.map { String(cString: $0) }))
    }
}
