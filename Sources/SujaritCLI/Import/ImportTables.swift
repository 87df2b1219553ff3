import EventStore
import Foundation
import Presentation
import Procurement
import Sujarit

/// How one file of an import run ended.
enum ImportOutcome<Report: Sendable>: Sendable {
    /// Imported (possibly with nothing new).
    case imported(Report)
    /// Refused with this message; nothing of it was recorded.
    case refused(file: String, message: String)

    var isRefused: Bool {
        if case .refused = self { return true }
        return false
    }
}

/// Where an import records what it reads: the store opened, or on a shared PostgreSQL server the public
/// procurement data every agency reads (``ProcurementScope/importTarget(for:)`` decides; the command says so).
enum ImportTarget {
    /// The store to import into, having told the user on standard error when it is the shared public data.
    static func store(for opened: any EventStore) throws -> any EventStore {
        let target = try ProcurementScope.importTarget(for: opened)
        if target.shared {
            Console.err(
                """
                Importing into the server's public procurement data (\(target.store.location)), kept once for every \
                agency: each agency sees its own departments' projects, and a file or announcement another agency \
                imported already adds nothing.
                """)
        }
        return target.store
    }
}

/// The summaries `sujarit import` prints: a table for people (problems on standard error), or JSON, CSV
/// or Markdown for scripts.
enum ImportTables {
    /// At most this many warnings per file are printed; the rest are counted.
    static let warningsShown = 5

    // MARK: Feeds

    static func printFeeds(_ outcomes: [ImportOutcome<FeedImportReport>], skipped: Int, output: OutputOptions) {
        if output.format == .json {
            Console.out(json(outcomes.map(FeedJSON.init)))
        } else {
            let machine = output.format != .table
            var table = Table(columns: [
                .init("ไฟล์ File", key: "file", maxWidth: 36), .init("ผล Result", key: "result"),
                .init("รหัสอักขระ Encoding", key: "encoding"), .init("รายการ Items", key: "items", alignment: .trailing),
                .init("ใหม่ New", key: "new", alignment: .trailing),
                .init("ซ้ำ Dup.", key: "duplicates", alignment: .trailing),
                .init("ปฏิเสธ Rej.", key: "rejected", alignment: .trailing),
                .init("ไม่มีเลข No id", key: "without_id", alignment: .trailing), .init("หมายเหตุ Notes", key: "notes"),
                .init("รูปแบบ Variant", key: "variant"),
            ])
            for outcome in outcomes {
                switch outcome {
                case let .imported(report):
                    let summary = report.summary
                    var notes: [String] = []
                    if summary.isTruncatedPage {
                        notes.append(
                            machine ? "truncated-page" : "หน้าไม่ครบ: countbyday \(summary.channel.countByDay ?? 0)")
                    }
                    if report.alreadyImported {
                        notes.append(machine ? "already-imported" : "ไฟล์นี้นำเข้าแล้ว already imported")
                    }
                    if summary.idsFromLink > 0 {
                        notes.append(
                            machine
                                ? "ids-from-link=\(summary.idsFromLink)"
                                : "เลขโครงการจากลิงก์ \(summary.idsFromLink) ids from links")
                    }
                    table.append([
                        .text(shown(report.file, machine: machine)), .text(machine ? "imported" : "นำเข้า"),
                        .text(encoding(summary, machine: machine)), .integer(summary.itemsRead), .integer(report.new),
                        .integer(report.duplicates), .integer(summary.unrecognizedID), .integer(summary.withoutID),
                        .text(notes.isEmpty && machine ? nil : notes.joined(separator: machine ? ";" : ", ")),
                        .text(
                            machine
                                ? summary.variant.rawValue : summary.variant.label.th + " " + summary.variant.label.en),
                    ])
                case let .refused(file, _):
                    table.append([
                        .text(shown(file, machine: machine)), .text(machine ? "refused" : "ปฏิเสธ"), .missing, .missing,
                        .missing, .missing, .missing, .missing,
                        .text(machine ? "store-unchanged" : "ไม่บันทึกเลย nothing recorded"), .missing,
                    ])
                }
            }
            Console.out(output.render(table), terminator: "")
        }
        for outcome in outcomes {
            switch outcome {
            case let .imported(report):
                let warnings = report.summary.warnings.filter {
                    $0.kind != .itemWithoutID || report.summary.withoutID <= warningsShown
                }
                for warning in warnings.prefix(warningsShown) {
                    Console.err("\(report.file):\(warning.line.map { "\($0):" } ?? "") warning: \(warning.message)")
                }
                let more = warnings.count - min(warnings.count, warningsShown) + report.summary.warningsNotKept
                if more > 0 { Console.err("\(report.file): … and \(more) more warnings.") }
            case let .refused(_, message):
                Console.err(message)
            }
        }
        let imported = outcomes.compactMap { if case let .imported(report) = $0 { report } else { nil } }
        let refused = outcomes.count - imported.count
        var line =
            "Imported \(imported.count) of \(outcomes.count + skipped) file(s): "
            + "\(imported.map(\.new).reduce(0, +)) new announcement(s), \(imported.map(\.duplicates).reduce(0, +)) already in the store."
        if refused > 0 { line += " \(refused) refused (nothing of them recorded)." }
        if skipped > 0 { line += " \(skipped) not tried (--stop-on-error)." }
        Console.err(line)
    }

