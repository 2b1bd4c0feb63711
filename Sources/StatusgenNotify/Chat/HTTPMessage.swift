/// One HTTP POST ready to send: where, the headers and the exact body.
public struct HTTPMessage: Sendable, Hashable {
    public var url: String
    /// Header names and values, in the order they are sent.
    public var headers: [Header]
    public var body: String

    /// One header line.
    public struct Header: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(url: String, headers: [Header], body: String) {
        self.url = url
        self.headers = headers
        self.body = body
    }
}
