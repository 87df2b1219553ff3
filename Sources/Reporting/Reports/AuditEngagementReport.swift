import Agency
import AuditPlans
import Foundation
import Presentation
import Sujarit

/// The report of one internal-audit engagement (รายงานผลการตรวจสอบ), in the shape of a Thai official memo
/// (บันทึกข้อความ: ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน): the objectives and scope, the criteria and how the
/// work was done (program, samples, working papers, person-days), each finding in its five elements (criteria,
/// condition, cause, effect, recommendation) with management's response, and the auditors' and the head of
/// agency's signatures.
///
/// The standard lets no report go out before every recommendation has management's response or a record that
/// none came by a day; the audit register decides that (`AuditPlanService.requireResponses(for:)`), and
/// ``build(_:subject:)`` refuses with its reason.
public struct AuditEngagementReport: Sendable, Hashable, Codable {
    /// A person who signs or did the work, as the directory names them.
    public struct Person: Sendable, Hashable, Codable {
        /// The staff id.
        public var id: String
        /// The name (the id when the directory does not know it).
        public var name: String
        /// The position, when known.
        @JSONNull public var position: String? = nil
    }

    /// The memo's heading lines. `ที่` (the document number) is left for the registry to write.
    public struct Memo: Sendable, Hashable, Codable {
        /// วันที่: the day the engagement closed, else the report's day.
        public var day: CalendarDate
        /// เรื่อง.
        public var subject: String
        /// เรียน: the head of agency's title.
        public var addressee: String
    }

    /// A step of the audit program.
    public struct Step: Sendable, Hashable, Codable {
        /// The step's number in the program.
        public var number: Int
        /// What the auditor does.
        public var procedure: String
        /// Who did it (names), empty while not done.
        public var performedBy: [String]
        /// The day it was done, once done.
        @JSONNull public var performedOn: CalendarDate? = nil
    }

    /// A working paper referenced by its fingerprint.
    public struct Paper: Sendable, Hashable, Codable {
        /// `WP-1`.
        public var reference: String
        /// What the paper is.
        public var title: String
        /// The file's SHA-256 (hex), so the paper can be proven unchanged.
        public var sha256: String
        /// Its size in bytes.
        public var size: Int64
    }

    /// A sample the engagement drew.
    public struct Sample: Sendable, Hashable, Codable {
        /// 1 for the engagement's first sample.
        public var number: Int
        /// Random or monetary-unit.
        public var method: SamplingMethod
        /// What was drawn from, in words.
        public var population: String
        /// The draws asked for.
        public var size: Int
        /// The seed the draw can be repeated with.
        public var seed: UInt64
        /// The items drawn from, and their total.
        public var populationSize: Int
        /// The population's total amount.
        public var populationTotal: Money
        /// The items selected, in the order drawn.
        public var items: [SampledItem]
        /// The selected items' total.
        public var sampledTotal: Money
        /// The day of the draw.
        public var drawnOn: CalendarDate
    }

    /// A recommendation with management's answer.
    public struct Answer: Sendable, Hashable, Codable {
        /// `F-2570-001.1`.
        public var ref: String
        /// What management is asked to do.
        public var text: String
        /// Who must act, as the directory names them.
        public var owner: String
        /// The recommendation's due day.
        public var due: CalendarDate
        /// Agree, partly or disagree; nil without a recorded response.
        @JSONNull public var position: ResponsePosition? = nil
        /// What management will do (or why not), or the response written with the finding.
        @JSONNull public var response: String? = nil
        /// Who management says will act, the day it commits to, and the day the response came.
        @JSONNull public var responseOwner: String? = nil
        /// The day management commits to.
        @JSONNull public var responseDue: CalendarDate? = nil
        /// The day the response was received.
        @JSONNull public var respondedOn: CalendarDate? = nil
        /// The day by which no response had been received, when that was recorded instead.
        @JSONNull public var notReceivedBy: CalendarDate? = nil
        /// How management was asked, when no response came.
        @JSONNull public var notReceivedNote: String? = nil
    }