    /// The file's name for people (its folder is in the command they typed), the path for scripts.
    static func shown(_ file: String, machine: Bool) -> String {
        machine ? file : (file as NSString).lastPathComponent
    }

    /// `Windows-874`, `UTF-8 (declared windows-874)`, … with `, gzip`.
    static func encoding(_ summary: EGPFeedSummary, machine: Bool) -> String {
        if machine { return summary.encoding.rawValue + (summary.isGzipCompressed ? "+gzip" : "") }
        let name =
            switch summary.encoding {
            case .windows874Declared: "Windows-874"
            case .utf8: "UTF-8"
            case .windows874Undeclared: "Windows-874 (ไม่ได้ประกาศ undeclared)"
            case .utf8MisdeclaredAsWindows874: "UTF-8 (ประกาศผิดเป็น windows-874)"
            }
        return name + (summary.isGzipCompressed ? ", gzip" : "")
    }

    /// One file in `--format json`: every key, null where it does not apply (a refused file has only its name,
    /// status and error).
    struct FeedJSON: Encodable {
        var file: String
        var status: String
        @JSONNull var error: String? = nil
        @JSONNull var sha256: String? = nil
        @JSONNull var encoding: String? = nil
        @JSONNull var declaredEncoding: String? = nil
        @JSONNull var gzip: Bool? = nil
        @JSONNull var variant: String? = nil
        @JSONNull var idsFromLink: Int? = nil
        @JSONNull var department: String? = nil
        @JSONNull var departmentKind: String? = nil
        @JSONNull var itemsRead: Int? = nil
        @JSONNull var new: Int? = nil
        @JSONNull var duplicates: Int? = nil
        @JSONNull var rejected: Int? = nil
        @JSONNull var withoutID: Int? = nil
        @JSONNull var countByDay: Int? = nil
        @JSONNull var truncatedPage: Bool? = nil
        @JSONNull var alreadyImported: Bool? = nil
        @JSONNull var warnings: [String]? = nil

        init(_ outcome: ImportOutcome<FeedImportReport>) {
            switch outcome {
            case let .imported(report):
                let summary = report.summary
                file = report.file
                status = "imported"
                sha256 = report.sha256
                encoding = summary.encoding.rawValue
                declaredEncoding = summary.declaredEncoding
                gzip = summary.isGzipCompressed
                variant = summary.variant.rawValue
                idsFromLink = summary.idsFromLink
                department = report.department
                departmentKind = EGPDepartmentID.kind(of: report.department)?.rawValue
                itemsRead = summary.itemsRead
                new = report.new
                duplicates = report.duplicates
                rejected = summary.unrecognizedID
                withoutID = summary.withoutID
                countByDay = summary.channel.countByDay
                truncatedPage = summary.isTruncatedPage
                alreadyImported = report.alreadyImported
                warnings = summary.warnings.map(\.description)
            case let .refused(file, message):
                self.file = file
                status = "refused"
                error = message
            }
        }
    }

