import EventStore
import Foundation
import Sujarit

/// The agency a store serves: as recorded when it was created, with what `agency profile set` changed since.
public struct AgencyProfile: Sendable, Equatable {
    /// The agency's name as it signs documents.
    public var agencyName: String?
    /// The agency's e-GP department id.
    public var departmentID: String?
    /// Who created the store.
    public var createdBy: String
    /// When the store was created.
    public var createdAt: Date
    /// Local government or state agency, once set.
    public var kind: AgencyKind?
    /// The province (without "จังหวัด"), once set.
    public var province: String?
    /// The district (without "อำเภอ"), once set.
    public var district: String?
    /// The address line, once set.
    public var address: String?
    /// The head's title as documents sign it, once set.
    public var headTitle: String?
    /// Other e-GP departments whose feeds this store follows besides its own (`agency profile set --follows`).
    public var followedDepartments: [String] = []

    /// Whether feeds of `department` belong in this store: its own department or one it follows.
    public func follows(department: String) -> Bool {
        department == departmentID || followedDepartments.contains(department)
    }

    /// The line under the agency's name on a letterhead: the address, else "อำเภอ… จังหวัด…", else nil.
    public var addressLine: String? {
        if let address { return address }
        let parts = [district.map { "อำเภอ\($0)" }, province.map { "จังหวัด\($0)" }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// Reads the profile: the store's creation from the read model, the changes since from the log; nil
    /// for a store without one.
    public static func load(from store: any EventStore) async throws -> AgencyProfile? {
        guard
            let row = try await store.query(
                "SELECT agency_name, department_id, created_by, created_at FROM store_profile"
            ).first
        else {
            return nil
        }
        var profile = AgencyProfile(
            agencyName: row.string("agency_name"),
            departmentID: row.string("department_id"),
            createdBy: row.string("created_by") ?? "",
            createdAt: Microseconds.date(row.int64("created_at") ?? 0)
        )
        // The changes are read from the profile's own stream (a handful of events), so every store, and
        // every replay of one as of a day, sees them without a read model of its own.
        for event in try await store.events(in: StoreInitialized.stream)
        where event.type == AgencyProfileUpdated.eventType {
            let set = try event.decode(AgencyProfileUpdated.self)
            profile.agencyName = set.agencyName ?? profile.agencyName
            profile.kind = set.kind ?? profile.kind
            profile.province = set.province ?? profile.province
            profile.district = set.district ?? profile.district
            profile.address = set.address ?? profile.address
            profile.headTitle = set.headTitle ?? profile.headTitle
            profile.followedDepartments = set.followedDepartments ?? profile.followedDepartments
        }
        return profile
    }

    /// Records `update` on the store's profile stream (the fields it gives change, the others stay).
    /// - throws: ``AgencyProfileError`` when nothing is given, a field is blank or holds control
    ///   characters, or the store has no profile.
    public static func update(
        _ store: any EventStore, _ update: AgencyProfileUpdated, context: CommandContext
    ) async throws {
        guard !update.isEmpty else { throw AgencyProfileError.nothingToSet }
        let fields = [
            ("--name", update.agencyName), ("--province", update.province), ("--district", update.district),
            ("--address", update.address), ("--head-title", update.headTitle),
        ]
        for case let (field, value?) in fields {
            if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw AgencyProfileError.blank(field) }
            do { try InputText.check(value) } catch {
                throw AgencyProfileError.badText(field, error.localizedDescription)
            }
        }
        let version = try await store.events(in: StoreInitialized.stream).last?.streamVersion ?? 0
        guard version > 0 else { throw AgencyProfileError.noProfile }
        try await store.append(
            [ProposedEvent(update, occurredAt: context.now, actor: context.actor)], to: StoreInitialized.stream,
            expectedVersion: .exactly(version)
        )
    }

    /// Records a new store's first event.
    public static func initialize(
        _ store: any EventStore, agencyName: String?, departmentID: String?, sujaritVersion: String,
        context: CommandContext
    ) async throws {
        let event = StoreInitialized(agencyName: agencyName, departmentID: departmentID, sujaritVersion: sujaritVersion)
        try await store.append(
            [ProposedEvent(event, occurredAt: context.now, actor: context.actor)], to: StoreInitialized.stream,
            expectedVersion: .noStream
        )
    }
}

/// Why a profile change was refused.
public enum AgencyProfileError: LocalizedError, Equatable {
    /// `agency profile set` without any field.
    case nothingToSet
    /// A field given blank.
    case blank(String)
    /// A field holding control characters or too long.
    case badText(String, String)
    /// The store has no profile (it was not created by `sujarit init`).
    case noProfile

    public var errorDescription: String? {
        switch self {
        case .nothingToSet: "Nothing to set: give --name, --type, --province, --district, --address or --head-title."
        case let .blank(field): "\(field) is blank; give the text, or leave the option out to keep what is recorded."
        case let .badText(field, problem): "\(field): \(problem)"
        case .noProfile:
            """
            This store has no profile (it was not created with 'sujarit init'); create the store with 'sujarit \
            init --agency NAME --dept ID'.
            """
        }
    }
}

/// Keeps `store_profile`: one row describing the store's agency.
public struct StoreProfileProjection: Projection {
    public init() {}
    public let name = "store_profile"
    public let version = 1
    /// The types `statements(for:)` reads (see ``Projection/eventTypes``).
    public var eventTypes: Set<String>? { [StoreInitialized.eventType] }
    public let tables = ["store_profile"]
    public let schema = [
        """
        CREATE TABLE store_profile (
            id            BIGINT PRIMARY KEY,
            agency_name   TEXT,
            department_id TEXT,
            created_by    TEXT NOT NULL,
            created_at    BIGINT NOT NULL
        )
        """
    ]

    public func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        guard event.type == StoreInitialized.eventType else { return [] }
        let initialized = try event.decode(StoreInitialized.self)
        return [
            SQLStatement(
                """
                INSERT INTO store_profile (id, agency_name, department_id, created_by, created_at) VALUES (1, ?, \
                ?, ?, ?)
                """,
                [initialized.agencyName, initialized.departmentID, event.actor, Microseconds.from(event.occurredAt)]
            )
        ]
    }
}
