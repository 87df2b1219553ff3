import Sujarit

/// What a declaration covers: a person's annual declaration for a fiscal year, or their declaration for
/// one procurement in one role.
///
/// The subject and the declarant together identify the declaration, so the id (and the stream) follow
/// from them: a second declaration for the same subject is an amendment, never a duplicate.
public struct DeclarationSubject: Sendable, Hashable, Codable {
    /// Annual or per procurement.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The yearly declaration every official makes (แบบแสดงการมีส่วนได้เสีย ประจำปี).
        case annual
        /// The แบบแสดงความบริสุทธิ์ใจ signed for one project.
        case procurement

        /// ประจำปี / รายโครงการ.
        public var label: LocalizedLabel {
            switch self {
            case .annual: LocalizedLabel(th: "ประจำปี", en: "annual")
            case .procurement: LocalizedLabel(th: "รายโครงการจัดซื้อจัดจ้าง", en: "per procurement")
            }
        }
    }

    /// Annual or per procurement.
    public var kind: Kind
    /// The fiscal year of an annual declaration.
    public var fiscalYear: FiscalYear?
    /// The project of a per-procurement declaration.
    public var project: EGPProjectID?
    /// The signer's role in that project.
    public var role: ProcurementRole?

    /// The annual declaration for `fiscalYear`.
    public static func annual(_ fiscalYear: FiscalYear) -> DeclarationSubject {
        DeclarationSubject(kind: .annual, fiscalYear: fiscalYear, project: nil, role: nil)
    }

    /// The declaration for `project` signed in `role`.
    public static func procurement(_ project: EGPProjectID, role: ProcurementRole) -> DeclarationSubject {
        DeclarationSubject(kind: .procurement, fiscalYear: nil, project: project, role: role)
    }

    /// The declaration id for `declarant`: `A2568-somchai` or `67119000333-inspection-member-somchai`.
    public func declarationID(declarant: String) -> String {
        switch kind {
        case .annual: "A\(fiscalYear?.be ?? 0)-\(declarant)"
        case .procurement: "\(project?.rawValue ?? "?")-\(role?.description ?? "?")-\(declarant)"
        }
    }

    /// A short human description: `ประจำปีงบประมาณ พ.ศ. 2568` or `67119000333 · กรรมการ (…)`.
    public var summary: LocalizedLabel {
        switch kind {
        case .annual:
            LocalizedLabel(th: "ประจำปีงบประมาณ พ.ศ. \(fiscalYear?.be ?? 0)", en: "annual, FY\(fiscalYear?.be ?? 0)")
        case .procurement:
            LocalizedLabel(
                th: "\(project?.rawValue ?? "?") · \(role?.label.th ?? "")",
                en: "\(project?.rawValue ?? "?") · \(role?.label.en ?? "")"
            )
        }
    }
}
