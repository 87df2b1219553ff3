import Declarations
import Procurement
import Sujarit

/// Finds parties among declared interests and gift givers: by tax id when both sides have one, else by
/// normalised name, exactly as ``PartyReference/matches(_:)`` decides, but through two dictionaries so a
/// winner is checked in constant time.
struct PartyIndex<Item> {
    private(set) var items: [(party: PartyReference, item: Item)] = []
    private var byTax: [String: [Int]] = [:]
    private var byName: [String: [Int]] = [:]
    private var anyWithoutTax = false

    init(_ entries: [(PartyReference, Item)]) {
        for (party, item) in entries {
            let index = items.count
            items.append((party, item))
            if let tax = party.taxID { byTax[tax.digits, default: []].append(index) } else { anyWithoutTax = true }
            let key = party.normalizedName
            if !key.isEmpty { byName[key, default: []].append(index) }
        }
    }

    var isEmpty: Bool { items.isEmpty }

    /// The items whose party is `party`; `normalizedName` is called only when names must be compared.
    func matches(_ party: PartyReference, normalizedName: () -> String) -> [Item] {
        guard !items.isEmpty else { return [] }
        var found: [Int] = []
        if let tax = party.taxID {
            found += byTax[tax.digits] ?? []
            if anyWithoutTax { found += (byName[normalizedName()] ?? []).filter { items[$0].party.taxID == nil } }
        } else {
            found += byName[normalizedName()] ?? []
        }
        return found.sorted().filter { items[$0].party.matches(party) }.map { items[$0].item }
    }
}

/// The agency's own declarations and gift log set beside its procurement — what no public tool can do.
///
/// - coi-committee: a contract's winner is a party in an interest declared by someone who sat on that
///   project's committees (declared for this project or any other, or in an annual declaration).
/// - coi-department: the same for someone in the buying department who was not on the committee.
/// - gift-from-supplier: a gift received by staff of the buying department (or a member of the project's
///   committees) from a winner or bidder, dated within `gifts.window_days` before the procurement opened or
///   after it ended (its last announcement, signature or contract end).
/// - undeclared-member: a committee member with no declaration in force for the project (in any role).
/// - committee-separation: one person both considering the bids and inspecting the same project
///   (Finance Ministry regulation 2560 clause 26, ``CommitteeSeparation``).
struct IntegrityRules {
    let settings: RedFlagSettings
    let inputs: CrossCheckInputs
    let interests: PartyIndex<DeclaredPartyInterest>
    let gifts: PartyIndex<GiftFact>

    init(settings: RedFlagSettings, inputs: CrossCheckInputs) {
        self.settings = settings
        self.inputs = inputs
        interests = PartyIndex(inputs.interests.map { ($0.party, $0) })
        gifts = PartyIndex(inputs.gifts.map { ($0.giver, $0) })
    }

    var isEmpty: Bool { interests.isEmpty && gifts.isEmpty }

    /// A gift's matches so far, across departments: flagged once per gift when the run ends.
    struct GiftMatch {
        var gift: GiftFact
        var projects: [ProjectFact] = []
        var supplier: PartyReference?
        var capacities: Set<String> = []
        var departmentID: String
        var unit: String?
    }

