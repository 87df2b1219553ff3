import ITA
import Presentation
import RiskRegister
import Sujarit

extension ExecutiveSummary {
    func view(_ text: ThaiText) -> [String: Any] {
        var view: [String: Any] = ["previousLabel": previousLabel]
        if let ita {
            var entry: [String: Any] = [
                "year": String(ita.fiscalYear.be), "overall": ita.overall.formatted(), "bandCode": ita.bandCode,
                "bandName": ita.bandName,
                "passes": ita.passes, "passMark": ita.passMark.formatted(), "working": ita.working,
                "weakCount": String(ita.weakest.count),
                "instruments": ita.instruments.map {
                    ["code": $0.code, "score": $0.score.formatted(), "weight": $0.weight]
                },
                "weakest": ita.weakest.map { weak -> [String: Any] in
                    var line: [String: Any] = [
                        "code": CodedText.code(weak.code),
                        "scores": weak.scores.map { $0.formatted() }.joined(separator: " / "),
                        "oitItems": CodedText.code(ITACode.compact(weak.oitItems)),
                        "measures": weak.measures.map {
                            [
                                "id": CodedText.code($0.id), "title": $0.title, "status": $0.status.shortLabel,
                                "statusClass": $0.status.rawValue,
                            ]
                        },
                        "hasMeasures": !weak.measures.isEmpty,
                    ]
                    if let question = weak.text { line["text"] = question }
                    return line
                },
            ]
            if let change = ita.change, let year = ita.previousYear, let previous = ita.previousOverall {
                entry["change"] = change
                entry["previousYear"] = String(year.be)
                entry["previousOverall"] = previous.formatted()
            }
            view["ita"] = entry
        }
        if let risks {
            var entry: [String: Any] = [
                "total": String(risks.total), "scored": String(risks.scored), "lowered": String(risks.lowered),
                "unchanged": String(risks.unchanged), "raised": String(risks.raised), "hasRaised": risks.raised > 0,
                "bands": RiskView.bands(risks.bands),
                "top": risks.top.map { risk -> [String: Any] in
                    [
                        "id": CodedText.code(risk.id), "event": risk.event, "department": risk.departmentName,
                        "inherent": risk.inherent.map { "\($0.score) \($0.bandName)" } ?? "",
                        "residual": risk.residual.map { "\($0.score) \($0.bandName)" } ?? "",
                        "inherentScore": risk.inherent.map { String($0.score) } ?? "–",
                        "residualScore": risk.residual.map { String($0.score) } ?? "–",
                    ]
                },
            ]
            if let map = risks.heatmap { entry["heatmapSVG"] = HeatmapSVG.render(map, text: text) }
            view["risks"] = entry
        }
        if let measures {
            view["measures"] =
                [
                    "counts": LineView.counts(measures.counts),
                    "overdueLines": measures.overdue.map { LineView.make($0, text: text) },
                    "hasOverdue": !measures.overdue.isEmpty,
                    "moreOverdue": measures.counts.overdue > measures.overdue.count
                        ? String(measures.counts.overdue - measures.overdue.count) : false,
                ] as [String: Any]
        }
        if let gifts {
            var entry: [String: Any] = [
                "entries": String(gifts.entries), "overThreshold": String(gifts.overThreshold),
                "late": String(gifts.late),
                "missing": String(gifts.missing), "awaiting": String(gifts.awaitingDecision),
                "fromDealing": String(gifts.fromPartiesDealingWithAgency),
                "policyDeclared": gifts.policyDeclared, "activities": String(gifts.activities),
                "threshold": gifts.threshold.formatted(),
                "lateWarn": gifts.late + gifts.missing > 0,
            ]
            if let statement = gifts.nilStatement { entry["nilStatement"] = statement }
            view["gifts"] = entry
        }
        if let declarations {
            view["declarations"] =
                [
                    "committees": String(declarations.committees), "seats": String(declarations.seats),
                    "declared": String(declarations.declared),
                    "missing": String(declarations.missing), "missingWarn": declarations.missing > 0,
                    "hasCommittees": declarations.committees > 0,
                    "annualFiled": String(declarations.annualFiled), "staffServing": String(declarations.staffServing),
                ] as [String: Any]
        }
        if let audit {
            view["audit"] =
                [
                    "counts": LineView.counts(audit.counts),
                    "overdueLines": audit.overdue.map { LineView.make($0, text: text) },
                    "hasOverdue": !audit.overdue.isEmpty,
                ] as [String: Any]
        }
        if let redFlags {
            view["redFlags"] =
                [
                    "total": String(redFlags.total), "open": String(redFlags.open),
                    "escalated": String(redFlags.escalated),
                    "dismissed": String(redFlags.dismissed), "openWarn": redFlags.open > 0,
                    "top": redFlags.top.map { line -> [String: Any] in
                        var entry: [String: Any] = [
                            "id": CodedText.code(line.id), "indicator": line.indicator, "unit": line.unit,
                            "projects": String(line.projects), "status": line.status,
                        ]
                        if let supplier = line.supplier { entry["supplier"] = supplier }
                        return entry
                    },
                ] as [String: Any]
        }
        // The table lists what moved; what held steady is one line under it, to keep the page to two sheets.
        let steady = changes.filter { $0.trend == 0 }
        view["steady"] = steady.map { "\($0.label) \($0.current)" }.joined(separator: " · ")
        view["hasSteady"] = !steady.isEmpty
        view["hasMoved"] = steady.count < changes.count
        view["changes"] = changes.filter { $0.trend != 0 }.map { change -> [String: Any] in
            var entry: [String: Any] = [
                "label": change.label, "current": change.current, "previous": change.previous ?? "–",
            ]
            let (trend, trendClass): (String, String) =
                switch change.trend {
                case .some(1): ("ดีขึ้น", "trend-up")
                case .some(-1): ("ต้องติดตาม", "trend-down")
                case .some(0): ("คงที่", "")
                default: ("–", "")
                }
            entry["trend"] = trend
            entry["trendClass"] = trendClass
            return entry
        }
        view["hasChanges"] = !changes.isEmpty
        // At most five names each, so a busy year still fits on two pages; the follow-up report has them all.
        // `build` writes each as the id, a space and the title: the id apart, a code the page keeps whole.
        view["completed"] = Self.capped(completedSinceLast).map { CodedText.leadingCode(of: $0, before: " ") }
        view["hasCompleted"] = !completedSinceLast.isEmpty
        view["newlyOverdue"] = Self.capped(newlyOverdue).map { CodedText.leadingCode(of: $0, before: " ") }
        view["hasNewlyOverdue"] = !newlyOverdue.isEmpty
        return view
    }