    // MARK: Contracts

    static func printContracts(_ outcomes: [ImportOutcome<ContractImportReport>], skipped: Int, output: OutputOptions) {
        if output.format == .json {
            Console.out(json(outcomes.map(ContractJSON.init)))
        } else {
            let machine = output.format != .table
            // The variant is a new column: first for scripts, so that the columns they read keep their places.
            let variantColumn = Table.Column("ชนิดไฟล์ Variant", key: "variant", maxWidth: 40)
            var table = Table(
                columns: (machine ? [variantColumn] : []) + [
                    .init("ไฟล์ File", key: "file", maxWidth: 36), .init("ผล Result", key: "result"),
                    .init("รูปแบบ Format", key: "format"),
                ] + (machine ? [] : [variantColumn]) + [
                    .init("แถว Rows", key: "rows", alignment: .trailing),
                    .init("ใหม่ New", key: "new", alignment: .trailing),
                    .init("ซ้ำ Dup.", key: "duplicates", alignment: .trailing),
                    .init("ไม่มีสัญญา No contract", key: "without_contract", alignment: .trailing),
                    .init("เลขภาษีไม่ทราบ Tax id unknown", key: "tax_id_unknown", alignment: .trailing),
                    .init("หมายเหตุ Notes", key: "notes"),
                ])
            for outcome in outcomes {
                switch outcome {
                case let .imported(report):
                    let record = report.record
                    var notes: [String] = []
                    if record.scientificTaxIDs > 0 {
                        notes.append(
                            machine
                                ? "scientific-tax-ids=\(record.scientificTaxIDs)"
                                : "\(record.scientificTaxIDs) ในรูป 1.05E+11")
                    }
                    if record.invalidTaxIDs > 0 {
                        notes.append(
                            machine
                                ? "invalid-tax-ids=\(record.invalidTaxIDs)" : "\(record.invalidTaxIDs) ไม่ถูกต้อง invalid")
                    }
                    if record.headerRepair != nil {
                        notes.append(machine ? "header-repaired" : "หัวตารางซ่อมแล้ว header repaired")
                    }
                    notes += contractNotes(record.provenance, machine: machine)
                    if report.alreadyImported {
                        notes.append(machine ? "already-imported" : "ไฟล์นี้นำเข้าแล้ว already imported")
                    }
                    let kind = variant(record.provenance, machine: machine)
                    let kindCell: Table.Cell = .text(kind.isEmpty && machine ? nil : kind)
                    table.append(
                        (machine ? [kindCell] : []) + [
                            .text(shown(report.file, machine: machine)), .text(machine ? "imported" : "นำเข้า imported"),
                            .text(machine ? report.source.rawValue : report.source.label),
                        ] + (machine ? [] : [kindCell]) + [
                            .integer(record.rowsRead), .integer(report.new), .integer(report.duplicates),
                            .integer(record.withoutContract), .integer(record.scientificTaxIDs + record.invalidTaxIDs),
                            .text(notes.isEmpty && machine ? nil : notes.joined(separator: machine ? ";" : ", ")),
                        ])
                case let .refused(file, _):
                    let name: Table.Cell = .text(shown(file, machine: machine))
                    table.append(
                        (machine
                            ? [.missing, name, .text("refused"), .missing]
                            : [name, .text("ปฏิเสธ"), .missing, .missing])
                            + [
                                .missing, .missing, .missing, .missing, .missing,
                                .text(machine ? "store-unchanged" : "ไม่บันทึกเลย nothing recorded"),
                            ])
                }
            }
            Console.out(output.render(table), terminator: "")
        }
        for outcome in outcomes {
            switch outcome {
            case let .imported(report):
                if let repair = report.record.headerRepair { Console.err("\(report.file): note: \(repair).") }
                for note in contractExplanations(report.record) { Console.err("\(report.file): note: \(note)") }
                if report.record.scientificTaxIDs > 0 {
                    Console.err(
                        """
                        \(report.file): note: \(report.record.scientificTaxIDs) winner tax id(s) were in \
                        scientific notation (e.g. 1.05552E+11); their digits are lost, so they are recorded as \
                        unknown.
                        """
                    )
                }
            case let .refused(_, message):
                Console.err(message)
            }
        }
        let imported = outcomes.compactMap { if case let .imported(report) = $0 { report } else { nil } }
        var line =
            "Imported \(imported.count) of \(outcomes.count + skipped) file(s): "
            + "\(imported.map(\.new).reduce(0, +)) new record(s), \(imported.map(\.duplicates).reduce(0, +)) already in the store."
        let refused = outcomes.count - imported.count
        if refused > 0 { line += " \(refused) refused (nothing of them recorded)." }
        if skipped > 0 { line += " \(skipped) not tried (--stop-on-error)." }
        Console.err(line)
    }

