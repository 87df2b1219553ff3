import Foundation

/// Text that is not an e-GP id, with what to write instead.
public enum EGPIDError: Error, Equatable, LocalizedError {
    /// Neither 11 digits nor a plan item's `P`/`M` and 11 digits.
    case invalidProjectID(String)
    /// Not 4, 7 or 10 digits.
    case invalidDepartmentID(String)

    /// The message names the text, the shape accepted and where to find the right value.
    public var errorDescription: String? {
        switch self {
        case let .invalidProjectID(text):
            "'\(text)' is not an e-GP project id: write its 11 digits (e.g. 67119000333) or a plan item's P/M "
                + "and 11 digits (P69100030274)."
        case let .invalidDepartmentID(text):
            "--dept '\(text)' is not an e-GP department id: it is 4 digits for a central department, 7 for a "
                + "local one (e.g. 6960501) or 10 for a sub-unit (e.g. 1509900857). Copy the deptId or deptsubId "
                + "from the feed's address (…egpannouncerss.xml?deptId=… or ?deptsubId=…)."
        }
    }
}