    /// A finding in its five elements.
    public struct Finding: Sendable, Hashable, Codable {
        /// `F-2570-001`.
        public var id: String
        /// A short title.
        public var title: String
        /// เกณฑ์.
        public var criteria: String
        /// สภาพที่พบ.
        public var condition: String
        /// สาเหตุ.
        public var cause: String
        /// ผลกระทบ.
        public var effect: String
        /// ข้อเสนอแนะ, each with management's answer.
        public var recommendations: [Answer]
    }

    /// What the report is, for whom and from which log.
    public var header: ReportHeader
    /// The engagement reported on.
    public var engagement: EngagementRef
    /// The audit subject's title (หน่วยรับตรวจ/เรื่องที่ตรวจสอบ).
    public var subjectTitle: String
    /// The memo's heading lines.
    public var memo: Memo
    /// The day fieldwork began.
    public var startedOn: CalendarDate
    /// The day the engagement closed, once closed.
    @JSONNull public var closedOn: CalendarDate? = nil
    /// What the engagement concluded, in a line, when closed with one.
    @JSONNull public var summary: String? = nil
    /// The auditors, the one in charge first.
    public var auditors: [Person]
    /// The head of agency who receives the report, when the directory names an executive.
    @JSONNull public var head: Person? = nil
    /// วัตถุประสงค์ (the scope recorded, else the plan entry's objective).
    public var objectives: [String]
    /// ขอบเขต.
    @JSONNull public var scope: String? = nil
    /// The criteria the work was judged against.
    public var criteria: [String]
    /// The audit program's steps.
    public var program: [Step]
    /// The working papers referenced.
    public var workingPapers: [Paper]
    /// The samples drawn.
    public var samples: [Sample]
    /// Person-days the plan gave the entry, and those recorded.
    @JSONNull public var plannedPersonDays: Int? = nil
    /// Person-days recorded.
    public var actualPersonDays: Int
    /// The findings, in the order recorded.
    public var findings: [Finding]

    /// Builds the report on the engagement on `subject` in `sources`' fiscal year (nil: the engagement that
    /// closed last in the year, else the one started last).
    ///
    /// - throws: The audit register's refusal when a recommendation has no response and no "none received"
    ///   record, or its engagement is not started; ``AuditEngagementReportError`` when the year has none.
    public static func build(_ sources: ReportSources, subject: String?) async throws -> AuditEngagementReport {
        let service = AuditPlanService(store: sources.store)
        let year = sources.period.fiscalYear
        let plan = try await service.plan(year)
        let chosen = try subject.map(AuditSubject.normalizedID) ?? latest(plan)
        guard let engagement = plan.engagements[chosen] else {
            throw AuditPlansError.engagementNotStarted(chosen, year)
        }
        let ref = EngagementRef(fiscalYear: year, subject: chosen)
        try await service.requireResponses(for: ref)
        let answered = try await service.responses(for: ref)
        let profile = try await AgencyProfile.load(from: sources.store)
        let directory = sources.directory
        let executive = directory.members(with: .executive).first { $0.until == nil }
        let addressee = profile?.headTitle ?? executive?.position ?? "หัวหน้าส่วนราชการ"
        let entry = plan.entry(chosen)
        let title = entry?.title ?? chosen
        let person = { (id: String) in
            Person(id: id, name: sources.staffName(id), position: directory.member(id)?.position)
        }
        let name = { (id: String) in sources.staffName(id) }
        return AuditEngagementReport(
            header: ReportHeader(
                kind: .engagement, sources: sources, subtitle: "\(title) \(year.thaiLabel)",
                department: entry?.department.flatMap { directory.department($0) == nil ? nil : $0 },
                basis: [
                    "การตรวจสอบ\(title) ตามแผนการตรวจสอบภายใน\(year.thaiLabel): ขอบเขต แนวการตรวจสอบ "
                        + "กระดาษทำการ การสุ่มตัวอย่าง ข้อตรวจพบ และคำชี้แจงของฝ่ายบริหารที่บันทึกไว้"
                ]),
            engagement: ref, subjectTitle: title,
            memo: Memo(
                day: engagement.closed?.closedOn ?? sources.period.asOf, subject: "รายงานผลการตรวจสอบ\(title)",
                addressee: addressee),
            startedOn: engagement.started.startedOn, closedOn: engagement.closed?.closedOn,
            summary: engagement.closed?.summary, auditors: engagement.started.auditors.map(person),
            head: executive.map { Person(id: $0.id, name: $0.name, position: profile?.headTitle ?? $0.position) },
            objectives: engagement.scope?.objectives ?? entry.map { [$0.objective] } ?? [],
            scope: engagement.scope?.scope ?? entry?.scope, criteria: engagement.scope?.criteria ?? [],
            program: engagement.steps.map { step in
                Step(
                    number: step.added.number, procedure: step.added.procedure,
                    performedBy: step.performed?.performedBy.map(name) ?? [], performedOn: step.performed?.performedOn)
            },
            workingPapers: engagement.workingPapers.map {
                Paper(reference: $0.reference, title: $0.title, sha256: $0.sha256, size: $0.size)
            },
            samples: engagement.samples.map { drawn in
                Sample(
                    number: drawn.number, method: drawn.method, population: drawn.population ?? drawn.source,
                    size: drawn.size, seed: drawn.seed, populationSize: drawn.populationSize,
                    populationTotal: drawn.populationTotal, items: drawn.items, sampledTotal: drawn.sampledTotal,
                    drawnOn: drawn.drawnOn)
            },
            plannedPersonDays: entry?.personDays, actualPersonDays: engagement.actualPersonDays,
            findings: answered.map { finding(of: $0, name: name) }
        )
    }

