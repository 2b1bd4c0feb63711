import StatusgenModel

extension Impact {
    /// The impact in words: "Critical impact".
    func words(_ strings: Strings) -> String {
        strings.text("impact_" + rawValue)
    }
}
