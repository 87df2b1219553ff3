import CLibXML2
import Foundation

/// One pass of libxml2's `xmlTextReader` over one feed file: walks the nodes, collects each item's fields,
/// interprets the item and hands it over, then builds the summary.
///
/// It is pulled: ``next()`` reads nodes only until the next announcement is complete, so a consumer (the
/// importer feeding the store one batch at a time) decides the pace. Only the open-element path, the
/// current item and the current field are held, so memory does not grow with the file (warnings are capped
/// too).
final class FeedSession {
    /// Where a field's text goes.
    private enum Target {
        case item, channel, ignored
    }

    /// The element names the reader acts on, so that the per-node checks compare small values instead of
    /// strings (each distinct name is classified once, see ``element(_:)``).
    enum Tag: UInt8 {
        case rss, channel, item, title, link, description, pubDate, language, lastBuildDate, countbyday, other

        /// The tag for an element named `name` (``other`` for every name the reader ignores).
        init(_ name: String) {
            switch name {
            case "rss": self = .rss
            case "channel": self = .channel
            case "item": self = .item
            case "title": self = .title
            case "link": self = .link
            case "description": self = .description
            case "pubDate": self = .pubDate
            case "language": self = .language
            case "lastBuildDate": self = .lastBuildDate
            case "countbyday": self = .countbyday
            default: self = .other
            }
        }
    }

    /// The field whose text is being collected (the text itself in ``text``).
    private struct Capture {
        var name: String
        var tag: Tag
        var depth: Int
        var line: Int
        var target: Target
    }

    /// The file as the caller named it.
    let file: String
    /// The bytes, with their budget and failure state.
    let source: FeedSource
    /// The encoding decided by sniffing.
    let encoding: EncodingSniffer.Result
    /// The size and warning limits.
    let limits: EGPFeedReader.Limits
    /// False only in tests that let libxml2 see a DOCTYPE.
    private let refusesDoctype: Bool
    /// Reported in the summary.
    private let isGzip: Bool
    /// libxml2's messages for this read.
    let diagnostics: LibXMLDiagnostics
    /// Remembers recognised method and type names.
    private let recognizer = FieldRecognizer()

    /// The open elements, outermost first, with the line of each start tag.
    private(set) var stack: [(name: String, tag: Tag, line: Int)] = []
    private var item: RawItem?
    private var capture: Capture?
    /// The captured field's UTF-8 bytes as libxml2 gave them, made a `String` once when the field ends;
    /// reused from field to field.
    private var text: [UInt8] = []
    private var channel = EGPChannel()
    private var itemsRead = 0, kept = 0, withoutID = 0, unrecognizedID = 0
    private var warnings: [EGPFeedWarning] = []
    private var warningsNotKept = 0
    /// libxml2's reader, from ``start(absolutePath:)`` until the session is released.
    private var reader: OpaquePointer?
    /// The announcement the last item produced, waiting to be handed over by ``next()``.
    private var pending: EGPAnnouncement?
    /// The summary, built once when the document has been read to its end.
    private(set) var finalSummary: EGPFeedSummary?
    /// The first error met; every later ``next()`` throws it again instead of reading on.
    private var failed: (any Error)?

    /// Creates a session over an opened and sniffed source.
    init(
        file: String, source: FeedSource, encoding: EncodingSniffer.Result, limits: EGPFeedReader.Limits,
        refusesDoctype: Bool, isGzip: Bool, diagnostics: LibXMLDiagnostics
    ) {
        self.file = file
        self.source = source
        self.encoding = encoding
        self.limits = limits
        self.refusesDoctype = refusesDoctype
        self.isGzip = isGzip
        self.diagnostics = diagnostics
    }

    deinit {
        if let reader { xmlFreeTextReader(reader) }
    }

    /// Creates libxml2's reader over the source; call once, before ``next()``.
    func start(absolutePath: String) throws {
        if encoding.encoding.overridesDeclaration {
            warn(EGPFeedWarning(
                kind: .encodingOverridden, line: 1,
                message: encoding.encoding.description + " Re-save the file with a correct declaration "
                    + "if other tools must read it."))
        }
        let context = Unmanaged.passUnretained(source).toOpaque()
        let created = xmlReaderForIO(
            { context, buffer, length in
                guard let context, let buffer else { return -1 }
                return Unmanaged<FeedSource>.fromOpaque(context).takeUnretainedValue()
                    .read(into: buffer, capacity: Int(length))
            },
            nil, context, absolutePath, encoding.encoding.libxml2Name, EGPFeedReader.parserOptions)
        guard let created else {
            throw EGPFeedError(
                file: file, problem: .cannotOpen(reason: "libxml2 could not start reading it"))
        }
        reader = created
        diagnostics.install(on: created)
    }

