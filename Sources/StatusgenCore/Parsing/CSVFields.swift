/// Splits one CSV line into fields (RFC 4180: commas, double quotes, `""` for a quote inside quotes).
enum CSVFields {
    static func split(_ line: ArraySlice<UInt8>) throws(ParseFailure) -> [ArraySlice<UInt8>] {
        let comma = UInt8(ascii: ",")
        let quote = UInt8(ascii: "\"")
        guard line.contains(quote) else {
            return line.split(separator: comma, omittingEmptySubsequences: false)
        }
        var fields: [ArraySlice<UInt8>] = []
        var index = line.startIndex
        while true {
            if index < line.endIndex, line[index] == quote {
                var value: [UInt8] = []
                index += 1
                while true {
                    guard index < line.endIndex else { throw ParseFailure("a quoted field is not closed") }
                    if line[index] == quote {
                        if index + 1 < line.endIndex, line[index + 1] == quote {
                            value.append(quote)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    value.append(line[index])
                    index += 1
                }
                fields.append(value[...])
                guard index == line.endIndex || line[index] == comma else {
                    throw ParseFailure("unexpected text after a quoted field")
                }
            } else {
                let end = line[index...].firstIndex(of: comma) ?? line.endIndex
                fields.append(line[index..<end])
                index = end
            }
            guard index < line.endIndex else { return fields }
            index += 1  // the comma
        }
    }
}
