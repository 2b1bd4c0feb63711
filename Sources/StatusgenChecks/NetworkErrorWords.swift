import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

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
        case let error as NIOSSLError:
            guard case .handshakeFailed(let reason) = error else { return "TLS failed: \(error)" }
            return "TLS handshake failed" + tlsReason(reason)
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

    /// BoringSSL's reason in words (`WRONG_VERSION_NUMBER`: ": wrong version number (not TLS on that port?)"),
    /// without its error numbers and the source path they carry; "" when it gives none.
    private static func tlsReason(_ error: BoringSSLError) -> String {
        guard let match = "\(error)".firstMatch(of: /OPENSSL_internal:([A-Z0-9_]+)/) else { return "" }
        let words = match.1.lowercased().replacingOccurrences(of: "_", with: " ")
        return ": " + words + (words == "wrong version number" ? " (not TLS on that port?)" : "")
    }

    static func formatSeconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
