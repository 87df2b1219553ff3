import Foundation
import Reporting

/// Writes an OIT evidence pack into a folder, for `ita pack` and the demo: every file checked before any is
/// written, each document's PDF printed beside it when Chromium is given.
enum ITAPackWriter {
    /// Writes `pack` into `folder` (created when missing) and returns how many PDFs were printed.
    ///
    /// - parameters:
    ///   - store: The store's location, which no file may overwrite.
    ///   - force: Whether files of an earlier pack may be replaced.
    ///   - chromium: The Chromium to print PDFs with; nil writes the HTML only.
    static func write(
        _ pack: ITAPack, evidence: ITAEvidence, to folder: URL, store: String?, force: Bool, chromium: String?
    ) throws -> Int {
        _ = try OutputFile.folder(folder.path, option: "--out")
        // A document is as private as its report says (the O33 names no one in public, but keeps its privacy).
        let privacy = Dictionary(
            evidence.documents.map { ("\($0.stem).html", OutputFile.Privacy($0.document.header.privacy)) },
            uniquingKeysWith: { first, _ in first })
        let files = try pack.files.map { file in
            (
                file,
                try OutputFile(
                    folder.appendingPathComponent(file.name).path, option: "--out", store: store, force: force,
                    privacy: privacy[file.name] ?? .shared)
            )
        }
        var pdfs = 0
        for (file, output) in files {
            try output.write(file.html)
            guard file.isDocument, let chromium else { continue }
            let pdf = try OutputFile(
                output.url.deletingPathExtension().appendingPathExtension("pdf").path, option: "--out", store: store,
                force: force, privacy: output.privacy)
            // Chromium stamps the print's instant into the PDF: pinned to the as-of day, the bytes repeat.
            try pdf.produce { temporary in
                try PDFPrinter.print(html: output.url, to: temporary, chromium: chromium)
                try PDFDates.pinned(try Data(contentsOf: temporary), to: evidence.checklist.asOf).write(to: temporary)
            }
            pdfs += 1
        }
        return pdfs
    }
}
