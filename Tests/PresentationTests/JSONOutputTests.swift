import Foundation
import Presentation
import Sujarit
import Testing

/// The one JSON set-up: snake_case keys for struct properties, and `@JSONNull` optionals written as `null`.
@Suite("JSON output")
struct JSONOutputTests {
    struct Line: Codable, Equatable {
        var fiscalYear: Int
        var personDays: Int
        @JSONNull var departmentName: String? = nil
        var plainNote: String?
    }

    @Test("struct keys are snake_case; a @JSONNull optional is null, a plain one is left out")
    func keysAndNulls() throws {
        let text = try JSONOutput.string(Line(fiscalYear: 2568, personDays: 25, departmentName: nil, plainNote: nil))
        #expect(text.contains("\"fiscal_year\" : 2568") && text.contains("\"person_days\" : 25"))
        #expect(text.contains("\"department_name\" : null"))
        #expect(!text.contains("plain_note") && !text.contains("fiscalYear"))
        let named = try JSONOutput.string(Line(fiscalYear: 2568, personDays: 1, departmentName: "กองคลัง"))
        #expect(named.contains("\"department_name\" : \"กองคลัง\""))
    }

    @Test("dictionary keys are written as they are, so a table's column keys must be snake_case already")
    func dictionaryKeys() throws {
        #expect(try JSONOutput.string(["someKey": 1]).contains("\"someKey\""))
    }

    @Test("a @JSONNull property reads back from null, from a missing key and from a value")
    func decoding() throws {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let missing = try decoder.decode(Line.self, from: Data(#"{"fiscal_year":2568,"person_days":2}"#.utf8))
        #expect(missing.departmentName == nil)
        let null = try decoder.decode(
            Line.self, from: Data(#"{"fiscal_year":2568,"person_days":2,"department_name":null}"#.utf8))
        #expect(null.departmentName == nil)
        let value = try decoder.decode(
            Line.self, from: Data(#"{"fiscal_year":2568,"person_days":2,"department_name":"กองช่าง"}"#.utf8))
        #expect(value.departmentName == "กองช่าง" && value.personDays == 2)
    }
}
