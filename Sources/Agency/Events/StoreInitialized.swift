import EventStore

/// The first event of every store: who created it, for which agency, with which version of Sujarit.
///
/// It opens the audit trail, so even an empty register can show when and by whom it was set up.
public struct StoreInitialized: DomainEvent, Equatable {
    public static let eventType = "StoreInitialized"

    /// The agency's name as it signs documents, e.g. เทศบาลเมืองตากใบ.
    public var agencyName: String?
    /// The agency's e-GP department id (4 digits central, 7 digits local), when known.
    public var departmentID: String?
    /// The Sujarit version that created the store.
    public var sujaritVersion: String

    public init(agencyName: String?, departmentID: String?, sujaritVersion: String) {
        self.agencyName = agencyName
        self.departmentID = departmentID
        self.sujaritVersion = sujaritVersion
    }

    /// The stream that holds the store's own profile.
    public static let stream = try! StreamID(category: "store", id: "profile")
}
