/// The addresses Hugo gives a cState page, as paths below the site's base path.
enum CStateAddress {
    /// An issue's own address, from its `url`, else its `slug`, else its file name (`issues/NAME/`), then each
    /// of its `aliases`: those starting with `/` below the site's path as written, others beside the page.
    static func issue(stem: String, slug: String?, url: String?, aliases: [String]) -> [String] {
        let own: String
        if let url = url?.trimmingSpaces(), !url.isEmpty {
            own = folder(String(url.drop { $0 == "/" }))
        } else {
            own = "issues/" + urlize(slug?.trimmingSpaces().nilIfEmpty ?? stem) + "/"
        }
        var addresses = [own]
        for alias in aliases.map({ $0.trimmingSpaces() }) where !alias.isEmpty {
            let path = alias.hasPrefix("/") ? String(alias.drop { $0 == "/" }) : "issues/" + alias
            let address = folder(path)
            if !addresses.contains(address), !address.contains("..") { addresses.append(address) }
        }
        return addresses
    }

    /// A path as Hugo writes a page's address: lower case, spaces as `-`, and other characters but letters,
    /// digits, `.`, `_`, `-`, `~` and `/` left out (`2022-08-17_21:00:00_incident` ->
    /// `2022-08-17_210000_incident`).
    static func urlize(_ name: String) -> String {
        var result = ""
        for character in name.lowercased() {
            if character == " " {
                result += "-"
            } else if character.isLetter || character.isNumber || "._-~/".contains(character) {
                result.append(character)
            }
        }
        return result
    }

    /// `path` as a folder address: ending in `/`, unless it names a file (`old.html`).
    private static func folder(_ path: String) -> String {
        path.hasSuffix("/") || path.split(separator: "/").last?.contains(".") == true ? path : path + "/"
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
