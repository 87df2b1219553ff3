import Foundation
import Testing

/// Every `--format json` output against its JSON Schema in `Docs/schemas/`, through the real binary on the demo
/// store and a real validator (Debian's `python3-jsonschema`, draft 2020-12), and the schemas against the
/// contract (`Docs/schemas/README.md`): each names the command lines that produce it (`x-sujarit-runs`, after
/// any `x-sujarit-setup` lines), every object is closed and requires all its keys, and every command that offers
/// `--format json` has a schema. `{folder}` in a line is the test's own folder (for a file a command writes),
/// `{root}` the package's (for an example file a command reads); `x-sujarit-storeless` marks a schema whose
/// command opens no store (`flags indicators`), so its lines get no `--store`.
@Suite("JSON schemas end to end")
struct JSONSchemaEndToEndTests {
    static let schemasFolder = SujaritProcess.packageRoot.appendingPathComponent("Docs/schemas")

    /// One schema file, the command lines it names, and those that prepare the store for them.
    struct Schema {
        var file: URL
        /// `x-sujarit-runs`: each run with `--store` and `--format json` added, its output validated.
        var runs: [[String]]
        /// `x-sujarit-setup`: run before `runs` with `--store` only (a round to open, scores to record).
        var setup: [[String]]
        /// `x-sujarit-server-runs`: lines that need a PostgreSQL server shared by agencies (`access list`,
        /// `report agencies`); they name their command for the completeness check but are not run here.
        var serverRuns: [[String]]
        /// `x-sujarit-storeless`: the command takes no `--store`.
        var storeless = false
    }

    /// Every `*.schema.json` of `Docs/schemas/`, sorted by name, with its `x-sujarit-runs`.
    static func schemas() throws -> [Schema] {
        let names = try FileManager.default.contentsOfDirectory(atPath: schemasFolder.path)
            .filter { $0.hasSuffix(".schema.json") }.sorted()
        return try names.map { name in
            let file = schemasFolder.appendingPathComponent(name)
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
            let runs = object?["x-sujarit-runs"] as? [[String]] ?? []
            return Schema(
                file: file, runs: runs, setup: object?["x-sujarit-setup"] as? [[String]] ?? [],
                serverRuns: object?["x-sujarit-server-runs"] as? [[String]] ?? [],
                storeless: object?["x-sujarit-storeless"] as? Bool ?? false)
        }
    }

