/// The forms a quantity mention is read in, named for `parse --trace` (a target's
/// `quantityRule`). `QuantityRecognizer.forms` tries the forms after a first number in order;
/// `percentWord` and `doubling` start with their own word and are read before any number.
enum QuantityForm: String, Sendable, CaseIterable {
    /// `百分之八十五`, `百分之十到百分之二十`.
    case percentWord = "quantity-form.percent-word"
    /// `翻一番`, `翻两番`: a multiple.
    case doubling = "quantity-form.doubling"
    /// `三分之一`, `四百三十二分之2345`.
    case fractionWord = "quantity-form.fraction-word"
    /// `8/10万`, `3.5/万`: a rate over a scaled denominator.
    case ratePerScale = "quantity-form.rate-per-scale"
    /// `八折`, `8.5折`: a discount in tenths of the price (outside documents only).
    case discount = "quantity-form.discount"
    /// `1/4`, `1:10`: a fraction or ratio of two Arabic numbers.
    case slash = "quantity-form.slash"
    /// `1—3项`, `1至2项`, `10%—20%`, `两到三万`: a range.
    case range = "quantity-form.range"
    /// A number with its unit: `12所`, `4.2亿元`, `3000余万元`, `元/套`.
    case measured = "quantity-form.measured"
    /// A bare figure before a joiner and a figure with a unit, which it shares:
    /// `53和32微克/立方米` = 53微克/立方米 and 32微克/立方米.
    case sharedUnit = "quantity-form.shared-unit"
    /// A number with no unit (`1.2万`, a bare numeral in lenient mode).
    case bare = "quantity-form.bare"
}
