import Foundation
import HTTPTypes
import Hummingbird
import StatusgenModel

/// Answers requests from the previewed site held in memory: `/` and `/folder/` serve `index.html`,
/// a missing page gets the site's `404.html`, and while the site does not build every request gets
/// the error page.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let site: PreviewSite

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.response(.methodNotAllowed, "text/plain; charset=utf-8", Data("GET only\n".utf8), request)
        }
        let contents = await site.contents
        guard let files = contents.files else {
            let page = ErrorPage.render(contents.problems)
            var response = Self.response(.internalServerError, "text/html; charset=utf-8", Data(page.utf8), request)
            response.headers[.contentSecurityPolicy] = ErrorPage.contentSecurityPolicy
            return response
        }
        let requested = request.uri.path.removingPercentEncoding ?? request.uri.path
        var path = String(requested.drop { $0 == "/" })
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        if let file = files[path] {
            return Self.response(.ok, WebFileType.of(path).contentType, file.contents, request)
        }
        if files[path + "/index.html"] != nil {
            // A folder without its slash: redirect, so the page's relative links resolve from the folder.
            var response = Self.response(.movedPermanently, "text/plain; charset=utf-8", Data(), request)
            response.headers[.location] = "/" + path + "/"
            return response
        }
        let notFound = files["404.html"]?.contents ?? Data("Not found\n".utf8)
        let type = files["404.html"] == nil ? "text/plain; charset=utf-8" : "text/html; charset=utf-8"
        return Self.response(.notFound, type, notFound, request)
    }

    // HTTPTypes names no Referrer-Policy field; the name is a valid token, so this never fails.
    private static let referrerPolicy = HTTPField.Name("Referrer-Policy")!

    private static func response(_ status: HTTPResponse.Status, _ type: String, _ body: Data, _ request: Request)
        -> Response
    {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentLength] = String(body.count)
        // A preview changes with every edit: never let the browser show an older copy.
        headers[.cacheControl] = "no-store"
        headers[.contentSecurityPolicy] = ContentSecurityPolicy.header(
            forPath: String(request.uri.path.drop { $0 == "/" }))
        headers[.xContentTypeOptions] = "nosniff"
        headers[Self.referrerPolicy] = ContentSecurityPolicy.referrerPolicy
        // The JSON API is read by widgets and embed.js on other sites, as the nginx block allows.
        if request.uri.path.hasPrefix("/api/") { headers[.accessControlAllowOrigin] = "*" }
        let bytes = request.method == .head ? ByteBuffer() : ByteBuffer(bytes: body)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: bytes))
    }
}