    /// Reads nodes until the next announcement is complete and returns it; nil once the document has been
    /// read to its end (``finalSummary`` is then set). After an error, every call throws that error again.
    func next() throws -> EGPAnnouncement? {
        if let failed { throw failed }
        guard let reader, finalSummary == nil else { return nil }
        do {
            return try withExtendedLifetime((source, diagnostics)) {
                while true {
                    source.resetBudget()
                    let status = xmlTextReaderRead(reader)
                    if let error = failure(after: status, reader: reader) { throw error }
                    if status == 0 {
                        finalSummary = summary()
                        return nil
                    }
                    try handleNode(reader)
                    if let announcement = pending {
                        pending = nil
                        return announcement
                    }
                }
            }
        } catch {
            failed = error
            throw error
        }
    }

    // MARK: Nodes

    /// Dispatches one node.
    private func handleNode(_ reader: OpaquePointer) throws {
        switch UInt32(bitPattern: xmlTextReaderNodeType(reader)) {
        case XML_READER_TYPE_ELEMENT.rawValue:
            let (name, tag) = element(xmlTextReaderConstName(reader))
            let line = currentLine(reader)
            let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
            if stack.isEmpty, tag != .rss {
                throw EGPFeedError(file: file, line: line, field: name, problem: .notAnRSSFeed(root: name))
            }
            stack.append((name, tag, line))
            startElement(name, tag: tag, line: line)
            if isEmpty { try endElement() }
        case XML_READER_TYPE_END_ELEMENT.rawValue:
            try endElement()
        case XML_READER_TYPE_TEXT.rawValue, XML_READER_TYPE_CDATA.rawValue,
             XML_READER_TYPE_WHITESPACE.rawValue, XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue:
            guard let current = capture, current.target != .ignored else { return }
            // libxml2's UTF-8 bytes, appended in place; the String is made once, when the field ends.
            if let value = xmlTextReaderConstValue(reader) {
                text.append(contentsOf: UnsafeBufferPointer(start: value, count: strlen(value)))
            }
            guard text.count <= limits.maxFieldBytes else {
                throw EGPFeedError(
                    file: file, line: current.line, field: current.name,
                    problem: .fieldTooLarge(limit: limits.maxFieldBytes))
            }
        case XML_READER_TYPE_ENTITY_REFERENCE.rawValue:
            throw EGPFeedError(
                file: file, line: currentLine(reader), field: stack.last?.name,
                problem: .entityReference(name: Self.string(xmlTextReaderConstName(reader))))
        case XML_READER_TYPE_DOCUMENT_TYPE.rawValue where refusesDoctype:
            throw EGPFeedError(
                file: file, line: currentLine(reader), field: "!DOCTYPE", problem: .doctypeNotAllowed)
        default:
            return  // comments, processing instructions, and (in tests) the DOCTYPE
        }
    }

    /// Opens an item, or starts collecting a field of the item or the channel.
    private func startElement(_ name: String, tag: Tag, line: Int) {
        guard capture == nil else { return }  // markup inside a field: its text joins the field
        let depth = stack.count
        let inChannel = depth >= 2 && stack[0].tag == .rss && stack[1].tag == .channel
        guard inChannel else { return }
        if depth == 3, tag == .item {
            item = RawItem(line: line)
            itemsRead += 1
        } else if depth == 4, item != nil, stack[2].tag == .item, Self.isItemField(tag) {
            text.removeAll(keepingCapacity: true)
            if item![field: tag] != nil {
                warn(EGPFeedWarning(
                    kind: .repeatedField, line: line,
                    message: "the item repeats <\(name)>; the first one was kept."))
                capture = Capture(name: name, tag: tag, depth: depth, line: line, target: .ignored)
            } else {
                item![field: tag] = RawItem.Field(text: "", line: line)  // in place: no copy of the item
                capture = Capture(name: name, tag: tag, depth: depth, line: line, target: .item)
            }
        } else if depth == 3, Self.isChannelField(tag) {
            text.removeAll(keepingCapacity: true)
            capture = Capture(name: name, tag: tag, depth: depth, line: line, target: .channel)
        }
    }

    /// The elements collected into a ``RawItem`` (``RawItem/fieldNames``).
    private static func isItemField(_ tag: Tag) -> Bool {
        switch tag {
        case .title, .link, .description, .pubDate: true
        default: false
        }
    }

    /// The channel elements kept in ``EGPChannel``.
    private static func isChannelField(_ tag: Tag) -> Bool {
        switch tag {
        case .title, .link, .language, .lastBuildDate, .countbyday: true
        default: false
        }
    }

