import Sujarit

/// Something in the register that needs attention on a given day. Derived from the facts and the as-of
/// day each time it is asked for, never stored, so it cannot go stale.
public struct RegisterWarning: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The residual (target) score is above the current one: the measures would make things worse.
        case residualAboveCurrent = "residual-above-current"
        /// The residual score is below the current one but no measure is linked to bring it down.
        case residualWithoutMeasure = "residual-without-measure"
        /// A measure is past its due day and not done.
        case overdueMeasure = "overdue-measure"
        /// A risk acceptance has expired and needs review.
        case acceptanceExpired = "acceptance-expired"
        /// A measure is due outside its own fiscal year (e.g. an imported FY2567 measure due in FY2568).
        case dueOutsideFiscalYear = "due-outside-fiscal-year"
    }

    public var kind: Kind
    /// The risk or measure concerned.
    public var subject: String
    /// What is wrong, in Thai and English.
    public var message: LocalizedLabel
}

extension RiskLedger {
    /// The warnings of a fiscal year (all years when nil) on `day`.
    public func warnings(fiscalYear: FiscalYear?, on day: CalendarDate) -> [RegisterWarning] {
        var found: [RegisterWarning] = []
        let chosenRisks = risks.values.filter { fiscalYear == nil || $0.id.fiscalYear == fiscalYear }.sorted {
            $0.id < $1.id
        }
        for risk in chosenRisks {
            found += residualWarnings(risk)
            if let acceptance = risk.acceptance, acceptance.expires < day {
                found.append(
                    RegisterWarning(
                        kind: .acceptanceExpired, subject: risk.id.description,
                        message: LocalizedLabel(
                            th: "การยอมรับความเสี่ยงหมดอายุเมื่อ \(acceptance.expires.formatted(.thaiMedium)) ต้องทบทวน",
                            en:
                                """
                                the acceptance approved by \(acceptance.approver) expired on \
                                \(acceptance.expires.formatted(.iso)); review it
                                """
                        )
                    ))
            }
        }
        let chosenMeasures = measures.values.filter { fiscalYear == nil || $0.id.fiscalYear == fiscalYear }.sorted {
            $0.id < $1.id
        }
        for measure in chosenMeasures where measure.isOverdue(on: day) {
            let due = measure.planned.due!
            found.append(
                RegisterWarning(
                    kind: .overdueMeasure, subject: measure.id.description,
                    message: LocalizedLabel(
                        th:
                            """
                            เลยกำหนด \(due.days(until: day)) วัน (กำหนด \(due.formatted(.thaiMedium))) สถานะ: \
                            \(measure.status.thai)
                            """,
                        en:
                            """
                            \(due.days(until: day)) days past due (\(due.formatted(.iso))), status \
                            \(measure.status.rawValue)
                            """
                    )
                ))
        }
        for measure in chosenMeasures {
            guard let due = measure.planned.due, !measure.id.fiscalYear.contains(due) else { continue }
            let dueYear = FiscalYear.containing(due)
            found.append(
                RegisterWarning(
                    kind: .dueOutsideFiscalYear, subject: measure.id.description,
                    message: LocalizedLabel(
                        th:
                            """
                            กำหนดเสร็จ \(due.formatted(.thaiMedium)) อยู่ใน\(dueYear.thaiLabel) \
                            ไม่ใช่\(measure.id.fiscalYear.thaiLabel) ของมาตรการ ตรวจสอบปีที่บันทึก
                            """,
                        en:
                            """
                            due \(due.formatted(.iso)) falls in FY\(dueYear.be), not the measure's \
                            FY\(measure.id.fiscalYear.be); check the year (or carry the measure into \
                            FY\(dueYear.be)'s plan)
                            """
                    )
                ))
        }
        return found
    }

    /// Residual above current, or below it with no measure linked to justify the drop.
    func residualWarnings(_ risk: Risk) -> [RegisterWarning] {
        guard let residual = risk.scores[.residual], let current = risk.scores[.current] ?? risk.scores[.inherent]
        else { return [] }
        let base = risk.scores[.current] == nil ? "inherent" : "current"
        if residual.score > current.score {
            return [
                RegisterWarning(
                    kind: .residualAboveCurrent, subject: risk.id.description,
                    message: LocalizedLabel(
                        th:
                            """
                            ความเสี่ยงคงเหลือ (\(residual.summary)) \
                            สูงกว่าความเสี่ยง\(base == "current" ? "ปัจจุบัน" : "ก่อนการควบคุม") \
                            (\(current.summary))
                            """,
                        en: "residual \(residual.score) is above \(base) \(current.score)"
                    )
                )
            ]
        }
        if residual.score < current.score, measures(for: risk.id).isEmpty {
            return [
                RegisterWarning(
                    kind: .residualWithoutMeasure, subject: risk.id.description,
                    message: LocalizedLabel(
                        th: """
                            ตั้งเป้าความเสี่ยงคงเหลือต่ำลง (\(current.score) → \(residual.score)) \
                            แต่ไม่มีมาตรการรองรับ
                            """,
                        en:
                            """
                            residual \(residual.score) is below \(base) \(current.score) but no measure is linked \
                            to bring it down
                            """
                    )
                )
            ]
        }
        return []
    }
}

extension RiskLedger {
    /// The residual warnings of one risk (for a command that just set a score).
    public func residualWarningsFor(_ id: RiskID) -> [RegisterWarning] {
        risks[id].map(residualWarnings) ?? []
    }
}
