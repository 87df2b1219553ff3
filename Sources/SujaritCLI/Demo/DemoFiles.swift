import Foundation

/// Finds the example files the demo reads (`Registers/examples/…`, `Imports/examples/…`).
///
/// `swift run sujarit demo` runs from the package folder, but the binary may also be run from elsewhere;
/// look in the current folder first, then beside the executable's package (`.build/<config>/sujarit`), then
/// beside this source file as it was built.
enum DemoFiles {
    static func path(_ relative: String) throws -> String {
        let fileManager = FileManager.default
        var candidates = [URL(fileURLWithPath: fileManager.currentDirectoryPath)]
        var executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        for _ in 0..<4 {
            executable.deleteLastPathComponent()
            candidates.append(executable)
        }
        var source = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { source.deleteLastPathComponent() }
        candidates.append(source)
        for base in candidates {
            let url = base.appendingPathComponent(relative)
            if fileManager.fileExists(atPath: url.path) { return url.path }
        }
        throw DemoFilesError(relative: relative)
    }
}

struct DemoFilesError: Error, LocalizedError {
    let relative: String
    var errorDescription: String? {
        """
        The demo's example file \(relative) was not found. Run the demo from the Sujarit folder (swift run \
        sujarit demo).
        """
    }
}
