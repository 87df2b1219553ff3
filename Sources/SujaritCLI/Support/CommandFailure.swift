import ArgumentParser

/// How a command ends on an error it did not expect from its arguments: the error's own message on standard
/// error and exit status 1, while argument errors keep ArgumentParser's usage text.
enum CommandFailure {
    /// Runs `body`, turning any domain, file or server error into its message and a failure exit.
    static func report(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as ValidationError {
            throw error
        } catch let error as ExitCode {
            throw error
        } catch {
            Console.err("Error: \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
