import XCTest

@testable import VagttjekCore

/// A rule's payload goes into a finding's values and comes back field by field.
final class FindingPayloadTests: XCTestCase {
    struct Six: FindingPayload { var a, b, c, d, e, f: Int32 }
    struct Two: FindingPayload { var rest, required: Int32 }
    struct Padded { var small: UInt8; var large: Int32 }
    struct Seven { var a, b, c, d, e, f, g: Int32 }

    func testAPayloadComesBackAsItWasPacked() {
        let six = Six(a: 1, b: -2, c: Int32.max, d: Int32.min, e: 0, f: 660)
        let values = MessageValues(variant: 3, six)
        XCTAssertEqual(values.variant, 3)
        let back = values.payload(as: Six.self)
        XCTAssertEqual([back.a, back.b, back.c, back.d, back.e, back.f], [1, -2, Int32.max, Int32.min, 0, 660])
        XCTAssertEqual(MessageValues(Two(rest: 600, required: 660)).payload(as: Two.self).required, 660)
    }

    func testEqualPayloadsAreEqualValuesAndTheRestIsZero() {
        XCTAssertEqual(MessageValues(Two(rest: 600, required: 660)), MessageValues(Two(rest: 600, required: 660)))
        XCTAssertNotEqual(MessageValues(Two(rest: 600, required: 660)), MessageValues(Two(rest: 600, required: 661)))
        XCTAssertNotEqual(MessageValues(variant: 1, Two(rest: 600, required: 660)), MessageValues(Two(rest: 600, required: 660)))
        // A shorter payload leaves the other values zero: read as six, they are.
        let six = MessageValues(Two(rest: 7, required: 8)).payload(as: Six.self)
        XCTAssertEqual([six.a, six.b, six.c, six.d, six.e, six.f], [7, 8, 0, 0, 0, 0])
    }

    func testOnlyInt32FieldsUpToSixAreDense() {
        XCTAssertTrue(MessageValues.isDense(Six(a: 0, b: 0, c: 0, d: 0, e: 0, f: 0)))
        XCTAssertTrue(MessageValues.isDense(Two(rest: 0, required: 0)))
        XCTAssertFalse(MessageValues.isDense(Padded(small: 1, large: 2)))  // padding bytes would be compared
        XCTAssertFalse(MessageValues.isDense(Seven(a: 0, b: 0, c: 0, d: 0, e: 0, f: 0, g: 0)))  // does not fit
    }

    func testAFindingStays48Bytes() {
        XCTAssertEqual(MemoryLayout<MessageValues>.size, 25)
        XCTAssertEqual(MemoryLayout<Finding>.size, 48)
    }
}