    /// One file in `--format json`: every key, null where it does not apply (a refused file has only its name,
    /// status and error).
    struct ContractJSON: Encodable {
        var file: String
        var status: String
        @JSONNull var error: String? = nil
        @JSONNull var sha256: String? = nil
        @JSONNull var format: String? = nil
        @JSONNull var variant: String? = nil
        @JSONNull var rowsRead: Int? = nil
        @JSONNull var new: Int? = nil
        @JSONNull var duplicates: Int? = nil
        @JSONNull var withoutContract: Int? = nil
        @JSONNull var scientificTaxIDs: Int? = nil
        @JSONNull var invalidTaxIDs: Int? = nil
        @JSONNull var maskedTaxIDs: Int? = nil
        @JSONNull var headerRepair: String? = nil
        @JSONNull var alreadyImported: Bool? = nil
        @JSONNull var provenance: Provenance? = nil

        init(_ outcome: ImportOutcome<ContractImportReport>) {
            switch outcome {
            case let .imported(report):
                file = report.file
                status = "imported"
                sha256 = report.sha256
                format = report.source.rawValue
                rowsRead = report.record.rowsRead
                new = report.new
                duplicates = report.duplicates
                withoutContract = report.record.withoutContract
                scientificTaxIDs = report.record.scientificTaxIDs
                invalidTaxIDs = report.record.invalidTaxIDs
                headerRepair = report.record.headerRepair
                alreadyImported = report.alreadyImported
                variant = report.record.provenance?.variant
                maskedTaxIDs = report.record.provenance?.maskedTaxIDs
                provenance = report.record.provenance.map(Provenance.init)
            case let .refused(file, message):
                self.file = file
                status = "refused"
                error = message
            }
        }

        private enum CodingKeys: String, CodingKey {
            case file, status, error, sha256, format, variant, rowsRead, new, duplicates, withoutContract
            // Spelled out: the encoder's snake case would split "IDs" into "i_ds".
            case scientificTaxIDs = "scientific_tax_ids", invalidTaxIDs = "invalid_tax_ids"
            case maskedTaxIDs = "masked_tax_ids"
            case headerRepair, alreadyImported, provenance
        }

        /// How the file was read, with every key (the stored record, an event payload whose bytes must not
        /// change, leaves out a missing directory).
        struct Provenance: Encodable {
            var variant: String
            var columnsRead: [String]
            var columnsIgnored: [String]
            var methodColumnsSwapped: Int
            var maskedTaxIDs: Int
            var buyers: Int
            var buyersWithEGPID: Int
            @JSONNull var departmentDirectory: String?

