import Agency
import Sujarit

/// Which e-GP department id a buyer has, by the names data.go.th's contract files give it (ชื่อหน่วยงาน and
/// ชื่อหน่วยงานย่อย; DOMAIN.md §9: the national file names buyers, never by id).
///
/// Read from a YAML file the user supplies (`import contracts --departments FILE`), and given the store's
/// own agency (its profile's name and `--dept`), so that a national file's rows about the agency land
/// under its e-GP id. A buyer no entry names is filed under its name (``ContractRecorded/buyerDepartment``).
///
/// ```yaml
/// source: e-GP's list of departments, copied 2026-11-30   # where the ids come from (required)
/// departments:
///   - name: กรมส่งเสริมการปกครองท้องถิ่น
///     sub_name: เทศบาลตำบลตัวอย่าง     # optional: this sub-unit only
///     egp_id: "1509900857"
///   - name: เทศบาลเมืองตากใบ              # any sub-unit, and the name as a sub-unit too
///     egp_id: "6960501"
/// ```
public struct DepartmentDirectory: Sendable, Hashable {
    /// Ids by (name key, sub-name key or "").
    private var ids: [Key: String] = [:]
    /// Where the entries came from, in the order they were added (file names, `store profile`).
    public private(set) var origins: [String] = []

    /// An empty directory: every buyer is filed under its name.
    public init() {}

    /// The number of entries.
    public var count: Int { ids.count }

    /// The directory in the YAML file at `path`.
    /// - Throws: ``ConfigurationError`` naming the file, line and field of anything that is not an entry.
    public static func load(_ path: String) throws -> DepartmentDirectory {
        let root = try ConfigNode.load(path)
        try root.allowOnly(["source", "departments"])
        _ = try root.text("source")
        var directory = DepartmentDirectory()
        for item in try root.required("departments").items() {
            try item.allowOnly(["name", "sub_name", "egp_id"])
            let text = try item.text("egp_id")
            guard let id = try? EGPDepartmentID(parsing: text) else {
                throw try item.required("egp_id").error(
                    "'\(text)' is not an e-GP department id: write the deptId (4 digits central, 7 local) or the "
                        + "deptsubId (10 digits) from the address of the department's e-GP feed")
            }
            directory.add(name: try item.text("name"), subName: try item.optionalText("sub_name"), egpID: id.rawValue)
        }
        directory.origins.append(path)
        return directory
    }

    /// Adds the store's own agency: its name, as a department or a sub-unit, is `egpID`.
    public mutating func addAgency(name: String, egpID: String) {
        add(name: name, subName: nil, egpID: egpID)
        origins.append("store profile")
    }

    /// The entries of `other` added to these (`other`'s win where both name a buyer).
    public mutating func merge(_ other: DepartmentDirectory) {
        ids.merge(other.ids) { _, new in new }
        origins += other.origins
    }

    /// The buyer's e-GP id: the entry for the name and sub-name, else for the name alone, else an entry
    /// without sub-name naming the sub-unit (a local government under its ministry's name).
    public func egpID(name: String?, subName: String?) -> String? {
        guard let name else { return nil }
        let nameKey = FeedText.comparisonKey(name), subKey = subName.map(FeedText.comparisonKey)
        if let subKey, let id = ids[Key(name: nameKey, sub: subKey)] { return id }
        if let id = ids[Key(name: nameKey, sub: "")] { return id }
        if let subKey, let id = ids[Key(name: subKey, sub: "")] { return id }
        return nil
    }

    private mutating func add(name: String, subName: String?, egpID: String) {
        ids[Key(name: FeedText.comparisonKey(name), sub: subName.map(FeedText.comparisonKey) ?? "")] = egpID
    }

    private struct Key: Hashable, Sendable {
        var name: String
        var sub: String
    }
}
