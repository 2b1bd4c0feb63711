import Foundation
import StatusgenModel

/// The templates, assets and strings a site uses where it has none of its own: the repository's
/// `templates/` folder, compiled into the binary so that a copied executable still works. Kept apart
/// from rendering, so that the strings are there for the parsers without Mustache.
public enum DefaultSiteFiles {
    /// Every built-in file, at its path in a site (`templates/index.mustache`, `templates/strings/en.yml`),
    /// sorted by path.
    public static let all: [InputFile] = [
        ("404.mustache", PackageResources._04_mustache),
        ("component.mustache", PackageResources.component_mustache),
        ("embed.js", PackageResources.embed_js),
        ("embed.mustache", PackageResources.embed_mustache),
        ("feed.atom.mustache", PackageResources.feed_atom_mustache),
        ("feed.rss.mustache", PackageResources.feed_rss_mustache),
        ("history-month.mustache", PackageResources.history_month_mustache),
        ("history.mustache", PackageResources.history_mustache),
        ("incident.mustache", PackageResources.incident_mustache),
        ("index.mustache", PackageResources.index_mustache),
        ("latency-sparkline.mustache", PackageResources.latency_sparkline_mustache),
        ("layout.mustache", PackageResources.layout_mustache),
        ("robots.txt.mustache", PackageResources.robots_txt_mustache),
        ("sitemap.xml.mustache", PackageResources.sitemap_xml_mustache),
        ("status-icon.mustache", PackageResources.status_icon_mustache),
        ("strings/de.yml", PackageResources.de_yml),
        ("strings/en.yml", PackageResources.en_yml),
        ("strings/fr.yml", PackageResources.fr_yml),
        ("style.css", PackageResources.style_css),
        ("subscribe.mustache", PackageResources.subscribe_mustache),
        ("time-range.mustache", PackageResources.time_range_mustache),
        ("update.mustache", PackageResources.update_mustache),
        ("uptime-bars.mustache", PackageResources.uptime_bars_mustache),
    ].map { name, bytes in
        InputFile(path: SiteLayout.templatesFolder + "/" + name, contents: Data(bytes))
    }

    /// The built-in strings files, each with the language it holds, sorted by path.
    public static var stringsFiles: [(locale: String, file: InputFile)] {
        all.compactMap { file in SiteLayout.stringsLocale(of: file.path).map { ($0, file) } }
    }
}