            init(_ provenance: ContractFileProvenance) {
                variant = provenance.variant
                columnsRead = provenance.columnsRead
                columnsIgnored = provenance.columnsIgnored
                methodColumnsSwapped = provenance.methodColumnsSwapped
                maskedTaxIDs = provenance.maskedTaxIDs
                buyers = provenance.buyers
                buyersWithEGPID = provenance.buyersWithEGPID
                departmentDirectory = provenance.departmentDirectory
            }

            private enum CodingKeys: String, CodingKey {
                case variant, columnsRead, columnsIgnored, methodColumnsSwapped, buyers
                case maskedTaxIDs = "masked_tax_ids", buyersWithEGPID = "buyers_with_egp_id"
                case departmentDirectory
            }
        }
    }

    /// Pretty, sorted JSON (``JSONOutput``).
    static func json(_ value: some Encodable) -> String {
        (try? JSONOutput.string(value)) ?? "[]"
    }
}

extension ImportTables {
    /// The variant a contract file was read as: its key for scripts, its label for people.
    static func variant(_ provenance: ContractFileProvenance?, machine: Bool) -> String {
        guard let provenance else { return "" }
        if machine { return provenance.variant }
        return ContractFileVariant(key: provenance.variant)?.label ?? provenance.variant
    }

    /// The table's notes on a contract file's provenance: masked ids, swapped method columns, buyers.
    static func contractNotes(_ provenance: ContractFileProvenance?, machine: Bool) -> [String] {
        guard let provenance else { return [] }
        var notes: [String] = []
        if provenance.maskedTaxIDs > 0 {
            notes.append(
                machine
                    ? "masked-tax-ids=\(provenance.maskedTaxIDs)" : "\(provenance.maskedTaxIDs) ปกปิด masked")
        }
        if provenance.methodColumnsSwapped > 0 {
            notes.append(
                machine
                    ? "method-columns-swapped=\(provenance.methodColumnsSwapped)"
                    : "วิธี/กลุ่มวิธีสลับ \(provenance.methodColumnsSwapped) methods swapped")
        }
        // Only buyers filed by name need the user: the others are under their e-GP ids already.
        let byName = provenance.buyers - provenance.buyersWithEGPID
        if byName > 0 {
            notes.append(machine ? "buyers-by-name=\(byName)" : "ผู้ซื้อไม่มีรหัส e-GP \(byName) buyers by name")
        }
        return notes
    }

    /// Sentences for standard error explaining what the notes mean for this file.
    static func contractExplanations(_ record: ContractsImported) -> [String] {
        guard let provenance = record.provenance else { return [] }
        var read = "read as \(provenance.variant), \(provenance.columnsRead.count) column(s) by name"
        if !provenance.columnsIgnored.isEmpty {
            read += "; ignored: \(provenance.columnsIgnored.joined(separator: ", "))"
        }
        var lines = [read + " (listed in the import's record: sujarit events --type ContractsImported)."]
        if provenance.maskedTaxIDs > 0 {
            lines.append(
                "\(provenance.maskedTaxIDs) winner citizen id(s) were published masked (e.g. 313060050xxxx); they "
                    + "are kept as written and never matched as tax ids.")
        }
        if provenance.methodColumnsSwapped > 0 {
            lines.append(
                "\(provenance.methodColumnsSwapped) row(s) had the method group in วิธีจัดซื้อฯ and the method in "
                    + "กลุ่มวิธีจัดซื้อฯ (the FY2568 layout); they were read swapped back.")
        }
        if provenance.buyers > 0 {
            let unknown = provenance.buyers - provenance.buyersWithEGPID
            var line = "no --dept: rows are filed under their own buyer, \(provenance.buyers) department(s)"
            if let directory = provenance.departmentDirectory {
                line += ", \(provenance.buyersWithEGPID) by e-GP id from \(directory)"
            }
            if unknown > 0 {
                line += "; \(unknown) by name (add them to a --departments file to file them under their e-GP id)"
            }
            lines.append(line + ".")
        }
        return lines
    }
}
