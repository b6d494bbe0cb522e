/// How files are read: the size limits that keep a bad file from using up memory, and the sizes
/// at which reading switches strategy. Passed as a value (`RosterReader.limits`,
/// `CheckFiles.limits`, `TextFile.read(path:limits:)`), so a caller, or a test that wants a
/// small file to take the large-file path, changes them for its own reads only.
///
/// The defaults are what the CLI uses; they are tuned on the 2-core benchmark machine
/// (BENCHMARKS.md) and none of them changes what is read, only how.
public struct ReadLimits: Sendable, Equatable {
    /// The largest input file read (8 GiB: the whole Danish sector's year is about 2 GB). A larger
    /// file, or a stream that does not end (`/dev/zero`), is an error before memory runs out.
    public var maxInputBytes = 8 << 30
    /// The largest part of an `.xlsx` read, unpacked (1 GiB; a ZIP bomb is an error before the
    /// memory is used).
    public var workbookPartBytes = 1 << 30
    /// Files larger than this are read whole with one `pread` per core.
    public var parallelReadBytes = 1 << 24
    /// Roster files larger than this are read block by block (`RosterReader.readStreaming`).
    public var streamBytes = 1 << 21
    /// The block size of the block-by-block read.
    public var streamBlockBytes = 8 << 20
    /// Up to this many rows, an unsorted roster is sorted by employee into a second array on all
    /// cores (24 bytes a row more, briefly); above it, in place, to stay within the memory target.
    public var outOfPlaceSortRows = RosterSort.outOfPlaceRows

    public init() {}

    /// The limits the CLI reads with.
    public static let standard = ReadLimits()
}
