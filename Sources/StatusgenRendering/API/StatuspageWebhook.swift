import StatusgenModel

/// The body of a Statuspage incident webhook: `meta` (unsubscribe, documentation), `page` (id,
/// status_indicator, status_description) and the `incident` object of the API, for one update.
///
/// There is no subscriber-specific unsubscribe link in a static site: `meta.unsubscribe` is the site's
/// address, where readers find how to subscribe and unsubscribe.
struct StatuspageWebhook {
    let context: RenderingContext
    let documentationURL: String

    func body(_ item: TimelineIncident) -> JSONValue {
        let api = StatuspageAPI(context)
        let indicator = StatuspageIndicator(context.timeline)
        let components = StatuspageComponents(context.timeline, pageID: api.pageID)
        return .object([
            (
                "meta",
                .object([
                    ("unsubscribe", .string(context.config.baseURL)), ("documentation", .string(documentationURL)),
                ])
            ),
            (
                "page",
                .object([
                    ("id", .string(api.pageID)),
                    ("status_indicator", .string(indicator.indicator.rawValue)),
                    ("status_description", .string(indicator.description)),
                ])
            ),
            (
                "incident",
                StatuspageIncident(item: item, pageID: api.pageID, components: components, context: context).json
            ),
        ])
    }
}
