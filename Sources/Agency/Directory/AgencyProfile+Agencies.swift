import EventStore

extension AgencyProfile {
    /// The name of every agency `store` spans, by department id, as ``load(from:)`` gives it: the name the store
    /// was created with, changed by the profile's later updates. An agency whose store has no profile is absent.
    ///
    /// Two queries whatever the number of agencies: `store_profile`, and the updates (a handful per agency) from
    /// the log, which is where ``load(from:)`` reads them too.
    public static func namesByAgency(_ store: any AgencySpanningStore) async throws -> [String: String] {
        var names = try await store.byAgency("SELECT agency, agency_name FROM store_profile") {
            $0.string("agency_name") ?? ""
        }
        try await store.forEachEvent(types: [AgencyProfileUpdated.eventType]) { agency, event in
            guard event.streamID == StoreInitialized.stream, names[agency] != nil,
                let name = try event.decode(AgencyProfileUpdated.self).agencyName
            else { return }
            names[agency] = name
        }
        return names
    }
}
