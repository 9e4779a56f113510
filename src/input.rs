//! Input as people type it, read in one place for the command line, the
//! TUIs' forms and participants files.
//!
//! A Chinese input method types full-width forms (`２０２６－１２－２０`,
//! `，` `；` `：`), lists separated by `、`, dates as `2026年12月20日`, and a
//! space that is U+3000. All of it is understood here: [`fold`] turns
//! full-width forms into ASCII before numbers, dates and codes are read,
//! [`list`] splits on every separator people use, and what still cannot be
//! read is an [`InputError`] that says what was typed and shows an example
//! that works, in the user's language.
//!
//! A list is never silently one item: [`names`] refuses a name that holds a
//! character people use between names but xiaoshi does not split on
//! (`王阿姨/李叔叔`, `王阿姨 李叔叔`), so a pasted list that did not split is
//! noticed rather than dealt to one long "name".

use std::borrow::Cow;
use std::fmt;

use jiff::civil::{Date, Time};

use crate::i18n::input as text;
use crate::i18n::{Describe, Diagnostic, Lang, fill_named};

/// A value that could not be read: what was typed, and what it should be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// What was typed, as typed.
    pub typed: String,
    pub kind: InputKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputKind {
    /// Not a whole number at all.
    NotANumber,
    /// A number outside `min..=max`.
    OutOfRange { min: i64, max: i64 },
    /// Not a date in any form we read.
    NotADate,
    /// A date's form, but no such day (`2026-02-30`, `2月29日` this year).
    NoSuchDay,
    /// Not a time of day (`04:00`).
    NotATime,
    /// Not a year and a month (`2026-12`).
    NotAMonth,
    /// Neither a number nor a session code (`42`, `001A`).
    NotASeed,
    /// Not a session code.
    NotACode,
    /// Not `X,Y` in millimetres.
    NotAnOffset,
    /// An offset of more than `max` millimetres.
    OffsetTooLarge { max: u32 },
    /// One of a list names no suit.
    NotASuit,
    /// A name holding a character people put between names.
    LooksLikeAList { found: char },
    /// Not `LINE=MEMBER` (`group paste --pick 5=王阿姨`).
    NotAPick,
}

impl InputError {
    pub fn new(typed: &str, kind: InputKind) -> InputError {
        InputError {
            typed: typed.to_string(),
            kind,
        }
    }
}

impl Describe for InputError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        let typed = &self.typed;
        let (message, hint) = match &self.kind {
            InputKind::NotANumber => (text::NOT_A_NUMBER, text::NUMBER_EXAMPLE),
            InputKind::OutOfRange { .. } => (text::OUT_OF_RANGE, text::NUMBER_EXAMPLE),
            InputKind::NotADate => (text::NOT_A_DATE, text::DATE_EXAMPLE),
            InputKind::NoSuchDay => (text::NO_SUCH_DAY, text::DATE_EXAMPLE),
            InputKind::NotATime => (text::NOT_A_TIME, text::TIME_EXAMPLE),
            InputKind::NotAMonth => (text::NOT_A_MONTH, text::MONTH_EXAMPLE),
            InputKind::NotASeed => (text::NOT_A_SEED, text::SEED_EXAMPLE),
            InputKind::NotACode => (text::NOT_A_CODE, text::CODE_EXAMPLE),
            InputKind::NotAnOffset => (text::NOT_AN_OFFSET, text::OFFSET_EXAMPLE),
            InputKind::OffsetTooLarge { .. } => (text::OFFSET_TOO_LARGE, text::OFFSET_EXAMPLE),
            InputKind::NotASuit => (text::NOT_A_SUIT, text::SUIT_EXAMPLE),
            InputKind::LooksLikeAList { .. } => (text::LOOKS_LIKE_A_LIST, text::LIST_EXAMPLE),
            InputKind::NotAPick => (text::NOT_A_PICK, text::PICK_EXAMPLE),
        };
        let (min, max, found) = match &self.kind {
            InputKind::OutOfRange { min, max } => (*min, *max, ' '),
            InputKind::OffsetTooLarge { max } => (0, i64::from(*max), ' '),
            InputKind::LooksLikeAList { found } => (0, 0, *found),
            _ => (0, 0, ' '),
        };
        let fill = |template: &str| {
            fill_named(
                template,
                &[
                    ("typed", typed),
                    ("min", &min),
                    ("max", &max),
                    ("found", &found),
                ],
            )
        };
        Diagnostic::with_hint(fill(message.get(lang)), fill(hint.get(lang)))
    }
}

