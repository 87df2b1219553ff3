import Agency
import Sujarit

/// A kind of corruption risk, e.g. procurement (การจัดซื้อจัดจ้าง).
///
/// The list is the agency's own (`Registers/risk-categories.yaml`), seeded with the four categories local
/// governments commonly use; it is recorded in the store (``RiskCategoryDefined``) so that every risk's
/// category can be checked and named without the file.
public struct RiskCategory: Sendable, Hashable, Codable {
    /// A short stable code used in commands and files, e.g. `procurement`.
    public var code: String
    /// Its name in Thai and English.
    public var name: LocalizedLabel

    public init(code: String, name: LocalizedLabel) {
        self.code = code
        self.name = name
    }

    /// Reads and validates a categories file:
    ///
    /// ```yaml
    /// categories:
    ///   - { code: procurement, th: การจัดซื้อจัดจ้าง, en: Procurement }
    /// ```
    /// - throws: ``ConfigurationError`` naming the file, line and field (unknown fields, duplicate codes).
    public static func loadList(_ path: String) throws -> [RiskCategory] {
        let root = try ConfigNode.load(path)
        try root.allowOnly(["categories"])
        var categories: [RiskCategory] = []
        for node in try root.required("categories").items() {
            try node.allowOnly(["code", "th", "en"])
            let codeNode = try node.required("code")
            let code = try codeNode.text()
            guard !categories.contains(where: { $0.code == code }) else {
                throw codeNode.error("the category code '\(code)' appears twice")
            }
            categories.append(
                RiskCategory(code: code, name: LocalizedLabel(th: try node.text("th"), en: try node.text("en"))))
        }
        guard !categories.isEmpty else { throw root.error("the list of categories is empty") }
        return categories
    }
}
