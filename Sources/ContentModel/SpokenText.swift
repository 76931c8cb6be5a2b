/// A display text (as exported and captioned) and the text actually passed to the speech engine,
/// with a map between them so that engine word events can be traced back to displayed words.
///
/// Offsets count Unicode scalars, because eSpeak NG's word events report character (code point)
/// positions in the text it was given.
public struct SpokenText: Sendable, Hashable, Codable {
    /// One stretch of display text and what is said for it.
    public struct Piece: Sendable, Hashable, Codable {
        /// Unicode-scalar offsets into ``SpokenText/display``.
        public var display: Range<Int>
        /// Unicode-scalar offsets into ``SpokenText/spoken``.
        public var spoken: Range<Int>

        public init(display: Range<Int>, spoken: Range<Int>) {
            self.display = display
            self.spoken = spoken
        }
    }

    public var display: String
    public var spoken: String
    /// Pieces in order, covering both texts without gaps or overlaps.
    public var pieces: [Piece]

    public init(display: String, spoken: String, pieces: [Piece]) {
        self.display = display
        self.spoken = spoken
        self.pieces = pieces
    }

    /// Speech text identical to the display text.
    public static func identity(_ text: String) -> SpokenText {
        let count = text.unicodeScalars.count
        return SpokenText(display: text, spoken: text, pieces: [Piece(display: 0..<count, spoken: 0..<count)])
    }

    /// The display offset that corresponds to spoken offset `offset` (the start of its piece when the
    /// piece was rewritten, the same relative position when it was kept).
    public func displayOffset(forSpoken offset: Int) -> Int {
        guard let piece = pieces.first(where: { $0.spoken.contains(offset) }) ?? pieces.last else { return 0 }
        if piece.display.count == piece.spoken.count {
            return piece.display.lowerBound + min(max(0, offset - piece.spoken.lowerBound), piece.display.count)
        }
        return piece.display.lowerBound
    }
}
