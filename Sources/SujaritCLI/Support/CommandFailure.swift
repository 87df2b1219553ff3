import ArgumentParser
import Foundation
import Reporting

/// How a command ends on an error it did not expect from its arguments: the error's own message on standard
/// error and exit status 1 (130 for a print stopped by Ctrl-C), while argument errors keep ArgumentParser's usage
/// text.
enum CommandFailure {
    /// Runs `body`, turning any domain, file or server error into its message and a failure exit.
    static func report(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as ValidationError {
            throw error
        } catch let error as ExitCode {
            throw error
        } catch let error as PrintInterrupted {
            // Stopped by Ctrl-C: the shell's convention for SIGINT (128 + 2), as `risk session` ends on Ctrl-C.
            Console.err("Error: \(error.localizedDescription)")
            throw ExitCode(130)
        } catch {
            Console.err("Error: \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }

    /// Ends the program for an error `command` threw while running. A value refused by the command's own
    /// checks (a `ValidationError` thrown from `run`) is shown with that command's usage, as ArgumentParser
    /// does for errors found while parsing, rather than the root's `sujarit <subcommand>`.
    static func exit(withError error: any Error, from command: any ParsableCommand.Type) -> Never {
        guard error is ValidationError, let path = CommandTree.path(to: command) else { exit(withError: error) }
        Console.err(
            """
            Error: \(SujaritCommand.message(for: error))
            Usage: \(SujaritCommand.usageString(for: command))
              See '\(path.joined(separator: " ")) --help' for more information.
            """
        )
        Foundation.exit(SujaritCommand.exitCode(for: error).rawValue)
    }

    /// Ends the program when the command line could not be parsed: a word typed where a subcommand belongs that
    /// names none gets the closest names ("did you mean …") or the group's list of commands; any other error
    /// is ArgumentParser's own message and usage. The word must be what the parser refused, or, in a group
    /// with a default subcommand (whose error is about the default's options), close to a subcommand's name.
    static func exit(withParseError error: any Error, arguments: [String]) -> Never {
        guard let unknown = CommandTree.unknownSubcommand(in: arguments) else { exit(withError: error) }
        let close = Suggestions.closest(to: unknown.word, among: unknown.choices)
        let refused = SujaritCommand.message(for: error).contains("'\(unknown.word)'")
        // In a group with no default subcommand the word can only be a subcommand, even when ArgumentParser
        // complains first about an option after it (the typo 'reprot' before '--fy 2568'); in a group with a default,
        // it may be that command's argument, so only a close name or ArgumentParser's own refusal says it is not.
        guard refused || !unknown.hasDefault || !close.isEmpty else { exit(withError: error) }
        let group = unknown.path.joined(separator: " ")
        let advice =
            close.isEmpty
            ? "Its commands: \(unknown.choices.joined(separator: ", "))."
            : "Did you mean \(close.prefix(3).map { "'\(group) \($0)'" }.joined(separator: " or "))?"
        Console.err(
            """
            Error: '\(unknown.word)' is not a command of '\(group)' (ไม่มีคำสั่งนี้). \(advice)
              See '\(group) --help' for more information.
            """
        )
        Foundation.exit(ExitCode.validationFailure.rawValue)
    }

    /// Ends the program as ArgumentParser's `exit(withError:)` does, except that text asked for (`--help`,
    /// `--version`, `help <command>`) goes through ``Console/out(_:terminator:)``: ArgumentParser's `print`
    /// loses it unnoticed on a full disk (`sujarit --help > /dev/full` exited 0 having written nothing), where
    /// the console ends with a message and exit status 1.
    private static func exit(withError error: any Error) -> Never {
        guard SujaritCommand.exitCode(for: error) == .success else { SujaritCommand.exit(withError: error) }
        let text = SujaritCommand.fullMessage(for: error)
        if !text.isEmpty { Console.out(text) }
        Foundation.exit(ExitCode.success.rawValue)
    }
}
