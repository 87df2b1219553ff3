import Foundation

/// Why an import could not start: the command's own input was wrong, before any file was read.
///
/// Problems inside a file are ``EGPFeedError`` (feeds) and ``ContractFileError`` (contract data), which
/// name the file, line and column; an e-GP id that is not one is ``EGPIDError`` (Sujarit).
public enum ProcurementImportError: Error, Sendable, Hashable, LocalizedError {
    /// A path given does not exist.
    case noSuchPath(String)
    /// A directory given holds no `*.xml` or `*.xml.gz` file.
    case noFeedsInDirectory(String)
    /// The file's extension is not one the importer reads.
    case unsupportedContractFile(String)
    /// A directory given to `import contracts` holds no `*.csv` or `*.json` file.
    case noContractFilesInDirectory(String)

    public var errorDescription: String? {
        switch self {
        case let .noSuchPath(path):
            "\(path): there is no such file or directory. Check the path."
        case let .noFeedsInDirectory(path):
            "\(path): the directory holds no feed file (*.xml or *.xml.gz). Give the files themselves, or the "
                + "folder you saved them in."
        case let .noContractFilesInDirectory(path):
            "\(path): the directory holds no contract file (*.csv or *.json). Give the files themselves, or the "
                + "folder you saved them in."
        case let .unsupportedContractFile(path):
            "\(path): contract data must be the data.go.th CSV (.csv) or the GovSpending egp-contract JSON "
                + "(.json). Save the file with one of those extensions."
        }
    }
}
