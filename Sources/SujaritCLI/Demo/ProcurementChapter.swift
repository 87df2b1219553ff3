import Agency
import Foundation
import Presentation
import Procurement
import Sujarit

/// e-GP procurement data: the example feeds (Windows-874, UTF-8, gzip, a truncated page) and the contract
/// CSV imported for the agency's department, one project's timeline and contract, and the year-end
/// purchases that the red-flag rules will look at.
struct ProcurementChapter: DemoChapter {
    let title = "ข้อมูลจัดซื้อจัดจ้าง e-GP — Importing procurement announcements and contracts"

    func run(in demo: DemoContext) async throws {
        let department = try EGPDepartmentID(parsing: "6960501")
        let context = CommandContext(actor: demo.actor)
        let folder = try DemoFiles.path("Imports/examples")
        let feeds = try FeedFiles.expand([folder])
        var table = Table(columns: [
            .init("ไฟล์ File"), .init("Encoding"), .init("Items", alignment: .trailing),
            .init("New", alignment: .trailing),
            .init("Notes"),
        ])
        var new = 0
        for file in feeds {
            let report = try await FeedImporter(store: demo.store).importFeed(
                at: file, department: department, departmentName: "เทศบาลเมืองตากใบ", context: context)
            let summary = report.summary
            var notes: [String] = []
            if summary.withoutID > 0 { notes.append("\(summary.withoutID) without id") }
            if summary.isTruncatedPage { notes.append("truncated page: countbyday \(summary.channel.countByDay ?? 0)") }
            table.append([
                (file as NSString).lastPathComponent, ImportTables.encoding(summary, machine: false),
                String(summary.itemsRead),
                String(report.new), notes.joined(separator: ", "),
            ])
            new += report.new
        }
        demo.say("sujarit import egp Imports/examples --dept 6960501   (each file one transaction, idempotent)")
        demo.show(table.terminal(style: demo.style))

        let contracts = try await ContractImporter(store: demo.store).importFile(
            at: try DemoFiles.path("Imports/examples/takbai-contracts-2568.csv"), department: department,
            context: context)
        let record = contracts.record
        demo.say(
            "sujarit import contracts Imports/examples/takbai-contracts-2568.csv → \(record.rowsRead) rows, "
                + "\(record.scientificTaxIDs) tax id in scientific notation kept as unknown (never guessed).")
        let bidders = try await ContractImporter(store: demo.store).importFile(
            at: try DemoFiles.path("Imports/examples/takbai-cost-bidders-2568.csv"), as: .costBiddersCSV,
            context: context)
        demo.say(
            """
            sujarit import bidders Imports/examples/takbai-cost-bidders-2568.csv → the CoST bidder lists of \
            \(bidders.record.records) projects.
            """
        )
        // Issue 22: one example of each published variant; the Tak Bai ones restate the example's facts.
        var variants = Table(columns: [.init("ไฟล์ File"), .init("Variant"), .init("New", alignment: .trailing)])
        var directory = try DepartmentDirectory.load(try DemoFiles.path("Imports/variants/departments-example.yaml"))
        directory.addAgency(name: "เทศบาลเมืองตากใบ", egpID: department.rawValue)
        for (name, own) in [
            ("takbai-2568-fy15.csv", true), ("takbai-2568-datastore.csv", true),
            ("takbai-2568-datastore-pages", true), ("takbai-govspending-pages", true),
            ("takbai-govspending-record.json", true), ("cgd-contract-2567-national.csv", false),
        ] {
            for file in try ContractFiles.expand([try DemoFiles.path("Imports/variants/" + name)]) {
                let report = try await ContractImporter(store: demo.store).importFile(
                    at: file, department: own ? department : nil, directory: directory, context: context)
                variants.append([
                    (file as NSString).lastPathComponent, ImportTables.variant(report.record.provenance, machine: true),
                    String(report.new),
                ])
            }
        }
        demo.say("sujarit import contracts Imports/variants/…   (every published variant, read by column name)")
        demo.show(variants.terminal(style: demo.style))
        let again = try await FeedImporter(store: demo.store).importFeed(
            at: feeds[1], department: department, context: context)
        demo.say(
            """
            Importing \((feeds[1] as NSString).lastPathComponent) again: \(again.new) new, \(again.duplicates) \
            duplicates.
            """
        )

        // The e-GP feed variants real downloads come in (Imports/egp-*.xml): a sub-unit's feed by its 10-digit
        // deptsubId, followed by this store, with legacy links, a cancelled award and a browser's UTF-8 copy.
        let subUnit = try EGPDepartmentID(parsing: "1509900857")
        try await AgencyProfile.update(
            demo.store, AgencyProfileUpdated(followedDepartments: [subUnit.rawValue]), context: context)
        demo.say("sujarit agency profile set --follows 1509900857   (a sub-unit's deptsubId, 10 digits)")
        for name in try FileManager.default.contentsOfDirectory(atPath: try DemoFiles.path("Imports")).sorted()
        where name.hasPrefix("egp-1509900857-") && name.hasSuffix(".xml") {
            let report = try await FeedImporter(store: demo.store).importFeed(
                at: try DemoFiles.path("Imports/\(name)"), department: subUnit, departmentName: "เทศบาลตำบลศาลาใหม่",
                context: context)
            let fromLinks = report.summary.idsFromLink > 0 ? ", \(report.summary.idsFromLink) id(s) from links" : ""
            demo.say(
                "sujarit import egp Imports/\(name) --dept 1509900857 → \(report.new) new, "
                    + "\(ImportTables.encoding(report.summary, machine: false)), \(report.summary.variant.label.en)"
                    + fromLinks)
        }
        if let reawarded = try await ProcurementReadModel.project(EGPProjectID("68019000201")!, in: demo.store) {
            demo.say("sujarit procurement show 68019000201   (an award cancelled on its own day, then made again)")
            for line in ProcurementShowCommand.lines(reawarded, style: demo.style).dropFirst(8).prefix(7) {
                demo.show(line)
            }
        }

        let road = try await ProcurementReadModel.project(EGPProjectID("67119000333")!, in: demo.store)
        if let road {
            demo.say("sujarit procurement show 67119000333")
            for line in ProcurementShowCommand.lines(road, style: demo.style).dropFirst(4) where !line.isEmpty {
                demo.show(line)
            }
        }
        let projects = try await ProcurementReadModel.projects(
            in: demo.store, fiscalYear: FiscalYear(be: 2568), departmentID: department.rawValue)
        let nearLine = projects.filter { project in
            project.method == .specific
                && (project.agreedPrice.map { $0 >= .baht(490_000) && $0 < .baht(500_000) } ?? false)
        }
        let suppliers = Dictionary(grouping: nearLine.flatMap(\.contracts), by: \.winnerName)
        if let (supplier, bunched) = suppliers.max(by: { $0.value.count < $1.value.count }) {
            demo.say(
                """
                \(projects.count) projects in FY2568 (\(new) announcements). \(bunched.count) specific-method \
                purchases 
                """
                    + "between 490,000 and 500,000 baht went to \(supplier),")
            demo.say(
                "and the road was won by the firm a committee member declared a relation to: cases for the red flags.")
        }
    }
}
