import NIOCore

/// Splits the server's bytes into replies: lines `NNN-text` continue a reply, `NNN text` ends it.
struct SMTPReplyDecoder: ByteToMessageDecoder {
    typealias InboundOut = SMTPReply

    private var lines: [String] = []

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let end = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else { return .needMoreData }
        let length = end - buffer.readerIndex + 1
        guard var line = buffer.readString(length: length) else { return .needMoreData }
        line = line.trimmingCharacters(in: .newlines)
        guard line.count >= 3, let code = Int(line.prefix(3)) else {
            throw DeliveryFailure("the server's reply is not SMTP: '\(line.prefix(80))'", isRetryable: false)
        }
        let text = String(line.dropFirst(4))
        lines.append(text)
        if line.count > 3 && line[line.index(line.startIndex, offsetBy: 3)] == "-" { return .continue }
        context.fireChannelRead(wrapInboundOut(SMTPReply(code: code, lines: lines)))
        lines = []
        return .continue
    }
}