    /// coi-committee and coi-department candidates of one department; gift matches are added to `giftMatches`.
    func evaluate(_ batch: DepartmentBatch, giftMatches: inout [String: GiftMatch]) -> [FlagCandidate] {
        guard !isEmpty else { return [] }
        var result: [FlagCandidate] = []
        var departmentHits:
            [String: (
                interest: DeclaredPartyInterest, supplier: Int, year: FiscalYear, awards: [DepartmentBatch.Award]
            )] = [:]
        var names: [String: String] = [:]
        for award in batch.awards {
            let project = batch.projects[award.project]
            let supplier = batch.suppliers[award.supplier]
            let seats = inputs.seats[project.projectID.rawValue] ?? []
            let winner = batch.winner(award)
            let key = { () -> String in
                if let known = names[winner.name] { return known }
                let normalized = PartyReference.normalize(winner.name)
                names[winner.name] = normalized
                return normalized
            }
            for interest in interests.matches(winner, normalizedName: key) where interest.covers(award.date) {
                let roles = seats.filter { $0.staffID == interest.declarant }.map(\.role)
                if !roles.isEmpty {
                    result.append(
                        committeeCandidate(project, batch: batch, award: award, interest: interest, roles: roles))
                } else if batch.unit.includes(interest.department) {
                    let id = "\(interest.declarationID)|\(supplier.key)|\(project.fiscalYear.be)"
                    departmentHits[id, default: (interest, award.supplier, project.fiscalYear, [])].awards.append(award)
                }
            }
            guard !gifts.isEmpty else { continue }
            let parties = [winner] + (project.bidders ?? []).map { PartyReference(name: $0) }
            let window = openPeriod(project).map {
                ($0.lowerBound - settings.gifts.windowDays)...($0.upperBound + settings.gifts.windowDays)
            }
            guard let window else { continue }
            var seen = Set<String>()
            for party in parties {
                for gift in gifts.matches(party, normalizedName: { party.normalizedName })
                where seen.insert(gift.entryID).inserted {
                    guard window.contains(DayNumber.of(gift.date)) else { continue }
                    let onCommittee = seats.contains { $0.staffID == gift.recipient }
                    guard onCommittee || batch.unit.includes(gift.department) else { continue }
                    var match =
                        giftMatches[gift.entryID]
                        ?? GiftMatch(gift: gift, departmentID: batch.departmentID, unit: batch.unit.code)
                    if !match.projects.contains(where: { $0.projectID == project.projectID.rawValue }) {
                        match.projects.append(ProjectFact(project))
                    }
                    match.supplier = match.supplier ?? party
                    for seat in seats where seat.staffID == gift.recipient { match.capacities.insert(seat.role) }
                    if batch.unit.includes(gift.department) { match.capacities.insert("department") }
                    giftMatches[gift.entryID] = match
                }
            }
        }
        for (_, hit) in departmentHits.sorted(by: { $0.key < $1.key }) {
            let ordered = hit.awards.sorted {
                batch.projects[$0.project].projectID < batch.projects[$1.project].projectID
            }
            var seenProjects = Set<Int>()
            let unique = ordered.filter { seenProjects.insert($0.project).inserted }
            let supplier = batch.suppliers[hit.supplier]
            let evidence = FlagEvidence(
                projects: unique.map(batch.fact), supplier: supplier.reference,
                figures: [
                    Figure(.projects, .count(unique.count)),
                    Figure(.total, .money(unique.compactMap(\.amount).reduce(.zero, +))),
                ],
                people: [
                    PersonFact(
                        staffID: hit.interest.declarant, department: hit.interest.department, capacity: "declarant")
                ],
                declarations: [hit.interest.fact]
            )
            result.append(
                FlagCandidate(
                    indicator: .coiDepartment, fiscalYear: hit.year, departmentID: batch.departmentID,
                    unit: batch.unit.code,
                    subject: [batch.departmentID, hit.interest.declarationID, supplier.key, String(hit.year.be)],
                    evidence: evidence,
                    records: unique.map { batch.projects[$0.project].projectID.rawValue } + [hit.interest.declarationID]
                ))
        }
        return result
    }

    private func committeeCandidate(
        _ project: ProcurementProject, batch: DepartmentBatch, award: DepartmentBatch.Award,
        interest: DeclaredPartyInterest, roles: [String]
    ) -> FlagCandidate {
        let evidence = FlagEvidence(
            projects: [batch.fact(award)], supplier: batch.suppliers[award.supplier].reference,
            people: [
                PersonFact(
                    staffID: interest.declarant, department: interest.department,
                    capacity: roles.sorted().joined(separator: ", "))
            ],
            declarations: [interest.fact]
        )
        return FlagCandidate(
            indicator: .coiCommittee, fiscalYear: project.fiscalYear, departmentID: project.departmentID,
            unit: batch.unit.code,
            subject: [project.projectID.rawValue, interest.declarationID], evidence: evidence,
            records: [project.projectID.rawValue, interest.declarationID]
        )
    }

    /// The days a procurement was open, as day numbers: from its first announcement or signature to its
    /// last announcement, signature or contract end.
    func openPeriod(_ project: ProcurementProject) -> ClosedRange<Int>? {
        let days =
            project.timeline.map(\.published)
            + project.contracts.flatMap { [$0.signed, $0.finishes].compactMap { $0 } }
        guard let first = days.min(), let last = days.max() else { return nil }
        return DayNumber.of(first)...DayNumber.of(last)
    }

