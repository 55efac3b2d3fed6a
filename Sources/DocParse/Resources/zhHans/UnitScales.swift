// Language data: units with a base unit and a scale, kept as written in the output so
// consumers can compute (`亿元` → value × 1e8 元). Engine: Pipeline/3-Analyze/Numbers/UnitTable.swift.

enum UnitScales {
    /// A unit as written, its base unit, the factor to the base, and its class.
    struct Entry {
        let unit: String
        let base: String
        let scale: Double
        let unitClass: UnitClass
    }

    /// Longest first among entries sharing a prefix (`平方米` before `平`, `万元` before `万`).
    static let entries: [Entry] = [
        // money: `投资14亿元`, `补助500元`, `经费3000余万元`
        Entry(unit: "元", base: "元", scale: 1, unitClass: .money),
        Entry(unit: "圆", base: "元", scale: 1, unitClass: .money),
        Entry(unit: "块钱", base: "元", scale: 1, unitClass: .money),
        Entry(unit: "美元", base: "美元", scale: 1, unitClass: .money),
        // `两美刀`: the colloquial word for US dollars.
        Entry(unit: "美刀", base: "美元", scale: 1, unitClass: .money),
        Entry(unit: "港元", base: "港元", scale: 1, unitClass: .money),
        Entry(unit: "港币", base: "港元", scale: 1, unitClass: .money),
        Entry(unit: "人民币", base: "元", scale: 1, unitClass: .money),
        Entry(unit: "欧元", base: "欧元", scale: 1, unitClass: .money),
        Entry(unit: "日元", base: "日元", scale: 1, unitClass: .money),
        Entry(unit: "英镑", base: "英镑", scale: 1, unitClass: .money),
        // area: `建筑面积39.98万平方米`, `用地50亩`
        Entry(unit: "平方米", base: "平方米", scale: 1, unitClass: .area),
        Entry(unit: "平方公里", base: "平方米", scale: 1e6, unitClass: .area),
        Entry(unit: "平方千米", base: "平方米", scale: 1e6, unitClass: .area),
        Entry(unit: "公顷", base: "平方米", scale: 1e4, unitClass: .area),
        Entry(unit: "亩", base: "亩", scale: 1, unitClass: .area),
        // length: `校园周边200米`, `公路120公里`
        Entry(unit: "公里", base: "米", scale: 1000, unitClass: .length),
        Entry(unit: "千米", base: "米", scale: 1000, unitClass: .length),
        Entry(unit: "厘米", base: "米", scale: 0.01, unitClass: .length),
        Entry(unit: "毫米", base: "米", scale: 0.001, unitClass: .length),
        Entry(unit: "米", base: "米", scale: 1, unitClass: .length),
        Entry(unit: "km", base: "米", scale: 1000, unitClass: .length),
        Entry(unit: "cm", base: "米", scale: 0.01, unitClass: .length),
        // weight and volume: `减排二氧化碳3万吨`, `供水量5立方米`
        Entry(unit: "吨", base: "吨", scale: 1, unitClass: .weight),
        Entry(unit: "千克", base: "千克", scale: 1, unitClass: .weight),
        Entry(unit: "公斤", base: "千克", scale: 1, unitClass: .weight),
        Entry(unit: "克", base: "千克", scale: 0.001, unitClass: .weight),
        Entry(unit: "斤", base: "千克", scale: 0.5, unitClass: .weight),
        Entry(unit: "kg", base: "千克", scale: 1, unitClass: .weight),
        Entry(unit: "立方米", base: "立方米", scale: 1, unitClass: .volume),
        Entry(unit: "升", base: "升", scale: 1, unitClass: .volume),
        // concentrations: `PM2.5年均浓度控制在35微克/立方米以内`
        Entry(unit: "微克/立方米", base: "微克/立方米", scale: 1, unitClass: .concentration),
        // the same written out: `控制在29微克每立方米以下`
        Entry(unit: "微克每立方米", base: "微克/立方米", scale: 1, unitClass: .concentration),
        Entry(unit: "毫克/升", base: "毫克/升", scale: 1, unitClass: .concentration),
        Entry(unit: "分贝", base: "分贝", scale: 1, unitClass: .concentration),
        // energy and power: `装机容量10万千瓦`
        Entry(unit: "千瓦时", base: "千瓦时", scale: 1, unitClass: .energy),
        Entry(unit: "千瓦", base: "千瓦", scale: 1, unitClass: .energy),
        Entry(unit: "度", base: "千瓦时", scale: 1, unitClass: .energy),
        // `新增风电装机1.2GW`, `光伏电站50兆瓦`, `淘汰35蒸吨及以下燃煤锅炉` (boiler capacity)
        Entry(unit: "兆瓦时", base: "千瓦时", scale: 1e3, unitClass: .energy),
        Entry(unit: "兆瓦", base: "千瓦", scale: 1e3, unitClass: .energy),
        Entry(unit: "吉瓦", base: "千瓦", scale: 1e6, unitClass: .energy),
        Entry(unit: "kWh", base: "千瓦时", scale: 1, unitClass: .energy),
        Entry(unit: "kW", base: "千瓦", scale: 1, unitClass: .energy),
        Entry(unit: "MW", base: "千瓦", scale: 1e3, unitClass: .energy),
        Entry(unit: "GW", base: "千瓦", scale: 1e6, unitClass: .energy),
        Entry(unit: "蒸吨", base: "蒸吨", scale: 1, unitClass: .energy),
        // ratios: `提高5个百分点`, `增长10倍`, `93%`
        Entry(unit: "个百分点", base: "个百分点", scale: 1, unitClass: .percentagePoint),
        Entry(unit: "百分点", base: "个百分点", scale: 1, unitClass: .percentagePoint),
        Entry(unit: "%", base: "%", scale: 1, unitClass: .percent),
        Entry(unit: "‰", base: "%", scale: 0.1, unitClass: .percent),
        Entry(unit: "倍", base: "倍", scale: 1, unitClass: .multiplier),
    ]
}

/// What a unit measures; decides a quantity's kind and whether it can be a target.
enum UnitClass: String, Sendable {
    case count, money, area, length, weight, volume, energy, concentration, duration, age, percent, percentagePoint, multiplier
}