    static func capped(_ items: [String], to limit: Int = 5) -> [String] {
        items.count <= limit
            ? items : Array(items.prefix(limit)) + ["และอีก \(items.count - limit) รายการ (ดูรายงานการติดตามผล)"]
    }

    func tables(_ text: ThaiText, machine: Bool) -> [ReportTable] {
        if machine { return [ReportTable(title: "สรุปสำหรับผู้บริหาร", table: machineFigures)] }
        var figures = Table(columns: [.column("หัวข้อ", "item"), .column("ค่า", "value", .trailing)])
        func add(_ label: String, _ value: String) { figures.append([label, value]) }
        if let ita {
            add("คะแนน ITA ปี \(ita.fiscalYear.be)", "\(ita.overall) \(ita.bandCode) \(ita.bandName)")
            for weak in ita.weakest {
                add("  ข้อ \(weak.code) \(weak.text ?? "")", weak.scores.map { $0.formatted() }.joined(separator: " / "))
            }
        }
        if let risks {
            add("ความเสี่ยงทั้งหมด", String(risks.total))
            for band in risks.bands { add("  ระดับ\(band.name) (ก่อน → เป้าหมาย)", "\(band.inherent) → \(band.residual)") }
        }
        if let measures {
            let c = measures.counts
            add("มาตรการ แล้วเสร็จ/ระหว่าง/ยังไม่เริ่ม", "\(c.done)/\(c.inProgress)/\(c.notStarted)")
            add("มาตรการเกินกำหนด", String(c.overdue))
        }
        if let gifts {
            add("ของขวัญที่ต้องรายงาน", String(gifts.overThreshold))
            add("รายงานล่าช้า / ไม่ได้รายงาน", "\(gifts.late) / \(gifts.missing)")
        }
        if let declarations {
            add("ที่นั่งกรรมการยังไม่ยื่นแบบ", "\(declarations.missing) จาก \(declarations.seats)")
            add("แบบแสดงการมีส่วนได้เสียประจำปี", "\(declarations.annualFiled) จาก \(declarations.staffServing) คน")
        }
        if let redFlags {
            add("สัญญาณเตือน (red flags) ทั้งหมด / รอพิจารณา", "\(redFlags.total) / \(redFlags.open)")
        }
        if let audit {
            add("ข้อเสนอแนะการตรวจสอบ แล้วเสร็จ/ทั้งหมด", "\(audit.counts.done)/\(audit.counts.total)")
            add("ข้อเสนอแนะเกินกำหนด", String(audit.counts.overdue))
        }
        var changeTable = Table(columns: [
            .column("หัวข้อ", "item"), .column("รอบก่อน", "previous", .trailing), .column("รอบนี้", "current", .trailing),
        ])
        for change in changes { changeTable.append([change.label, change.previous ?? "–", change.current]) }
        return [
            ReportTable(title: "สรุปสำหรับผู้บริหาร", table: figures),
            ReportTable(title: "เทียบกับรอบก่อน (\(previousLabel))", table: changeTable),
        ]
    }

