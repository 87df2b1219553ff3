import Foundation
import Sujarit

/// What `sujarit ita catalogue check` says about a year's list: mistakes that make it unusable (errors) and
/// what an officer should know before relying on it (warnings).
public struct ITACatalogueFinding: Sendable, Hashable, Codable {
    /// Whether the list cannot be used as it is.
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    public var severity: Severity
    /// The item it is about, when one.
    public var code: String?
    /// What is wrong and what to do, in a sentence.
    public var message: String

    public init(severity: Severity, code: String? = nil, message: String) {
        self.severity = severity
        self.code = code
        self.message = message
    }
}

/// Validates a catalogue against the purpose keys and itself: duplicate codes, unknown purpose keys, gaps in
/// the numbering that the file does not declare, a confirmed item without a mapped purpose, a missing framework.
public enum ITACatalogueCheck {
    /// Every finding about `catalogue`, errors first, in the file's order.
    public static func findings(_ catalogue: ITACatalogue, in library: ITACatalogueLibrary) -> [ITACatalogueFinding] {
        var errors: [ITACatalogueFinding] = [], warnings: [ITACatalogueFinding] = []
        var seen = Set<String>()
        for item in catalogue.items {
            if !seen.insert(item.code).inserted {
                errors.append(
                    .init(severity: .error, code: item.code, message: "\(item.code) is listed twice; keep one"))
            }
            for key in item.purposes where library.purpose(key) == nil {
                errors.append(
                    .init(
                        severity: .error, code: item.code,
                        message: """
                            \(item.code): the purpose key '\(key)' is not in purposes.yaml; use a listed key for the \
                            same duty, or add the key there if the duty is new
                            """))
            }
            if item.purposes.contains(ITAPurpose.unmapped), item.confirmed {
                errors.append(
                    .init(
                        severity: .error, code: item.code,
                        message: "\(item.code) is confirmed but its purpose is 'unmapped'; give the duty's key"))
            }
            if item.title == nil {
                warnings.append(
                    .init(severity: .warning, code: item.code, message: "\(item.code) has no title (th:)"))
            }
        }
        let numbers = Set(catalogue.items.compactMap { Int($0.code.dropFirst()) })
        let declared = Set(catalogue.knownGaps)
        if let highest = numbers.max() {
            let missing = (1...highest).filter { !numbers.contains($0) }.map { "O\($0)" }
            let undeclared = missing.filter { !declared.contains($0) }
            if !undeclared.isEmpty {
                errors.append(
                    .init(
                        severity: .error,
                        message: """
                            no item numbered \(ITACode.compact(undeclared)); add them, or list them under known_gaps \
                            if the year's manual is not at hand
                            """))
            }
        }
        let contradicted = catalogue.knownGaps.filter { seen.contains($0) }
        if !contradicted.isEmpty {
            errors.append(
                .init(
                    severity: .error,
                    message: "\(ITACode.compact(contradicted)) are listed as items and as known_gaps; remove the gap"))
        }
        let year = catalogue.fiscalYear
        for window in catalogue.windows where window.from < year.start || window.to > year.end {
            errors.append(
                .init(
                    severity: .error,
                    message: """
                        the window '\(window.key)' (\(window.from.formatted(.iso)) – \(window.to.formatted(.iso))) is \
                        outside FY\(year.be) (\(year.start.formatted(.iso)) – \(year.end.formatted(.iso))); copy the \
                        year's calendar, not last year's
                        """))
        }
        if let framework = catalogue.frameworkFile {
            let path = ((catalogue.path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(
                framework)
            if !catalogue.path.isEmpty, !FileManager.default.fileExists(atPath: path) {
                errors.append(
                    .init(severity: .error, message: "the framework file '\(framework)' is not beside this file"))
            }
        }
        var purposesSeen: [String: String] = [:]
        for item in catalogue.items {
            for key in item.purposes where key != ITAPurpose.unmapped {
                if let other = purposesSeen[key] {
                    warnings.append(
                        .init(
                            severity: .warning, code: item.code,
                            message: "\(other) and \(item.code) both serve '\(key)'; reports name \(other)"))
                } else {
                    purposesSeen[key] = item.code
                }
            }
        }
        if !catalogue.knownGaps.isEmpty {
            warnings.append(
                .init(
                    severity: .warning,
                    message: "\(ITACode.compact(catalogue.knownGaps)) not entered (known_gaps): the list is partial"))
        }
        if catalogue.unconfirmedCount > 0 {
            warnings.append(
                .init(
                    severity: .warning,
                    message: """
                        \(catalogue.unconfirmedCount) of \(catalogue.items.count) items are not confirmed against \
                        the year's manual (confirmed: false); reports mark them ยังไม่ยืนยัน
                        """))
        }
        let unconfirmedWindows = catalogue.windows.filter { !$0.confirmed }.count
        if unconfirmedWindows > 0 {
            warnings.append(
                .init(
                    severity: .warning,
                    message: "\(unconfirmedWindows) windows follow earlier years' calendar and are not confirmed"))
        }
        return errors + warnings
    }
}
