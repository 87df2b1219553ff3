import Foundation

/// Writing to the two standard streams. Results go to standard output, messages and progress to standard
/// error, so that `sujarit … --format csv > file.csv` captures only the data.
enum Console {
    static func out(_ text: String = "", terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((text + terminator).utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
