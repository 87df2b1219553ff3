import Agency
import Foundation
import Sujarit

/// The values every template reads: the letterhead, the title block, the dates and the footer.
enum HeaderView {
    static func make(
        _ header: ReportHeader, theme: ReportTheme, directory: AgencyDirectory, text: ThaiText
    ) -> [String: Any] {
        let period = header.period
        var view: [String: Any] = [
            "kind": header.kind.rawValue,
            "title": header.title.th,
            "titleEn": header.title.en,
            "subtitle": header.subtitle,
            "agency": theme.letterhead.agency ?? (header.agency.isEmpty ? "หน่วยงาน" : header.agency),
            "asOfLong": text.long(period.asOf),
            "asOfMedium": text.medium(period.asOf),
            "judgedOnLong": text.long(period.judgedOn),
            "periodLabel": period.thaiLabel,
            "fiscalYear": String(period.fiscalYear.be),
            "replayed": period.replayed,
            "lastSequence": String(header.lastSequence),
            "basis": header.basis,
            "omitted": header.omitted,
            "sujaritVersion": Reporting.version,
            "asOfNote": asOfNote(period),
        ]
        if let generated = header.generatedAt { view["generatedAt"] = text.instant(generated) }
        if let anchor = header.anchor { view["anchor"] = CodedText.code(anchor) }
        if let verified = header.readModelsVerifiedAt { view["readModelsVerifiedAt"] = String(verified) }
        if !header.itaItems.isEmpty { view["itaItems"] = CodedText.codes(header.itaItems) }
        if let name = header.departmentName { view["departmentName"] = name }
        if let address = theme.letterhead.address { view["address"] = address }
        if let unit = theme.letterhead.unit { view["unit"] = unit }
        if let emblem = theme.letterhead.emblem { view["emblem"] = emblem }
        let signatures = theme.letterhead.signatures.map { signature -> [String: Any] in
            let (name, position) = theme.letterhead.resolve(signature, in: directory)
            var entry: [String: Any] = ["role": signature.title]
            if let name { entry["name"] = name }
            if let position { entry["position"] = position }
            return entry
        }
        view["signatures"] = signatures
        view["hasSignatures"] = !signatures.isEmpty
        return view
    }

    /// What "as of" means for this report, in a sentence.
    static func asOfNote(_ period: ReportPeriod) -> String {
        var note =
            period.replayed
            ? """
            ตามบันทึกเหตุการณ์ถึงสิ้นวันที่ \(period.asOf.formatted(.thaiLong)) (ไม่รวมสิ่งที่บันทึกหลังจากนั้น \
            จึงออกฉบับเดิมซ้ำได้ตรงทุกตัวอักษร)
            """
            : "ตามบันทึกเหตุการณ์ ณ เวลาที่จัดทำ"
        if period.judgedOn != period.asOf {
            // Judged on the round's end (a report issued after it), or on a day the register names itself.
            let day = period.judgedOn == period.end ? "วันสิ้นรอบ" : "วันที่"
            note += " พิจารณาความล่าช้า ณ \(day) \(period.judgedOn.formatted(.thaiLong))"
        }
        return note
    }
}
