import Foundation

/// Writes synthetic feed files for tests, streaming to disk so that even a 100 MB file never sits in memory.
struct FeedWriter {
    let handle: FileHandle

    /// Creates `url` and opens it for writing.
    init(_ url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        handle = try FileHandle(forWritingTo: url)
    }

    /// Appends UTF-8 text.
    func write(_ text: String) throws {
        try handle.write(contentsOf: Data(text.utf8))
    }

    /// Appends `count` bytes of `byte`, one mebibyte at a time.
    func write(repeating byte: UInt8, count: Int) throws {
        let chunk = Data(repeating: byte, count: 1 << 20)
        var remaining = count
        while remaining > 0 {
            let size = min(remaining, chunk.count)
            try handle.write(contentsOf: chunk.prefix(size))
            remaining -= size
        }
    }

    /// Closes the file.
    func close() throws {
        try handle.close()
    }

    /// A well-formed item; `n` makes the project id and template id unique.
    static func item(_ n: Int, title: String = "ซื้อวัสดุสำนักงาน จำนวน ๑๒ รายการ", link: String? = nil) -> String {
        let template = String(format: "00000000-0000-4000-8000-%012d", n)
        let url =
            link ?? "https://process5.gprocurement.go.th/egp-template-service/dwnt/view-pdf-file?templateId=\(template)"
        return """
              <item>
                <title>\(title)</title>
                <link>\(url)</link>
                <description>\(String(format: "68%09d", n)), เฉพาะเจาะจง, ประกาศเชิญชวน</description>
                <pubDate>2025-01-14</pubDate>
                <guid></guid>
              </item>

            """
    }

    /// The lines before the first item (3 lines: declaration, `<rss><channel>`, channel title).
    static let header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel>
          <title>ประกาศจัดซื้อจัดจ้างภาครัฐ</title>

        """

    /// The closing lines.
    static let footer = "</channel></rss>\n"

    /// Writes a small feed with `body` between the header and footer, returning its path.
    static func feed(in directory: URL, named name: String, prolog: String = "", body: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        let text =
            prolog.isEmpty
            ? header + body + footer
            : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + prolog + header.split(separator: "\n", maxSplits: 1)[1]
                + body + footer
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
