import Foundation
import Sujarit

extension ITAItemScore {
    /// Reads an item's result as people write it: a score (`100`, `๘๗.๕`) or `pass`/`fail` (`ผ่าน`/`ไม่ผ่าน`),
    /// with an optional address.
    /// - throws: ``ITAError/invalidItemResult(_:field:)`` or ``ITAError/invalidURL(_:field:)``.
    public static func parse(code: String, result: String, url: String?, field: String) throws -> ITAItemScore {
        let text = result.trimmingCharacters(in: .whitespaces)
        var item = ITAItemScore(code: code, score: nil, url: try url.map { try ITAAddress.check($0, field: field) })
        switch text.lowercased() {
        case "pass", "passed", "ผ่าน", "yes": item.passed = true
        case "fail", "failed", "ไม่ผ่าน", "no": item.passed = false
        default:
            do { item.score = try ITAScore(parsing: text, field: field) } catch {
                throw ITAError.invalidItemResult(result, field: field)
            }
        }
        return item
    }
}

/// The web addresses an agency gives ITAS: full `https://` (or `http://`) addresses with a host, no control
/// characters, at most 2 000 bytes.
public enum ITAAddress {
    /// The address trimmed, or an error naming `field`.
    /// - throws: ``ITAError/invalidURL(_:field:)``.
    public static func check(_ text: String, field: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        do { try InputText.check(trimmed, maxBytes: 2_000) } catch { throw ITAError.invalidURL(text, field: field) }
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(),
            ["https", "http"].contains(scheme),
            let host = url.host, !host.isEmpty, !trimmed.contains(" ")
        else {
            throw ITAError.invalidURL(text, field: field)
        }
        return trimmed
    }
}
