import Foundation
import Sujarit

/// What the JSON contract readers (GovSpending, data.go.th's datastore API) share: reading the file whole
/// under its size cap, turning decoding errors into errors naming the JSON path, and values kept as text.
enum ContractJSON {
    /// The file's bytes, refused unread when it is not a regular file or is larger than
    /// `limits.maxFileBytes` (16 MiB by default: far beyond an API page, small enough to hold).
    static func read(_ path: String, limits: InputLimits) throws(ContractFileError) -> Data {
        do {
            try InputFile.checkReadable(path, maxBytes: limits.maxFileBytes)
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as InputFileError {
            switch error {
            case let .notRegular(_, kind):
                throw ContractFileError(file: path, problem: .notARegularFile(kind: kind.rawValue))
            case let .tooLarge(_, _, limit):
                throw ContractFileError(
                    file: path,
                    problem: .tooLarge(
                        limit: "\(limit) bytes for a JSON file (max_file_bytes in Registers/limits.yaml)"))
            case .missing: throw ContractFileError(file: path, problem: .cannotRead(reason: "it does not exist"))
            }
        } catch {
            throw ContractFileError(file: path, problem: .cannotRead(reason: error.localizedDescription))
        }
    }

    /// Decodes `data` as `type`, turning a decoding failure into an error naming the JSON path.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws(ContractFileError) -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw Self.error(error, file: file)
        } catch {
            throw ContractFileError(file: file, problem: .invalidJSON(message: error.localizedDescription))
        }
    }

    /// A decoding error as a ``ContractFileError`` naming the JSON path.
    static func error(_ error: DecodingError, file: String) -> ContractFileError {
        func path(_ context: DecodingError.Context) -> String? {
            var text = ""
            for key in context.codingPath {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += (text.isEmpty ? "" : ".") + key.stringValue
                }
            }
            return text.isEmpty ? nil : text
        }
        switch error {
        case let .keyNotFound(key, context):
            return ContractFileError(
                file: file, field: path(context), problem: .invalidJSON(message: "'\(key.stringValue)' is missing"))
        case let .typeMismatch(_, context), let .valueNotFound(_, context):
            return ContractFileError(
                file: file, field: path(context), problem: .invalidJSON(message: context.debugDescription))
        case let .dataCorrupted(context):
            let underlying = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return ContractFileError(
                file: file, field: path(context), problem: .invalidJSON(message: underlying ?? context.debugDescription)
            )
        @unknown default:
            return ContractFileError(file: file, problem: .invalidJSON(message: "\(error)"))
        }
    }

    /// A JSON string, number, boolean or null, kept as text (numbers exactly as written, through `Decimal`;
    /// null as empty, which the readers take as unknown).
    struct Scalar: Decodable {
        var text: String

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let string = try? container.decode(String.self) {
                text = string
            } else if let number = try? container.decode(Decimal.self) {
                text = "\(number)"
            } else if container.decodeNil() {
                text = ""
            } else if let flag = try? container.decode(Bool.self) {
                text = flag ? "true" : "false"
            } else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected text or a number")
            }
        }
    }
}

/// What a JSON contract file is, told by its content rather than its name: a GovSpending page or record,
/// or a page of data.go.th's datastore API.
struct ContractJSONShape {
    /// The kinds of JSON contract file.
    enum Kind: Equatable {
        /// A GovSpending page: `{data: [project…]}`, or the bare list when `bare`.
        case govSpendingPage(bare: Bool)
        /// One GovSpending project: `{data: project}` when `wrapped`, else the project object.
        case govSpendingRecord(wrapped: Bool)
        /// A datastore API response (`{help, success, result: {records, fields, _links}}`).
        case datastore
        /// Neither: read as a GovSpending page, whose error names what is missing.
        case other
    }

    /// What the file is.
    var kind: Kind
    /// The GovSpending projects as plain JSON objects, for the keys they hold.
    var projects: [[String: Any]] = []

    /// Tells the shape of `data`; JSON that does not parse is `other` (decoding then names the error).
    static func sniff(_ data: Data) -> ContractJSONShape {
        guard let top = try? JSONSerialization.jsonObject(with: data) else { return ContractJSONShape(kind: .other) }
        if let list = top as? [Any] {
            return ContractJSONShape(
                kind: .govSpendingPage(bare: true), projects: list.compactMap { $0 as? [String: Any] })
        }
        guard let object = top as? [String: Any] else { return ContractJSONShape(kind: .other) }
        if object["result"] != nil || object["help"] != nil { return ContractJSONShape(kind: .datastore) }
        if let list = object["data"] as? [Any] {
            return ContractJSONShape(
                kind: .govSpendingPage(bare: false), projects: list.compactMap { $0 as? [String: Any] })
        }
        if let record = object["data"] as? [String: Any] {
            return ContractJSONShape(kind: .govSpendingRecord(wrapped: true), projects: [record])
        }
        if object["project_id"] != nil {
            return ContractJSONShape(kind: .govSpendingRecord(wrapped: false), projects: [object])
        }
        return ContractJSONShape(kind: .other)
    }
}
