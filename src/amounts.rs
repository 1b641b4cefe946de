//! Amounts: money ("$1.2 billion", "€300m", "5 million rupees"), percentages ("12.5%",
//! "five percent") and quantities with units ("40 km", "5,000 tonnes"), with normalised values:
//! the amount and its ISO 4217 currency code, the number with a percent sign, the number and
//! the unit's symbol.
//!
//! ```
//! use article_annotator::amounts::find_amounts;
//! use article_annotator::tokenize::tokenize;
//! let text = "Aid of $1.2 billion and €300m came, up 12.5%, for 5,000 tonnes of wheat.";
//! let found = find_amounts(text, &tokenize(text, 0..text.len()));
//! let values: Vec<(&str, &str)> = found.iter().map(|a| (&text[a.start..a.end], a.value.as_str())).collect();
//! assert_eq!(values, [
//!     ("$1.2 billion", "1200000000 USD"),
//!     ("€300m", "300000000 EUR"),
//!     ("12.5%", "12.5%"),
//!     ("5,000 tonnes", "5000 t"),
//! ]);
//! ```

use std::borrow::Cow;

use crate::document::{Label, Token, TokenKind};
use crate::timex::number_word;
use crate::tokenize::lower_case;

/// An amount found in the text (byte offsets) with its label and normalised value.
#[derive(Debug, Clone, PartialEq)]
pub struct Amount {
    /// Start of the amount.
    pub start: usize,
    /// End of the amount.
    pub end: usize,
    /// [`Label::Money`], [`Label::Percent`] or [`Label::Quantity`].
    pub label: Label,
    /// `1200000000 USD`, `12.5%`, `40 km`.
    pub value: String,
}

/// Currency signs, with the prefixes that name a dollar ("US$", "C$").
const SIGNS: [(&str, &str); 12] = [
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₩", "KRW"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("₪", "ILS"),
    ("₦", "NGN"),
    ("₱", "PHP"),
    ("₫", "VND"),
];
const DOLLAR_PREFIXES: [(&str, &str); 7] =
    [("us", "USD"), ("c", "CAD"), ("a", "AUD"), ("hk", "HKD"), ("nz", "NZD"), ("s", "SGD"), ("nt", "TWD")];
/// Currency words after an amount, and words that name a dollar before them.
const CURRENCY_WORDS: [(&str, &str); 22] = [
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("sterling", "GBP"),
    ("yen", "JPY"),
    ("rupees", "INR"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("rubles", "RUB"),
    ("roubles", "RUB"),
    ("lira", "TRY"),
    ("liras", "TRY"),
    ("francs", "CHF"),
    ("pesos", "MXN"),
    ("won", "KRW"),
    ("riyals", "SAR"),
    ("dirhams", "AED"),
    ("rand", "ZAR"),
    ("shekels", "ILS"),
    ("naira", "NGN"),
    ("afghanis", "AFN"),
];
const DOLLAR_NATIONS: [(&str, &str); 6] = [
    ("canadian", "CAD"),
    ("australian", "AUD"),
    ("hong kong", "HKD"),
    ("new zealand", "NZD"),
    ("singapore", "SGD"),
    ("taiwan", "TWD"),
];
/// ISO 4217 codes that news writes before or after amounts.
const CODES: [&str; 14] =
    ["USD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF", "CAD", "AUD", "RUB", "TRY", "BRL", "ZAR", "AFN"];
/// Units of measure and the symbols their values use.
const UNITS: [(&str, &str); 52] = [
    ("km", "km"),
    ("kilometres", "km"),
    ("kilometers", "km"),
    ("kilometre", "km"),
    ("kilometer", "km"),
    ("miles", "mi"),
    ("mile", "mi"),
    ("metres", "m"),
    ("meters", "m"),
    ("metre", "m"),
    ("meter", "m"),
    ("cm", "cm"),
    ("mm", "mm"),
    ("feet", "ft"),
    ("foot", "ft"),
    ("ft", "ft"),
    ("inches", "in"),
    ("kg", "kg"),
    ("kilograms", "kg"),
    ("kilogrammes", "kg"),
    ("kilos", "kg"),
    ("grams", "g"),
    ("tonnes", "t"),
    ("tonne", "t"),
    ("tons", "t"),
    ("ton", "t"),
    ("pounds", "lb"),
    ("lb", "lb"),
    ("lbs", "lb"),
    ("ounces", "oz"),
    ("oz", "oz"),
    ("litres", "l"),
    ("liters", "l"),
    ("gallons", "gal"),
    ("barrels", "bbl"),
    ("bpd", "bbl/d"),
    ("acres", "acre"),
    ("hectares", "ha"),
    ("km2", "km2"),
    ("sq", "sq"),
    ("square", "sq"),
    ("degrees", "°"),
    ("°c", "°C"),
    ("°f", "°F"),
    ("mph", "mph"),
    ("km/h", "km/h"),
    ("kph", "km/h"),
    ("mw", "MW"),
    ("megawatts", "MW"),
    ("gw", "GW"),
    ("gigawatts", "GW"),
    ("kwh", "kWh"),
];
/// Scale words and suffixes: "million", "bn", "m".
fn scale(word: &str) -> Option<f64> {
    match word {
        "thousand" | "k" => Some(1e3),
        "million" | "millions" | "m" | "mn" | "mln" => Some(1e6),
        "billion" | "billions" | "bn" | "b" | "bln" => Some(1e9),
        "trillion" | "tn" | "trn" => Some(1e12),
        _ => None,
    }
}

/// A token as the amount grammar sees it.
struct Word<'a> {
    lower: Cow<'a, str>,
    start: usize,
    end: usize,
    kind: TokenKind,
    raw: &'a str,
}

