import Agency
import ArgumentParser
import Presentation
import RiskRegister
import Sujarit

/// `sujarit risk round status`: per risk of a round, who of the committee has scored and who has not.
struct RiskRoundStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show, per risk, who has scored in a round and who has not (สถานะการประเมินรายกรรมการ).",
        discussion: """
            The chair sees here what 'risk finalize' would refuse: a risk scored by fewer members than the \
            quorum (Registers/risk-scoring.yaml) or not at all. The committee is everyone with the \
            committee-member or committee-chair role serving today.
            Examples:
              sujarit risk round status
              sujarit risk round status --round 2570/1 --format csv
            With --format json or csv the members are their staff ids separated by spaces, and the counts \
            numbers: scored_count of committee_count, required_count needed.
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @Option(
        help: ArgumentHelp(
            "The round, e.g. 2570/1 (default: the open round, else the latest).", valueName: "year/number")) var round:
        String?

    func run() async throws {
        try await RiskInput.run {
            let id = try round.map { try RoundID(parsing: $0) }
            let quorum = try ScoringQuorum.resolve(registers: try? RiskInput.registers(nil))
            let store = try storeOptions.open()
            let ledger = try await RiskService(store: store).ledger()
            let directory = try await AgencyDirectory.load(from: store)
            let scoring = try ledger.requireRound(id)
            let committee = ScoringQuorum.committee(in: directory, on: storeOptions.context.today).map(\.id).sorted()
            let rows = ledger.status(of: scoring.id, committee: committee, quorum: quorum)
            let machine = output.format != .table
            var table = Table(
                columns: [.init("รหัส ID", key: "id"), .init("สถานะ State", key: "state")]
                    + (machine ? [.init("สถานะ (ไทย)", key: "state_th")] : []) + [
                        .init("ประเมินแล้ว Scored", key: "scored_count", alignment: .trailing)
                    ]
                    + (machine
                        ? [.init("ต้องมี", key: "required_count"), .init("กรรมการ", key: "committee_count")] : []) + [
                        .init("ผู้ประเมินแล้ว Scored by", key: "scored"), .init("ยังไม่ประเมิน Not yet", key: "missing"),
                    ])
            for row in rows {
                let names = { (ids: [String]) in
                    Table.Cell.text(
                        ids.map { machine ? $0 : directory.member($0)?.name ?? $0 }.joined(
                            separator: machine ? " " : ", "))
                }
                if machine {
                    table.append([
                        .text(row.risk.description), .text(row.state.rawValue), .text(row.state.label.th),
                        .integer(row.scored.count), .integer(row.required), .integer(committee.count),
                        names(row.scored),
                        names(row.missing),
                    ])
                } else {
                    table.append([
                        .text(row.risk.description), .text(row.state.label.th),
                        .text("\(row.scored.count)/\(committee.count) (ต้อง \(row.required))"), names(row.scored),
                        names(row.missing),
                    ])
                }
            }
            Console.out(output.render(table), terminator: "")
            let open = rows.filter { $0.state != .finalized }
            let ready = open.filter { $0.state == .ready }.count
            Console.err(
                """
                Round \(scoring.id) (\(scoring.opened.kind.label.th))\(scoring.isOpen ? "" : ", closed"): \
                \(ready) of \(open.count) risk(s) not yet finalized reach the quorum of \
                \(quorum.required(committee: committee.count)) of \(committee.count) members \
                (\(quorum.rule.rawValue)).
                """
            )
        }
    }
}
