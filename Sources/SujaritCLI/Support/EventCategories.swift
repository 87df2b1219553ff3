import ArgumentParser
import Foundation
import Sujarit

/// The stream categories the registers write (`risk` of `risk/R-2568-003`), for `events --category`.
///
/// The list is the registers' own `StreamID(category:)` names; an end-to-end test reads them from `Sources/`
/// and fails when one is missing here, so a new register cannot be left out of the audit trail's filter.
enum EventCategories {
    /// One category: the name in stream ids and what its streams hold, in Thai and English.
    struct Category: Equatable {
        let name: String
        let thai: String
        let english: String
    }

    /// Every category, grouped by register.
    static let all: [Category] = [
        Category(name: "store", thai: "ข้อมูลหน่วยงาน", english: "the store and the agency's profile"),
        Category(name: "department", thai: "ส่วนราชการ", english: "departments"),
        Category(name: "staff", thai: "บุคลากร", english: "staff and their roles"),
        Category(name: "risk", thai: "ความเสี่ยง", english: "risks and their scores"),
        Category(name: "riskcategory", thai: "ประเภทความเสี่ยง", english: "risk categories"),
        Category(name: "riskmatrix", thai: "เกณฑ์ประเมิน", english: "risk matrices"),
        Category(name: "riskround", thai: "รอบการประเมิน", english: "scoring rounds"),
        Category(name: "measure", thai: "มาตรการ", english: "measures and their progress"),
        Category(name: "coi", thai: "การเปิดเผยผลประโยชน์ทับซ้อน", english: "conflict-of-interest declarations"),
        Category(name: "coi-key", thai: "กุญแจของคำประกาศ", english: "the declarations' stream key"),
        Category(name: "committee", thai: "คณะกรรมการจัดซื้อจัดจ้าง", english: "procurement committees"),
        Category(name: "gift", thai: "ของขวัญ", english: "gift log entries"),
        Category(name: "gift-rules", thai: "หลักเกณฑ์ No Gift", english: "the No Gift rules"),
        Category(name: "gift-policy", thai: "ประกาศนโยบาย No Gift", english: "the year's No Gift declaration"),
        Category(name: "gift-culture", thai: "กิจกรรมสร้างวัฒนธรรม", english: "the year's culture activities"),
        Category(name: "audit-subject", thai: "หน่วยรับตรวจ", english: "the audit universe"),
        Category(name: "audit-plan", thai: "แผนการตรวจสอบ", english: "audit plans, engagements, findings"),
        Category(name: "audit-finding", thai: "การติดตามผลการตรวจ", english: "follow-up of findings"),
        Category(name: "audit-charter", thai: "กฎบัตรการตรวจสอบภายใน", english: "the internal audit charter"),
        Category(name: "audit-quality", thai: "การประเมินคุณภาพ", english: "quality self-assessments"),
        Category(name: "ita", thai: "ผลการประเมิน ITA", english: "ITA results"),
        Category(name: "ita-framework", thai: "กรอบการประเมิน ITA", english: "ITA frameworks"),
        Category(name: "ita-oit", thai: "การเผยแพร่ OIT", english: "OIT publication records"),
        Category(name: "egp", thai: "โครงการจัดซื้อจัดจ้าง", english: "e-GP projects (bidder lists)"),
        Category(name: "egp-contracts", thai: "ข้อมูลสัญญา", english: "contract data rows by department"),
        Category(name: "egp-feed", thai: "ประกาศ e-GP", english: "e-GP announcements by department"),
        Category(name: "egp-import", thai: "แฟ้มที่นำเข้า", english: "imported e-GP and contract files"),
        Category(name: "flag", thai: "สัญญาณเตือน", english: "red flags"),
    ]

    /// The names, in the order of ``all``.
    static var names: [String] { all.map(\.name) }

    /// The categories `text` selects: a category by its name (`gift` is only `gift`), a register's family by
    /// the first word of its names (`audit` is every `audit-…`; `gift-` every `gift-…`), or the one name that
    /// begins with `text` (`riskm` is `riskmatrix`).
    /// - Throws: `ValidationError` naming `--category` and the choices, for a name that is none of these or
    ///   begins several.
    static func resolve(_ text: String) throws -> [String] {
        let typed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if names.contains(typed) { return [typed] }
        // `audit` or `gift-`: the names that begin with the word and a hyphen.
        let family = names.filter { $0.hasPrefix(typed.hasSuffix("-") ? typed : typed + "-") }
        if !family.isEmpty { return family }
        let begun = names.filter { $0.hasPrefix(typed) }
        if begun.count == 1, !typed.isEmpty { return begun }
        if begun.count > 1, !typed.isEmpty {
            throw ValidationError(
                """
                --category '\(text)' begins several categories: \(begun.joined(separator: ", ")). Give one of them \
                (ประเภทไม่ชัดเจน).
                """
            )
        }
        let close = Suggestions.closest(to: typed, among: names)
        let hint = close.isEmpty ? "" : " Did you mean '\(close[0])'?"
        throw ValidationError(
            """
            --category '\(text)' is not a category of the log (ไม่มีประเภทนี้).\(hint) The categories: \
            \(names.joined(separator: ", ")); a family's first word takes all of it (audit: \
            \(names.filter { $0.hasPrefix("audit-") }.joined(separator: ", "))).
            """
        )
    }

    /// The categories for `--help`, one to a line with what their streams hold, aligned by display width.
    static var helpList: String {
        let width = names.map(\.count).max() ?? 0
        let thaiWidth = all.map(\.thai.displayWidth).max() ?? 0
        return all.map {
            "  \($0.name.padded(toWidth: width))  \($0.thai.padded(toWidth: thaiWidth))  \($0.english)"
        }.joined(separator: "\n")
    }
}
