import CLibXML2

/// One pass of libxml2's SAX2 push parser over one feed file: feeds it the file's UTF-8 a chunk at a time,
/// collects each item's fields from the parser's callbacks, interprets the item and hands it over, then
/// builds the summary.
///
/// It is pulled: ``next()`` feeds the parser only until an announcement is ready, so a consumer (the
/// importer feeding the store one batch at a time) decides the pace. Announcements finished within one
/// chunk wait in a short queue (a 64 KiB chunk holds about a hundred items). Only the open-element path,
/// the current item and the current field are held, so memory does not grow with the file (warnings are
/// capped too). The element rules are in FeedSession+Elements.swift, the callbacks in
/// FeedSession+SAX.swift and the error mapping in FeedSession+Failures.swift.
final class FeedSession {
    /// The file as the caller named it.
    let file: String
    /// The bytes, with their budget and failure state.
    let source: FeedSource
    /// The encoding decided by sniffing.
    let encoding: EncodingSniffer.Result
    /// The size and warning limits.
    let limits: EGPFeedReader.Limits
    /// False only in tests that let libxml2 see a DOCTYPE.
    let refusesDoctype: Bool
    /// Reported in the summary.
    let isGzip: Bool
    /// libxml2's messages for this read.
    let diagnostics: LibXMLDiagnostics
    /// Remembers recognised method and type names.
    let recognizer = FieldRecognizer()

    // The mutable state below is marked `@exclusivity(unchecked)`: a session is used from one thread at a
    // time, and libxml2 calls back into it only from inside `xmlParseChunk`, never while one of these is
    // being modified, so the run-time exclusivity checks (a thread-local access set touched several times
    // per element) only cost time.

    /// The open elements, outermost first, with the line of each start tag.
    @exclusivity(unchecked) var stack: [OpenElement] = []
    /// The item being collected, from its start tag to its end tag.
    @exclusivity(unchecked) var item: RawItem?
    /// The field whose text is being collected.
    @exclusivity(unchecked) var capture: Capture?
    /// The captured field's UTF-8 bytes as libxml2 gave them, made a `String` once when the field ends;
    /// reused from field to field.
    @exclusivity(unchecked) var text: [UInt8] = []
    /// Bytes of text since the last tag outside a kept field, bounded like a field so that no text node
    /// anywhere can grow past the limit.
    @exclusivity(unchecked) var looseText = 0
    /// The channel's own elements.
    @exclusivity(unchecked) var channel = EGPChannel()
    /// The counts for the summary.
    @exclusivity(unchecked) var itemsRead = 0, kept = 0, withoutID = 0, unrecognizedID = 0, idsFromLink = 0
    /// The kept announcements' links by kind, for the summary's variant.
    @exclusivity(unchecked) var links = EGPFeedSummary.LinkCounts()
    /// The names met so far with their tags (see ``tag(_:prefix:)``).
    @exclusivity(unchecked) var names: [KnownName] = []
    /// Warnings in file order, at most ``EGPFeedReader/Limits/maxWarnings``.
    @exclusivity(unchecked) private var warnings: [EGPFeedWarning] = []
    /// Warnings past the limit, only counted.
    @exclusivity(unchecked) private var warningsNotKept = 0
    /// True when a DOCTYPE reached libxml2 (tests only: otherwise it is refused on sight).
    var sawDoctype = false
    /// True when the parser reported anything since the source's budget was last reset.
    @exclusivity(unchecked) var sawEvent = false

    /// libxml2's push parser, from ``start(absolutePath:)`` until the session is released.
    private(set) var parser: xmlParserCtxtPtr?
    /// The chunk handed to the parser, of the size given at creation.
    private let chunk: UnsafeMutableRawBufferPointer
    /// Announcements finished in the last chunk, last first once the chunk is parsed, so that handing
    /// them over in file order moves each one out (`popLast`) instead of copying it.
    @exclusivity(unchecked) private var ready: [EGPAnnouncement] = []
    /// The summary, built once when the document has been read to its end.
    private(set) var finalSummary: EGPFeedSummary?
    /// The first error met; no announcement after it is queued, and once the queue is empty every
    /// ``next()`` throws it.
    @exclusivity(unchecked) private(set) var failed: (any Error)?

    /// Creates a session over an opened and sniffed source.
    init(
        file: String, source: FeedSource, encoding: EncodingSniffer.Result, limits: EGPFeedReader.Limits,
        refusesDoctype: Bool, isGzip: Bool, diagnostics: LibXMLDiagnostics, chunkBytes: Int = 64 << 10
    ) {
        precondition(chunkBytes > 0, "chunkBytes must be positive")
        self.file = file
        self.source = source
        self.encoding = encoding
        self.limits = limits
        self.refusesDoctype = refusesDoctype
        self.isGzip = isGzip
        self.diagnostics = diagnostics
        chunk = .allocate(byteCount: chunkBytes, alignment: 8)
    }

    deinit {
        if let parser {
            if let document = parser.pointee.myDoc { xmlFreeDoc(document) } // made by libxml2 for a DTD
            xmlFreeParserCtxt(parser)
        }
        chunk.deallocate()
    }