    /// Closes the innermost element: finishes a field, or finishes and hands over an item.
    private func endElement() throws {
        let depth = stack.count
        defer { stack.removeLast() }
        if let current = capture, current.depth == depth {
            capture = nil
            switch current.target {
            case .item: item?[field: current.tag]?.text = String(decoding: text, as: UTF8.self)
            case .channel: setChannelField(current, text: String(decoding: text, as: UTF8.self))
            case .ignored: break
            }
            return
        }
        if depth == 3, stack[2].tag == .item, item != nil {
            var finished: RawItem? = nil
            swap(&finished, &item)  // moves the item out without copying it
            try finishItem(finished!)
        }
    }

    /// Interprets an item and sets it aside for ``next()``, or counts it.
    private func finishItem(_ raw: RawItem) throws {
        switch try raw.interpret(file: file, recognizer: recognizer, warn: warn) {
        case let .announcement(announcement):
            kept += 1
            pending = announcement
        case .withoutID:
            withoutID += 1
        case .unrecognizedID:
            unrecognizedID += 1
        }
    }

    /// Stores a channel element (the first occurrence of each).
    private func setChannelField(_ field: Capture, text: String) {
        let text = FeedText.collapsingWhitespace(text)
        switch field.name {
        case "title": channel.title = channel.title ?? text
        case "link": channel.link = channel.link ?? text
        case "language": channel.language = channel.language ?? text
        case "lastBuildDate": channel.lastBuildDate = channel.lastBuildDate ?? text
        case "countbyday":
            guard channel.countByDay == nil else { return }
            if let count = Int(FeedText.arabicDigits(text)), count >= 0 {
                channel.countByDay = count
            } else {
                warn(EGPFeedWarning(
                    kind: .unreadableChannelField, line: field.line,
                    message: "countbyday '\(text)' is not a number; it was ignored, so the reader cannot tell "
                        + "whether this page is complete."))
            }
        default: break
        }
    }

    // MARK: Warnings and summary

    /// Records a warning, or only counts it past the limit.
    private func warn(_ warning: EGPFeedWarning) {
        if warnings.count < limits.maxWarnings {
            warnings.append(warning)
        } else {
            warningsNotKept += 1
        }
    }

    /// The summary after the last node.
    private func summary() -> EGPFeedSummary {
        for message in diagnostics.warnings {
            warn(EGPFeedWarning(kind: .xmlWarning, line: message.line > 0 ? message.line : nil, message: message.text))
        }
        if let count = channel.countByDay, count > itemsRead {
            warn(EGPFeedWarning(
                kind: .truncatedPage, line: nil,
                message: "countbyday says \(count) announcements were published that day but the file has "
                    + "\(itemsRead) items: e-GP returns at most 20 items per page, so this file is one "
                    + "truncated page. Download the day's other pages to be complete."))
        }
        return EGPFeedSummary(
            file: file, encoding: encoding.encoding, declaredEncoding: encoding.declared,
            isGzipCompressed: isGzip, channel: channel, itemsRead: itemsRead, kept: kept,
            withoutID: withoutID, unrecognizedID: unrecognizedID, warnings: warnings,
            warningsNotKept: warningsNotKept)
    }

    // MARK: libxml2 helpers

    /// The line of the current node: libxml2 records it on the node (exact up to 65,534); past that the
    /// parser's current line is used, which can be a few lines further on.
    private func currentLine(_ reader: OpaquePointer) -> Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = Int(xmlGetLineNo(node))
            if line > 0, line < 65_535 { return line }
        }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    /// Element names as Swift strings and tags, by libxml2's pointer: the reader interns names in its
    /// dictionary, so a name's pointer stays the same for the whole document and each name is converted
    /// and classified once instead of at every element. A feed has about a dozen names, so a short list
    /// searched by pointer beats hashing; bounded, in case a hostile file has endless distinct names.
    private var names: [(pointer: UnsafePointer<xmlChar>, name: String, tag: Tag)] = []

    /// The element name at `pointer`, with its tag.
    private func element(_ pointer: UnsafePointer<xmlChar>?) -> (String, Tag) {
        guard let pointer else { return ("", .other) }
        for entry in names where entry.pointer == pointer { return (entry.name, entry.tag) }
        let name = Self.string(pointer)
        let tag = Tag(name)
        if names.count >= 32 { names.removeAll(keepingCapacity: true) }
        names.append((pointer, name, tag))
        return (name, tag)
    }

    /// A libxml2 string as a Swift string ("" for NULL).
    private static func string(_ text: UnsafePointer<xmlChar>?) -> String {
        guard let text else { return "" }
        return String(cString: text)
    }
}
