import Agency
import Sujarit

extension QualityChecklist {
    /// Decides a year's self-assessment: every item answered exactly once, no unknown item, assessors who are
    /// auditors, a day neither in the future nor before the year began, and no earlier assessment of the year.
    public func decideAssessment(
        _ year: FiscalYear, ratings: [(item: String, rating: QualityRating)], assessors: [String],
        improvements: String?, on day: CalendarDate, existing: AuditQualityAssessed?, directory: AgencyDirectory,
        today: CalendarDate
    ) throws -> AuditQualityAssessed {
        if let existing { throw AuditPlansError.qualityAssessed(year, on: existing.assessedOn) }
        try Check.notFuture(day, field: "--on", today: today)
        if day < year.start {
            throw AuditPlansError.dateBefore(field: "--on", day, what: "FY\(year.be) began", year.start)
        }
        var given: [String: QualityRating] = [:]
        for (item, rating) in ratings {
            let id = ThaiDigits.toArabic(item).trimmingCharacters(in: .whitespaces)
            guard items.contains(where: { $0.id == id }) else {
                throw AuditPlansError.qualityUnknownItem(id, known: items.map(\.id))
            }
            guard given.updateValue(rating, forKey: id) == nil else { throw AuditPlansError.qualityTwice(id) }
        }
        let missing = items.map(\.id).filter { given[$0] == nil }
        guard missing.isEmpty else { throw AuditPlansError.qualityUnanswered(missing) }
        guard !assessors.isEmpty else { throw AuditPlansError.emptyField("--by") }
        let team = try assessors.map { try directory.require($0, field: "--by", role: .auditor).id }
        return AuditQualityAssessed(
            fiscalYear: year, checklistVersion: version, source: source,
            answers: items.map {
                QualityAnswer(item: $0.id, standard: $0.standard, text: $0.text, rating: given[$0.id] ?? .notMet)
            },
            assessors: team, improvements: Check.optionalText(improvements), assessedOn: day)
    }
}
