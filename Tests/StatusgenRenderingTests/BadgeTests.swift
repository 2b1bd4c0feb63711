import Foundation
import StatusgenModel
import Testing

@testable import StatusgenRendering

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Status badges")
struct BadgeTests {
    @Test(
        "measures text as shields.io does: Verdana 11 px widths, whole pixels, rounded up to odd",
        arguments: [
            // shields' own "build | passing" badge is 37 + 51 = 88 px wide.
            ("build", 27), ("passing", 41), ("status", 33), ("partial outage", 77), ("", 1),
            ("Ünïcödé", 43), ("☃", 11), ("a\u{01}b", 13),
        ])
    func widths(text: String, width: Int) {
        #expect(FlatBadge.preferredWidth(of: text) == width)
    }

    @Test("draws the flat badge: label and message halves, shadowed text, title and aria-label")
    func svg() {
        let badge = FlatBadge(label: "build", message: "passing", color: "#4c1")
        #expect(
            badge.svg
                == "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"88\" height=\"20\" role=\"img\""
                + " aria-label=\"build: passing\"><title>build: passing</title>"
                + "<linearGradient id=\"s\" x2=\"0\" y2=\"100%\"><stop offset=\"0\" stop-color=\"#bbb\""
                + " stop-opacity=\".1\"/><stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>"
                + "<clipPath id=\"r\"><rect width=\"88\" height=\"20\" rx=\"3\" fill=\"#fff\"/></clipPath>"
                + "<g clip-path=\"url(#r)\"><rect width=\"37\" height=\"20\" fill=\"#555\"/>"
                + "<rect x=\"37\" width=\"51\" height=\"20\" fill=\"#4c1\"/>"
                + "<rect width=\"88\" height=\"20\" fill=\"url(#s)\"/></g>"
                + "<g fill=\"#fff\" text-anchor=\"middle\" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\""
                + " text-rendering=\"geometricPrecision\" font-size=\"110\">"
                + "<text aria-hidden=\"true\" x=\"195\" y=\"150\" fill=\"#010101\" fill-opacity=\".3\""
                + " transform=\"scale(.1)\" textLength=\"270\">build</text>"
                + "<text x=\"195\" y=\"140\" transform=\"scale(.1)\" fill=\"#fff\" textLength=\"270\">build</text>"
                + "<text aria-hidden=\"true\" x=\"615\" y=\"150\" fill=\"#010101\" fill-opacity=\".3\""
                + " transform=\"scale(.1)\" textLength=\"410\">passing</text>"
                + "<text x=\"615\" y=\"140\" transform=\"scale(.1)\" fill=\"#fff\" textLength=\"410\">passing</text>"
                + "</g></svg>\n")
    }

    @Test("makes the site's badge and one per component, each well-formed XML with the status in its title")
    func files() throws {
        let site = try RenderedSite(SmallSite.timeline)
        let expected = [
            "badge.svg": "status: major outage",
            "badges/web.svg": "Website: major outage",
            "badges/pay.svg": "Checkout & <payments>: operational",
            "badges/desk.svg": "Support desk: operational",
        ]
        #expect(site.paths.filter { $0.hasSuffix(".svg") }.sorted() == expected.keys.sorted())
        for (path, title) in expected {
            let check = XMLCheck()
            #expect(check.parse(Data(site.text(path).utf8)), "\(path): \(check.error ?? "")")
            #expect(check.elements.first?.attributes["aria-label"] == title)
            #expect(check.elements.first?.attributes["role"] == "img")
            #expect(check.elements.dropFirst().first?.name == "title")
        }
        #expect(site.text("badges/pay.svg").contains("<title>Checkout &amp; &lt;payments&gt;: operational</title>"))
        #expect(site.text("badges/web.svg").contains("fill=\"#e05d44\""))
    }

    @Test(
        "gives the site's badge the banner's state: the worst component or open incident, in shields' colours",
        arguments: [
            ([ComponentStatus.operational, .operational, .operational], Impact?.none, "operational", "#4c1"),
            ([.operational, .underMaintenance, .operational], nil, "under maintenance", "#007ec6"),
            ([.degradedPerformance, .operational, .operational], nil, "degraded performance", "#dfb317"),
            ([.partialOutage, .degradedPerformance, .operational], nil, "partial outage", "#fe7d37"),
            ([.majorOutage, .operational, .operational], nil, "major outage", "#e05d44"),
            ([.operational, .operational, .operational], .major, "partial outage", "#fe7d37"),
            ([.degradedPerformance, .operational, .operational], .critical, "major outage", "#e05d44"),
        ])
    func siteBadge(statuses: [ComponentStatus], openImpact: Impact?, message: String, color: String) throws {
        var timeline = SmallSite.timeline
        timeline.incidents = []
        if let openImpact {
            var open = SmallSite.outage
            open.incident.impact = openImpact
            timeline.incidents = [open]
        }
        for index in timeline.components.indices { timeline.components[index].status = statuses[index] }
        let text = try SmallSite.text("badge.svg", of: timeline)
        #expect(text.contains("aria-label=\"status: \(message)\""))
        #expect(text.contains("height=\"20\" fill=\"\(color)\"/>"))
    }

    @Test("speaks the site's language: the first of its languages, in the SVG badges and shields' endpoints")
    func siteLanguage() throws {
        let files = try SiteRenderer(templates: .builtIn).render(
            SmallSite.timeline, languages: [Fixture.french, Fixture.english])
        let text = { (path: String) in
            String(decoding: try #require(files.first { $0.path == path }).contents, as: UTF8.self)
        }
        // French puts a no-break space before the colon, in the words read out as anywhere.
        #expect(try text("badge.svg").contains("aria-label=\"statut\u{A0}: panne majeure\""))
        #expect(
            try text("badges/pay.svg").contains("<title>Checkout &amp; &lt;payments&gt;\u{A0}: opérationnel</title>"))
        let endpoint = try JSONSerialization.jsonObject(with: Data(text("api/badge.json").utf8)) as? [String: Any]
        #expect(endpoint?["label"] as? String == "statut")
        #expect(endpoint?["message"] as? String == "panne majeure")
        // One set of badges: the second language has none of its own.
        #expect(!files.contains { $0.path.hasPrefix("en/badge") || $0.path.hasPrefix("en/api/badge") })
    }
}
