import Presentation
import Sujarit

extension AuditEngagementReport {
    /// The values the `engagement` templates read (the memo, the sections, the signatures).
    func view(_ text: ThaiText) -> [String: Any] {
        var view: [String: Any] = [
            "memoDay": text.long(memo.day), "memoSubject": memo.subject, "addressee": memo.addressee,
            "subjectTitle": subjectTitle, "yearLabel": engagement.fiscalYear.thaiLabel,
            "startedOn": text.long(startedOn),
            "objectives": objectives, "hasObjectives": !objectives.isEmpty,
            "criteria": criteria, "hasCriteria": !criteria.isEmpty,
            "program": program.map { step -> [String: Any] in
                [
                    "number": String(step.number), "procedure": step.procedure,
                    "performedBy": step.performedBy.joined(separator: ", "),
                    "performedOn": text.medium(step.performedOn),
                ]
            },
            "hasProgram": !program.isEmpty,
            "papers": workingPapers.map { paper -> [String: Any] in
                [
                    "reference": CodedText.code(paper.reference), "title": paper.title,
                    "sha256": CodedText.code(paper.sha256),
                    "size": String(paper.size),
                ]
            },
            "hasPapers": !workingPapers.isEmpty,
            "samples": samples.map { Self.view($0, text: text) }, "hasSamples": !samples.isEmpty,
            "actualPersonDays": String(actualPersonDays),
            "findings": findings.enumerated().map { index, finding in Self.view(finding, number: index + 1, text: text)
            },
            "hasFindings": !findings.isEmpty,
            "auditors": auditors.map { ["name": $0.name, "position": $0.position ?? "ผู้ตรวจสอบภายใน"] },
        ]
        if let closedOn { view["closedOn"] = text.long(closedOn) }
        if let summary { view["summary"] = summary }
        if let scope { view["scope"] = scope }
        if let plannedPersonDays { view["plannedPersonDays"] = String(plannedPersonDays) }
        if let head { view["head"] = ["name": head.name, "position": head.position ?? memo.addressee] }
        return view
    }

    private static func view(_ sample: Sample, text: ThaiText) -> [String: Any] {
        [
            "number": String(sample.number), "method": sample.method.label.th, "population": sample.population,
            "size": String(sample.size), "seed": CodedText.code(String(sample.seed)),
            "populationSize": String(sample.populationSize),
            "populationTotal": sample.populationTotal.formatted(), "selected": String(sample.items.count),
            "sampledTotal": sample.sampledTotal.formatted(), "drawnOn": text.medium(sample.drawnOn),
            "items": sample.items.enumerated().map { index, item -> [String: Any] in
                ["order": String(index + 1), "id": CodedText.code(item.id), "amount": item.amount.formatted()]
            },
        ]
    }

    private static func view(_ finding: Finding, number: Int, text: ThaiText) -> [String: Any] {
        [
            "number": String(number), "id": CodedText.code(finding.id), "title": finding.title,
            "criteria": finding.criteria,
            "condition": finding.condition, "cause": finding.cause, "effect": finding.effect,
            "recommendations": finding.recommendations.map { answer -> [String: Any] in
                var entry: [String: Any] = [
                    "ref": CodedText.code(answer.ref), "text": answer.text, "owner": answer.owner,
                    "due": text.medium(answer.due),
                ]
                if let position = answer.position { entry["position"] = position.label.th }
                if let response = answer.response { entry["response"] = response }
                if let owner = answer.responseOwner { entry["responseOwner"] = owner }
                if let due = answer.responseDue { entry["responseDue"] = text.medium(due) }
                if let day = answer.respondedOn { entry["respondedOn"] = text.medium(day) }
                if let day = answer.notReceivedBy { entry["notReceivedBy"] = text.medium(day) }
                if let note = answer.notReceivedNote { entry["notReceivedNote"] = note }
                return entry
            },
        ]
    }

    /// The findings with their recommendations and responses (the CSV), the program, and the samples' items.
    func tables(_ text: ThaiText, machine: Bool) -> [ReportTable] {
        var findingTable = Table(columns: [
            .column("ข้อตรวจพบ", "finding"), .column("เรื่อง", "title", max: 30), .column("เกณฑ์", "criteria", max: 24),
            .column("สภาพที่พบ", "condition", max: 30), .column("สาเหตุ", "cause", max: 24),
            .column("ผลกระทบ", "effect", max: 24), .column("ข้อเสนอแนะ", "recommendation"),
            .column("รายละเอียด", "text", max: 30), .column("ผู้รับผิดชอบ", "owner", max: 20), .column("กำหนด", "due"),
            .column("ความเห็นฝ่ายบริหาร", "position"), .column("คำชี้แจง/แผนการดำเนินการ", "response", max: 30),
            .column("วันที่ชี้แจง", "responded_on"),
        ])
        func day(_ value: CalendarDate?) -> String { machine ? (value?.formatted(.iso) ?? "") : text.medium(value) }
        for finding in findings {
            for answer in finding.recommendations {
                let position = answer.position.map { machine ? $0.rawValue : $0.label.th }
                let none = answer.notReceivedBy.map { machine ? "none-received" : "ไม่ได้รับคำชี้แจง ณ \(day($0))" }
                findingTable.append([
                    finding.id, finding.title, finding.criteria, finding.condition, finding.cause, finding.effect,
                    answer.ref, answer.text, answer.owner, day(answer.due), position ?? none ?? "",
                    answer.response ?? answer.notReceivedNote ?? "", day(answer.respondedOn ?? answer.notReceivedBy),
                ])
            }
        }
        var programTable = Table(columns: [
            .column("ขั้นตอน", "step", .trailing), .column("วิธีการตรวจสอบ", "procedure", max: 50),
            .column("ผู้ปฏิบัติ", "performed_by", max: 30), .column("วันที่", "performed_on"),
        ])
        for step in program {
            programTable.append([
                String(step.number), step.procedure, step.performedBy.joined(separator: ", "), day(step.performedOn),
            ])
        }
        var sampleTable = Table(columns: [
            .column("ชุดตัวอย่าง", "sample", .trailing), .column("วิธีสุ่ม", "method"), .column("seed", "seed"),
            .column("ลำดับ", "order", .trailing), .column("รายการ", "item"),
            .column("จำนวนเงิน (บาท)", "amount", .trailing),
        ])
        for sample in samples {
            for (index, item) in sample.items.enumerated() {
                sampleTable.append([
                    String(sample.number), machine ? sample.method.rawValue : sample.method.label.th,
                    String(sample.seed), String(index + 1), item.id,
                    machine ? item.amount.decimalString : item.amount.formatted(),
                ])
            }
        }
        return [
            ReportTable(title: "ข้อตรวจพบ ข้อเสนอแนะ และคำชี้แจงของฝ่ายบริหาร", table: findingTable),
            ReportTable(title: "แนวการตรวจสอบ (audit program)", table: programTable),
            ReportTable(title: "การสุ่มตัวอย่าง", table: sampleTable),
        ]
    }
}
