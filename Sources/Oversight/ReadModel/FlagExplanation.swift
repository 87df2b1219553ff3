import Agency
import Declarations
import Procurement
import Sujarit

/// A flag told in plain Thai and English: what was found, against which threshold, who is involved (for
/// those who may see names), and what to check next. Built from the stored evidence only.
public struct FlagExplanation: Sendable, Hashable {
    /// What the records show, one or two sentences.
    public var finding: LocalizedLabel
    /// The threshold or data-derived cut-off, and where it came from.
    public var cutOff: LocalizedLabel?
    /// What an auditor would look at next.
    public var nextStep: LocalizedLabel
    /// True when people were left out because the viewer may not see names.
    public var redacted: Bool

    /// Explains `indicator`'s `evidence` for a viewer who does (`showNames`) or does not see names.
    public static func make(
        indicator: Indicator, fiscalYear: FiscalYear, departmentID: String, unit: String?, evidence: FlagEvidence,
        directory: AgencyDirectory, showNames: Bool
    ) -> FlagExplanation {
        let words = Words(
            directory: directory, showNames: showNames, evidence: evidence, departmentID: departmentID, unit: unit,
            fiscalYear: fiscalYear)
        return FlagExplanation(
            finding: words.finding(indicator), cutOff: evidence.cutOff.map(Words.cutOff),
            nextStep: Words.nextStep(indicator), redacted: evidence.namesPeople && !showNames
        )
    }
}

/// The phrases explanations are built from.
private struct Words {
    let directory: AgencyDirectory
    let showNames: Bool
    let evidence: FlagEvidence
    let departmentID: String
    let unit: String?
    let fiscalYear: FiscalYear

    func money(_ name: FigureName) -> String {
        guard case .money(let value)? = evidence.figure(name) else { return "-" }
        return value.formatted()
    }

    func text(_ name: FigureName) -> String { evidence.figure(name)?.text ?? "-" }

    /// A figure for the English sentence. A date keeps the Thai sentence's style (day, month, full BE year),
    /// so that one explanation writes every date one way.
    func textEn(_ name: FigureName) -> String {
        guard let value = evidence.figure(name) else { return "-" }
        if case .date = value { return value.text }
        return value.englishText
    }

    func count(_ name: FigureName) -> Int {
        switch evidence.figure(name) {
        case .count(let value)?, .days(let value)?: value
        default: 0
        }
    }

    var buyer: LocalizedLabel {
        if let unit, let department = directory.department(unit) {
            return LocalizedLabel(th: department.name, en: department.nameEnglish ?? department.code)
        }
        let name =
            evidence.projects.first { $0.departmentID == departmentID }?.departmentName
            ?? evidence.projects.first?.departmentName
        return LocalizedLabel(
            th: name.map { "\($0) (e-GP \(departmentID))" } ?? "หน่วยงาน e-GP \(departmentID)",
            en: name.map { "\($0) (e-GP \(departmentID))" } ?? "e-GP department \(departmentID)"
        )
    }

    /// Where a regional flag looks (its department id is ``RegionalScope/key``): a province or the country.
    var region: LocalizedLabel {
        if departmentID.hasPrefix(RegionalScope.provincePrefix) {
            let code = departmentID.dropFirst(RegionalScope.provincePrefix.count)
            return LocalizedLabel(th: "ในจังหวัดรหัส \(code)", en: "of province \(code)")
        }
        return LocalizedLabel(th: "ทั่วประเทศ", en: "in the country")
    }

    var supplier: String { evidence.supplier.map { $0.name + ($0.taxID.map { " (\($0.formatted))" } ?? "") } ?? "-" }

    var firstProject: String {
        guard let project = evidence.projects.first else { return "-" }
        return project.title.isEmpty ? project.projectID : "\(project.projectID) \(project.title)"
    }

    var projectIDs: String {
        let ids = evidence.projects.map(\.projectID)
        return ids.prefix(6).joined(separator: ", ") + (ids.count > 6 || evidence.omittedProjects > 0 ? " …" : "")
    }

