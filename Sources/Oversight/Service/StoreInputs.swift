import Agency
import Declarations
import EventStore
import GiftLog
import Sujarit

/// Fills ``CrossCheckInputs`` from a store's registers, through their public reads.
///
/// An agency has tens of declarations with interests and tens of gifts a year, so all of them are read at
/// once; procurement, which is large, streams through the engine instead.
public enum StoreInputs {
    /// Reads the declarations in force, committee seats, gifts received, departments and the agency's e-GP id.
    public static func load(from store: any EventStore) async throws -> CrossCheckInputs {
        let directory = try await AgencyDirectory.load(from: store)
        let profile = try await AgencyProfile.load(from: store)
        let declarations = try await DeclarationQueries.list(store)
        let service = DeclarationService(store: store)

        var interests: [DeclaredPartyInterest] = []
        for summary in declarations where summary.isActive && summary.interestCount > 0 {
            guard let declaration = try await service.declaration(summary.id) else { continue }
            for interest in declaration.interests {
                guard let party = interest.party, !party.name.isEmpty else { continue }
                interests.append(DeclaredPartyInterest(
                    declarationID: declaration.id, declarant: declaration.declarant, department: declaration.department,
                    project: declaration.subject.project?.rawValue, party: party, relationship: interest.relationship.rawValue,
                    detail: interest.detail, from: interest.from, to: interest.to, recused: !declaration.recusals.isEmpty
                ))
            }
        }

        var declared: [String: Set<String>] = [:]
        for summary in declarations where summary.isActive && summary.kind == .procurement {
            if let project = summary.project { declared[project, default: []].insert(summary.declarant) }
        }

        // The register offers seats per project; Oversight needs them all, which its table holds as documented.
        var seats: [String: [CommitteeSeatRecord]] = [:]
        for row in try await store.query("SELECT project, staff_id, role FROM coi_committee_seats ORDER BY project, role, staff_id") {
            guard let project = row.string("project"), let staff = row.string("staff_id"), let role = row.string("role") else { continue }
            seats[project, default: []].append(CommitteeSeatRecord(staffID: staff, role: role))
        }

        let gifts = try await GiftQueries.entries(store).compactMap { entry -> ReceivedGift? in
            let logged = entry.logged
            guard logged.direction == .received else { return nil }
            return ReceivedGift(
                entryID: logged.entryID.description, recipient: logged.person, department: logged.department,
                giver: logged.counterparty, date: logged.date, value: logged.value, description: logged.description,
                occasion: logged.occasion
            )
        }

        return CrossCheckInputs(
            interests: interests, seats: seats, declaredForProject: declared, gifts: gifts,
            departments: directory.departments.map { DepartmentName(code: $0.code, name: $0.name) },
            agencyDepartmentID: profile?.departmentID
        )
    }
}
