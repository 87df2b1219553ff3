import Agency
import Foundation
import Sujarit

/// Every OIT catalogue of a folder (`Registers/ita/oit-*.yaml`) with the purpose keys they may use
/// (`purposes.yaml`), read once and asked by year and agency type.
public struct ITACatalogueLibrary: Sendable, Hashable {
    /// The folder read.
    public var folder: String
    /// The purpose keys, in the file's order.
    public var purposes: [ITAPurpose]
    /// The catalogues read, by year and type.
    public var catalogues: [ITACatalogue]

    public init(folder: String, purposes: [ITAPurpose], catalogues: [ITACatalogue]) {
        self.folder = folder
        self.purposes = purposes
        self.catalogues = catalogues
    }

    /// Reads `purposes.yaml` and every `oit-YYYY-TYPE.yaml` of `folder`. A structural mistake throws; what
    /// ``ITACatalogueCheck`` finds does not (it is reported by `ita catalogue check` and refused where an
    /// item is used).
    /// - throws: ``ConfigurationError`` naming the file, line and field.
    public static func load(folder: String) throws -> ITACatalogueLibrary {
        let purposesPath = (folder as NSString).appendingPathComponent("purposes.yaml")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        // A folder of frameworks only (an older Registers folder) has no lists, and needs no purpose keys.
        guard names.contains(where: { $0.hasPrefix("oit-") && $0.hasSuffix(".yaml") }) else {
            return ITACatalogueLibrary(folder: folder, purposes: [], catalogues: [])
        }
        guard FileManager.default.fileExists(atPath: purposesPath) else {
            throw ConfigurationError(
                file: purposesPath, line: nil, field: nil,
                message: "the list of OIT purpose keys is missing; the ITA folder needs purposes.yaml beside oit-*.yaml"
            )
        }
        let purposes = try ITACatalogueFile.purposes(purposesPath)
        var catalogues: [ITACatalogue] = []
        for name in names.sorted() where name.hasPrefix("oit-") && name.hasSuffix(".yaml") {
            let path = (folder as NSString).appendingPathComponent(name)
            let catalogue = try ITACatalogueFile.load(path)
            if let other = catalogues.first(where: {
                $0.fiscalYear == catalogue.fiscalYear && $0.agencyType == catalogue.agencyType
            }) {
                throw ConfigurationError(
                    file: path, line: nil, field: "fiscal_year",
                    message: """
                        \((other.path as NSString).lastPathComponent) is also the FY\(catalogue.fiscalYear.be) list \
                        for '\(catalogue.agencyType.catalogueKey)'; keep one file per year and agency type
                        """)
            }
            catalogues.append(catalogue)
        }
        return ITACatalogueLibrary(folder: folder, purposes: purposes, catalogues: catalogues)
    }

    /// The catalogue of `year` for `type`, nil when the folder has none.
    public func catalogue(_ year: FiscalYear, type: AgencyKind) -> ITACatalogue? {
        catalogues.first { $0.fiscalYear == year && $0.agencyType == type }
    }

    /// The catalogue of `year` for `type`.
    /// - throws: ``ITAError/noCatalogue(fiscalYear:type:known:)`` listing the years the folder has.
    public func require(_ year: FiscalYear, type: AgencyKind) throws -> ITACatalogue {
        if let found = catalogue(year, type: type) { return found }
        throw ITAError.noCatalogue(
            fiscalYear: year.be, type: type.catalogueKey,
            known: catalogues.filter { $0.agencyType == type }.map(\.fiscalYear.be).sorted())
    }

    /// The purpose named `key`, nil when unknown.
    public func purpose(_ key: String) -> ITAPurpose? { purposes.first { $0.key == key } }

    /// The purpose's Thai name, or the key when unknown.
    public func purposeName(_ key: String) -> String { purpose(key)?.name.th ?? key }

    /// The folder `Registers/ita` where Sujarit is run: `$SUJARIT_REGISTERS/ita`, else `./Registers/ita`, else
    /// the source tree's (a development build); nil when none exists.
    public static func defaultFolder(sourceFile: String = #filePath) -> String? {
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["SUJARIT_REGISTERS"], !env.isEmpty {
            candidates.append((env as NSString).appendingPathComponent("ita"))
        }
        candidates.append(
            (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent("Registers/ita"))
        var source = URL(fileURLWithPath: sourceFile)
        for _ in 0..<4 { source.deleteLastPathComponent() }
        candidates.append(source.appendingPathComponent("Registers/ita").path)
        return candidates.first {
            FileManager.default.fileExists(atPath: ($0 as NSString).appendingPathComponent("purposes.yaml"))
        }
    }
}

extension ITACatalogueLibrary {
    /// The catalogue of `year` for `type`, refused when ``ITACatalogueCheck`` finds an error in it.
    /// - throws: ``ITAError/noCatalogue(fiscalYear:type:known:)`` or ``ITAError/unusableCatalogue(path:problems:)``.
    public func usable(_ year: FiscalYear, type: AgencyKind) throws -> ITACatalogue {
        let catalogue = try require(year, type: type)
        let errors = ITACatalogueCheck.findings(catalogue, in: self).filter { $0.severity == .error }
        guard errors.isEmpty else {
            throw ITAError.unusableCatalogue(path: catalogue.path, problems: errors.map(\.message))
        }
        return catalogue
    }
}
