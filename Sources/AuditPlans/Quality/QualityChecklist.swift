import Agency
import Sujarit

/// The self-assessment checklist (`Registers/audit-quality.yaml`): what the audit activity assesses itself
/// against every year, with the standard each item comes from.
public struct QualityChecklist: Sendable, Hashable {
    /// One item to answer.
    public struct Item: Sendable, Hashable {
        /// The item's id, as answers name it (`1`, `2.3`).
        public var id: String
        /// The standard's number, e.g. `1311`.
        public var standard: String?
        /// What must hold.
        public var text: String
    }

    /// The checklist's version; an assessment records it.
    public var version: Int
    /// The standard or guidance it follows.
    public var source: String
    /// The items, in file order.
    public var items: [Item]

    /// The default file, relative to the working directory.
    public static let defaultPath = "Registers/audit-quality.yaml"

    /// Reads and checks a checklist: unknown fields, duplicate or missing ids and empty texts are errors
    /// naming the file, line and field.
    public static func load(_ path: String) throws -> QualityChecklist {
        let root = try ConfigNode.load(path)
        try root.allowOnly(["version", "source", "items"])
        let versionNode = try root.required("version")
        let version = try versionNode.integer()
        guard version > 0 else { throw versionNode.error("the version must be 1 or more (found \(version))") }
        var items: [Item] = []
        for node in try root.required("items").items() {
            try node.allowOnly(["id", "standard", "text"])
            let idNode = try node.required("id")
            let id = ThaiDigits.toArabic(try idNode.text())
            guard !items.contains(where: { $0.id == id }) else {
                throw idNode.error("the item id '\(id)' appears twice")
            }
            items.append(Item(id: id, standard: try node.optionalText("standard"), text: try node.text("text")))
        }
        guard !items.isEmpty else { throw try root.required("items").error("the checklist has no item") }
        return QualityChecklist(version: version, source: try root.text("source"), items: items)
    }
}