/// Amounts of money, percentages and quantities in `tokens`, in text order.
pub fn find_amounts(text: &str, tokens: &[Token]) -> Vec<Amount> {
    let mut words: Vec<Word> = Vec::with_capacity(tokens.len());
    words.extend(tokens.iter().filter_map(|t| {
        let raw = text.get(t.start..t.end)?;
        Some(Word { lower: lower_case(raw), start: t.start, end: t.end, kind: t.kind, raw })
    }));
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match amount_at(&words, i) {
            Some((len, label, value)) => {
                found.push(Amount { start: words[i].start, end: words[i + len - 1].end, label, value });
                i += len;
            }
            None => i += 1,
        }
    }
    found
}

fn word<'w>(words: &'w [Word], i: usize) -> &'w str {
    words.get(i).map_or("", |w| w.lower.as_ref())
}

/// A number at `i` ("1.2", "5,000", "five", "300m", "2bn"), its length in words and value,
/// with a following scale word ("million") applied.
fn number(words: &[Word], i: usize) -> Option<(usize, f64)> {
    let w = words.get(i)?;
    let (base, suffix_scale) = if w.kind == TokenKind::Number {
        (parse_digits(&w.lower)?, None)
    } else if let Some(n) = number_word(&w.lower).filter(|n| *n > 0.0) {
        (n, None)
    } else {
        // "300m", "2bn", "5k"
        let digits = w.lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w.lower[digits.len()..];
        if digits.is_empty() || suffix.len() > 3 {
            return None;
        }
        (parse_digits(digits)?, Some(scale(suffix)?))
    };
    if let Some(factor) = suffix_scale {
        return Some((1, base * factor));
    }
    match scale(word(words, i + 1)).filter(|_| word(words, i + 1).len() > 2) {
        Some(factor) => Some((2, base * factor)),
        None => Some((1, base)),
    }
}

/// The value of digits with optional thousands commas ("5,000.5" → 5000.5); a copy without
/// the commas is made only when there are some.
fn parse_digits(digits: &str) -> Option<f64> {
    match digits.contains(',') {
        true => digits.replace(',', "").parse().ok(),
        false => digits.parse().ok(),
    }
}

/// Whether two tokens touch, with no space between them ("US" and "$").
fn adjacent(words: &[Word], i: usize) -> bool {
    matches!((words.get(i), words.get(i + 1)), (Some(a), Some(b)) if a.end == b.start)
}

fn format_number(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded.fract() == 0.0 && rounded.abs() < 1e15 {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded}")
    }
}

/// The amount starting at `i`: its length in words, label and value.
fn amount_at(words: &[Word], i: usize) -> Option<(usize, Label, String)> {
    // The number at `i` is read once for the three kinds.
    let number_here = number(words, i);
    money(words, i, number_here).or_else(|| {
        let found = number_here?;
        percent(words, i, found).or_else(|| quantity(words, i, found))
    })
}

