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
                interests.append(
                    DeclaredPartyInterest(
                        declarationID: declaration.id, declarant: declaration.declarant,
                        department: declaration.department,
                        project: declaration.subject.project?.rawValue, party: party,
                        relationship: interest.relationship.rawValue,
                        detail: interest.detail, from: interest.from, to: interest.to,
                        recused: !declaration.recusals.isEmpty
                    ))
            }
        }

        var declared: [String: Set<String>] = [:]
        for summary in declarations where summary.isActive && summary.kind == .procurement {
            if let project = summary.project { declared[project, default: []].insert(summary.declarant) }
        }

        let seats = try await DeclarationQueries.allSeats(store).mapValues { committee in
            committee.map { CommitteeSeatRecord(staffID: $0.staffID, role: $0.role.description) }
        }

        let gifts = try await GiftQueries.entries(store).compactMap { entry -> GiftFact? in
            let logged = entry.logged
            guard logged.direction == .received else { return nil }
            return GiftFact(
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
