import Agency
import Oversight

extension FlagEvidence {
    /// The figures that describe a gift a person received (its value and day): with the supplier and the
    /// project known, they tell who it was, so they are personal data like the gift itself.
    static let personalFigures: Set<String> = [FigureName.giftValue.rawValue, FigureName.giftDate.rawValue]

    /// The evidence as `view` may see it, by ``PersonalDataAccess``'s rule: all of it for a reviewer; for
    /// anyone else, without the people, their declarations and gifts, and the gift's value and day. Every
    /// output of a flag (`flags list`, `flags explain` in every format) shows this, never the stored evidence.
    func visible(to view: PersonalDataAccess.View) -> FlagEvidence {
        guard view != .full else { return self }
        var shown = self
        shown.people = []
        shown.declarations = []
        shown.gifts = []
        shown.figures = figures.filter { !Self.personalFigures.contains($0.name) }
        return shown
    }
}