    var method: LocalizedLabel {
        guard let key = evidence.projects.first?.method else { return LocalizedLabel(th: "-", en: "-") }
        return ProcurementMethodName.label(key)
    }

    /// A person by id: the name for those who may see it, else a description of their capacity.
    func person(_ id: String, otherwise: LocalizedLabel) -> LocalizedLabel {
        guard showNames else { return otherwise }
        let name = directory.member(id).map { "\($0.name) (\(id))" } ?? id
        return LocalizedLabel(th: name, en: name)
    }

    func roles(_ capacity: String) -> LocalizedLabel {
        let parts = capacity.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        let labels = parts.map { part -> LocalizedLabel in
            if part == "department" {
                return LocalizedLabel(th: "บุคลากรของหน่วยงานผู้ซื้อ", en: "staff of the buying department")
            }
            return (try? ProcurementRole(parsing: part))?.shortLabel ?? LocalizedLabel(th: part, en: part)
        }
        return LocalizedLabel(
            th: labels.map(\.th).joined(separator: " และ "), en: labels.map(\.en).joined(separator: " and "))
    }

    func relationship(_ raw: String) -> LocalizedLabel {
        Relationship(rawValue: raw)?.label ?? LocalizedLabel(th: raw, en: raw)
    }

    func finding(_ indicator: Indicator) -> LocalizedLabel {
        let fy = fiscalYear.be
        switch indicator {
        case .splitYear:
            return LocalizedLabel(
                th:
                    """
                    \(buyer.th) ซื้อหรือจ้างโดยวิธีเฉพาะเจาะจงจาก \(supplier) \(count(.count)) ครั้งในปีงบประมาณ \
                    \(fy) แต่ละครั้งไม่เกินวงเงิน \(cutOffMoney) บาท แต่รวมกัน \(money(.total)) บาท \
                    (ครั้งที่มากที่สุด \(money(.largest)) บาท) อาจเป็นการแบ่งซื้อแบ่งจ้าง
                    """,
                en:
                    """
                    \(buyer.en) made \(count(.count)) specific-method awards to \(supplier) in FY\(fy), each \
                    within the \(cutOffMoney)-baht limit but together \(money(.total)) baht (largest \
                    \(money(.largest))): possibly one purchase split to stay under the limit.
                    """
            )
        case .splitWindow:
            let span =
                count(.days) == 0
                ? LocalizedLabel(th: "ในวันเดียวกัน (\(text(.firstDay)))", en: "on the same day (\(textEn(.firstDay)))")
                : LocalizedLabel(
                    th: "ภายใน \(count(.days)) วัน (\(text(.firstDay)) – \(text(.lastDay)))",
                    en: "within \(count(.days)) days (\(textEn(.firstDay)) – \(textEn(.lastDay)))")
            return LocalizedLabel(
                th:
                    """
                    \(buyer.th) ซื้อหรือจ้างโดยวิธีเฉพาะเจาะจงจาก \(supplier) \(count(.count)) ครั้ง\(span.th) \
                    รวม \(money(.total)) บาท เกินวงเงิน \(cutOffMoney) บาท ทั้งที่แต่ละครั้งไม่เกิน
                    """,
                en:
                    """
                    \(buyer.en) made \(count(.count)) specific-method awards to \(supplier) \(span.en), together \
                    \(money(.total)) baht, above the \(cutOffMoney)-baht limit that each stayed within.
                    """
            )
        case .bunching:
            return LocalizedLabel(
                th:
                    """
                    ในปีงบประมาณ \(fy) \(buyer.th) มีการจัดซื้อจัดจ้างวิธีเฉพาะเจาะจงวงเงิน \
                    \(money(.bandFrom))–\(money(.threshold)) บาท (ใต้เส้น \(money(.threshold)) บาท) \
                    \(count(.inBand)) ครั้ง เทียบกับ \(count(.belowBand)) ครั้งในช่วงถัดลงไป อัตราส่วน \
                    \(text(.ratio)) วงเงินกระจุกอยู่ใต้เกณฑ์ผิดปกติ
                    """,
                en:
                    """
                    In FY\(fy) \(buyer.en) made \(count(.inBand)) specific-method awards between \
                    \(money(.bandFrom)) and \(money(.threshold)) baht, just under the \(money(.threshold)) line, \
                    against \(count(.belowBand)) in the band below: a ratio of \(textEn(.ratio)), amounts piling \
                    up under the line.
                    """
            )
        case .yearEnd:
            return LocalizedLabel(
                th:
                    """
                    ในเดือนสุดท้ายของปีงบประมาณ \(fy) \(buyer.th) ใช้จ่ายวิธีเฉพาะเจาะจง \
                    \(money(.septemberSpending)) บาท (\(text(.share)) ของทั้งปี \(money(.total)) บาท) \
                    เทียบกับเฉลี่ยเดือนอื่น \(money(.otherMonthlyAverage)) บาทต่อเดือน (\(text(.ratio)))
                    """,
                en:
                    """
                    In the last month of FY\(fy) \(buyer.en) spent \(money(.septemberSpending)) baht by the \
                    specific method (\(textEn(.share)) of the year's \(money(.total))), against an average of \
                    \(money(.otherMonthlyAverage)) baht in the other months (\(textEn(.ratio))).
                    """
            )
        case .supplierShare:
            return LocalizedLabel(
                th:
                    """
                    \(supplier) ได้รับ \(text(.share)) ของมูลค่าที่ \(buyer.th) จัดซื้อจัดจ้างในปีงบประมาณ \(fy) \
                    (\(money(.total)) จาก \(money(.departmentTotal)) บาท; \(count(.count)) จาก \
                    \(count(.departmentAwards)) สัญญา)
                    """,
                en:
                    """
                    \(supplier) received \(textEn(.share)) of what \(buyer.en) awarded in FY\(fy) \
                    (\(money(.total)) of \(money(.departmentTotal)) baht; \(count(.count)) of \
                    \(count(.departmentAwards)) awards).
                    """
            )
        case .regionalSplit:
            return LocalizedLabel(
                th:
                    """
                    หน่วยงาน \(count(.agencies)) แห่ง\(region.th) ซื้อหรือจ้างจาก \(supplier) \(count(.count)) ครั้งภายใน \
                    \(count(.days)) วัน แต่ละครั้งไม่เกิน \(cutOffMoney) บาท รวม \(money(.total)) บาท
                    """,
                en:
                    """
                    \(count(.agencies)) agencies \(region.en) made \(count(.count)) awards to \(supplier) within \
                    \(count(.days)) days, each within the \(cutOffMoney)-baht limit, together \(money(.total)) baht.
                    """
            )
        case .regionalDeclaredTies:
            return LocalizedLabel(
                th:
                    """
                    \(supplier) ชนะการจัดซื้อจัดจ้าง \(count(.count)) โครงการของหน่วยงาน \(count(.agencies)) แห่ง\(region.th) \
                    ซึ่งกรรมการ \(count(.tiedSeats)) ตำแหน่งแสดงว่ามีส่วนได้เสียกับผู้ขายรายนี้ในปีงบประมาณ \(fy) \
                    (ชื่อผู้แสดงอยู่ในฐานข้อมูลของแต่ละหน่วยงาน เฉพาะผู้ตรวจสอบของหน่วยงานนั้น)
                    """,
                en:
                    """
                    \(supplier) won \(count(.count)) projects of \(count(.agencies)) agencies \(region.en) in FY\(fy) \
                    where \(count(.tiedSeats)) committee seats declared a tie to it (who declared is kept in each \
                    agency's store, for its reviewers only).
                    """
            )
        case .regionalSupplierShare:
            return LocalizedLabel(
                th:
                    """
                    \(supplier) ได้รับ \(text(.share)) ของมูลค่าที่หน่วยงาน \(count(.agencies)) แห่ง\(region.th) \
                    จัดซื้อจัดจ้างในปีงบประมาณ \(fy) (\(money(.total)) จาก \(money(.regionTotal)) บาท; \
                    \(count(.count)) จาก \(count(.regionAwards)) สัญญา)
                    """,
                en:
                    """
                    \(supplier) received \(textEn(.share)) of what the \(count(.agencies)) agencies \(region.en) \
                    awarded in FY\(fy) (\(money(.total)) of \(money(.regionTotal)) baht; \(count(.count)) of \
                    \(count(.regionAwards)) awards).
                    """
            )
        case .repeatWinner:
            return LocalizedLabel(
                th:
                    """
                    \(supplier) ชนะ \(count(.wins)) จาก \(count(.departmentAwards)) โครงการของ \(buyer.th) \
                    ในปีงบประมาณ \(fy)
                    """,
                en: "\(supplier) won \(count(.wins)) of \(buyer.en)'s \(count(.departmentAwards)) projects in FY\(fy)."
            )
        case .priceNearReference:
            return LocalizedLabel(
                th:
                    """
                    โครงการ \(firstProject) (\(method.th)) ตกลงราคา \(money(.agreed)) บาท เท่ากับ \(text(.share)) \
                    ของราคากลาง \(money(.reference)) บาท แทบไม่มีการแข่งขันด้านราคา
                    """,
                en:
                    """
                    Project \(firstProject) (\(method.en)) was agreed at \(money(.agreed)) baht, \
                    \(textEn(.share)) of the \(money(.reference))-baht reference price: almost no price \
                    competition.
                    """
            )
        case .priceAboveReference:
            return LocalizedLabel(
                th:
                    """
                    โครงการ \(firstProject) ตกลงราคา \(money(.agreed)) บาท สูงกว่าราคากลาง \(money(.reference)) \
                    บาท (\(text(.ratio)))
                    """,
                en:
                    """
                    Project \(firstProject) was agreed at \(money(.agreed)) baht, above its \
                    \(money(.reference))-baht reference price (\(textEn(.ratio))).
                    """
            )
        case .priceAboveBudget:
            return LocalizedLabel(
                th:
                    """
                    โครงการ \(firstProject) มีราคาที่ตกลง \(money(.agreed)) บาท / สัญญา \(money(.contracts)) บาท \
                    สูงกว่างบประมาณ \(money(.budget)) บาท
                    """,
                en:
                    """
                    Project \(firstProject): agreed price \(money(.agreed)) baht, contracts \(money(.contracts)) \
                    baht, above the \(money(.budget))-baht budget.
                    """
            )
        case .contractAboveAgreed:
            return LocalizedLabel(
                th:
                    """
                    โครงการ \(firstProject) ลงนามสัญญารวม \(money(.contracts)) บาท สูงกว่าราคาที่ตกลง \
                    \(money(.agreed)) บาท
                    """,
                en:
                    """
                    Project \(firstProject) signed contracts for \(money(.contracts)) baht, above the agreed \
                    price of \(money(.agreed)) baht.
                    """
            )
        case .referenceEqualsBudget:
            return LocalizedLabel(
                th:
                    """
                    โครงการ \(firstProject) (\(method.th)) มีราคากลาง \(money(.reference)) บาท \
                    เท่ากับงบประมาณพอดี ราคากลางอาจไม่ได้คำนวณจากต้นทุนจริง
                    """,
                en:
                    """
                    Project \(firstProject) (\(method.en)) has a reference price of \(money(.reference)) baht, \
                    exactly its budget: the reference price may not have been worked out from costs.
                    """
            )
        case .processChanges:
            return LocalizedLabel(
                th:
                    """
                    ในปีงบประมาณ \(fy) \(buyer.th) มี \(count(.changed)) จาก \(count(.projects)) โครงการ \
                    (\(text(.share))) ที่ยกเลิกหรือเปลี่ยนแปลงประกาศ (D1, D2, W1, W2): \(projectIDs)
                    """,
                en:
                    """
                    In FY\(fy) \(count(.changed)) of \(buyer.en)'s \(count(.projects)) projects \
                    (\(textEn(.share))) had an announcement cancelled or amended (D1, D2, W1, W2): \(projectIDs).
                    """
            )
        case .fastAward:
            return LocalizedLabel(
                th:
                    """
                    โครงการ \(firstProject) (\(method.th)) ประกาศผู้ชนะเมื่อ \(text(.winner)) หลังประกาศเชิญชวน \
                    (\(text(.invitation))) เพียง \(count(.days)) วัน
                    """,
                en:
                    """
                    Project \(firstProject) (\(method.en)) announced its winner on \(textEn(.winner)), only \
                    \(count(.days)) days after the invitation (\(textEn(.invitation))).
                    """
            )
        case .noInvitation:
            return LocalizedLabel(
                th:
                    """
                    โครงการ \(firstProject) ใช้วิธี\(method.th) ซึ่งต้องประกาศเชิญชวน แต่มีประกาศผู้ชนะ \
                    (\(text(.winner))) โดยไม่พบประกาศเชิญชวนในข้อมูลที่นำเข้า
                    """,
                en:
                    """
                    Project \(firstProject) used \(method.en), which must publish an invitation, yet a winner was \
                    announced (\(textEn(.winner))) with no invitation in the imported data.
                    """
            )
        case .singleBidder:
            return LocalizedLabel(
                th: "โครงการ \(firstProject) (\(method.th)) มีผู้เสนอราคาเพียงรายเดียว ผู้ชนะคือ \(supplier)",
                en: "Project \(firstProject) (\(method.en)) received a single bid; the winner is \(supplier)."
            )
        case .fewBidders:
            return LocalizedLabel(
                th: "โครงการ \(firstProject) (\(method.th)) มีผู้เสนอราคาเพียง \(count(.bidders)) ราย",
                en: "Project \(firstProject) (\(method.en)) received bids from only \(count(.bidders)) bidders."
            )
        case .coiCommittee:
            return declarationFinding(committee: true)
        case .coiDepartment:
            return declarationFinding(committee: false)
        case .undeclaredMember:
            let seat = evidence.people.first
            let role = roles(seat?.capacity ?? "")
            guard showNames else {
                return LocalizedLabel(
                    th:
                        """
                        กรรมการคนหนึ่งของโครงการ \(firstProject) ไม่มีแบบแสดงความบริสุทธิ์ใจ (การมีส่วนได้เสีย) \
                        ที่ยังมีผลสำหรับโครงการนี้
                        """,
                    en:
                        """
                        A member of the committees of project \(firstProject) has no declaration of interests in \
                        force for it.
                        """
                )
            }
            let who = person(seat?.staffID ?? "", otherwise: LocalizedLabel(th: "", en: ""))
            return LocalizedLabel(
                th:
                    """
                    \(who.th) ได้รับแต่งตั้งเป็น\(role.th)ของโครงการ \(firstProject) \
                    แต่ไม่มีแบบแสดงความบริสุทธิ์ใจ (การมีส่วนได้เสีย) ที่ยังมีผลสำหรับโครงการนี้
                    """,
                en:
                    """
                    \(who.en) was appointed \(role.en) of project \(firstProject) but has no declaration of \
                    interests in force for it.
                    """
            )
        case .committeeSeparation:
            let seat = evidence.people.first
            let role = roles(seat?.capacity ?? "")
            guard showNames else {
                return LocalizedLabel(
                    th:
                        """
                        ผู้ได้รับแต่งตั้งคนหนึ่งของโครงการ \(firstProject) \
                        เป็นทั้งกรรมการพิจารณาผลและผู้ตรวจรับพัสดุ ซึ่งขัดกับระเบียบกระทรวงการคลังฯ พ.ศ. 2560 ข้อ \
                        26
                        """,
                    en:
                        """
                        A person appointed to project \(firstProject) both considers the bids and inspects the \
                        delivery, which the Finance Ministry regulation 2560, clause 26, forbids.
                        """
                )
            }
            let who = person(seat?.staffID ?? "", otherwise: LocalizedLabel(th: "", en: ""))
            return LocalizedLabel(
                th:
                    """
                    \(who.th) ได้รับแต่งตั้งเป็น\(role.th)ของโครงการ \(firstProject) \
                    ซึ่งขัดกับระเบียบกระทรวงการคลังฯ พ.ศ. 2560 ข้อ 26 (ผู้พิจารณาผลต้องไม่เป็นผู้ตรวจรับพัสดุ)
                    """,
                en:
                    """
                    \(who.en) was appointed \(role.en) of project \(firstProject), which the Finance Ministry \
                    regulation 2560, clause 26, forbids (who considers the bids may not inspect).
                    """
            )
        case .giftFromSupplier:
            guard let gift = evidence.gifts.first else { return LocalizedLabel(th: "-", en: "-") }
            let capacity = roles(evidence.people.first?.capacity ?? "")
            let who = person(
                gift.recipient,
                otherwise: LocalizedLabel(
                    th: "บุคลากรคนหนึ่งของหน่วยงานผู้ซื้อหรือกรรมการของโครงการ",
                    en: "A member of staff of the buyer or of the project's committees"))
            guard showNames else {
                // What was given, its value, day and occasion would tell who received it: the reviewer's only.
                return LocalizedLabel(
                    th:
                        """
                        \(who.th) รับทรัพย์สินหรือประโยชน์อื่นใดจาก \(gift.giver.name) ขณะที่ \(gift.giver.name) \
                        เป็นผู้ชนะหรือผู้เสนอราคาโครงการ \(projectIDs) ของ\(buyer.th) ภายใน \(cutOffDays) \
                        วันก่อนหรือหลังการจัดซื้อจัดจ้าง
                        """,
                    en:
                        """
                        \(who.en) received a gift or benefit from \(gift.giver.name), while that firm won or bid \
                        for project \(projectIDs) of \(buyer.en), within \(cutOffDays) days of the procurement.
                        """
                )
            }
            let role = LocalizedLabel(th: " (\(capacity.th))", en: " (\(capacity.en))")
            return LocalizedLabel(
                th:
                    """
                    \(who.th)\(role.th) รับ\(gift.description) มูลค่า \(gift.value.formatted()) บาท จาก \
                    \(gift.giver.name) เมื่อ \(gift.date.formatted(.thaiMedium)) (\(gift.occasion)) ขณะที่ \
                    \(gift.giver.name) เป็นผู้ชนะหรือผู้เสนอราคาโครงการ \(projectIDs) ของ\(buyer.th) ภายใน \
                    \(cutOffDays) วันก่อนหรือหลังการจัดซื้อจัดจ้าง
                    """,
                en:
                    """
                    \(who.en)\(role.en) received \(gift.description) worth \(gift.value.formatted()) baht from \
                    \(gift.giver.name) on \(gift.date.formatted(.thaiMedium)) (\(gift.occasion)), while that firm \
                    won or bid for project \(projectIDs) of \(buyer.en), within \(cutOffDays) days of the \
                    procurement.
                    """
            )
        }
    }

