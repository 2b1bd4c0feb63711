import StatusgenModel

extension ConfigFile {
    /// The optional `sla:` block.
    struct SLABlock: Decodable {
        var excludeMaintenance: Bool?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case excludeMaintenance = "exclude_maintenance"
        }
    }

    /// The optional `notice:` block: an announcement on every page.
    struct NoticeBlock: Decodable {
        var text: String
        var level: SiteNotice.Level?
        var expires: Timestamp?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case text, level, expires
        }
    }
}

extension SiteNotice.Level: FileFormatValue {}
