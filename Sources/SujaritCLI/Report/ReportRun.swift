import Agency
import ArgumentParser
import EventStore
import Foundation
import Presentation
import Reporting
import Sujarit

/// Runs a report command: open the sources, build, render, write. No rule of any report lives here.
enum ReportRun {
    static func run(
        _ kind: ReportKind, store storeOptions: StoreOptions, options: ReportOptions, department: String? = nil,
        roundless: Bool = false, engagement: String? = nil
    ) async throws {
        try await CommandFailure.report {
            // A report records nothing: the context only says which day is today, for the year and the round.
            let today = storeOptions.context.today
            let year = options.fiscalYear.year(on: today)
            let round: ReportingRound? =
                roundless && options.round == nil ? nil : try options.reportingRound(year, today: today)
            // `-o FILE.pdf` asks for the PDF itself (its HTML is written beside it).
            let pdfOnly = options.output?.lowercased().hasSuffix(".pdf") == true
            if options.pdf, options.output == "-" {
                throw ValidationError("--pdf writes a file; give -o FILE.pdf or leave -o out.")
            }
            let (document, renderer, sources) = try await build(
                kind, store: try storeOptions.open(), year: year, round: round, asOf: options.asOf,
                department: department, viewer: storeOptions.actorName, confidential: options.internalVersion,
                reports: try options.reportsFolder(), digits: options.thaiDigits ? .thai : .arabic,
                engagement: engagement
            )
            let toStdout = options.output == "-" || (options.output == nil && options.format == .term)
            let style = toStdout ? TerminalStyle(wide: options.wide) : TerminalStyle(colors: false)
            let text = try renderer.render(document, as: options.format, directory: sources.directory, style: style)
            // Every file is checked (never the store, never an existing file without --force) before any is
            // written, with the permissions the report says it needs (its header's privacy).
            let privacy = OutputFile.Privacy(document.header.privacy)
            let name = document.fileName
            let file =
                pdfOnly || toStdout
                ? nil
                : try destination(
                    options.output, default: name(options.format.fileExtension), store: storeOptions.location,
                    force: options.force, privacy: privacy)
            let pdf =
                options.pdf || pdfOnly
                ? try pdfFiles(
                    name("pdf"), output: options.output, written: options.format == .html ? file : nil,
                    store: storeOptions.location, force: options.force, privacy: privacy)
                : nil
            if let file {
                try file.write(report: text, as: options.format)
                Console.err("Wrote \(file.path)")
            } else if toStdout, !pdfOnly {
                Console.out(text, terminator: "")
            }
            if let pdf { try printPDF(document, renderer: renderer, sources: sources, files: pdf) }
            if round == nil, kind == .plan || kind == .measures {
                Console.err("The plan itself (no --round): add --round 6m or 12m for its progress report.")
            }
            for note in document.header.omitted { Console.err("Note: \(note)") }
        }
    }

    /// The report pipeline every command that prints a report goes through (`report …`, `gift report`,
    /// `audit plan export --follow-up`): open the sources of the period (verifying the read models, or
    /// replaying the log to `asOf`; judged on `judgedOn` when given), check the department, build the report
    /// for `viewer`, and the renderer of the Reports folder's templates, headed by the agency's profile as the
    /// report's log has it.
    static func build(
        _ kind: ReportKind, store: any EventStore, year: FiscalYear, round: ReportingRound?, asOf: CalendarDate?,
        judgedOn: CalendarDate? = nil, department: String? = nil, viewer: String?, confidential: Bool = false,
        reports: String, digits: DigitStyle = .arabic, engagement: String? = nil
    ) async throws -> (ReportDocument, ReportRenderer, ReportSources) {
        let theme = try await ReportTheme.load(reports)
        let sources = try await ReportSources.open(
            store, fiscalYear: year, round: round, asOf: asOf, judgedOn: judgedOn,
            projections: ModuleCatalog.projections, readingRedFlags: kind.readsRedFlags
        )
        if let department, sources.directory.department(department) == nil {
            let known = sources.directory.departments.map(\.code).joined(separator: ", ")
            throw ValidationError("--department: unknown department '\(department)'. Known: \(known).")
        }
        let document = try await ReportBuilder.build(
            kind, sources, department: department, viewer: viewer, confidential: confidential, engagement: engagement
        )
        let profile = try await AgencyProfile.load(from: sources.store)
        return (document, ReportRenderer(theme: theme.headed(by: profile), digits: digits), sources)
    }

    /// The file to write: `-o` as given, or `Reports/out/<name>` under the current folder, which is Sujarit's
    /// own output and so is replaced on each run without `--force`.
    static func destination(
        _ output: String?, default name: String, store: String, force: Bool, privacy: OutputFile.Privacy
    ) throws -> OutputFile {
        let path =
            output
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Reports/out")
            .appendingPathComponent(name).path
        return try OutputFile(path, store: store, force: force, overwritesOwnFile: output == nil, privacy: privacy)
    }

    /// The PDF, and the HTML it is printed from (nil when the report's own output is that HTML, just written).
    struct PDFFiles {
        var pdf: OutputFile
        var html: OutputFile?
        var htmlURL: URL
    }

    /// The PDF's file (`-o FILE.pdf`, else `-o`'s name with `.pdf`, else `Reports/out/<name>.pdf`) and the
    /// HTML beside it, both checked before anything is written.
    static func pdfFiles(
        _ defaultName: String, output: String?, written: OutputFile?, store: String, force: Bool,
        privacy: OutputFile.Privacy
    ) throws -> PDFFiles {
        let path: String? = output.map { output in
            output.lowercased().hasSuffix(".pdf")
                ? output : URL(fileURLWithPath: output).deletingPathExtension().appendingPathExtension("pdf").path
        }
        let pdf = try destination(path, default: defaultName, store: store, force: force, privacy: privacy)
        let htmlURL = pdf.url.deletingPathExtension().appendingPathExtension("html")
        if let written, written.url == htmlURL { return PDFFiles(pdf: pdf, html: nil, htmlURL: htmlURL) }
        let html = try destination(
            path.map { _ in htmlURL.path }, default: htmlURL.lastPathComponent, store: store, force: force,
            privacy: privacy)
        return PDFFiles(pdf: pdf, html: html, htmlURL: htmlURL)
    }

    /// Renders the HTML beside the PDF (so the PDF's source stays inspectable) and prints it.
    static func printPDF(
        _ document: ReportDocument, renderer: ReportRenderer, sources: ReportSources, files: PDFFiles
    ) throws {
        guard let chromium = PDFPrinter.chromium() else { throw ReportingError.chromiumMissing }
        if let html = files.html {
            try html.write(try renderer.render(document, as: .html, directory: sources.directory))
        }
        try files.pdf.produce { temporary in
            try PDFPrinter.print(html: files.htmlURL, to: temporary, chromium: chromium)
        }
        Console.err(
            "Wrote \(files.pdf.path)"
                + (files.html.map { " (printed from \($0.url.lastPathComponent), written beside it)" } ?? ""))
    }
}

extension OutputFile.Privacy {
    /// The permissions a report's file gets, as the report's privacy says (owner-only for personal data and
    /// the confidential version).
    init(_ privacy: ReportPrivacy) {
        self = privacy.isOwnerOnly ? .personalData : .shared
    }
}