    private func declarationFinding(committee: Bool) -> LocalizedLabel {
        guard let declaration = evidence.declarations.first else { return LocalizedLabel(th: "-", en: "-") }
        let capacity = roles(evidence.people.first?.capacity ?? "")
        let who = person(
            declaration.declarant,
            otherwise: committee
                ? LocalizedLabel(th: "กรรมการคนหนึ่งของโครงการ", en: "A member of the project's committees")
                : LocalizedLabel(th: "บุคลากรคนหนึ่งของ\(buyer.th)", en: "A member of staff of \(buyer.en)"))
        let tie = relationship(declaration.relationship)
        let form =
            declaration.project.map {
                LocalizedLabel(th: "ในแบบแสดงความบริสุทธิ์ใจโครงการ \($0) ", en: "in the declaration for project \($0)")
            }
            ?? LocalizedLabel(th: "ในแบบแสดงการมีส่วนได้เสียประจำปี ", en: "in the annual declaration")
        let detail = showNames ? declaration.detail.map { " (\($0))" } ?? "" : ""
        let recusal =
            declaration.recused
            ? LocalizedLabel(
                th: " ผู้แจ้งได้ถอนตัวจากโครงการที่แจ้งไว้แล้ว", en: " The declarant stood down from the project declared for.")
            : LocalizedLabel(th: "", en: "")
        if committee {
            let role =
                showNames
                ? LocalizedLabel(th: " ในฐานะ\(capacity.th)", en: " as \(capacity.en)") : LocalizedLabel(th: "", en: "")
            return LocalizedLabel(
                th:
                    """
                    \(who.th)\(role.th) ได้แจ้ง\(form.th)ว่ามีความสัมพันธ์แบบ\(tie.th)กับ \
                    \(declaration.party.name)\(detail) และ \(supplier) เป็นผู้ชนะโครงการ \(firstProject) \
                    (\(evidence.projects.first?.amount?.formatted() ?? "-") บาท).\(recusal.th)
                    """,
                en:
                    """
                    \(who.en)\(role.en) declared \(form.en) a tie (\(tie.en)) to \
                    \(declaration.party.name)\(detail), and \(supplier) won project \(firstProject) \
                    (\(evidence.projects.first?.amount?.formatted() ?? "-") baht).\(recusal.en)
                    """
            )
        }
        return LocalizedLabel(
            th:
                """
                \(who.th) ได้แจ้ง\(form.th)ว่ามีความสัมพันธ์แบบ\(tie.th)กับ \(declaration.party.name)\(detail) \
                ซึ่งชนะ \(count(.projects)) โครงการของ\(buyer.th) ในปีงบประมาณ \(fiscalYear.be) รวม \
                \(money(.total)) บาท: \(projectIDs).\(recusal.th)
                """,
            en:
                """
                \(who.en) declared \(form.en) a tie (\(tie.en)) to \(declaration.party.name)\(detail), which won \
                \(count(.projects)) of \(buyer.en)'s projects in FY\(fiscalYear.be), \(money(.total)) baht in \
                all: \(projectIDs).\(recusal.en)
                """
        )
    }

