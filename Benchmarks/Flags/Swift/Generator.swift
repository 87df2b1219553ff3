import Foundation
import Sujarit

/// A small deterministic random source (SplitMix64), so every run generates the same data.
struct SplitMix {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Uniform in [low, high).
    mutating func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * uniform() }

    /// Standard normal (Box–Muller).
    mutating func normal() -> Double {
        let u1 = max(uniform(), 1e-12), u2 = uniform()
        return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
    }

    mutating func int(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// Writes a synthetic national-scale procurement dataset as CSV, grouped by e-GP department.
///
/// Shapes follow what is known of Thai e-GP data (DOMAIN.md §7): about 7,850 buying departments whose sizes
/// vary by orders of magnitude (log-normal weights), most projects by the specific method with log-normal
/// amounts capped at the 500,000-baht limit, competitive methods above it, reference prices and budgets
/// around the agreed price (some agreed at 99–100 % of the reference price, a few above it, some reference
/// prices equal to the budget), invitation-to-winner periods around five weeks, a busier September, and a
/// few departments that split purchases (several awards just under 500,000 baht to one supplier within
/// weeks) or rush at year-end. One in ten contracts lost its winner's tax id, as FY2565–2567 files did.
struct Generator {
    static let header =
        "project_id,department_id,method,fiscal_year,budget,reference_price,agreed_price,contract_amount,winner_tax_id,winner_name,awarded,invitation,changes,title"

    let projects: Int
    let departments: Int
    var random: SplitMix

    init(projects: Int, departments: Int = 7_850, seed: UInt64 = 2568) {
        self.projects = projects
        // Small runs (checks, warm-up) keep about twenty projects per department.
        self.departments = max(1, min(departments, projects / 20))
        random = SplitMix(state: seed)
    }

    static let titles = [
        "จัดซื้อวัสดุสำนักงาน", "จัดซื้อวัสดุคอมพิวเตอร์", "จ้างซ่อมแซมครุภัณฑ์", "จัดซื้อวัสดุก่อสร้าง", "จ้างเหมาบริการทำความสะอาด",
        "จัดซื้อน้ำมันเชื้อเพลิง", "จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก", "จัดซื้ออาหารเสริม (นม)", "จ้างเหมาจัดทำป้ายประชาสัมพันธ์",
        "จัดซื้อครุภัณฑ์การแพทย์",
    ]

    mutating func write(to path: String) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { throw GeneratorError.cannotWrite(path) }
        defer { try? handle.close() }
        var buffer = Generator.header + "\n"
        buffer.reserveCapacity(1 << 22)

        // Department sizes: log-normal weights, every department at least one project.
        var weights = (0..<departments).map { _ in exp(1.1 * random.normal()) }
        let totalWeight = weights.reduce(0, +)
        weights = weights.map { $0 / totalWeight }
        var sizes = weights.map { max(1, Int((Double(projects) * $0).rounded(.down))) }
        var assigned = sizes.reduce(0, +)
        var index = 0
        while assigned < projects {
            sizes[index % departments] += 1
            assigned += 1
            index += 1
        }
        while assigned > projects {
            if sizes[index % departments] > 1 {
                sizes[index % departments] -= 1
                assigned -= 1
            }
            index += 1
        }

        var serial = 0
        for department in 0..<departments {
            let departmentID = String(6_000_000 + department * 127 % 999_999)
            let size = sizes[department]
            let pool = max(3, size / 6)
            let splitter = random.uniform() < 0.05
            let rusher = random.uniform() < 0.10
            var splitsLeft = splitter ? max(1, size / 40) : 0
            var row = 0
            while row < size {
                if splitsLeft > 0, size - row >= 3 {
                    // A split: three awards just under the limit to one supplier within a month.
                    splitsLeft -= 1
                    let supplier = Int(Double(pool) * pow(random.uniform(), 3))
                    let year = 2566 + random.int(3)
                    let start = random.int(330)
                    for part in 0..<3 {
                        serial += 1
                        let agreed = Int64(random.uniform(400_000, 499_900) * 100)
                        appendRow(
                            &buffer, serial: serial, department: department, departmentID: departmentID,
                            method: "specific",
                            year: year, dayOfYear: start + part * random.int(12), agreed: agreed, supplier: supplier)
                    }
                    row += 3
                    continue
                }
                serial += 1
                let supplier = Int(Double(pool) * pow(random.uniform(), 3))
                let year = 2566 + random.int(3)
                let u = random.uniform()
                let method =
                    u < 0.82
                    ? "specific"
                    : u < 0.90 ? "e-market" : u < 0.97 ? "e-bidding" : u < 0.99 ? "selection" : "price-inquiry"
                var day = random.int(365)
                if random.uniform() < (rusher && method == "specific" ? 0.40 : 0.04) { day = 335 + random.int(30) }
                let agreed: Int64
                if method == "specific" {
                    agreed = Int64(min(500_000, max(500, 25_000 * exp(1.2 * random.normal()))) * 100)
                } else {
                    agreed = Int64(max(500_001, 1_500_000 * exp(0.9 * random.normal())) * 100)
                }
                appendRow(
                    &buffer, serial: serial, department: department, departmentID: departmentID, method: method,
                    year: year, dayOfYear: day, agreed: agreed, supplier: supplier)
                row += 1
            }
            if buffer.utf8.count > 1 << 22 {
                handle.write(Data(buffer.utf8))
                buffer.removeAll(keepingCapacity: true)
            }
        }
        handle.write(Data(buffer.utf8))
    }

    private mutating func appendRow(
        _ buffer: inout String, serial: Int, department: Int, departmentID: String, method: String, year: Int,
        dayOfYear: Int,
        agreed: Int64, supplier: Int
    ) {
        let competitive = method != "specific"
        // The reference price and the budget around the agreed price.
        let ratio: Double
        let r = random.uniform()
        if r < 0.01 {
            ratio = random.uniform(1.001, 1.05)
        } else if r < (competitive ? 0.20 : 0.50) {
            ratio = random.uniform(0.99, 1.0)
        } else {
            ratio = random.uniform(0.85, 0.99)
        }
        let reference = Int64((Double(agreed) / ratio).rounded())
        let budget =
            random.uniform() < 0.05
            ? reference : Int64((Double(reference) / random.uniform(0.9, 1.0) / 100_000).rounded(.up)) * 100_000
        let contract = random.uniform() < 0.005 ? Int64(Double(agreed) * random.uniform(1.01, 1.05)) : agreed

        // Dates: fiscal year `year` runs 1 Oct (year − 544) to 30 Sep (year − 543).
        let start = try! CalendarDate(year: year - 544, month: 10, day: 1)
        let awarded = start.adding(days: min(dayOfYear, 364))
        var invitation = ""
        if competitive {
            let days = random.uniform() < 0.01 ? 2 + random.int(8) : max(1, Int((35 + 8 * random.normal()).rounded()))
            invitation = awarded.adding(days: -days).description
        }
        var changes = ""
        if random.uniform() < 0.03 { changes = ["D1", "D2", "W1", "W2"][random.int(4)] }

        let supplierNumber = department * 1_000 + supplier
        let name = supplier % 3 == 0 ? "ร้านค้าผู้ขายที่ \(supplierNumber)" : "บริษัท ผู้ค้าที่ \(supplierNumber) จำกัด"
        let tax = random.uniform() < 0.10 ? "" : Generator.taxID(supplierNumber)
        let id = String(year % 100) + String(100_000_000 + serial)
        let title = Generator.titles[random.int(Generator.titles.count)] + " รายการที่ \(serial % 997)"

        buffer += id; buffer += ","; buffer += departmentID; buffer += ","; buffer += method; buffer += ","
        buffer += String(year); buffer += ","; buffer += Generator.money(budget); buffer += ","
        buffer += Generator.money(reference); buffer += ","; buffer += Generator.money(agreed); buffer += ","
        buffer += Generator.money(contract); buffer += ","; buffer += tax; buffer += ",\""; buffer += name;
        buffer += "\","
        buffer += awarded.description; buffer += ","; buffer += invitation; buffer += ","; buffer += changes
        buffer += ",\""; buffer += title; buffer += "\"\n"
    }

    /// Satang as `123456.78`.
    static func money(_ satang: Int64) -> String {
        let fraction = satang % 100
        return "\(satang / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// A valid juristic tax id (leading 0) for a supplier number.
    static func taxID(_ number: Int) -> String {
        let digits = String(number)
        let first12 = "0" + String(repeating: "0", count: 11 - digits.count) + digits
        return first12 + String(TaxID.checkDigit(for: first12))
    }
}

enum GeneratorError: Error, CustomStringConvertible {
    case cannotWrite(String)
    case badRow(Int, String)

    var description: String {
        switch self {
        case .cannotWrite(let path): "cannot write \(path)"
        case let .badRow(line, reason): "line \(line): \(reason)"
        }
    }
}
