import ArgumentParser
import EventStore
import Foundation
import Presentation
import Reporting
import Sujarit

/// Runs a report command: open the sources, build, render, write. No rule of any report lives here.
enum ReportRun {
    static func run(_ kind: ReportKind, store storeOptions: StoreOptions, options: ReportOptions, department: String? = nil, roundless: Bool = false) async throws {
        try await CommandFailure.report {
            let today = CalendarDate.today()
            let year = try options.fiscalYear(today: today)
            let round: ReportingRound? = roundless && options.round == nil ? nil : try options.reportingRound(year, today: today)
            // `-o FILE.pdf` asks for the PDF itself (its HTML is written beside it).
            let pdfOnly = options.output?.lowercased().hasSuffix(".pdf") == true
            if options.pdf, options.output == "-" { throw ValidationError("--pdf writes a file; give -o FILE.pdf or leave -o out.") }
            let theme = try await ReportTheme.load(try options.reportsFolder())
            let store = try storeOptions.open()
            let sources = try await ReportSources.open(
                store, fiscalYear: year, round: round, asOf: try options.day(), projections: ModuleCatalog.projections
            )
            if let department, sources.directory.department(department) == nil {
                throw ValidationError("--department: unknown department '\(department)'. Known: \(sources.directory.departments.map(\.code).joined(separator: ", ")).")
            }
            let document = try await ReportBuilder.build(kind, sources, department: department, viewer: storeOptions.actorName)
            let renderer = ReportRenderer(theme: theme, digits: options.thaiDigits ? .thai : .arabic)
            let toStdout = options.output == "-" || (options.output == nil && options.format == .term)
            let style = toStdout ? TerminalStyle() : TerminalStyle(colors: false)
            let text = try renderer.render(document, as: options.format, directory: sources.directory, style: style)
            if pdfOnly {
                // Nothing else to write: the PDF and its HTML follow.
            } else if toStdout {
                Console.out(text, terminator: "")
            } else {
                let url = try destination(options.output, default: document.fileName(options.format.fileExtension))
                try text.write(to: url, atomically: true, encoding: .utf8)
                Console.err("Wrote \(url.path)")
            }
            if options.pdf || pdfOnly { try printPDF(document, renderer: renderer, sources: sources, output: options.output) }
            if round == nil, kind == .plan || kind == .measures { Console.err("The plan itself (no --round): add --round 6m or 12m for its progress report.") }
            for note in document.header.omitted { Console.err("Note: \(note)") }
        }
    }

    /// The file to write: `-o` as given, or `Reports/out/<name>` under the current folder.
    static func destination(_ output: String?, default name: String) throws -> URL {
        let url = output.map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Reports/out").appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        return url
    }

    /// Renders the HTML beside the PDF (so the PDF's source stays inspectable) and prints it.
    static func printPDF(_ document: ReportDocument, renderer: ReportRenderer, sources: ReportSources, output: String?) throws {
        let pdf: URL
        if let output, output.lowercased().hasSuffix(".pdf") {
            pdf = try destination(output, default: "")
        } else if let output {
            pdf = try destination(output, default: "").deletingPathExtension().appendingPathExtension("pdf")
        } else {
            pdf = try destination(nil, default: document.fileName("pdf"))
        }
        let html = pdf.deletingPathExtension().appendingPathExtension("html")
        if !FileManager.default.fileExists(atPath: html.path) || output?.lowercased().hasSuffix(".pdf") == true {
            try renderer.render(document, as: .html, directory: sources.directory).write(to: html, atomically: true, encoding: .utf8)
        }
        guard let chromium = PDFPrinter.chromium() else { throw ReportingError.chromiumMissing }
        try PDFPrinter.print(html: html, to: pdf, chromium: chromium)
        Console.err("Wrote \(pdf.path)")
    }
}
