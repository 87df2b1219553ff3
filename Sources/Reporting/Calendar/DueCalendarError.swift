import Foundation

/// Why the compliance calendar could not be made.
public enum DueCalendarError: LocalizedError, Sendable, Hashable {
    /// There is no `calendar.yaml` at the path.
    case noCalendar(String)

    /// What went wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .noCalendar(let path):
            """
            No compliance calendar at \(path). The days reports and declarations fall due are the NACC's and the \
            agency's to set: copy Registers/calendar.yaml from Sujarit's source, or point --registers (or \
            SUJARIT_REGISTERS) at a folder that has one.
            """
        }
    }
}
