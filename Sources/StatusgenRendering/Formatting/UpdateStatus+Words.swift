import StatusgenModel

extension UpdateStatus {
    /// The status word as shown to readers: "Investigating", "In progress", "Update".
    func words(_ strings: Strings) -> String {
        strings.text("update_" + rawValue)
    }
}
