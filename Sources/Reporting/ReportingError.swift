import Foundation

/// Why a report could not be made. Each message says what to do.
public enum ReportingError: Error, LocalizedError, Equatable, Sendable, CustomStringConvertible {
    case readOnlySnapshot
    case asOfInFuture(day: String, today: String)
    case templatesNotFound(String)
    case templateMissing(name: String, folder: String)
    case templateError(file: String, message: String)
    case chromiumMissing
    case chromiumFailed(status: Int32, output: String)
    /// `--internal` asked by someone who may not see what red flags allege (the viewer's staff id).
    case internalNotAllowed(viewer: String?)
    /// `--internal` asked of a report that has no internal version.
    case noInternalVersion(ReportKind)
    /// A report as of a day rebuilds the read models it reads in a temporary file (``LogSnapshot``), and the
    /// temporary folder (`folder`) could not hold it: full, or not writable (SQLite's reason).
    case temporaryFolderUnusable(folder: String, reason: String)

    public var description: String { errorDescription ?? "reporting error" }

    public var errorDescription: String? {
        switch self {
        case .readOnlySnapshot:
            "A report's picture of the past is read-only; record changes in the store itself."
        case let .asOfInFuture(day, today):
            """
            --as-of \(day) is after today (\(today)); a report can only show what the log holds. Leave --as-of \
            out for today.
            """
        case let .templatesNotFound(folder):
            """
            The report templates were not found at \(folder). Run from the Sujarit folder, or give --reports PATH \
            (the folder holding templates/, styles/ and letterhead.yaml).
            """
        case let .templateMissing(name, folder):
            "The template \(name).mustache is missing from \(folder)/templates. Restore it from the Sujarit sources."
        case let .templateError(file, message):
            "The template \(file) has a mistake: \(message)"
        case .chromiumMissing:
            """
            --pdf needs Chromium, which is not installed. Install it (Debian: apt-get install chromium \
            fonts-thai-tlwg), or print the HTML from a browser (File → Print → Save as PDF, A4).
            """
        case let .chromiumFailed(status, output):
            "Chromium could not print the PDF (exit \(status)): \(output)"
        case let .internalNotAllowed(viewer):
            """
            --internal: \(viewer.map { "'\($0)'" } ?? "an unknown user") may not see what red flags allege \
            (firms, tax ids, findings). Only the internal auditor and the legal officer may: run with --as <their \
            staff id>, or leave --internal out for the public report.
            """
        case let .noInternalVersion(kind):
            """
            --internal: the \(kind.rawValue) report has no internal version; only o34 and o35 do. Leave \
            --internal out.
            """
        case let .temporaryFolderUnusable(folder, reason):
            """
            A report as of a day rebuilds the registers' records as they stood then in a temporary file, and the \
            temporary folder \(folder) could not hold it (เขียนไฟล์ชั่วคราวไม่ได้): \(reason). Nothing was \
            written. Free space there, or set TMPDIR to a folder with room (about 600 MB for the red flags of a \
            million projects), and run the command again.
            """
        }
    }
}