    var cutOffMoney: String {
        guard case .money(let value)? = evidence.cutOff?.value else { return "-" }
        return value.formatted()
    }

    var cutOffDays: String {
        guard case .days(let value)? = evidence.cutOff?.value else { return "-" }
        return String(value)
    }

    static func cutOff(_ cutOff: CutOff) -> LocalizedLabel {
        let file = "Registers/red-flags.yaml"
        switch cutOff.basis {
        case .configured:
            return LocalizedLabel(
                th:
                    """
                    เกณฑ์ \(cutOff.value.text) ตามที่กำหนดใน \(file) ฉบับที่ \(cutOff.configurationVersion) \
                    (\(cutOff.setting))
                    """,
                en:
                    """
                    Threshold \(cutOff.value.englishText), set in \(file) version \(cutOff.configurationVersion) \
                    (\(cutOff.setting)).
                    """
            )
        case .dataFence:
            let stats = cutOff.statistics!
            let formula =
                stats.side == .upper
                ? "Q3 + \(FigureValue.decimal(stats.multiplier, places: 1))×IQR"
                : "Q1 − \(FigureValue.decimal(stats.multiplier, places: 1))×IQR"
            return LocalizedLabel(
                th:
                    """
                    เกณฑ์คำนวณจากข้อมูลเอง: \(formula) = \(cutOff.value.text) จาก \(stats.sample) \
                    \(stats.population) (Q1 \(FigureValue.decimal(stats.q1, places: 2)), Q3 \
                    \(FigureValue.decimal(stats.q3, places: 2))) เข้มกว่าค่าขั้นต่ำใน \(file) ฉบับที่ \
                    \(cutOff.configurationVersion)
                    """,
                en:
                    """
                    Cut-off from the data itself: \(formula) = \(cutOff.value.englishText) over \(stats.sample) \
                    \(stats.population) (Q1 \(FigureValue.decimal(stats.q1, places: 2)), Q3 \
                    \(FigureValue.decimal(stats.q3, places: 2))), stricter than the floor in \(file) version \
                    \(cutOff.configurationVersion).
                    """
            )
        case .floor:
            let data =
                cutOff.statistics.map { stats in
                    LocalizedLabel(
                        th:
                            """
                            ค่าจากข้อมูล \(FigureValue.decimal(stats.fence, places: 2)) (\(stats.sample) \
                            \(stats.population)) หละหลวมกว่า
                            """,
                        en:
                            """
                            the data's fence, \(FigureValue.decimal(stats.fence, places: 2)) over \(stats.sample) \
                            \(stats.population), was laxer
                            """
                    )
                } ?? LocalizedLabel(th: "ข้อมูลน้อยเกินกว่าจะคำนวณควอไทล์", en: "too few values to compute quartiles")
            return LocalizedLabel(
                th:
                    """
                    เกณฑ์ขั้นต่ำ \(cutOff.value.text) ตาม \(file) ฉบับที่ \(cutOff.configurationVersion) \
                    (\(cutOff.setting)) เพราะ\(data.th)
                    """,
                en:
                    """
                    The configured floor \(cutOff.value.englishText) (\(file) version \
                    \(cutOff.configurationVersion), \(cutOff.setting)) applies because \(data.en).
                    """
            )
        }
    }