    /// The summary's figures for scripts and spreadsheets: one a row, a stable code (`risks_total`,
    /// `measures_overdue`, `band_high_inherent`…) beside its Thai label, the value a number (an ITA score
    /// with its fraction, counts whole) or, for a band, its code.
    private var machineFigures: Table {
        var table = Table(columns: [.column("รหัส", "item"), .column("หัวข้อ", "item_th"), .column("ค่า", "value")])
        func add(_ item: String, _ label: String, _ value: Table.Cell) {
            table.append([.text(item), .text(label), value])
        }
        func count(_ item: String, _ label: String, _ value: Int) { add(item, label, .integer(value)) }
        if let ita {
            add("ita_score", "คะแนน ITA ปี \(ita.fiscalYear.be)", .number(Double(ita.overall.hundredths) / 100))
            add("ita_band", "ระดับผลการประเมิน ITA", .text(ita.bandCode))
            count("ita_fiscal_year", "ปีงบประมาณของผล ITA", ita.fiscalYear.be)
        }
        if let risks {
            count("risks_total", "ความเสี่ยงทั้งหมด", risks.total)
            for band in risks.bands {
                count("band_\(band.band)_inherent", "ระดับ\(band.name) ก่อนการควบคุม", band.inherent)
                count("band_\(band.band)_residual", "ระดับ\(band.name) เป้าหมาย", band.residual)
            }
        }
        if let measures {
            let c = measures.counts
            count("measures_done", "มาตรการแล้วเสร็จ", c.done)
            count("measures_in_progress", "มาตรการระหว่างดำเนินการ", c.inProgress)
            count("measures_not_started", "มาตรการยังไม่เริ่ม", c.notStarted)
            count("measures_overdue", "มาตรการเกินกำหนด", c.overdue)
        }
        if let gifts {
            count("gifts_over_threshold", "ของขวัญที่ต้องรายงาน", gifts.overThreshold)
            count("gifts_late", "รายงานล่าช้า", gifts.late)
            count("gifts_missing", "ไม่ได้รายงาน", gifts.missing)
        }
        if let declarations {
            count("committee_seats", "ที่นั่งกรรมการ", declarations.seats)
            count("committee_seats_undeclared", "ที่นั่งกรรมการยังไม่ยื่นแบบ", declarations.missing)
            count("annual_declarations_filed", "แบบแสดงการมีส่วนได้เสียประจำปีที่ยื่นแล้ว", declarations.annualFiled)
            count("staff_serving", "บุคลากรที่ต้องยื่นแบบประจำปี", declarations.staffServing)
        }
        if let redFlags {
            count("red_flags_total", "สัญญาณเตือนทั้งหมด", redFlags.total)
            count("red_flags_open", "สัญญาณเตือนรอพิจารณา", redFlags.open)
        }
        if let audit {
            count("recommendations_total", "ข้อเสนอแนะการตรวจสอบทั้งหมด", audit.counts.total)
            count("recommendations_done", "ข้อเสนอแนะแล้วเสร็จ", audit.counts.done)
            count("recommendations_overdue", "ข้อเสนอแนะเกินกำหนด", audit.counts.overdue)
        }
        return table
    }
}
