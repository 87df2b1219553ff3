import CLibXML2
import Sujarit

/// The feed's element rules: which elements open an item, which fields are collected from where, and what
/// happens when an item or field ends. Driven by the parser callbacks in FeedSession+SAX.swift.
extension FeedSession {
    /// Where a field's text goes.
    enum Target {
        case item, channel, ignored
    }

    /// The element names the reader acts on, so that the per-element checks compare small values instead
    /// of strings (each distinct name is classified once, see ``tag(_:prefix:)``).
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

        /// The element name the tag stands for ("" for ``other``, whose names vary).
        var name: String {
            switch self {
            case .rss: "rss"
            case .channel: "channel"
            case .item: "item"
            case .title: "title"
            case .link: "link"
            case .description: "description"
            case .pubDate: "pubDate"
            case .language: "language"
            case .lastBuildDate: "lastBuildDate"
            case .countbyday: "countbyday"
            case .other: ""
            }
        }
    }

    /// An open element. The name is kept as libxml2's dictionary pointers, which stay valid for the
    /// whole document, and becomes a `String` only for a message: every value here is plain data, so
    /// pushing and popping costs no reference counting.
    struct OpenElement {
        /// The local name, interned by the parser.
        var localName: UnsafePointer<xmlChar>
        /// The namespace prefix, if any, interned by the parser.
        var prefix: UnsafePointer<xmlChar>?
        /// The tag classifying the name.
        var tag: Tag
        /// The line of the start tag.
        var line: Int

        /// The name as written (`prefix:name` when prefixed).
        var name: String {
            let local = String(cString: localName)
            return prefix.map { String(cString: $0) + ":" + local } ?? local
        }
    }

    /// An element name met before, as libxml2's dictionary pointers, with its tag.
    struct KnownName {
        var localName: UnsafePointer<xmlChar>
        var prefix: UnsafePointer<xmlChar>?
        var tag: Tag
    }

    /// The field whose text is being collected (the text itself in ``text``); always one of the tags the
    /// reader collects, so its name is the tag's.
    struct Capture {
        var tag: Tag
        var depth: Int
        var line: Int
        var target: Target
    }

    // MARK: Callbacks

    /// A start tag: checks the root, pushes the element and opens an item or field.
    func didStartElement(_ localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?) {
        let element = OpenElement(
            localName: localName, prefix: prefix, tag: tag(localName, prefix: prefix), line: currentLine)
        if stack.isEmpty, element.tag != .rss {
            let root = element.name
            fail(EGPFeedError(file: file, line: element.line, field: root, problem: .notAnRSSFeed(root: root)))
            return
        }
        looseText = 0
        stack.append(element)
        startElement(tag: element.tag, line: element.line)
    }

    /// An end tag (also after the start of an empty element).
    func didEndElement() {
        looseText = 0
        guard !stack.isEmpty else { return } // only after a refused root, which stops the parser anyway
        do {
            try endElement()
        } catch {
            fail(error)
        }
    }

    /// Text, CDATA or a character or predefined entity reference's replacement, in pieces as libxml2
    /// delivers them: appended to the field being collected, or only measured.
    func didReadText(_ bytes: UnsafePointer<xmlChar>, count: Int) {
        if let current = capture, current.target != .ignored {
            text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
            if text.count > limits.maxFieldBytes {
                fail(
                    EGPFeedError(
                        file: file, line: current.line, field: current.tag.name,
                        problem: .fieldTooLarge(limit: limits.maxFieldBytes)))
            }
        } else {
            looseText += count
            if looseText > limits.maxFieldBytes {
                let open = stack.last
                fail(
                    EGPFeedError(
                        file: file, line: open?.line ?? currentLine, field: open?.name,
                        problem: .fieldTooLarge(limit: limits.maxFieldBytes)))
            }
        }
    }

    // MARK: Rules

    /// Opens an item, or starts collecting a field of the item or the channel.
    private func startElement(tag: Tag, line: Int) {
        guard capture == nil else { return } // markup inside a field: its text joins the field
        let depth = stack.count
        let inChannel = depth >= 2 && stack[0].tag == .rss && stack[1].tag == .channel
        guard inChannel else { return }
        if depth == 3, tag == .item {
            item = RawItem(line: line)
            itemsRead += 1
        } else if depth == 4, item != nil, stack[2].tag == .item, Self.isItemField(tag) {
            text.removeAll(keepingCapacity: true)
            if item![field: tag] != nil {
                warn(
                    EGPFeedWarning(
                        kind: .repeatedField, line: line,
                        message: "the item repeats <\(tag.name)>; the first one was kept."))
                capture = Capture(tag: tag, depth: depth, line: line, target: .ignored)
            } else {
                item![field: tag] = RawItem.Field(text: "", line: line) // in place: no copy of the item
                capture = Capture(tag: tag, depth: depth, line: line, target: .item)
            }
        } else if depth == 3, Self.isChannelField(tag) {
            text.removeAll(keepingCapacity: true)
            capture = Capture(tag: tag, depth: depth, line: line, target: .channel)
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

    /// Closes the innermost element: finishes a field, or finishes and queues an item.
    private func endElement() throws {
        let depth = stack.count
        defer { stack.removeLast() }
        if let current = capture, current.depth == depth {
            capture = nil
            guard current.target != .ignored else { return }
            let value = String(decoding: text, as: UTF8.self)
            // XML 1.0 already forbids most C0 characters, but not DEL, C1 or character references to them
            // in every parser mode; the one rule for imported text decides (line breaks allowed: titles have them).
            do { try InputText.check(value, lines: .multiple, maxBytes: limits.maxFieldBytes) } catch {
                throw EGPFeedError(
                    file: file, line: current.line, field: current.tag.name, problem: .refusedText(error))
            }
            switch current.target {
            case .item: item?[field: current.tag]?.text = value
            case .channel: setChannelField(current, text: value)
            case .ignored: break
            }
            return
        }
        if depth == 3, stack[2].tag == .item, let finished = item.take() { // moved out, not copied
            try finishItem(finished)
        }
    }

    /// Interprets an item and queues it for ``next()``, or counts it.
    private func finishItem(_ raw: RawItem) throws {
        switch try raw.interpret(file: file, recognizer: recognizer, warn: warn) {
        case let .announcement(announcement):
            kept += 1
            links.count(announcement.link)
            if announcement.projectIDSource == .link { idsFromLink += 1 }
            enqueue(announcement)
        case .withoutID:
            withoutID += 1
        case .unrecognizedID:
            unrecognizedID += 1
        }
    }

    /// Stores a channel element (the first occurrence of each).
    private func setChannelField(_ field: Capture, text: String) {
        let text = FeedText.collapsingWhitespace(text)
        switch field.tag {
        case .title: channel.title = channel.title ?? text
        case .link: channel.link = channel.link ?? text
        case .language: channel.language = channel.language ?? text
        case .lastBuildDate: channel.lastBuildDate = channel.lastBuildDate ?? text
        case .countbyday:
            guard channel.countByDay == nil else { return }
            if let count = Int(FeedText.arabicDigits(text)), count >= 0 {
                channel.countByDay = count
            } else {
                warn(
                    EGPFeedWarning(
                        kind: .unreadableChannelField, line: field.line,
                        message: "countbyday '\(text)' is not a number; it was ignored, so the reader cannot tell "
                            + "whether this page is complete."))
            }
        default: break
        }
    }

    // MARK: Names

    /// The tag for an element name, by libxml2's pointers: the parser interns names in its dictionary, so
    /// a name's pointer stays the same for the whole document and each name is converted and classified
    /// once instead of at every element. A feed has about a dozen names, so a short list searched by
    /// pointer beats hashing; bounded, in case a hostile file has endless distinct names. A prefixed
    /// name (`dc:title`) is classified whole, so no rule acts on it.
    private func tag(_ localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?) -> Tag {
        for entry in names where entry.localName == localName && entry.prefix == prefix {
            return entry.tag
        }
        let tag = prefix == nil ? Tag(String(cString: localName)) : .other
        if names.count >= 32 { names.removeAll(keepingCapacity: true) }
        names.append(KnownName(localName: localName, prefix: prefix, tag: tag))
        return tag
    }
}
