import Foundation

/// A problem in a configuration or example file (`Registers/…`), placed exactly so a clerk can fix it.
public struct ConfigurationError: Error, LocalizedError, Equatable, Sendable {
    /// The file, as the user named it.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The field path, e.g. `staff[3].department`.
    public var field: String?
    /// What is wrong and what is accepted.
    public var message: String

    public init(file: String, line: Int?, field: String?, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var errorDescription: String? {
        let place = [file, line.map { "line \($0)" }].compactMap { $0 }.joined(separator: ", ")
        let field = field.map { " (\($0))" } ?? ""
        return "\(place)\(field): \(message)"
    }
}