    /// The subject of the engagement closed last in `plan`'s year, else of the one started last.
    static func latest(_ plan: AuditPlan) throws -> String {
        let all = plan.engagements.values.sorted { $0.started.subject < $1.started.subject }
        let closed = all.filter { $0.closed != nil }.max { $0.closed!.closedOn < $1.closed!.closedOn }
        guard let chosen = closed ?? all.max(by: { $0.started.startedOn < $1.started.startedOn }) else {
            throw AuditEngagementReportError.noEngagement(plan.fiscalYear)
        }
        return chosen.started.subject
    }

    /// A finding with each recommendation's answer.
    static func finding(of answered: FindingResponses, name: (String) -> String) -> Finding {
        let recorded = answered.finding
        return Finding(
            id: recorded.id.description, title: recorded.title, criteria: recorded.criteria,
            condition: recorded.condition, cause: recorded.cause, effect: recorded.effect,
            recommendations: answered.items.map { item in
                let recommendation = item.recommendation
                let response = item.response
                return Answer(
                    ref: RecommendationRef(finding: recorded.id, number: recommendation.number).description,
                    text: recommendation.text, owner: name(recommendation.actionOwner), due: recommendation.due,
                    position: response?.position, response: response?.actionPlan ?? recommendation.managementResponse,
                    responseOwner: response.map { name($0.owner) }, responseDue: response?.due,
                    respondedOn: response?.respondedOn, notReceivedBy: item.notReceived?.by,
                    notReceivedNote: item.notReceived?.note)
            })
    }
}

/// Why an engagement report could not be made.
public enum AuditEngagementReportError: Error, LocalizedError, Equatable, Sendable {
    /// The year's plan has no engagement started.
    case noEngagement(FiscalYear)

    /// The message shown to the user.
    public var errorDescription: String? {
        switch self {
        case .noEngagement(let year):
            """
            No engagement of FY\(year.be) has started, so there is no engagement report to make. Start one with \
            'sujarit audit engagement start SUBJECT --fy \(year.be)', or give another --fy.
            """
        }
    }
}