    /// The command paths (`["risk", "list"]`) whose `--format` accepts `json`, from the binary's own help dump.
    static func commandsWithJSON() throws -> [[String]] {
        let sujarit = try SujaritProcess()
        let dump = try sujarit.succeed(["--experimental-dump-help"])
        let root = try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any]
        var found: [[String]] = []
        func walk(_ command: [String: Any], path: [String]) {
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                let values = argument["allValues"] as? [String] ?? []
                if names.contains("format"), values.contains("json") { found.append(path) }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                walk(sub, path: path + [sub["commandName"] as? String ?? "?"])
            }
        }
        walk(root?["command"] as? [String: Any] ?? [:], path: [])
        return found
    }

    @Test("Every command whose --format accepts json is run by at least one schema's x-sujarit-runs")
    func everyCommandHasASchema() throws {
        let commands = try Self.commandsWithJSON()
        #expect(commands.count > 10, "the help dump lists too few commands with --format json: \(commands)")
        let runs = try Self.schemas().flatMap { $0.runs + $0.serverRuns }
        let missing = commands.filter { command in !runs.contains { Array($0.prefix(command.count)) == command } }
        #expect(
            missing.isEmpty,
            """
            no schema in Docs/schemas/ runs these commands (add one, with "x-sujarit-runs"): \
            \(missing.map { $0.joined(separator: " ") }.joined(separator: "; "))
            """)
    }

    @Test("Each x-sujarit-runs line prints JSON, not empty, that its schema accepts; each schema is strict")
    func outputsValidate() throws {
        let schemas = try Self.schemas()
        #expect(!schemas.isEmpty, "Docs/schemas/ holds no *.schema.json")
        let sujarit = try SujaritProcess()
        let store = sujarit.folder.appendingPathComponent("demo.db").path
        try sujarit.succeed(["demo", "--store", store])
        var checks: [[String: String]] = []
        for schema in schemas {
            #expect(
                !schema.runs.isEmpty || !schema.serverRuns.isEmpty,
                "\(schema.file.lastPathComponent) names no command in x-sujarit-runs")
            for step in schema.setup { try sujarit.succeed(step + ["--store", store]) }
            for (index, run) in schema.runs.enumerated() {
                let arguments =
                    run.map {
                        $0.replacingOccurrences(of: "{folder}", with: sujarit.folder.path)
                            .replacingOccurrences(of: "{root}", with: SujaritProcess.packageRoot.path)
                    }
                    + (schema.storeless ? [] : ["--store", store]) + ["--format", "json"]
                let result = try sujarit.run(arguments)
                let line = "sujarit " + arguments.joined(separator: " ")
                guard result.status == 0 else {
                    Issue.record("\(line) exited \(result.status):\n\(result.stderr)")
                    continue
                }
                let output = sujarit.folder.appendingPathComponent(
                    "\(schema.file.deletingPathExtension().deletingPathExtension().lastPathComponent)-\(index).json")
                try Data(result.stdout.utf8).write(to: output)
                checks.append(["schema": schema.file.path, "output": output.path, "run": line])
            }
        }
        let list = sujarit.folder.appendingPathComponent("checks.json")
        try JSONSerialization.data(withJSONObject: checks).write(to: list)
        let problems = try Self.validate(list)
        #expect(problems.isEmpty, "\(problems)")
    }

    /// Validates each output of `list` against its schema with python3-jsonschema, and checks each schema's
    /// strictness; returns the problems found, one per line (empty when all is well).
    static func validate(_ list: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", validator, list.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        return process.terminationStatus == 0 ? "" : text.isEmpty ? "python3 failed without a message" : text
    }

    /// The validator: draft 2020-12, every object closed and requiring each of its properties, and no output
    /// that is an empty list (a run must show what the schema describes).
    static let validator = """
        import json, sys
        try:
            from jsonschema import Draft202012Validator
        except ImportError:
            sys.exit("python3-jsonschema is missing: apt install python3-jsonschema (CI installs it)")

        def strictness(node, where, problems):
            if isinstance(node, dict):
                if node.get("type") == "object" or "properties" in node:
                    if node.get("additionalProperties") is not False and "patternProperties" not in node \\
                            and not isinstance(node.get("additionalProperties"), dict):
                        problems.append(f"{where}: an object without additionalProperties: false")
                    keys = set(node.get("properties", {}))
                    if keys != set(node.get("required", [])):
                        problems.append(f"{where}: required {sorted(node.get('required', []))} "
                                        f"is not every property {sorted(keys)}")
                for key, value in node.items():
                    if key not in ("x-sujarit-runs", "x-sujarit-setup", "x-sujarit-server-runs", "examples", "enum",
                                   "const", "required"):
                        strictness(value, f"{where}/{key}", problems)
            elif isinstance(node, list):
                for index, value in enumerate(node):
                    strictness(value, f"{where}/{index}", problems)

        problems = []
        checked = set()
        for check in json.load(open(sys.argv[1])):
            schema = json.load(open(check["schema"]))
            name = check["schema"].rsplit("/", 1)[-1]
            if name not in checked:
                checked.add(name)
                Draft202012Validator.check_schema(schema)
                if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
                    problems.append(f"{name}: $schema is not draft 2020-12")
                strictness(schema, name, problems)
            try:
                output = json.load(open(check["output"]))
            except ValueError as error:
                problems.append(f"{check['run']}: not JSON ({error})")
                continue
            if output == [] or output == {}:
                problems.append(f"{check['run']}: empty output; pick arguments that show something")
            for error in sorted(Draft202012Validator(schema).iter_errors(output), key=lambda e: list(e.path))[:5]:
                path = "/".join(str(p) for p in error.absolute_path)
                problems.append(f"{check['run']}: {name} at /{path}: {error.message[:300]}")
        print("\\n".join(problems))
        sys.exit(1 if problems else 0)
        """
}
