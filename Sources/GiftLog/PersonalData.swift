import Agency

extension GiftLogAccess {
    /// What the gift log holds that names people: every gift entry (its stream, type and actor tell who
    /// received or gave what), and the O33 report's cases. The agency's rules, policy and culture streams
    /// name no one.
    public static let personalData = PersonalDataDeclaration(
        register: "GiftLog",
        categories: [
            PersonalDataCategory("gift", register: "gifts received, given and refused", exposure: .wholeEvent)
        ],
        otherCategories: ["gift-rules", "gift-policy", "gift-culture"],
        fields: [
            "person", "relative", "receivedBy", "description", "reason", "note", "decidedBy", "declaredBy",
            "overThreshold", "givenEntries",
        ],
        tables: ["gift_entries"]
    )
}

extension GiftReport: PersonalDataRedactable {
    /// The report without the cases that name people (those over the threshold and the gifts given):
    /// totals and counts stay.
    public func withoutPersonalData() -> GiftReport {
        var redacted = self
        redacted.view = .totalsOnly
        redacted.overThreshold = nil
        redacted.givenEntries = nil
        return redacted
    }
}