    /// The gift flags, once every department has been seen.
    func giftCandidates(_ matches: [String: GiftMatch]) -> [FlagCandidate] {
        matches.sorted { $0.key < $1.key }.map { id, match in
            let projects = match.projects.sorted { $0.projectID < $1.projectID }
            let evidence = FlagEvidence(
                projects: projects, supplier: match.supplier,
                figures: [
                    Figure(.giftValue, .money(match.gift.value)), Figure(.giftDate, .date(match.gift.date)),
                    Figure(.projects, .count(projects.count)),
                ],
                cutOff: CutOff(
                    setting: "gifts.window_days", value: .days(settings.gifts.windowDays), basis: .configured,
                    configurationVersion: settings.version),
                people: [
                    PersonFact(
                        staffID: match.gift.recipient, department: match.gift.department,
                        capacity: match.capacities.sorted().joined(separator: ", "))
                ],
                gifts: [match.gift]
            )
            return FlagCandidate(
                indicator: .giftFromSupplier, fiscalYear: FiscalYear.containing(match.gift.date),
                departmentID: match.departmentID,
                unit: match.unit, subject: [id], evidence: evidence, records: projects.map(\.projectID) + [id]
            )
        }
    }

    /// undeclared-member flags for every recorded committee; `seen` gives the projects found in the data.
    func undeclaredCandidates(seen: [String: (project: ProjectFact, unit: String?)]) -> [FlagCandidate] {
        var result: [FlagCandidate] = []
        for (projectID, seats) in inputs.seats.sorted(by: { $0.key < $1.key }) {
            let declared = inputs.declaredForProject[projectID] ?? []
            let known = seen[projectID]
            let year =
                known?.project.fiscalYear ?? EGPProjectID(projectID).map { FiscalYear(be: $0.beYear) }
                ?? FiscalYear(be: 0)
            let departmentID = known?.project.departmentID ?? inputs.agencyDepartmentID ?? ""
            for (staffID, memberSeats) in Dictionary(grouping: seats, by: \.staffID).sorted(by: { $0.key < $1.key })
            where !declared.contains(staffID) {
                let project =
                    known?.project
                    ?? ProjectFact(
                        projectID: projectID, title: "", method: nil, fiscalYear: year, departmentID: departmentID)
                let evidence = FlagEvidence(
                    projects: [project],
                    people: [
                        PersonFact(
                            staffID: staffID, department: nil,
                            capacity: memberSeats.map(\.role).sorted().joined(separator: ", "))
                    ]
                )
                result.append(
                    FlagCandidate(
                        indicator: .undeclaredMember, fiscalYear: year, departmentID: departmentID, unit: known?.unit,
                        subject: [projectID, staffID], evidence: evidence, records: [projectID, "staff:" + staffID]
                    ))
            }
        }
        return result
    }

    /// committee-separation flags for every recorded committee, one per person who both considers the bids
    /// and inspects; `seen` gives the projects found in the data.
    func separationCandidates(seen: [String: (project: ProjectFact, unit: String?)]) -> [FlagCandidate] {
        var result: [FlagCandidate] = []
        for (projectID, records) in inputs.seats.sorted(by: { $0.key < $1.key }) {
            let seats = records.compactMap { record in
                (try? ProcurementRole(parsing: record.role)).map { CommitteeSeat(staffID: record.staffID, role: $0) }
            }
            let byPerson = Dictionary(grouping: CommitteeSeparation.warnings(seats), by: \.staffID)
            guard !byPerson.isEmpty else { continue }
            let known = seen[projectID]
            let year =
                known?.project.fiscalYear ?? EGPProjectID(projectID).map { FiscalYear(be: $0.beYear) }
                ?? FiscalYear(be: 0)
            let departmentID = known?.project.departmentID ?? inputs.agencyDepartmentID ?? ""
            for (staffID, _) in byPerson.sorted(by: { $0.key < $1.key }) {
                let roles = Set(
                    seats.filter { $0.staffID == staffID && ($0.role.considersBids || $0.role.inspects) }.map(
                        \.role.description)
                ).sorted()
                let project =
                    known?.project
                    ?? ProjectFact(
                        projectID: projectID, title: "", method: nil, fiscalYear: year, departmentID: departmentID)
                let evidence = FlagEvidence(
                    projects: [project],
                    people: [PersonFact(staffID: staffID, department: nil, capacity: roles.joined(separator: ", "))]
                )
                result.append(
                    FlagCandidate(
                        indicator: .committeeSeparation, fiscalYear: year, departmentID: departmentID,
                        unit: known?.unit,
                        subject: [projectID, staffID], evidence: evidence, records: [projectID, "staff:" + staffID]
                    ))
            }
        }
        return result
    }
}