/// Money at `i` ("$5", "US$3", "5 million rupees"), given the number at `i` if there is one.
fn money(words: &[Word], i: usize, number_here: Option<(usize, f64)>) -> Option<(usize, Label, String)> {
    let money = |len: usize, amount: f64, code: &str| {
        Some((len, Label::Money, format!("{} {code}", format_number(amount))))
    };
    // "US$3", "C$4.50"
    let prefixed = DOLLAR_PREFIXES
        .iter()
        .find(|(prefix, _)| word(words, i) == *prefix && word(words, i + 1) == "$" && adjacent(words, i))
        .map(|(_, code)| (2, *code));
    let sign = prefixed
        .or_else(|| SIGNS.iter().find(|(sign, _)| word(words, i) == *sign).map(|(_, code)| (1, *code)));
    let code =
        sign.or_else(|| CODES.iter().find(|c| words.get(i).is_some_and(|w| w.raw == **c)).map(|c| (1, *c)));
    if let Some((sign_len, code)) = code {
        let (number_len, amount) = number(words, i + sign_len)?;
        return money(sign_len + number_len, amount, code);
    }
    // "5 million rupees", "300 Canadian dollars", "50 cents", "1.2 billion USD"
    let (number_len, amount) = number_here?;
    let k = i + number_len;
    if word(words, k) == "cents" {
        return money(number_len + 1, amount / 100.0, "USD");
    }
    if let Some(code) = CODES.iter().find(|c| words.get(k).is_some_and(|w| w.raw == **c)) {
        return money(number_len + 1, amount, code);
    }
    for (nation, code) in DOLLAR_NATIONS {
        let nation_len = nation.split(' ').count();
        let matches = nation.split(' ').enumerate().all(|(n, part)| word(words, k + n) == part);
        if matches && matches!(word(words, k + nation_len), "dollars" | "dollar") {
            return money(number_len + nation_len + 1, amount, code);
        }
    }
    let pounds_sterling = word(words, k) == "pounds" && word(words, k + 1) == "sterling";
    if pounds_sterling {
        return money(number_len + 2, amount, "GBP");
    }
    let (_, code) = CURRENCY_WORDS.iter().find(|(name, _)| word(words, k) == *name)?;
    money(number_len + 1, amount, code)
}

/// A percentage at `i` ("5%", "5 per cent"), given the number at `i`.
fn percent(words: &[Word], i: usize, (number_len, amount): (usize, f64)) -> Option<(usize, Label, String)> {
    let k = i + number_len;
    let len = match (word(words, k), word(words, k + 1)) {
        ("%", _) | ("percent", _) | ("pct", _) => 1,
        ("per", "cent") => 2,
        _ => return None,
    };
    Some((number_len + len, Label::Percent, format!("{}%", format_number(amount))))
}

/// A quantity at `i` ("5 km", "3 square miles"), given the number at `i`.
fn quantity(words: &[Word], i: usize, (number_len, amount): (usize, f64)) -> Option<(usize, Label, String)> {
    let k = i + number_len;
    // "square kilometres", "sq km"
    let square = matches!(word(words, k), "square" | "sq");
    let unit_at = k + usize::from(square);
    let (_, symbol) =
        UNITS.iter().find(|(name, _)| word(words, unit_at) == *name && !matches!(*name, "square" | "sq"))?;
    // "1990 km" is a distance; a bare "degrees" after a year-like number is not worth a guess.
    let symbol = if square { format!("{symbol}2") } else { symbol.to_string() };
    Some((unit_at + 1 - i, Label::Quantity, format!("{} {symbol}", format_number(amount))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn amounts(text: &str) -> Vec<(String, &'static str, String)> {
        find_amounts(text, &tokenize(text, 0..text.len()))
            .into_iter()
            .map(|a| (text[a.start..a.end].to_string(), a.label.as_str(), a.value))
            .collect()
    }

    #[test]
    fn money_in_its_spellings() {
        let found =
            amounts("It cost $1.2 billion, €300m, 5 million rupees, US$3, C$4.50, £2bn and 50 cents.");
        let values: Vec<&str> = found.iter().map(|(_, _, v)| v.as_str()).collect();
        assert_eq!(
            values,
            [
                "1200000000 USD",
                "300000000 EUR",
                "5000000 INR",
                "3 USD",
                "4.5 CAD",
                "2000000000 GBP",
                "0.5 USD"
            ]
        );
        assert!(found.iter().all(|(_, label, _)| *label == "MONEY"));
        assert_eq!(amounts("It paid 300 Canadian dollars.")[0].2, "300 CAD");
        assert_eq!(amounts("a bill of USD 5 million")[0].2, "5000000 USD");
    }

    #[test]
    fn percentages_and_quantities() {
        assert_eq!(amounts("up 12.5% or five percent")[1], ("five percent".into(), "PERCENT", "5%".into()));
        assert_eq!(amounts("a 40 km march")[0], ("40 km".into(), "QUANTITY", "40 km".into()));
        assert_eq!(amounts("5,000 tonnes of wheat")[0].2, "5000 t");
        assert_eq!(amounts("an area of 300 square kilometres")[0].2, "300 km2");
        assert!(amounts("He ran for the bus in 2024.").is_empty());
    }
}
