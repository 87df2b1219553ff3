import Agency
import Foundation
import Sujarit

/// The OIT evidence pack (`sujarit ita pack`): each ready item's print-ready document, named by the year's
/// item code, and a Thai `index.html` listing every item with its files, what is missing, the log's anchor and
/// the day — a folder to upload to the agency's website and point ITAS at.
///
/// Everything in it is a function of the log and the as-of day (no clock, no random names), so building it
/// again on an unchanged log gives the same bytes.
public struct ITAPack: Sendable {
    /// A file of the pack: its name and HTML text.
    public struct File: Sendable, Hashable {
        public var name: String
        public var html: String
        /// Whether it is one of the documents (printed to PDF too) rather than the index.
        public var isDocument: Bool
    }

    /// The documents' HTML files, then `index.html`.
    public var files: [File]

    /// Renders `evidence` with `renderer`; `pdf` says whether each document gets a PDF beside it (the index
    /// lists it then).
    public static func make(
        _ evidence: ITAEvidence, renderer: ReportRenderer, directory: AgencyDirectory, agency: String, pdf: Bool
    ) throws -> ITAPack {
        var files: [File] = []
        for item in evidence.documents {
            files.append(
                File(
                    name: "\(item.stem).html",
                    html: try renderer.render(item.document, as: .html, directory: directory), isDocument: true))
        }
        files.append(
            File(name: "index.html", html: index(evidence.checklist, agency: agency, pdf: pdf), isDocument: false))
        return ITAPack(files: files)
    }

    /// The Thai index page.
    static func index(_ checklist: ITAChecklist, agency: String, pdf: Bool) -> String {
        func e(_ text: String) -> String { MarkupText.htmlEscaped(text) }
        let type = checklist.agencyType == "local" ? "องค์กรปกครองส่วนท้องถิ่น" : "หน่วยงานของรัฐ"
        let rows = checklist.lines.map { line -> String in
            var files = line.files.map { stem in
                "<a href=\"\(e(stem)).html\">\(e(stem)).html</a>"
                    + (pdf ? " · <a href=\"\(e(stem)).pdf\">PDF</a>" : "")
            }
            if files.isEmpty { files = ["—"] }
            let title =
                (line.title ?? line.purposeNames.joined(separator: " / ")) + (line.confirmed ? "" : " (ยังไม่ยืนยัน)")
            let url = line.url.map { "<a href=\"\(e($0))\">\(e($0))</a>" } ?? ""
            let missing =
                line.missing.isEmpty ? "" : "<ul>" + line.missing.map { "<li>\(e($0))</li>" }.joined() + "</ul>"
            return """
                <tr class="\(line.state.rawValue)"><td>\(e(line.code))</td><td>\(e(title))</td>\
                <td>\(e(line.state.thai))\(missing)</td><td>\(files.joined(separator: "<br>"))</td><td>\(url)</td></tr>
                """
        }
        let counts =
            "พร้อม \(checklist.count(.ready)) ข้อ · ยังไม่ครบ \(checklist.count(.incomplete)) ข้อ · "
            + "ไม่ใช่ข้อที่ Sujarit จัดทำ \(checklist.count(.notSujarits)) ข้อ"
        let anchor = checklist.anchor.map {
            // Said as every printed report says it: what the fingerprint is for, not the command that checks it.
            " · รหัสยืนยันบันทึก <code>\(e($0))</code> คือลายนิ้วมือดิจิทัลของบันทึกเหตุการณ์ที่ใช้จัดทำชุดเอกสารนี้: "
                + "ผู้ตรวจสอบขอให้หน่วยงานเทียบรหัสนี้กับบันทึกได้ทุกเมื่อ หากบันทึกถูกแก้ไขหรือลบภายหลัง รหัสจะไม่ตรงกัน"
        }
        let printed =
            pdf
            ? "ไฟล์ PDF พิมพ์จากไฟล์ HTML ของข้อเดียวกัน"
            : "ไม่ได้พิมพ์ PDF: ไม่พบ Chromium บนเครื่องนี้ (ใช้ไฟล์ HTML หรือสั่งพิมพ์จากเบราว์เซอร์)"
        return """
            <!DOCTYPE html>
            <html lang="th">
            <head>
            <meta charset="utf-8">
            <title>\(e("หลักฐานการเปิดเผยข้อมูลสาธารณะ (OIT) ปี \(checklist.fiscalYear.be) — \(agency)"))</title>
            <style>
            body { font-family: "TH Sarabun New", "Sarabun", "Noto Sans Thai", sans-serif; margin: 2em; }
            table { border-collapse: collapse; width: 100%; }
            td, th { border: 1px solid #999; padding: 4px 8px; vertical-align: top; }
            tr.incomplete td:nth-child(3) { color: #a40; } tr.ready td:nth-child(3) { color: #060; }
            ul { margin: 0; padding-left: 1.2em; } .note { color: #555; font-size: 90%; }
            </style>
            </head>
            <body>
            <h1>\(e("หลักฐานการเปิดเผยข้อมูลสาธารณะ (OIT) \(checklist.fiscalYear.thaiLabel)"))</h1>
            <p>\(e(agency))\(agency.isEmpty ? "" : " · ")\(e(type))</p>
            <p>ข้อมูล ณ \(e(checklist.asOf.formatted(.thaiLong)))\(anchor ?? "")</p>
            <p>\(e(counts))</p>
            <table>
            <thead><tr><th>ข้อ</th><th>รายการ</th><th>สถานะ</th><th>เอกสาร</th><th>URL ที่เผยแพร่</th></tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            <p class="note">\(e("ที่มาของรายการข้อ: \(checklist.source)"))</p>
            <p class="note">\(e(printed))</p>
            </body>
            </html>

            """
    }
}
