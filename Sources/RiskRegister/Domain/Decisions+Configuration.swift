extension RiskLedger {
    /// What loading categories and matrices would change.
    public struct ConfigurationChanges: Sendable, Hashable {
        public var categories: [RiskCategory] = []
        public var matrices: [MatrixKey] = []
        public var unchanged = 0
    }

    /// Records new or renamed categories and newly adopted matrix versions; identical ones are skipped, so
    /// configuring twice adds nothing.
    ///
    /// - throws: ``RiskRegisterError/matrixChanged(key:)`` when a file holds an adopted id and version with
    ///   different content: a version is immutable once adopted.
    public mutating func configure(
        categories: [RiskCategory], matrices: [RiskMatrix], into decision: inout Decision
    ) throws -> ConfigurationChanges {
        var changes = ConfigurationChanges()
        for category in categories {
            if self.categories[category.code] == category { changes.unchanged += 1; continue }
            let stream = try RiskCategoryDefined.stream(category.code)
            let defined = RiskCategoryDefined(category: category)
            try record(defined, to: stream, expecting: configurationVersions[stream] ?? 0, into: &decision)
            changes.categories.append(category)
        }
        for matrix in matrices {
            if let adopted = self.matrices[matrix.key] {
                guard adopted == matrix else { throw RiskRegisterError.matrixChanged(key: matrix.key.description) }
                changes.unchanged += 1
                continue
            }
            let adopted = RiskMatrixAdopted(matrix: matrix)
            try record(adopted, to: try RiskMatrixAdopted.stream(matrix.key), expecting: 0, into: &decision)
            changes.matrices.append(matrix.key)
        }
        return changes
    }

    /// Checks that categories and matrices exist before a register is entered.
    func requireConfiguration() throws {
        guard !categories.isEmpty, !matrices.isEmpty else { throw RiskRegisterError.noConfiguration }
    }

    /// The category `code`, or an error listing the known ones.
    func requireCategory(_ code: String) throws -> RiskCategory {
        try requireConfiguration()
        guard let category = categories[code] ?? categories.values.first(where: { $0.name.th == code }) else {
            throw RiskRegisterError.unknownCategory(code, known: categories.keys.sorted())
        }
        return category
    }

    /// The newest version of matrix `id`; with no id, `5x5` when adopted, else the only matrix.
    func requireMatrix(_ id: String?) throws -> RiskMatrix {
        try requireConfiguration()
        let ids = Set(matrices.keys.map(\.id))
        let wanted = id ?? (ids.contains("5x5") ? "5x5" : ids.count == 1 ? ids.first! : "5x5")
        guard let matrix = latestMatrix(wanted) else {
            throw RiskRegisterError.unknownMatrix(wanted, known: ids.sorted())
        }
        return matrix
    }
}