    static func nextStep(_ indicator: Indicator) -> LocalizedLabel {
        switch indicator.family {
        case .splitting where indicator != .yearEnd:
            LocalizedLabel(
                th: """
                    ตรวจว่ารายการเหล่านี้เป็นความต้องการเดียวกันที่ควรจัดซื้อครั้งเดียวหรือไม่ (แผนการจัดซื้อจัดจ้าง \
                    ใบขอซื้อ วันที่ขอ)
                    """,
                en:
                    """
                    Check whether these purchases were one need that should have been bought once (procurement \
                    plan, requisitions, their dates).
                    """
            )
        case .splitting:
            LocalizedLabel(
                th: "ตรวจความจำเป็นและความเร่งด่วนของรายการปลายปี และเทียบกับแผนการจัดซื้อจัดจ้าง",
                en: "Check the need and urgency of the year-end purchases against the procurement plan.")
        case .concentration:
            LocalizedLabel(
                th: "ตรวจเหตุผลในการเลือกผู้ขาย การสืบราคา และว่ามีผู้ขายรายอื่นที่เสนอได้หรือไม่",
                en:
                    """
                    Check why this supplier was chosen, the price enquiries made, and whether other suppliers \
                    could have offered.
                    """
            )
        case .price:
            LocalizedLabel(
                th: "ตรวจที่มาของราคากลาง การต่อรองราคา และหลักฐานการตกลงราคา",
                en: "Check how the reference price was set, the negotiation and the evidence for the agreed price.")
        case .process:
            LocalizedLabel(
                th: "ตรวจเหตุผลของการยกเลิก/แก้ไขประกาศ และระยะเวลาที่ให้ผู้เสนอราคาเตรียมเอกสาร",
                en: "Check the reasons for cancellations and amendments, and the time bidders were given.")
        case .competition:
            LocalizedLabel(
                th: "ตรวจว่าประกาศเผยแพร่ทั่วถึง TOR ไม่เจาะจงผู้ขาย และเหตุที่ผู้เสนอราคาน้อย",
                en: "Check that the call was widely published, the TOR did not favour one supplier, and why few bid.")
        case .integrity:
            LocalizedLabel(
                th: """
                    ตรวจว่าผู้มีส่วนได้เสียได้ถอนตัวจริงและไม่มีส่วนในการพิจารณา การตรวจรับ \
                    และการรับของขวัญได้รายงานผู้บังคับบัญชาแล้ว
                    """,
                en:
                    """
                    Check that anyone with an interest really stood down from evaluation and inspection, and that \
                    gifts were reported to the head of agency.
                    """
            )
        }
    }
}

/// Method names from their stored keys.
enum ProcurementMethodName {
    static func label(_ key: String) -> LocalizedLabel {
        ProcurementMethod(key: key)?.label ?? LocalizedLabel(th: key, en: key)
    }
}
