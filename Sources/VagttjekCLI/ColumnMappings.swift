import VagttjekCore

/// `--columns` and `--employee-columns`: `ROLE=Header,…`, each role once, every role one the
/// file's reader knows.
enum ColumnMappings {
    static func parse<Role: RawRepresentable & CaseIterable & Hashable>(_ text: String?, option: String, as: Role.Type) throws -> [Role: String]
    where Role.RawValue == String {
        var mapping: [Role: String] = [:]
        guard let text else { return mapping }
        for pair in text.split(separator: ",") {
            let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2, let role = Role(rawValue: kv[0].lowercased()), !kv[1].isEmpty else {
                let known = Role.allCases.map(\.rawValue).joined(separator: ", ")
                throw UsageError(
                    da: "\(option): '\(pair)' skal være KOLONNE=Overskrift, hvor KOLONNE er en af \(known).",
                    en: "\(option): '\(pair)' must be COLUMN=Header, where COLUMN is one of \(known).")
            }
            if let earlier = mapping[role] {
                throw UsageError(
                    da: "\(option): \(role.rawValue) er angivet to gange (\(earlier) og \(kv[1])).",
                    en: "\(option): \(role.rawValue) is given twice (\(earlier) and \(kv[1])).")
            }
            mapping[role] = kv[1]
        }
        return mapping
    }
}
