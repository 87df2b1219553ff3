import EventStore
import Foundation
import Sujarit

extension ContractRecorded {
    /// The canonical payload: exactly the bytes ``EventStore/EventCoding/encode(_:)`` gives, written directly.
    ///
    /// Why: `JSONEncoder` was a sixth of a contract import's time (a national file has a million rows, and
    /// each row's payload is hashed into its dedupe key and the chain). The bytes must not differ by one:
    /// stored events are hashed as written, and a row imported again must give the same dedupe key as when
    /// it was first recorded. So keys are written in `JSONEncoder`'s sorted order (case-insensitive, which
    /// puts `winnerTaxID` before `winnerTaxIDAsWritten` before `winnerTaxIDReading`), optional values that
    /// are nil are left out as `encodeIfPresent` leaves them, and strings get `FlatJSON`'s escapes, which
    /// are Foundation's. `ContractPayloadTests` compares the two writers on every field shape.
    public func canonicalPayload() -> Data {
        var writer = FlatJSON.Writer(capacity: 1_024)
        writer.add("buyerDepartment", buyerDepartment)
        var written = buyerDepartment != nil
        if let contract {
            writer.raw(written ? #","contract":{"# : #""contract":{"#)
            writer.beginObject()
            Self.write(contract, into: &writer)
            writer.raw("}")
            written = true
        }
        writer.add("departmentID", departmentID)
        written = written || departmentID != nil
        writer.raw(written ? #","project":{"# : #""project":{"#)
        writer.beginObject()
        Self.write(project, into: &writer)
        writer.raw("}")
        // The project object always has its title, so the writer knows a member came before.
        writer.add("projectID", projectID.rawValue)
        writer.add("source", source.rawValue)
        return writer.finish()
    }

    /// The contract's members, in sorted key order.
    private static func write(_ contract: Contract, into writer: inout FlatJSON.Writer) {
        writer.add("amount", contract.amount?.decimalString)
        writer.add("contractNumber", contract.contractNumber)
        writer.add("finishes", contract.finishes?.isoText)
        writer.add("signed", contract.signed?.isoText)
        writer.add("status", contract.status)
        writer.add("winnerName", contract.winnerName)
        writer.add("winnerTaxID", contract.winnerTaxID?.digits)
        writer.add("winnerTaxIDAsWritten", contract.winnerTaxIDAsWritten)
        writer.add("winnerTaxIDReading", contract.winnerTaxIDReading.rawValue)
    }

    /// The project's members, in sorted key order (`subDepartmentName` before `subdistrict`: case is ignored).
    private static func write(_ project: Project, into writer: inout FlatJSON.Writer) {
        writer.add("agreedPrice", project.agreedPrice?.decimalString)
        writer.add("announced", project.announced?.isoText)
        writer.add("budget", project.budget?.decimalString)
        writer.add("departmentName", project.departmentName)
        writer.add("district", project.district)
        if let year = project.fiscalYear { writer.add("fiscalYear", year.be) }
        writer.add("method", project.method?.key)
        writer.add("methodGroup", project.methodGroup)
        writer.add("projectType", project.projectType)
        writer.add("province", project.province)
        writer.add("referencePrice", project.referencePrice?.decimalString)
        writer.add("status", project.status)
        writer.add("subDepartmentName", project.subDepartmentName)
        writer.add("subdistrict", project.subdistrict)
        writer.add("title", project.title)
        writer.add("transactionDate", project.transactionDate?.isoText)
    }
}
