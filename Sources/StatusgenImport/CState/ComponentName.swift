/// How `affected` names are compared with system names: case and punctuation aside, nothing more.
enum ComponentName {
    /// `name` in lower case with only its letters and digits: `Media-Proxy` and `media proxy` give the same
    /// key, `Compute/LON2` and `compute-lon1` do not, nor `vpn.example.org` and `private.vpn.example.org`.
    static func key(_ name: String) -> String {
        var key = String.UnicodeScalarView()
        for scalar in name.lowercased().unicodeScalars
        where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            key.append(scalar)
        }
        return String(key)
    }
}
