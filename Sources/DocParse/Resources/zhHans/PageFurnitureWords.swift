// Language data for the running furniture of printed pages: page numbers written as
// `第3页 共9页` or `第 3 页`. Engine: Pipeline/1-Ingest/PDFPageFurniture.swift.

enum PageFurnitureWords {
    /// Before the page number: `第3页`.
    static let ordinalPrefix: Unicode.Scalar = "第"
    /// After the page number: `第3页`, `3页`.
    static let pageWord: Unicode.Scalar = "页"
    /// Before the page count: `共9页`.
    static let totalPrefix: Unicode.Scalar = "共"
}
