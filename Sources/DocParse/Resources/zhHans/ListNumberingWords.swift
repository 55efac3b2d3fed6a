// Language data for Word's automatic numbering formats (numbering.xml `w:numFmt`) that write
// Chinese characters. Engine: Pipeline/1-Ingest/DocxNumbering.swift.

enum ListNumberingWords {
    /// `ideographTraditional`: the ten heavenly stems, 甲 for 1 … 癸 for 10.
    static let heavenlyStems: [String] = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]
    /// `ideographZodiac`: the twelve earthly branches, 子 for 1 … 亥 for 12.
    static let earthlyBranches: [String] = ["子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"]
}
