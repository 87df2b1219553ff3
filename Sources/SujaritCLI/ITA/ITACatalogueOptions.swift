import Agency
import ArgumentParser
import Foundation
import ITA

/// `--type` and `--registers`: which OIT list applies and where the lists are.
struct ITACatalogueOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Agency type: local (อปท.) or state (หน่วยงานของรัฐ); default: the agency profile's, else local.",
            valueName: "type"))
    var type: String?

    @Option(
        help: ArgumentHelp(
            "The Registers folder with ita/oit-YYYY-TYPE.yaml (default: ./Registers or beside the build).",
            valueName: "path"))
    var registers: String?

    func validate() throws {
        if let type, AgencyKind(text: type) == nil {
            throw ValidationError("--type: '\(type)' is not an agency type; write local (อปท.) or state.")
        }
    }

    /// The type given, else `profile`'s, else local government.
    func agencyType(profile: AgencyProfile?) -> AgencyKind {
        type.flatMap(AgencyKind.init(text:)) ?? profile?.kind ?? .localGovernment
    }

    /// The type given, if any.
    var givenType: AgencyKind? { type.flatMap(AgencyKind.init(text:)) }

    /// The `Registers/ita` folder.
    func folder() throws -> String {
        (try RiskInput.registers(registers) as NSString).appendingPathComponent("ita")
    }

    /// Every catalogue of the folder, with the purpose keys.
    func library() throws -> ITACatalogueLibrary { try ITACatalogueLibrary.load(folder: try folder()) }
}