crate::describe_display!(InputError);
impl std::error::Error for InputError {}

/// Full-width forms as ASCII: digits, letters and punctuation typed with an
/// input method (`２０２６－１２`, `：`, `，`), the ideographic space, and the
/// dashes and minus signs people type for a hyphen. Everything else is kept.
pub fn fold(typed: &str) -> Cow<'_, str> {
    let folded = |c: char| -> Option<char> {
        match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0),
            '\u{3000}' => Some(' '),
            '\u{2010}'..='\u{2015}' | '\u{2212}' => Some('-'),
            _ => None,
        }
    };
    if typed.chars().all(|c| folded(c).is_none()) {
        return Cow::Borrowed(typed);
    }
    Cow::Owned(typed.chars().map(|c| folded(c).unwrap_or(c)).collect())
}

/// Whether `c` separates the items of a list: a new line, `,` `;`, and what
/// people typing each of xiaoshi's languages put between items (`，` `、` `；`).
pub fn is_list_separator(c: char) -> bool {
    matches!(c, '\n' | '\r' | ',' | ';')
        || Lang::ALL
            .iter()
            .any(|lang| lang.info().typed_list_seps.contains(&c))
}

/// The items of a list as people type it: separated by `,` `，` `、` `;`
/// `；` or new lines, each trimmed (a full-width space too), empty ones
/// dropped. In a file, a line starting with `#` is a comment; a byte-order
/// mark (as Windows Notepad writes) is not part of the first item.
pub fn list(typed: &str) -> Vec<String> {
    let typed = typed.strip_prefix('\u{feff}').unwrap_or(typed);
    typed
        .lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .flat_map(|line| line.split(is_list_separator))
        .map(|item| item.trim().to_string())
        .filter(|item| !item.is_empty())
        .collect()
}

/// A name as it is kept: trimmed (full-width spaces too), inner runs of
/// spaces made one ASCII space.
pub fn clean_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Names from a list (a command line's `--participants`, a file, a form),
/// cleaned. A name holding a character people put between names, which is
/// not one xiaoshi splits on, is refused: the list did not split, and
/// dealing to `王阿姨/李叔叔` as one person would be wrong.
pub fn names(typed: &str) -> Result<Vec<String>, InputError> {
    list(typed)
        .iter()
        .map(|name| {
            let name = clean_name(name);
            match list_like(&name) {
                Some(found) => Err(InputError::new(&name, InputKind::LooksLikeAList { found })),
                None => Ok(name),
            }
        })
        .collect()
}

/// A character in `name` that people put between names: a slash, a bar, a
/// tab, an ideographic full stop, or a space between two Chinese characters
/// (`王阿姨 李叔叔`; `Table 7` is one name).
fn list_like(name: &str) -> Option<char> {
    const SEPARATOR_LIKE: &[char] = &['/', '／', '|', '｜', '\\', '＼', '\t', '。', '．'];
    if let Some(found) = name.chars().find(|c| SEPARATOR_LIKE.contains(c)) {
        return Some(found);
    }
    let chars: Vec<char> = name.chars().collect();
    chars
        .windows(3)
        .find_map(|w| (w[1] == ' ' && is_han(w[0]) && is_han(w[2])).then_some(' '))
}

/// A CJK ideograph (the blocks names are written in).
fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

/// A whole number within `range`, full-width digits too (`３０`).
pub fn number<T>(typed: &str, range: std::ops::RangeInclusive<T>) -> Result<T, InputError>
where
    T: Copy + PartialOrd + std::str::FromStr + Into<i64>,
{
    let folded = fold(typed);
    let digits = folded.trim();
    let plain = digits.strip_prefix('+').unwrap_or(digits);
    let out_of_range = || {
        InputError::new(
            typed,
            InputKind::OutOfRange {
                min: (*range.start()).into(),
                max: (*range.end()).into(),
            },
        )
    };
    let unsigned = plain.strip_prefix('-').unwrap_or(plain);
    let all_digits = !unsigned.is_empty() && unsigned.chars().all(|c| c.is_ascii_digit());
    if !all_digits {
        return Err(InputError::new(typed, InputKind::NotANumber));
    }
    // Digits that do not fit the type are out of its range, not "not a number".
    let value = plain.parse::<T>().map_err(|_| out_of_range())?;
    if range.contains(&value) {
        Ok(value)
    } else {
        Err(out_of_range())
    }
}

/// A seed for a shuffle: any whole number, full-width digits too.
pub fn seed(typed: &str) -> Result<u64, InputError> {
    let folded = fold(typed);
    let digits = folded.trim();
    let all_digits = !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit());
    match digits.parse() {
        Ok(seed) if all_digits => Ok(seed),
        _ => Err(InputError::new(typed, InputKind::NotANumber)),
    }
}

