/// A value decoded on its own, keeping its decoding error instead of throwing it, so that one bad
/// entry of a list does not stop the others from being read and checked.
struct Collected<Value: Decodable>: Decodable {
    var result: Result<Value, DecodingError>

    init(from decoder: Decoder) throws {
        do {
            result = .success(try Value(from: decoder))
        } catch let error as DecodingError {
            result = .failure(error)
        }
    }
}
