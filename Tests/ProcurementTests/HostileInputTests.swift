#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation
import Testing
@testable import Procurement

/// Hostile files: entity bombs, external entities, network DTDs and giant nodes. The DOCTYPE refusal is
/// the first line of defence; the tests marked "libxml2 alone" turn it off to show that the parser
/// options and the SAX handler (which resolves no entity) by themselves never expand, read or fetch
/// anything.
@Suite("Hostile input", .timeLimit(.minutes(1)))
struct HostileInputTests {
    /// A reader with the DOCTYPE refusal turned off, to exercise libxml2's own options.
    func libxml2Alone(_ path: String) -> EGPFeedReader {
        var reader = EGPFeedReader(path: path)
        reader.doctypePolicy = .passToLibxml2
        return reader
    }

    /// Reads with `reader`, returning the feed error or nil.
    func failure(_ reader: EGPFeedReader) -> EGPFeedError? {
        do {
            _ = try reader.readAll()
            return nil
        } catch {
            return error as? EGPFeedError
        }
    }

    // MARK: Entity bombs

    // The SAX handler's getEntity answers nil for every name, so the first reference to the bomb stops the
    // read, before any expansion (xmlTextReader used to stop with libxml2's "entity reference loop").
    @Test(
        "billion laughs, libxml2 alone: stops at the first reference, expanding nothing",
        arguments: [
            "<title>&lol9;</title>", "<title a=\"&lol9;\">x</title>",
        ])
    func billionLaughsLibxml2Alone(_ title: String) throws {
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bomb = try String(contentsOfFile: Corpus.bad("billion-laughs.xml"), encoding: .utf8)
            .replacingOccurrences(of: "<title>&lol9;</title>", with: title)
        let path = directory.appendingPathComponent("bomb.xml").path
        try bomb.write(toFile: path, atomically: true, encoding: .utf8)

        let error = try #require(failure(libxml2Alone(path)))
        #expect(error.problem == .entityReference(name: "lol9"))
        #expect(error.line == 18)
        #expect(!error.description.contains("lollollol"))
    }

    // MARK: External entities (XXE)

    @Test func xxeToALocalFileLibxml2AloneNeverExpandsIt() throws {
        let error = try #require(failure(libxml2Alone(Corpus.bad("xxe-local-file.xml"))))
        #expect(error.problem == .entityReference(name: "xxe"))
        #expect(error.field == "title")
        #expect(!error.description.contains("SUJARIT-XXE-SECRET"))
    }

    /// The shapes of DOCTYPE that name an outside resource, `TARGET` standing for its URL.
    static let externalReferences: [(prolog: String, title: String)] = [
        ("<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM \"TARGET\">\n]>\n", "&xxe;"),
        ("<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM \"TARGET\">\n]>\n", "x\" a=\"&xxe;"),
        ("<!DOCTYPE rss [\n<!ENTITY % ext SYSTEM \"TARGET\">\n%ext;\n]>\n", "ok"),
        ("<!DOCTYPE rss SYSTEM \"TARGET\">\n", "ok"),
    ]

    /// Writes one feed per external-reference shape pointing at `target`.
    func externalReferenceFeeds(target: String, in directory: URL) throws -> [String] {
        try Self.externalReferences.enumerated().map { index, shape in
            let item = FeedWriter.item(1, title: shape.title)
                .replacingOccurrences(of: "<title>x\" a=\"&xxe;</title>", with: "<title a=\"&xxe;\">x</title>")
            return try FeedWriter.feed(
                in: directory, named: "external-\(index).xml",
                prolog: shape.prolog.replacingOccurrences(of: "TARGET", with: target), body: item)
        }
    }

    @Test("a FIFO named by an entity or DTD is never opened (both policies)", arguments: [true, false])
    func externalFIFOIsNeverRead(refuseDoctype: Bool) throws {
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("secret.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // Holding both ends means an open() by libxml2 would succeed at once and consume the bytes below.
        let fd = open(fifo, O_RDWR | O_NONBLOCK)
        try #require(fd >= 0)
        defer { close(fd) }
        let secret = Array("SUJARIT-FIFO-SECRET".utf8)
        #expect(write(fd, secret, secret.count) == secret.count)

        for target in [fifo, "file://" + fifo] {
            for path in try externalReferenceFeeds(target: target, in: directory) {
                var reader = EGPFeedReader(path: path)
                reader.doctypePolicy = refuseDoctype ? .refuse : .passToLibxml2
                let error = failure(reader)
                #expect(!(error?.description.contains("SUJARIT-FIFO-SECRET") ?? false))
            }
        }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(fd, &buffer, buffer.count)
        #expect(Array(buffer.prefix(max(count, 0))) == secret, "someone read from the FIFO")
    }

    // MARK: Network

    @Test("a DTD or entity on the network is never fetched (both policies)", arguments: [true, false])
    func networkIsNeverContacted(refuseDoctype: Bool) throws {
        let listener = try Listener()
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for path in try externalReferenceFeeds(target: "http://127.0.0.1:\(listener.port)/rss.dtd", in: directory) {
            var reader = EGPFeedReader(path: path)
            reader.doctypePolicy = refuseDoctype ? .refuse : .passToLibxml2
            let error = failure(reader)
            if refuseDoctype { #expect(error?.problem == .doctypeNotAllowed) }
        }
        #expect(!listener.wasContacted)
    }

    @Test func aDTDPastTheSniffedPrefixIsStillRefused() throws {
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // 100 KiB of comment pushes the DOCTYPE past the 64 KiB prefix; libxml2's DOCTYPE node is caught.
        let comment = "<!-- " + String(repeating: "x", count: 100 << 10) + " -->\n"
        let path = try FeedWriter.feed(
            in: directory, named: "late-doctype.xml",
            prolog: comment + "<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM \"/etc/passwd\">\n]>\n",
            body: FeedWriter.item(1, title: "&xxe;"))
        let error = try #require(failure(EGPFeedReader(path: path)))
        #expect(error.problem == .doctypeNotAllowed)
        // Caught by the parser's internalSubset callback, on the DOCTYPE's own line.
        #expect(error.line == 3)
        #expect(!error.description.contains("root:"))
    }

    @Test func anUndeclaredEntityIsAnError() throws {
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try FeedWriter.feed(
            in: directory, named: "entity.xml", body: FeedWriter.item(1, title: "a &nbsp; b"))
        let error = try #require(failure(EGPFeedReader(path: path)))
        guard case let .malformedXML(message) = error.problem else {
            Issue.record("expected malformedXML, got \(error)")
            return
        }
        #expect(message.contains("nbsp"))
        #expect(error.line == 5)
    }
}

/// A TCP listener on 127.0.0.1 that tells whether anyone connected.
final class Listener {
    let fd: Int32
    let port: UInt16

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(fd, socketAddress, length) == 0 && getsockname(fd, socketAddress, &length) == 0
            }
        }
        guard fd >= 0, bound, listen(fd, 16) == 0, fcntl(fd, F_SETFL, O_NONBLOCK) == 0 else {
            throw POSIXError(.EADDRNOTAVAIL)
        }
        self.fd = fd
        self.port = UInt16(bigEndian: address.sin_port)
    }

    /// True when a connection is waiting to be accepted.
    var wasContacted: Bool {
        let client = accept(fd, nil, nil)
        if client >= 0 { close(client) }
        return client >= 0
    }

    deinit { close(fd) }
}
