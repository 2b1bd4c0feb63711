import Foundation
import StatusgenModel

/// Decodes a JSON file given on the command line, reporting problems as `path:line: message`.
struct JSONInput {
    /// The file's path as the user gave it.
    let path: String
    let data: Data
    private let locator: JSONLocator

    init(path: String, data: Data) {
        self.path = path
        self.data = data
        self.locator = JSONLocator(Array(data))
    }

    /// Decodes the whole file as `type`.
    func decode<Value: Decodable>(_ type: Value.Type) throws(DiagnosticList) -> Value {
        if let syntax = locator.syntaxError() {
            throw DiagnosticList([
                .error("not valid JSON: \(syntax.message)", at: SourceLocation(path: path, line: syntax.line))
            ])
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw DiagnosticList([diagnostic(for: error)])
        } catch {
            throw DiagnosticList([.error("cannot read the JSON: \(error)", at: SourceLocation(path: path))])
        }
    }

    /// An error about the value at `steps`, at its line.
    func error(_ message: String, at steps: [JSONLocator.Step]) -> Diagnostic {
        .error(message, at: location(of: steps))
    }

    /// A warning about the value at `steps`, at its line.
    func warning(_ message: String, at steps: [JSONLocator.Step]) -> Diagnostic {
        .warning(message, at: location(of: steps))
    }

    func location(of steps: [JSONLocator.Step]) -> SourceLocation {
        SourceLocation(path: path, line: locator.line(of: steps))
    }

    private func diagnostic(for error: DecodingError) -> Diagnostic {
        switch error {
        case .keyNotFound(let key, let context):
            let steps = context.codingPath.map(JSONLocator.Step.init)
            return self.error("missing key '\(key.stringValue)' in \(JSONLocator.describe(steps))", at: steps)
        case .typeMismatch(let type, let context):
            let steps = context.codingPath.map(JSONLocator.Step.init)
            return self.error("\(JSONLocator.describe(steps)) must be \(Self.words(for: type))", at: steps)
        case .valueNotFound(let type, let context):
            let steps = context.codingPath.map(JSONLocator.Step.init)
            return self.error("\(JSONLocator.describe(steps)) must be \(Self.words(for: type)), not null", at: steps)
        case .dataCorrupted(let context):
            let steps = context.codingPath.map(JSONLocator.Step.init)
            return self.error("\(JSONLocator.describe(steps)): \(context.debugDescription)", at: steps)
        @unknown default:
            return .error("cannot read the JSON: \(error)", at: SourceLocation(path: path))
        }
    }

    private static func words(for type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is Int64.Type, is Double.Type: "a number"
        case is [Any].Type: "an array"
        default:
            String(describing: type).hasPrefix("Array") ? "an array" : "an object"
        }
    }
}