/// A pair of numbers `X,Y` (`1.5,-0.5`, `１．５，－０．５`), each at most
/// `max` from zero.
pub fn offset(typed: &str, max: u32) -> Result<(f32, f32), InputError> {
    let not_an_offset = || InputError::new(typed, InputKind::NotAnOffset);
    let folded = fold(typed).replace('。', ".");
    let (x, y) = folded.split_once(',').ok_or_else(not_an_offset)?;
    let part = |part: &str| part.trim().parse::<f32>().ok().filter(|v| v.is_finite());
    let (x, y) = (
        part(x).ok_or_else(not_an_offset)?,
        part(y).ok_or_else(not_an_offset)?,
    );
    let limit = max as f32;
    if x.abs() > limit || y.abs() > limit {
        return Err(InputError::new(typed, InputKind::OffsetTooLarge { max }));
    }
    Ok((x, y))
}

/// A date as typed, its year perhaps left out (`12月20日`: this year, which
/// only the clock knows; [`DateInput::resolve`] fills it in).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateInput {
    pub year: Option<i16>,
    pub month: i8,
    pub day: i8,
}

impl DateInput {
    /// The date, in `today`'s year if none was typed.
    pub fn resolve(self, today: Date) -> Result<Date, InputError> {
        let year = self.year.unwrap_or(today.year());
        Date::new(year, self.month, self.day).map_err(|_| {
            let typed = format!("{year:04}-{:02}-{:02}", self.month, self.day);
            InputError::new(&typed, InputKind::NoSuchDay)
        })
    }
}

impl fmt::Display for DateInput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(year) => write!(f, "{year:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "{}月{}日", self.month, self.day),
        }
    }
}

/// A date as people write it: `2026-12-20`, `2026/12/20`, `2026.12.20`,
/// `20261220`, `2026年12月20日` (or `号`), and without the year `12月20日`;
/// full-width digits and dashes too, single-digit months and days, spaces
/// between the parts. A day that does not exist in any year is refused
/// here; one that depends on the year (29 February) when resolved.
pub fn date(typed: &str) -> Result<DateInput, InputError> {
    let not_a_date = || InputError::new(typed, InputKind::NotADate);
    let folded = fold(typed);
    let compact: String = folded.chars().filter(|c| !c.is_whitespace()).collect();
    let (year, month, day) = date_parts(&compact).ok_or_else(not_a_date)?;
    let month = i8::try_from(month).map_err(|_| not_a_date())?;
    let day = i8::try_from(day).map_err(|_| not_a_date())?;
    let year = match year {
        Some(year) => Some(i16::try_from(year).map_err(|_| not_a_date())?),
        None => None,
    };
    let input = DateInput { year, month, day };
    // 2024 is a leap year: a yearless 29 February exists in some year.
    let check_year = year.unwrap_or(2024);
    if Date::new(check_year, month, day).is_err() {
        return Err(InputError::new(typed, InputKind::NoSuchDay));
    }
    Ok(input)
}

