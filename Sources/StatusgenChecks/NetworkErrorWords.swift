import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// Short words for network failures ("connection refused"), instead of the libraries' type dumps.
public enum NetworkErrorWords {
    /// The words for `error`, a failure of a request that was given `timeout` seconds.
    public static func describe(_ error: Error, timeout: Double) -> String {
        switch error {
        case is DeadlineExceeded:
            return "no answer within \(formatSeconds(timeout)) s"
        case let error as IOError:
            return String(cString: strerror(error.errnoCode)).lowercased()
        case let error as NIOConnectionError:
            if let first = error.connectionErrors.first { return describe(first.error, timeout: timeout) }
            if error.dnsAAAAError != nil || error.dnsAError != nil { return "cannot resolve host '\(error.host)'" }
            return "cannot connect to \(error.host):\(error.port)"
        case let error as ChannelError:
            if case .connectTimeout = error { return "no answer within \(formatSeconds(timeout)) s" }
            return "\(error)"
        case is HTTPParserError:
            // Such as an http:// URL for an HTTPS or SMTP port: the parser's own words ("invalid constant
            // string") say nothing to an operator.
            return "the answer is not HTTP (the wrong port, or an https:// URL written as http://?)"
        case let error as HTTPClientError:
            switch error {
            case .connectTimeout, .readTimeout, .deadlineExceeded, .writeTimeout:
                return "no answer within \(formatSeconds(timeout)) s"
            case .remoteConnectionClosed:
                return "the server closed the connection"
            default:
                return "\(error)"
            }
        default:
            return "\(error)"
        }
    }

    static func formatSeconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
