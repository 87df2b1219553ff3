import Agency
import Foundation
import Reporting
import Sujarit

/// Writes `sujarit due --letters`: one memo per owner as HTML through the Reports folder's `register`
/// templates, and as PDF through the report pipeline's Chromium printer when it is installed.
struct DueLetterFiles {
    /// The folder the memos go into (created when missing).
    let folder: String
    /// The store's location, which no memo may overwrite.
    let store: String?
    /// Whether existing memos may be replaced.
    let force: Bool
    /// The Reports folder (templates and letterhead).
    let reports: String
    /// Whether to print PDFs too, when Chromium is installed.
    var pdf = true

    /// Writes the memos of `calendar`, checking every file before writing any; returns the HTML files.
    @discardableResult
    func write(_ calendar: DueCalendar, rules: CalendarRules, directory: AgencyDirectory) async throws -> [URL] {
        let theme = try await ReportTheme.load(reports)
        let letters = DueLetters.letters(
            calendar, unit: rules.letterUnit ?? theme.letterhead.unit, signer: rules.letterSigner, directory: directory)
        guard !letters.isEmpty else {
            Console.err("Nothing falls due for anyone to be reminded of: no memo written.")
            return []
        }
        _ = try OutputFile.folder(folder, option: "--out")
        let chromium = pdf ? PDFPrinter.chromium() : nil
        let renderer = ReportRenderer(theme: theme)
        var files: [(DueLetters.Letter, OutputFile, OutputFile?)] = []
        for (index, letter) in letters.enumerated() {
            let name = "due-\(calendar.asOf.formatted(.iso))-\(String(format: "%02d", index + 1))-\(slug(letter.owner))"
            let privacy = OutputFile.Privacy(letter.privacy)
            let html = try OutputFile(
                path(name + ".html"), option: "--out", store: store, force: force, privacy: privacy)
            let pdf = try chromium.map { _ in
                try OutputFile(path(name + ".pdf"), option: "--out", store: store, force: force, privacy: privacy)
            }
            files.append((letter, html, pdf))
        }
        for (letter, html, pdf) in files {
            try html.write(try renderer.render(letter.document, as: .html))
            if let pdf, let chromium {
                try pdf.produce { temporary in try PDFPrinter.print(html: html.url, to: temporary, chromium: chromium) }
            }
            Console.err(
                "Wrote \(html.path)\(pdf.map { " and \($0.url.lastPathComponent)" } ?? ""): \(letter.owner.name), "
                    + "\(letter.items.count) item(s)")
        }
        if pdf, chromium == nil {
            Console.err(
                "PDF not printed: Chromium is not installed (apt-get install chromium); open the HTML and print it.")
        }
        return files.map(\.1.url)
    }

    private func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

    /// The owner's key when it is a plain id (a staff id, a department code), else `unit`: file names stay ASCII.
    private func slug(_ owner: DueOwner) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
        let key = owner.key
        return !key.isEmpty && key.count <= 40 && key.allSatisfy(allowed.contains) && !key.hasPrefix(".")
            ? key.lowercased() : "unit"
    }
}
