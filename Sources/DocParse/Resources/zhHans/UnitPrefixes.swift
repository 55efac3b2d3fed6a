// Language data: how unit names begin. Engine: Pipeline/3-Analyze/UnitNames/UnitListSplitter.swift and
// UnitRegistryBuilder.swift. A run-together list is cut only where a name ends AND the next
// one begins with one of these (`市人社局|市财政局`, `市委组织部|市委编办`).

enum UnitPrefixes {
    /// Beginnings of unit names.
    static let prefixes: [String] = [
        "市", "县", "区", "省", "州",                              // 市财政局, 县交通运输局
        "市委", "县委", "区委", "省委", "州委", "中共",            // 市委编办
        "各", "各县区", "各区县", "各县市区", "各市州", "各乡镇", "各级", // 各县区党委
        "自治区", "自治州", "国家", "国务院", "全国",              // 自治区教育厅
        "团市委", "团县委",                                         // 团市委
    ]

    /// Level words that may be dropped from a name in a document of that level
    /// (`市教育局` = `教育局` in a city plan). Used for alias merging only.
    static let levelPrefixes: [String] = [
        "市", "县", "区", "省", "州", "旗", "市委", "县委", "区委", "省委", "州委", "自治区", "自治州",
    ]

    /// Single characters that end a place name (`汉中市`, `兴庆区`, `陕西省`).
    static let placeEnds: [String] = ["市", "县", "区", "省", "州", "旗", "盟"]
    /// Of these, the ones that after a single character are part of a city's own name
    /// (`广州`, `杭州`, `贵州`): a place ends in that level only with two characters or more
    /// before it (`恩施州`, `湘西州`).
    static let nameCharacterLevels: [String] = ["州"]
    /// The levels a place written without one borrows from the named place after it
    /// (`广州、深圳市政府` = 广州市政府 + 深圳市政府). Not `区`: development zones end in it too
    /// (`高新区管委会`), and a department written short before one (`财政、高新区管委会`) is no place.
    static let levelsSharedWithBareNames: [String] = ["省", "市", "县", "州", "盟", "旗"]

    /// Openers of a collective name written with `、` inside (`各市、州、县人民政府`,
    /// `各有关市、县(区)政府`); the longest matches first.
    static let collectiveOpeners: [String] = ["各", "各有关", "有关", "其他", "各相关"]

    /// Qualifiers that a list repeats without the owner before them: `县政府有关部门、有关直属单位`
    /// = 县政府有关部门 + 县政府有关直属单位.
    static let sharedQualifiers: [String] = ["有关", "相关"]

    /// Openers of a national organ's name whose local offices are named by the organ then the
    /// place (`国家税务总局汉中市税务局`): such a name is not cut before the place.
    static let nationalOpeners: [String] = ["国家"]

    /// Plural openers: a name behind one is many units (`各县区政府`), never an alias of a single one.
    static let pluralOpeners: [String] = ["各", "全"]
}
