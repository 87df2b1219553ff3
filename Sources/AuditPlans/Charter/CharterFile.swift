import Agency
import Sujarit

/// A charter file (`Reports/audit-charter.yaml`): the text of the Internal Audit Charter the agency edits
/// and drafts from.
///
/// ```yaml
/// source: หลักเกณฑ์กระทรวงการคลังว่าด้วยมาตรฐานและหลักเกณฑ์ปฏิบัติการตรวจสอบภายในสำหรับหน่วยงานของรัฐ พ.ศ. 2561
/// sections:
///   purpose: …            # วัตถุประสงค์
///   authority: …          # อำนาจหน้าที่
///   independence: …       # ความเป็นอิสระและความเที่ยงธรรม
///   scope: …              # ขอบเขตการปฏิบัติงาน
///   responsibilities: …   # ความรับผิดชอบ
///   reporting_line: …     # สายการบังคับบัญชาและการรายงาน
/// ```
public struct CharterFile: Sendable, Hashable {
    /// The six sections.
    public var text: CharterText
    /// The standard or guidance the text follows.
    public var source: String

    /// The section keys, in the order a charter prints them.
    public static let sectionKeys = [
        "purpose", "authority", "independence", "scope", "responsibilities", "reporting_line",
    ]

    /// Reads and checks a charter file: an unknown field or a missing or empty section is an error naming the
    /// file, line and field.
    public static func load(_ path: String) throws -> CharterFile {
        let root = try ConfigNode.load(path)
        try root.allowOnly(["source", "sections"])
        let sections = try root.required("sections")
        try sections.allowOnly(Set(sectionKeys))
        return CharterFile(
            text: CharterText(
                purpose: try sections.text("purpose"), authority: try sections.text("authority"),
                independence: try sections.text("independence"), scope: try sections.text("scope"),
                responsibilities: try sections.text("responsibilities"),
                reportingLine: try sections.text("reporting_line")),
            source: try root.text("source"))
    }
}
