import Foundation
@testable import Procurement

/// Locates the committed corpus (Imports/examples, Imports/bad) from this source file, so tests need no
/// bundle resources and see exactly the files in the repository.
enum Corpus {
    /// The package root: the nearest directory above this file that holds Package.swift.
    static let root: URL = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return directory
            }
            directory = directory.deletingLastPathComponent()
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// A file in Imports/examples.
    static func example(_ name: String) -> String {
        root.appendingPathComponent("Imports/examples/\(name)").path
    }

    /// A file in Imports/bad.
    static func bad(_ name: String) -> String {
        root.appendingPathComponent("Imports/bad/\(name)").path
    }

    /// A fresh temporary directory, removed by the caller with `try? FileManager.default.removeItem`.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("sujarit-egp-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Reads a feed, returning the announcements and summary, or the feed error.
    static func read(
        _ path: String, limits: EGPFeedReader.Limits = .standard
    )
        -> Result<([EGPAnnouncement], EGPFeedSummary), EGPFeedError>
    {
        do {
            let (announcements, summary) = try EGPFeedReader(path: path, limits: limits).readAll()
            return .success((announcements, summary))
        } catch let error as EGPFeedError {
            return .failure(error)
        } catch {
            fatalError("unexpected error type \(error)")
        }
    }
}

extension Result {
    /// The failure, or nil.
    var failure: Failure? {
        if case let .failure(error) = self { return error }
        return nil
    }

    /// The success value, or nil.
    var success: Success? {
        if case let .success(value) = self { return value }
        return nil
    }
}
