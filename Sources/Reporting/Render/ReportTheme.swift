import Agency
import Foundation
import Mustache

/// The parts of a report an agency edits without recompiling, read from a `Reports/` folder: the Mustache
/// templates (`templates/`), the style sheet (`styles/report.css`) and the letterhead (`letterhead.yaml`).
public struct ReportTheme: Sendable {
    /// The `Reports/` folder it was read from.
    public let folder: String
    let library: MustacheLibrary
    let css: String
    public let letterhead: Letterhead

    /// Reads a `Reports/` folder.
    /// - throws: ``ReportingError`` when the templates are missing or do not parse, or the letterhead is wrong.
    public static func load(_ folder: String) async throws -> ReportTheme {
        let templates = (folder as NSString).appendingPathComponent("templates")
        guard FileManager.default.fileExists(atPath: templates) else { throw ReportingError.templatesNotFound(folder) }
        let library: MustacheLibrary
        do {
            library = try await MustacheLibrary(directory: templates)
        } catch let error as MustacheLibrary.ParserError {
            throw ReportingError.templateError(
                file: "templates/\(error.filename)",
                message: "line \(error.context.lineNumber): \(error.context.line) — \(error.error)"
            )
        }
        let cssPath = (folder as NSString).appendingPathComponent("styles/report.css")
        guard let css = try? String(contentsOfFile: cssPath, encoding: .utf8) else {
            throw ReportingError.templatesNotFound(cssPath)
        }
        return ReportTheme(folder: folder, library: library, css: css, letterhead: try Letterhead.load(folder))
    }

    /// Renders template `name` (e.g. `executive.html`) with `view`.
    func render(_ name: String, _ view: [String: Any]) throws -> String {
        guard library.getTemplate(named: name) != nil else {
            throw ReportingError.templateMissing(name: name, folder: folder)
        }
        return library.render(view, withTemplate: name) ?? ""
    }
}

/// The letterhead and signature block (`Reports/letterhead.yaml`).
public struct Letterhead: Sendable, Hashable {
    /// One signature at the end of a report.
    public struct Signature: Sendable, Hashable {
        /// What the signer signs as, e.g. ผู้จัดทำรายงาน.
        public var title: String
        public var staff: String?
        public var role: Role?
        public var name: String?
        public var position: String?
    }

    public var agency: String?
    public var address: String?
    public var unit: String?
    /// The emblem as a `data:` URI, embedded so the page stays self-contained.
    public var emblem: String?
    public var signatures: [Signature]

    public init(
        agency: String? = nil, address: String? = nil, unit: String? = nil, emblem: String? = nil,
        signatures: [Signature] = []
    ) {
        self.agency = agency
        self.address = address
        self.unit = unit
        self.emblem = emblem
        self.signatures = signatures
    }

    /// Reads `letterhead.yaml` from `folder`; an absent file is an empty letterhead.
    static func load(_ folder: String) throws -> Letterhead {
        let path = (folder as NSString).appendingPathComponent("letterhead.yaml")
        guard FileManager.default.fileExists(atPath: path) else { return Letterhead() }
        let root = try ConfigNode.load(path)
        try root.allowOnly(["agency", "address", "unit", "emblem", "signatures"])
        var letterhead = Letterhead(
            agency: try root.optionalText("agency"), address: try root.optionalText("address"),
            unit: try root.optionalText("unit")
        )
        if let node = try root.optional("emblem") {
            let file = (folder as NSString).appendingPathComponent(try node.text())
            guard let data = FileManager.default.contents(atPath: file) else {
                throw node.error("cannot read the emblem file \(file)")
            }
            let lower = file.lowercased()
            let type = lower.hasSuffix(".svg") ? "image/svg+xml" : lower.hasSuffix(".png") ? "image/png" : "image/jpeg"
            letterhead.emblem = "data:\(type);base64,\(data.base64EncodedString())"
        }
        for node in try root.optional("signatures")?.items() ?? [] {
            try node.allowOnly(["title", "staff", "role", "name", "position"])
            var role: Role?
            if let roleNode = try node.optional("role") {
                guard let parsed = Role(rawValue: try roleNode.text()) else {
                    throw roleNode.error(
                        """
                        unknown role '\(try roleNode.text())'; use one of \
                        \(Role.allCases.map(\.rawValue).joined(separator: ", "))
                        """
                    )
                }
                role = parsed
            }
            letterhead.signatures.append(
                Signature(
                    title: try node.text("title"), staff: try node.optionalText("staff"), role: role,
                    name: try node.optionalText("name"), position: try node.optionalText("position")
                ))
        }
        return letterhead
    }

    /// The signer's name and position from the directory, else as written.
    func resolve(_ signature: Signature, in directory: AgencyDirectory) -> (name: String?, position: String?) {
        let member =
            signature.staff.flatMap(directory.member)
            ?? signature.role.flatMap { role in directory.staff.first { $0.roles.contains(role) && $0.until == nil } }
        return (signature.name ?? member?.name, signature.position ?? member?.position)
    }
}

extension ReportTheme {
    /// The theme with its letterhead headed by the store's agency profile (see ``Letterhead/headed(by:)``).
    public func headed(by profile: AgencyProfile?) -> ReportTheme {
        ReportTheme(folder: folder, library: library, css: css, letterhead: letterhead.headed(by: profile))
    }
}

extension Letterhead {
    /// The letterhead with the agency's own name, address line and head's title from its profile
    /// (`sujarit agency profile set`), so a report never carries the name or town written in the shared
    /// `letterhead.yaml`; the file's values remain only as defaults for what the profile does not give.
    /// The head's title becomes the position under an executive's signature.
    public func headed(by profile: AgencyProfile?) -> Letterhead {
        guard let profile else { return self }
        var headed = self
        headed.agency = profile.agencyName ?? agency
        headed.address = profile.addressLine ?? address
        if let title = profile.headTitle {
            for index in headed.signatures.indices
            where headed.signatures[index].role == .executive && headed.signatures[index].position == nil {
                headed.signatures[index].position = title
            }
        }
        return headed
    }
}
