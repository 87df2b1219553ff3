import ArgumentParser

/// The tree of `sujarit`'s commands, read from the commands' own configurations (never a list kept by hand), so
/// that a suggestion or a usage line names only commands that exist.
enum CommandTree {
    /// The command's names from the root, e.g. `["sujarit", "risk", "list"]`; nil for a type outside the tree.
    static func path(to command: any ParsableCommand.Type) -> [String]? {
        func search(_ node: any ParsableCommand.Type, _ path: [String]) -> [String]? {
            let path = path + [name(of: node)]
            if node == command { return path }
            for child in node.configuration.subcommands {
                if let found = search(child, path) { return found }
            }
            return nil
        }
        return search(SujaritCommand.self, [])
    }

    /// The name a command is typed as.
    static func name(of command: any ParsableCommand.Type) -> String {
        command.configuration.commandName ?? command._commandName
    }

    /// The names a subcommand of `group` may be typed as (its name and aliases), with the subcommand.
    static func children(of group: any ParsableCommand.Type) -> [(names: [String], command: any ParsableCommand.Type)] {
        group.configuration.subcommands.map { ([name(of: $0)] + $0.configuration.aliases, $0) }
    }

    /// A word typed where `arguments` name a command group, which is none of the group's subcommands.
    struct UnknownSubcommand {
        /// The group's path from the root, e.g. `["sujarit", "risk"]`.
        let path: [String]
        /// Whether the group runs a default subcommand when none is named (`risk round` is `risk round open`).
        let hasDefault: Bool
        /// The word typed.
        let word: String
        /// The group's subcommands' names.
        let choices: [String]
    }

    /// The first word of `arguments` that stands where a subcommand belongs and names none; nil when the words
    /// before the first option all name commands (the mistake, if any, is elsewhere).
    static func unknownSubcommand(in arguments: [String]) -> UnknownSubcommand? {
        var group: any ParsableCommand.Type = SujaritCommand.self
        var path = [name(of: group)]
        for word in arguments {
            let children = children(of: group)
            // `help` is ArgumentParser's own command, at every level.
            guard !word.hasPrefix("-"), word != "help", !children.isEmpty else { return nil }
            guard let child = children.first(where: { $0.names.contains(word) }) else {
                return UnknownSubcommand(
                    path: path, hasDefault: group.configuration.defaultSubcommand != nil, word: word,
                    choices: children.map { name(of: $0.command) })
            }
            group = child.command
            path.append(name(of: group))
        }
        return nil
    }
}