/// `(year, month, day)` of a date with its spaces taken out, or `None`.
fn date_parts(compact: &str) -> Option<(Option<u32>, u32, u32)> {
    let number = |s: &str, most: usize| -> Option<u32> {
        (!s.is_empty() && s.len() <= most && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let full = |y: &str, m: &str, d: &str| -> Option<(Option<u32>, u32, u32)> {
        (y.len() == 4).then_some(())?;
        Some((Some(number(y, 4)?), number(m, 2)?, number(d, 2)?))
    };
    // 2026年12月20日, 12月20日 (日 or 号, or neither).
    if let Some((before, rest)) = compact.split_once('月') {
        let day = rest
            .strip_suffix('日')
            .or_else(|| rest.strip_suffix('号'))
            .unwrap_or(rest);
        return match before.split_once('年') {
            Some((year, month)) => full(year, month, day),
            None => Some((None, number(before, 2)?, number(day, 2)?)),
        };
    }
    for separator in ['-', '/', '.'] {
        let parts: Vec<&str> = compact.split(separator).collect();
        if let [y, m, d] = parts[..] {
            return full(y, m, d);
        }
    }
    if compact.len() == 8 && compact.chars().all(|c| c.is_ascii_digit()) {
        return full(&compact[..4], &compact[4..6], &compact[6..]);
    }
    None
}

/// A year and a month: `2026-12`, `2026/12`, `2026.12`, `2026年12月`,
/// full-width digits too; years 2000 to 2999.
pub fn month(typed: &str) -> Result<(i16, i8), InputError> {
    let not_a_month = || InputError::new(typed, InputKind::NotAMonth);
    let folded = fold(typed);
    let compact: String = folded.chars().filter(|c| !c.is_whitespace()).collect();
    let plain = compact.strip_suffix('月').unwrap_or(&compact);
    let (year, month) = plain
        .split_once(['-', '/', '.', '年'])
        .ok_or_else(not_a_month)?;
    let digits = |part: &str, most: usize| -> Option<i16> {
        (!part.is_empty() && part.len() <= most && part.chars().all(|c| c.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    let year = digits(year, 4).ok_or_else(not_a_month)?;
    let month = digits(month, 2).ok_or_else(not_a_month)?;
    if !(1..=12).contains(&month) || !(2000..=2999).contains(&year) {
        return Err(not_a_month());
    }
    Ok((year, month as i8))
}

/// A time of day: `04:00`, `4:30`, `０４：００`, `04:00:00`.
pub fn time(typed: &str) -> Result<Time, InputError> {
    let not_a_time = || InputError::new(typed, InputKind::NotATime);
    let folded = fold(typed);
    let parts: Vec<&str> = folded.trim().split(':').collect();
    let part = |s: &str| -> Option<i8> {
        (!s.is_empty() && s.len() <= 2 && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (hour, minute, second) = match parts[..] {
        [h, m] => (part(h), part(m), Some(0)),
        [h, m, s] => (part(h), part(m), part(s)),
        _ => (None, None, None),
    };
    let (Some(hour), Some(minute), Some(second)) = (hour, minute, second) else {
        return Err(not_a_time());
    };
    if parts[1].len() != 2 {
        return Err(not_a_time());
    }
    Time::new(hour, minute, second, 0).map_err(|_| not_a_time())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date as d;

    #[test]
    fn full_width_forms_fold_to_ascii() {
        assert_eq!(fold("２０２６－１２－２０"), "2026-12-20");
        assert_eq!(fold("０４：００"), "04:00");
        assert_eq!(fold("1，-0.5"), "1,-0.5");
        assert_eq!(fold("\u{3000}３０\u{3000}"), " 30 ");
        assert_eq!(fold("王阿姨"), "王阿姨");
        assert!(matches!(fold("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn lists_split_on_every_separator_people_type() {
        assert_eq!(list("王阿姨，李叔叔、小明"), ["王阿姨", "李叔叔", "小明"]);
        assert_eq!(list("a, b;c；d\ne\r\nf"), ["a", "b", "c", "d", "e", "f"]);
        assert_eq!(
            list("\u{feff}王阿姨\n\n# 第二桌\n 李叔叔 \n"),
            ["王阿姨", "李叔叔"]
        );
        assert_eq!(list("\u{3000}王阿姨\u{3000},,小明"), ["王阿姨", "小明"]);
        assert!(list(" , ， \n").is_empty());
    }

    #[test]
    fn names_are_cleaned_and_unsplit_lists_refused() {
        assert_eq!(
            names("王阿姨，李叔叔、小明").expect("names"),
            ["王阿姨", "李叔叔", "小明"]
        );
        assert_eq!(names(" Table\u{3000} 7 ").expect("one"), ["Table 7"]);
        assert_eq!(
            names("阿卜杜拉·买买提").expect("a middle dot is a name"),
            ["阿卜杜拉·买买提"]
        );
        for (typed, found) in [
            ("王阿姨/李叔叔", '/'),
            ("王阿姨｜李叔叔", '｜'),
            ("王阿姨 李叔叔 小明", ' '),
            ("王阿姨\u{3000}李叔叔", ' '),
            ("王阿姨。李叔叔", '。'),
        ] {
            let error = names(typed).expect_err(typed);
            assert_eq!(error.kind, InputKind::LooksLikeAList { found }, "{typed}");
        }
    }

    #[test]
    fn numbers_take_full_width_digits_and_say_the_range() {
        assert_eq!(number::<u16>("３０", 1..=60), Ok(30));
        assert_eq!(number::<u8>(" 3 ", 1..=5), Ok(3));
        assert_eq!(number::<u8>("+3", 1..=5), Ok(3));
        assert_eq!(
            number::<u8>("9", 1..=5),
            Err(InputError::new(
                "9",
                InputKind::OutOfRange { min: 1, max: 5 }
            ))
        );
        assert_eq!(
            number::<u8>("999", 1..=5).map_err(|e| e.kind),
            Err(InputKind::OutOfRange { min: 1, max: 5 })
        );
        for bad in ["", "三", "3.5", "3x", "-"] {
            assert_eq!(
                number::<u8>(bad, 1..=5).map_err(|e| e.kind),
                Err(InputKind::NotANumber),
                "{bad:?}"
            );
        }
        assert_eq!(seed("４２"), Ok(42));
        assert!(seed("-1").is_err());
    }

    #[test]
    fn offsets_are_two_numbers() {
        assert_eq!(offset("1.5,-0.5", 20), Ok((1.5, -0.5)));
        assert_eq!(offset(" -2 , 3 ", 20), Ok((-2.0, 3.0)));
        assert_eq!(offset("１．５，－０．５", 20), Ok((1.5, -0.5)));
        for bad in ["1.5", "a,b", "1,2,3", "NaN,1", "inf,0"] {
            assert_eq!(
                offset(bad, 20).map_err(|e| e.kind),
                Err(InputKind::NotAnOffset),
                "{bad}"
            );
        }
        assert_eq!(
            offset("25,0", 20).map_err(|e| e.kind),
            Err(InputKind::OffsetTooLarge { max: 20 })
        );
    }

    #[test]
    fn dates_in_every_form_people_write() {
        let today = d(2026, 11, 24);
        for typed in [
            "2026-12-20",
            "２０２６－１２－２０",
            "2026/12/20",
            "2026.12.20",
            "20261220",
            "2026年12月20日",
            "2026 年 12 月 20 日",
            "２０２６年１２月２０日",
            "2026年12月20号",
            "12月20日",
            "12月20",
            "2026-12-20 ",
        ] {
            let input = date(typed).unwrap_or_else(|e| panic!("{typed}: {e}"));
            assert_eq!(input.resolve(today), Ok(d(2026, 12, 20)), "{typed}");
        }
        assert_eq!(
            date("2026-1-5").map(|i| i.resolve(today)),
            Ok(Ok(d(2026, 1, 5)))
        );
    }

    #[test]
    fn bad_dates_say_what_was_typed() {
        for bad in [
            "tomorrow",
            "2026-12",
            "12/20",
            "26-12-20",
            "2026年12月",
            "",
            "2026-12-20-1",
        ] {
            assert_eq!(
                date(bad).map_err(|e| e.kind),
                Err(InputKind::NotADate),
                "{bad:?}"
            );
        }
        let error = date("2026-02-30").expect_err("no such day");
        assert_eq!(error, InputError::new("2026-02-30", InputKind::NoSuchDay));
        assert_eq!(
            date("13月1日").map_err(|e| e.kind),
            Err(InputKind::NoSuchDay)
        );
        // 29 February exists in 2028, not in 2027.
        let leap = date("2月29日").expect("some year");
        assert_eq!(leap.resolve(d(2028, 1, 1)), Ok(d(2028, 2, 29)));
        assert_eq!(
            leap.resolve(d(2027, 1, 1)).map_err(|e| e.kind),
            Err(InputKind::NoSuchDay)
        );
    }

    #[test]
    fn months_are_read_as_people_write_them() {
        for good in [
            "2026-12",
            " 2026/12 ",
            "2026.1",
            "2026年12月",
            "２０２６年１２月",
            "2026-01",
        ] {
            assert!(month(good).is_ok(), "{good}");
        }
        assert_eq!(month("2026年3月"), Ok((2026, 3)));
        for bad in [
            "", "2026", "2026-13", "2026-0", "26-12", "2026-1-1", "12-2026x", "一月", "2026--1",
            "+202-1",
        ] {
            assert_eq!(
                month(bad).map_err(|e| e.kind),
                Err(InputKind::NotAMonth),
                "{bad}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn any_month_text_is_read_or_refused_and_a_month_reads_back(
            text in "\\PC{0,12}",
            year in 2000i16..3000,
            m in 1i8..=12,
        ) {
            let _ = month(&text);
            proptest::prop_assert_eq!(month(&format!("{year}-{m:02}")), Ok((year, m)));
            proptest::prop_assert_eq!(month(&format!("{year}年{m}月")), Ok((year, m)));
        }
    }

    #[test]
    fn times_of_day() {
        assert_eq!(time("04:00"), Ok(Time::constant(4, 0, 0, 0)));
        assert_eq!(time("4:30"), Ok(Time::constant(4, 30, 0, 0)));
        assert_eq!(time("０４：００"), Ok(Time::constant(4, 0, 0, 0)));
        assert_eq!(time("04:00:30"), Ok(Time::constant(4, 0, 30, 0)));
        for bad in ["25:00", "4", "4:0", "four", "04:60"] {
            assert!(time(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn errors_show_the_typed_value_and_an_example() {
        let error = date("明天").expect_err("not a date");
        let zh = error.describe(Lang::Zh);
        assert!(zh.message.contains("明天"), "{zh:?}");
        assert!(
            zh.hint
                .as_deref()
                .is_some_and(|h| h.contains("2026年12月20日")),
            "{zh:?}"
        );
        let en = error.describe(Lang::En);
        assert!(en.message.contains("明天"), "{en:?}");
        assert!(
            en.hint.as_deref().is_some_and(|h| h.contains("2026-12-20")),
            "{en:?}"
        );
    }
}