    /// Creates libxml2's push parser; call once, before ``next()``.
    ///
    /// libxml2 is told the input is UTF-8 and never guesses: Windows-874 is decoded by the source, a UTF-8
    /// byte-order mark is skipped there, and the declaration is ignored (`XML_PARSE_IGNORE_ENC`).
    func start(absolutePath: String) throws {
        if encoding.encoding.overridesDeclaration {
            warn(
                EGPFeedWarning(
                    kind: .encodingOverridden, line: 1,
                    message: encoding.encoding.description + " Re-save the file with a correct declaration "
                        + "if other tools must read it."))
        }
        if encoding.encoding.isWindows874 {
            source.decodeWindows874()
        } else {
            source.skipUTF8ByteOrderMark()
        }
        var handler = Self.makeSAXHandler()
        guard
            let created = xmlCreatePushParserCtxt(
                &handler, Unmanaged.passUnretained(self).toOpaque(), nil, 0, absolutePath)
        else {
            throw EGPFeedError(file: file, problem: .cannotOpen(reason: "libxml2 could not start reading it"))
        }
        parser = created
        xmlCtxtUseOptions(created, EGPFeedReader.parserOptions)
        created.pointee.charset = Int32(XML_CHAR_ENCODING_UTF8.rawValue)
    }

    /// Feeds the parser until the next announcement is complete and returns it; nil once the document has
    /// been read to its end (``finalSummary`` is then set). After an error, the announcements finished
    /// before it are still handed over, then every call throws that error.
    func next() throws -> EGPAnnouncement? {
        while true {
            if let announcement = ready.popLast() { return announcement }
            if let failed { throw failed }
            guard let parser, finalSummary == nil else { return nil }
            withExtendedLifetime(self) { parseNextChunk(parser) }
        }
    }

    /// Reads one chunk and hands it to the parser (or tells it the document has ended).
    private func parseNextChunk(_ parser: xmlParserCtxtPtr) {
        if sawEvent {
            source.resetBudget()
            sawEvent = false
        }
        let count = source.read(into: chunk)
        if count < 0 {
            fail(sourceFailure())
            return
        }
        let bytes = chunk.baseAddress!.assumingMemoryBound(to: CChar.self)
        xmlParseChunk(parser, bytes, Int32(count), count == 0 ? 1 : 0) // 0 bytes: the document has ended
        ready.withUnsafeMutableBufferPointer { $0.reverse() } // swaps in place, retaining nothing
        guard count == 0, failed == nil else { return }
        if parser.pointee.wellFormed == 0 {
            fail(
                EGPFeedError(
                    file: file, line: currentLine, problem: .malformedXML(message: "libxml2 stopped without a message"))
            )
        } else {
            finalSummary = summary()
        }
    }

    /// Queues an announcement for ``next()``, unless an error came first; taken as consumed so that it
    /// moves into the queue rather than being copied.
    func enqueue(_ announcement: consuming EGPAnnouncement) {
        guard failed == nil else { return }
        ready.append(announcement)
    }

    /// Records the first error and stops the parser; called from the parser's callbacks, where libxml2
    /// allows stopping it.
    func fail(_ error: any Error) {
        guard failed == nil else { return }
        failed = error
        if let parser { xmlStopParser(parser) }
    }

    /// Records the first error without touching the parser: for libxml2's own errors, reported from
    /// inside the parser where stopping it is not safe (libxml2 stops by itself after a fatal error).
    func recordFailure(_ error: any Error) {
        if failed == nil { failed = error }
    }

    /// The parser's current line: the line of the start tag just read, when called from its callback.
    var currentLine: Int {
        guard let input = parser?.pointee.input else { return 0 }
        return Int(input.pointee.line)
    }

    // MARK: Warnings and summary

    /// Records a warning, or only counts it past the limit.
    func warn(_ warning: EGPFeedWarning) {
        if warnings.count < limits.maxWarnings {
            warnings.append(warning)
        } else {
            warningsNotKept += 1
        }
    }

    /// The summary after the end of the document.
    private func summary() -> EGPFeedSummary {
        for message in diagnostics.warnings {
            warn(EGPFeedWarning(kind: .xmlWarning, line: message.line > 0 ? message.line : nil, message: message.text))
        }
        if let count = channel.countByDay, count > itemsRead {
            warn(
                EGPFeedWarning(
                    kind: .truncatedPage, line: nil,
                    message: "countbyday says \(count) announcements were published that day but the file has "
                        + "\(itemsRead) items: e-GP returns at most 20 items per page, so this file is one "
                        + "truncated page. Download the day's other pages to be complete."))
        }
        return EGPFeedSummary(
            file: file, encoding: encoding.encoding, declaredEncoding: encoding.declared,
            isGzipCompressed: isGzip, channel: channel, itemsRead: itemsRead, kept: kept,
            withoutID: withoutID, unrecognizedID: unrecognizedID, warnings: warnings,
            warningsNotKept: warningsNotKept, links: links, idsFromLink: idsFromLink)
    }
}
