/// Natural order of ids and names (issue 15 item 6): runs of digits compare by their value, so
/// "2" comes before "10" and "Hus 9" before "Hus 10"; everything else compares byte by byte in
/// UTF-8 (Unicode scalar order). Equal values ("01" and "1") fall back to plain byte order, so
/// the order is total and the same on every run.
///
/// Shaped for speed: it walks the UTF-8 bytes in place with no allocation; a sorted export's ids
/// are checked with it once per employee (see `Roster`).
public func naturalPrecedes(_ a: String, _ b: String) -> Bool {
    var a = a, b = b
    return a.withUTF8 { x in b.withUTF8 { y in naturalPrecedes(x, y) } }
}

func naturalPrecedes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
    @inline(__always) func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
    var i = 0, j = 0
    while i < x.count && j < y.count {
        let c = x[i], d = y[j]
        if isDigit(c) && isDigit(d) {
            // Skip leading zeros, then the longer run is the larger value; equal lengths compare
            // digit by digit.
            var i0 = i, j0 = j
            while i0 < x.count && x[i0] == 0x30 { i0 += 1 }
            while j0 < y.count && y[j0] == 0x30 { j0 += 1 }
            var i1 = i0, j1 = j0
            while i1 < x.count && isDigit(x[i1]) { i1 += 1 }
            while j1 < y.count && isDigit(y[j1]) { j1 += 1 }
            if i1 - i0 != j1 - j0 { return i1 - i0 < j1 - j0 }
            var k = 0
            while k < i1 - i0 {
                if x[i0 + k] != y[j0 + k] { return x[i0 + k] < y[j0 + k] }
                k += 1
            }
            (i, j) = (i1, j1)
        } else {
            if c != d { return c < d }
            i += 1
            j += 1
        }
    }
    if x.count - i != y.count - j { return x.count - i < y.count - j }
    // The same value: plain byte order decides ("01" before "1").
    return x.lexicographicallyPrecedes(y)
}
