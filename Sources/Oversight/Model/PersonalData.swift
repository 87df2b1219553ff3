import Agency

extension RedFlagAccess {
    /// What red flags hold that names people: the evidence of flags built on declarations and gifts (the
    /// declarants, committee members and recipients, their declarations and gifts, and a gift's value and
    /// day, which with the supplier and the project known tell who it was). A flag's stream and type name
    /// no one; its payload may.
    public static let personalData = PersonalDataDeclaration(
        register: "Oversight",
        categories: [
            PersonalDataCategory(
                "flag", register: "red flags whose evidence names declarants and recipients", exposure: .payload
            )
        ],
        fields: ["people", "declarations", "gifts", FigureName.giftValue.rawValue, FigureName.giftDate.rawValue]
    )
}

extension FlagEvidence: PersonalDataRedactable {
    /// The evidence without the people, their declarations and gifts, and the figures that describe a gift
    /// (``RedFlagAccess/personalData``'s fields): the projects, the supplier and the other figures stay.
    public func withoutPersonalData() -> FlagEvidence {
        var shown = self
        shown.people = []
        shown.declarations = []
        shown.gifts = []
        shown.figures = figures.filter { !RedFlagAccess.personalData.fields.contains($0.name) }
        return shown
    }
}

extension RedFlagSummary: PersonalDataRedactable {
    /// The row with its evidence as ``FlagEvidence/withoutPersonalData()`` leaves it; ``namesPeople`` stays,
    /// so the list still says that there is personal data behind the flag.
    public func withoutPersonalData() -> RedFlagSummary {
        var shown = self
        shown.evidence = evidence.withoutPersonalData()
        return shown
    }
}

extension RedFlag: PersonalDataRedactable {
    /// The flag with its evidence without people and, when that evidence names people, without the reason
    /// for a dismissal: it is the reviewer's free text about them.
    public func withoutPersonalData() -> RedFlag {
        var shown = self
        shown.evidence = evidence.withoutPersonalData()
        guard evidence.namesPeople else { return shown }
        shown.dismissal?.reason = PersonalDataAccess.hiddenText
        for index in shown.history.indices where shown.history[index].eventType == FlagDismissed.eventType {
            shown.history[index].detail = nil
        }
        return shown
    }
}

/// One flag as a reader may see it: what `flags explain` prints, in every format.
public struct ExplainedFlag: Sendable, Hashable {
    /// The flag as the reader may see it (``RedFlag/withoutPersonalData()`` for a non-reviewer).
    public var flag: RedFlag
    /// The flag in words, naming people only for a reader who may see them.
    public var explanation: FlagExplanation
    /// Whether the stored evidence names people: said to every reader, so one who may not see them knows
    /// that names were left out.
    public var namesPeople: Bool
    /// Whether the reader sees the people.
    public var showsNames: Bool
}

extension PersonalDataAccess {
    /// `flag` explained for the reader: the words are built from the stored evidence (they count people
    /// without naming them for a non-reviewer); everything else comes from the flag as the reader may see it.
    public func explain(_ flag: RedFlag, directory: AgencyDirectory) -> ExplainedFlag {
        let raised = flag.raised
        let explanation = FlagExplanation.make(
            indicator: raised.indicator, fiscalYear: raised.fiscalYear, departmentID: raised.departmentID,
            unit: raised.unit, evidence: flag.evidence, directory: directory, showNames: seesPersonalData
        )
        return ExplainedFlag(
            flag: visible(flag), explanation: explanation, namesPeople: flag.evidence.namesPeople,
            showsNames: seesPersonalData
        )
    }
}
