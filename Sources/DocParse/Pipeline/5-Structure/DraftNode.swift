/// A node while its zone is being read: where its marker is and which pieces of text
/// (segments of normalized lines) belong to it.
struct DraftNode {
    var depth: Int
    var style: MarkerStyle
    var ordinal: Int
    /// The marker as written, or as restored.
    var marker: String
    var repaired: Bool
    var markerStart: Int
    var bodyStart: Int
    /// Normalized ranges of its text, the heading segment first.
    var segments: [Range<Int>]
    /// `joined[k]`: segment k continues segment k-1 across a line broken inside a sentence.
    var joined: [Bool]
    /// The heading was broken over two lines: segment 1 is the rest of the heading's title.
    var headingContinued = false
    /// The node is a task-table row: its title is the task cell, not the whole row.
    var titleCell: Range<Int>? = nil
    /// The rule that opened the node (`--trace`): the marker form read, a heading split, a
    /// task-table row.
    var rule: NodeRule = .marker(.intact)
    /// Where the title ends when the heading runs into its body with no punctuation
    /// (`HeadingBodySplit`), nil otherwise.
    var titleCut: Int? = nil
}
