import Foundation
import Sujarit
import Yams

/// A node of a YAML configuration file that remembers where it came from.
///
/// Register configuration is data that agencies edit by hand, so every accessor that finds a missing,
/// mistyped or unknown field throws a ``ConfigurationError`` naming the file, the line and the field path,
/// instead of a decoder's coding-path dump.
public struct ConfigNode {
    /// The file the node was read from.
    public let file: String
    /// The field path from the document root, e.g. `staff[2].roles`.
    public let path: String
    let node: Node

    /// Parses YAML text; syntax errors carry the line and column.
    public static func parse(_ text: String, file: String) throws -> ConfigNode {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ConfigurationError(file: file, line: nil, field: nil, message: "the file is empty")
            }
            return ConfigNode(file: file, path: "", node: node)
        } catch let error as YamlError {
            throw ConfigurationError(
                file: file, line: Self.line(of: error), field: nil,
                message: "not valid YAML: \(Self.problem(of: error))")
        }
    }

    /// Reads and parses a YAML file (see ``readText(_:maxBytes:)`` for what is refused unread).
    public static func load(_ path: String, maxBytes: Int64 = InputLimits.defaults.maxFileBytes) throws -> ConfigNode {
        try parse(try readText(path, maxBytes: maxBytes), file: path)
    }

    /// The UTF-8 text of a register file that is read whole. A path that is not a regular file (a FIFO
    /// would block the open) or a file larger than `maxBytes` is refused before a byte is read.
    public static func readText(
        _ path: String, maxBytes: Int64 = InputLimits.defaults.maxFileBytes
    ) throws(ConfigurationError) -> String {
        do {
            try InputFile.checkReadable(path, maxBytes: maxBytes)
        } catch {
            let message =
                switch error {
                case .missing: "cannot read the file (does it exist?)"
                case let .notRegular(_, kind):
                    "this is a \(kind.rawValue), not an ordinary file, so it was not opened; name the file itself"
                case let .tooLarge(_, bytes, limit):
                    """
                    the file is \(bytes) bytes; register files may be at most \(limit) bytes, so it was not read \
                    (raise max_file_bytes in Registers/limits.yaml if it is genuine)
                    """
                }
            throw ConfigurationError(file: path, line: nil, field: nil, message: message)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(
                file: path, line: nil, field: nil, message: "cannot read the file (does it exist?)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(
                file: path, line: nil, field: nil, message: "the file is not UTF-8 text; save it as UTF-8")
        }
        return text
    }

    /// The node's 1-based line.
    public var line: Int? { node.mark?.line }

    /// An error placed at this node.
    public func error(_ message: String) -> ConfigurationError {
        ConfigurationError(file: file, line: line, field: path.isEmpty ? nil : path, message: message)
    }

    // MARK: Shapes

    /// The node as a mapping's child, or nil when the key is absent or null.
    public func optional(_ key: String) throws -> ConfigNode? {
        guard let mapping = node.mapping else { throw error("expected a mapping of fields") }
        guard let child = mapping[key], !child.isNull else { return nil }
        return ConfigNode(file: file, path: path.isEmpty ? key : "\(path).\(key)", node: child)
    }

    /// The mapping's child at `key`, required.
    public func required(_ key: String) throws -> ConfigNode {
        guard let child = try optional(key) else { throw error("the field '\(key)' is missing") }
        return child
    }

    /// The node's items when it is a list.
    public func items() throws -> [ConfigNode] {
        guard let sequence = node.sequence else { throw error("expected a list") }
        return sequence.enumerated().map { index, child in
            ConfigNode(file: file, path: "\(path)[\(index + 1)]", node: child)
        }
    }

    /// Rejects fields outside `allowed`, so a misspelt field is an error rather than silently ignored.
    public func allowOnly(_ allowed: Set<String>) throws {
        guard let mapping = node.mapping else { throw error("expected a mapping of fields") }
        for (key, value) in mapping {
            let name = key.string ?? "?"
            if !allowed.contains(name) {
                let place = ConfigNode(file: file, path: path.isEmpty ? name : "\(path).\(name)", node: value)
                throw place.error(
                    "unknown field '\(name)'; expected one of: \(allowed.sorted().joined(separator: ", "))")
            }
        }
    }

    // MARK: Values

    /// The node as non-empty text (numbers are read as written, so ids like `0107` keep their zeros).
    ///
    /// Every text read from a register file passes the one rule for imported text (``InputText``): no
    /// control characters (line breaks allowed, for notes and lists) and at most ``InputText/maxNoteBytes``.
    public func text() throws -> String {
        guard let scalar = node.scalar else { throw error("expected text") }
        let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { throw error("must not be empty") }
        do { try InputText.check(value, lines: .multiple, maxBytes: InputText.maxNoteBytes) } catch {
            throw self.error(error.errorDescription ?? "\(error)")
        }
        return value
    }

    /// The text at `key`, required.
    public func text(_ key: String) throws -> String { try required(key).text() }

    /// The text at `key`, or nil.
    public func optionalText(_ key: String) throws -> String? { try optional(key)?.text() }

    /// An integer, Thai digits accepted.
    public func integer() throws -> Int {
        guard let value = Int(ThaiDigits.toArabic(try text())) else {
            throw error("expected a whole number, found '\(try text())'")
        }
        return value
    }

    /// A civil date in any format `CalendarDate.parse` accepts.
    public func date() throws -> CalendarDate {
        let value = try text()
        do { return try CalendarDate.parse(value) } catch { throw self.error(error.localizedDescription) }
    }

    /// A list of texts; a single text is read as a list of one.
    public func texts() throws -> [String] {
        if node.scalar != nil { return [try text()] }
        return try items().map { try $0.text() }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): mark.line
        default: nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _): problem
        default: String(describing: error).components(separatedBy: "\n").first ?? "syntax error"
        }
    }
}

private extension Node {
    var isNull: Bool { null != nil }
}
