/// A value kept in a shared box and copied only when one holder changes it while another still shares
/// it: a value with many texts and lists is then passed around for one reference count, rather than one
/// for each of them.
struct CopyOnWrite<Value: Sendable>: @unchecked Sendable {
    // Unchecked: the box is changed only through `value`'s `_modify`, once no other holder shares it.
    private final class Box {
        var value: Value

        init(_ value: Value) {
            self.value = value
        }
    }

    private var box: Box

    init(_ value: Value) {
        box = Box(value)
    }

    /// The value: read in place (`_read` borrows it rather than copying it out of the box), and changed in
    /// a box of its own.
    var value: Value {
        _read { yield box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }
}
