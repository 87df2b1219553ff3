import Foundation

/// Why an import could not start: the command's own input was wrong, before any file was read.
///
/// Problems inside a file are ``EGPFeedError`` (feeds) and ``ContractFileError`` (contract data), which
/// name the file, line and column.
public enum ProcurementImportError: Error, Sendable, Hashable, LocalizedError {
    /// `--dept` is not 4 or 7 digits.
    case invalidDepartmentID(String)
    /// A path given does not exist.
    case noSuchPath(String)
    /// A directory given holds no `*.xml` or `*.xml.gz` file.
    case noFeedsInDirectory(String)
    /// The file's extension is not one the importer reads.
    case unsupportedContractFile(String)
    /// A project id given to a query is not an e-GP id.
    case invalidProjectID(String)

    public var errorDescription: String? {
        switch self {
        case let .invalidDepartmentID(text):
            "--dept '\(text)' is not an e-GP department id: it is 4 digits for a central department or 7 for a "
                + "local one (e.g. 6960501). Copy the deptId from the feed's address (…egpannouncerss.xml?deptId=…)."
        case let .noSuchPath(path):
            "\(path): there is no such file or directory. Check the path."
        case let .noFeedsInDirectory(path):
            "\(path): the directory holds no feed file (*.xml or *.xml.gz). Give the files themselves, or the "
                + "folder you saved them in."
        case let .unsupportedContractFile(path):
            "\(path): contract data must be the data.go.th CSV (.csv) or the GovSpending egp-contract JSON "
                + "(.json). Save the file with one of those extensions."
        case let .invalidProjectID(text):
            "'\(text)' is not an e-GP project id: write its 11 digits (e.g. 67119000333) or a plan item's P/M "
                + "and 11 digits (P69100030274)."
        }
    }
}
