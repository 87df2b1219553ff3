import Agency
import ArgumentParser
import Presentation
import Procurement
import Sujarit

/// `sujarit agency profile show|set`: the agency's name, kind, place, address and head's title, which head
/// every report.
struct AgencyProfileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "The agency's profile that heads every report (ข้อมูลหน่วยงาน).",
        subcommands: [AgencyProfileShowCommand.self, AgencyProfileSetCommand.self]
    )
}

/// `sujarit agency profile show`.
struct AgencyProfileShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show the agency's profile.",
        discussion: """
            With --format json: one object (agency_name, department_id, kind, kind_th, province, district, \
            address, letterhead_line, head_title, followed_departments), null where not set; csv: the same \
            keys as a header and one row.
            Examples:
              sujarit agency profile show
              sujarit agency profile show --format json
            """)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws { try await CommandFailure.report { try await show() } }

    private func show() async throws {
        guard let profile = try await AgencyProfile.load(from: try storeOptions.open()) else {
            throw AgencyProfileError.noProfile
        }
        guard output.format == .table || output.format == .markdown else {
            return Console.out(try machine(profile), terminator: "")
        }
        var table = Table(columns: [.init("ข้อมูล Field", key: "field"), .init("ค่า Value", key: "value")])
        let rows: [(String, String?)] = [
            ("ชื่อหน่วยงาน name", profile.agencyName), ("รหัสหน่วยงาน e-GP dept", profile.departmentID),
            ("ประเภท type", profile.kind.map { "\($0.thai) (\($0.rawValue))" }), ("จังหวัด province", profile.province),
            ("อำเภอ district", profile.district), ("ที่อยู่ address", profile.address),
            ("หัวกระดาษ letterhead line", profile.addressLine), ("ตำแหน่งหัวหน้าหน่วยงาน head's title", profile.headTitle),
            (
                "ติดตามหน่วยงานอื่นด้วย also follows",
                profile.followedDepartments.isEmpty ? nil : profile.followedDepartments.joined(separator: ", ")
            ),
        ]
        for (field, value) in rows { table.append([field, value ?? "—"]) }
        Console.out(output.render(table), terminator: "")
    }

    /// The profile for scripts: one JSON object, or a CSV header and one row, keyed by field, null (an empty
    /// CSV field) where the profile has no value; the followed departments separated by spaces.
    private func machine(_ profile: AgencyProfile) throws -> String {
        let fields: [(String, String?)] = [
            ("agency_name", profile.agencyName), ("department_id", profile.departmentID),
            ("kind", profile.kind?.rawValue), ("kind_th", profile.kind?.thai), ("province", profile.province),
            ("district", profile.district), ("address", profile.address), ("letterhead_line", profile.addressLine),
            ("head_title", profile.headTitle),
            ("followed_departments", profile.followedDepartments.joined(separator: " ")),
        ]
        var table = Table(columns: fields.map { Table.Column($0.0) })
        table.append(fields.map { Table.Cell.text($0.1) })
        guard output.format == .json else { return output.render(table) }
        let object = Dictionary(uniqueKeysWithValues: fields.map { ($0.0, $0.1.map(TableValue.string) ?? .null) })
        return try JSONOutput.string(object) + "\n"
    }
}

/// `sujarit agency profile set`: records an ``AgencyProfileUpdated`` event with the fields given.
struct AgencyProfileSetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set or change the agency's profile; only the options given change (recorded as an event).",
        discussion: """
            Every report's letterhead reads the name and address from here (Reports/letterhead.yaml keeps \
            the layout, the unit and the signatures). Without --address the letterhead's line is made of \
            the district and province: "อำเภอตากใบ จังหวัดนราธิวาส".
            Example:
              sujarit agency profile set --name "เทศบาลเมืองตากใบ" --type local-government --province นราธิวาส \\
                --district ตากใบ --head-title "นายกเทศมนตรีเมืองตากใบ"
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: ArgumentHelp("The agency's name as it signs documents.", valueName: "name")) var name: String?
    @Option(help: ArgumentHelp("local-government (อปท.) or state-agency (หน่วยงานของรัฐ).", valueName: "type")) var type:
        String?
    @Option(help: ArgumentHelp("The province, without จังหวัด.", valueName: "name")) var province: String?
    @Option(help: ArgumentHelp("The district, without อำเภอ.", valueName: "name")) var district: String?
    @Option(help: ArgumentHelp("The address line under the name on a letterhead.", valueName: "text")) var address:
        String?
    @Option(
        name: .customLong("head-title"), help: ArgumentHelp("The head's title as documents sign it.", valueName: "text")
    ) var headTitle: String?
    @Option(
        name: .customLong("follows"),
        help: ArgumentHelp(
            """
            Another e-GP department whose feeds this store also imports (repeatable; replaces the list): a \
            sub-unit, or an agency the office oversees.
            """,
            valueName: "dept")) var follows: [String] = []
    @Flag(name: .customLong("follows-none"), help: "Follow no department but the store's own.") var followsNone = false

    func validate() throws {
        if let type, AgencyKind(text: type) == nil {
            throw ValidationError(
                """
                --type '\(type)' is not an agency type. Accepted: local-government (องค์กรปกครองส่วนท้องถิ่น) or \
                state-agency (หน่วยงานของรัฐ).
                """
            )
        }
        if followsNone, !follows.isEmpty {
            throw ValidationError("--follows-none and --follows contradict each other: give one.")
        }
        _ = try followedDepartments()
    }

    /// `--follows` as e-GP department ids (Thai digits read), in the order given, each once; nil when the
    /// list is not to change.
    private func followedDepartments() throws -> [String]? {
        if followsNone { return [] }
        guard !follows.isEmpty else { return nil }
        var ids: [String] = []
        for text in follows {
            do {
                let id = try EGPDepartmentID(parsing: text).rawValue
                if !ids.contains(id) { ids.append(id) }
            } catch {
                throw ValidationError("--follows: \(error.localizedDescription)")
            }
        }
        return ids
    }

    func run() async throws { try await CommandFailure.report { try await set() } }

    private func set() async throws {
        let kind = type.flatMap(AgencyKind.init(text:))
        let update = AgencyProfileUpdated(
            agencyName: name, kind: kind, province: province, district: district, address: address,
            headTitle: headTitle,
            followedDepartments: try followedDepartments()
        )
        let store = try storeOptions.open()
        try await AgencyProfile.update(store, update, context: storeOptions.context)
        let profile = try await AgencyProfile.load(from: store)
        Console.out(
            """
            Recorded the profile of \
            \(profile?.agencyName ?? "the agency")\(profile?.addressLine.map { ", \($0)" } ?? "").
            """
        )
    }
}
