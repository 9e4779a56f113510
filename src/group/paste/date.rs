//! The day a 接龙 list is for, from its title: `12月5日`, `12.5`, `12/5`,
//! `2026年12月5日`, `2026-12-05`, `十二月五日`, `（12月5日）`, and the
//! round's day `第5天` / `第五天`.

use jiff::civil::Date;

use crate::group::normal::{self, half_width};

/// A date written in the text, and the text it was written as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub date: Date,
    pub text: String,
}

/// A run of ASCII digits at `at` (at most `max`), its value and length.
fn digits_at(chars: &[char], at: usize, max: usize) -> Option<(u32, usize)> {
    let len = chars[at..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if len == 0 || len > max {
        return None;
    }
    let value = chars[at..at + len]
        .iter()
        .fold(0u32, |acc, c| acc * 10 + c.to_digit(10).unwrap_or(0));
    Some((value, len))
}

/// A Chinese number (`十二`) at `at`, its value and length.
fn chinese_at(chars: &[char], at: usize) -> Option<(u32, usize)> {
    let len = chars[at..]
        .iter()
        .take_while(|c| normal::is_chinese_numeral(**c))
        .count()
        .min(3);
    (1..=len).rev().find_map(|n| {
        let text: String = chars[at..at + n].iter().collect();
        normal::chinese_number(&text).map(|value| (value, n))
    })
}

/// A number at `at`, written in digits or in Chinese.
fn number_at(chars: &[char], at: usize, max_digits: usize) -> Option<(u32, usize)> {
    digits_at(chars, at, max_digits).or_else(|| chinese_at(chars, at))
}

/// Month and day to a date: the year written, or the year that puts the
/// day nearest `today` (a list from late December read in January is last
/// year's).
fn resolve(year: Option<u32>, month: u32, day: u32, today: Date) -> Option<Date> {
    let month = i8::try_from(month).ok()?;
    let day = i8::try_from(day).ok()?;
    if let Some(year) = year {
        return Date::new(i16::try_from(year).ok()?, month, day).ok();
    }
    let this = today.year();
    [this - 1, this, this + 1]
        .into_iter()
        .filter_map(|year| Date::new(year, month, day).ok())
        .min_by_key(|date| {
            today
                .until(*date)
                .map(|span| span.get_days().unsigned_abs())
                .unwrap_or(u32::MAX)
        })
}

/// One date starting at `at`: (year?, month, day, chars used).
fn date_at(chars: &[char], at: usize) -> Option<(Option<u32>, u32, u32, usize)> {
    // With the year: 2026年12月5日, 2026-12-05, 2026.12.5, 2026/12/5.
    if let Some((year, len)) = digits_at(chars, at, 4).filter(|(_, len)| *len == 4) {
        let mut i = at + len;
        let sep = *chars.get(i)?;
        if !matches!(sep, '年' | '-' | '.' | '/') {
            return None;
        }
        i += 1;
        let (month, len) = digits_at(chars, i, 2)?;
        i += len;
        let sep2 = *chars.get(i)?;
        let ok = if sep == '年' {
            sep2 == '月'
        } else {
            sep2 == sep
        };
        if !ok {
            return None;
        }
        i += 1;
        let (day, len) = digits_at(chars, i, 2)?;
        i += len;
        if matches!(chars.get(i), Some('日' | '号')) {
            i += 1;
        }
        return Some((Some(year), month, day, i - at));
    }
    let (month, len) = number_at(chars, at, 2)?;
    let mut i = at + len;
    let chinese_month = !chars[at].is_ascii_digit();
    match chars.get(i) {
        Some('月') => {
            i += 1;
            let (day, len) = number_at(chars, i, 2)?;
            i += len;
            if matches!(chars.get(i), Some('日' | '号')) {
                i += 1;
            }
            Some((None, month, day, i - at))
        }
        // 12.5 and 12/5: digits only, and not a decimal or a longer number.
        Some('.' | '/') if !chinese_month => {
            i += 1;
            let (day, len) = digits_at(chars, i, 2)?;
            i += len;
            // `2.5公里` is a distance, `1.2.3` a list of numbers.
            if chars
                .get(i)
                .is_some_and(|c| c.is_ascii_digit() || UNITS.contains(*c))
                || (matches!(chars.get(i), Some('.' | '/'))
                    && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit()))
            {
                return None;
            }
            if matches!(chars.get(i), Some('日' | '号')) {
                i += 1;
            }
            Some((None, month, day, i - at))
        }
        _ => None,
    }
}

/// What may follow a number that is a measure, not a day: `2.5公里`.
const UNITS: &str = "公米斤元块个次小分秒%千万亿倍克升度岁楼栋层室kKmMgG";

/// Where a number may start: not in the middle of another number (`1.2.3`
/// has no date starting at its `2`).
fn starts_number(chars: &[char], at: usize) -> bool {
    let numeric = |c: char| c.is_ascii_digit() || normal::is_chinese_numeral(c);
    if !numeric(chars[at]) {
        return false;
    }
    match at {
        0 => true,
        1 => !numeric(chars[0]),
        _ => {
            let in_number = numeric(chars[at - 1])
                || (matches!(chars[at - 1], '.' | '/' | '-' | ':')
                    && chars[at - 2].is_ascii_digit());
            !in_number
        }
    }
}

/// The first date written in `text`, read as the day nearest `today` when
/// the year is left out.
pub fn find_date(text: &str, today: Date) -> Option<Found> {
    let chars: Vec<char> = text.chars().map(half_width).collect();
    (0..chars.len())
        .filter(|&at| starts_number(&chars, at))
        .find_map(|at| {
            let (year, month, day, len) = date_at(&chars, at)?;
            let date = resolve(year, month, day, today)?;
            Some(Found {
                date,
                text: text.chars().skip(at).take(len).collect(),
            })
        })
}

/// A date at the very start of `text` (after an opening bracket or `#`):
/// such a line is a list's title (`12.6 打卡接龙`), never an entry.
pub fn starts_with_date(text: &str, today: Date) -> bool {
    let chars: Vec<char> = text
        .chars()
        .map(half_width)
        .skip_while(|c| matches!(c, '#' | '(' | '【' | '[' | ' '))
        .collect();
    !chars.is_empty()
        && starts_number(&chars, 0)
        && date_at(&chars, 0)
            .and_then(|(year, month, day, _)| resolve(year, month, day, today))
            .is_some()
}

/// The round's day, `第5天` / `第五天` / `Day 5`.
pub fn find_round_day(text: &str) -> Option<u32> {
    let chars: Vec<char> = text.chars().map(half_width).collect();
    for at in 0..chars.len() {
        if chars[at] == '第' {
            let mut i = at + 1;
            while chars.get(i) == Some(&' ') {
                i += 1;
            }
            if i < chars.len()
                && let Some((n, len)) = number_at(&chars, i, 3)
            {
                let mut j = i + len;
                while chars.get(j) == Some(&' ') {
                    j += 1;
                }
                if chars.get(j) == Some(&'天') && n >= 1 {
                    return Some(n);
                }
            }
        }
        let word: String = chars[at..].iter().take(3).collect();
        if word.eq_ignore_ascii_case("day") && (at == 0 || !chars[at - 1].is_ascii_alphabetic()) {
            let mut i = at + 3;
            while chars.get(i) == Some(&' ') {
                i += 1;
            }
            if let Some((n, _)) = digits_at(&chars, i.min(chars.len()), 3).filter(|(n, _)| *n >= 1)
            {
                return Some(n);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const TODAY: Date = date(2026, 12, 6);

    fn found(text: &str) -> Option<Date> {
        find_date(text, TODAY).map(|f| f.date)
    }

    #[test]
    fn the_forms_people_write() {
        let dec5 = Some(date(2026, 12, 5));
        for text in [
            "21天打卡 第5天（12月5日）",
            "12.5 打卡接龙",
            "12/5接龙",
            "１２月５日",
            "2026年12月5日 周六",
            "2026-12-05",
            "2026.12.5",
            "十二月五日打卡",
            "12月5号",
            "【12.5】",
        ] {
            assert_eq!(found(text), dec5, "{text}");
        }
        assert_eq!(
            find_date("第5天（12月5日）", TODAY).map(|f| f.text),
            Some("12月5日".to_string())
        );
    }

    #[test]
    fn the_year_is_the_nearest() {
        assert_eq!(
            find_date("12月30日", date(2027, 1, 2)).map(|f| f.date),
            Some(date(2026, 12, 30))
        );
        assert_eq!(
            find_date("1月2日", date(2026, 12, 30)).map(|f| f.date),
            Some(date(2027, 1, 2))
        );
        assert_eq!(
            find_date("2月29日", date(2028, 3, 1)).map(|f| f.date),
            Some(date(2028, 2, 29))
        );
    }

    #[test]
    fn what_is_not_a_date() {
        for text in [
            "走了2.5公里",
            "3号楼502",
            "12.345",
            "13月5日",
            "12月32日",
            "1.2.3",
            "第5天",
            "5-302",
            "",
            "电话13812345678",
        ] {
            assert_eq!(found(text), None, "{text}");
        }
    }

    #[test]
    fn title_lines_start_with_a_date_and_entries_do_not() {
        assert!(starts_with_date("12.6 打卡接龙", TODAY));
        assert!(starts_with_date("#12月6日", TODAY));
        assert!(!starts_with_date("1. 王阿姨", TODAY));
        assert!(!starts_with_date("1、王阿姨 12月6日", TODAY));
        assert!(!starts_with_date("王阿姨", TODAY));
    }

    #[test]
    fn round_days() {
        assert_eq!(find_round_day("21天打卡 第5天（12月5日）"), Some(5));
        assert_eq!(find_round_day("第 12 天"), Some(12));
        assert_eq!(find_round_day("第二十一天"), Some(21));
        assert_eq!(find_round_day("Day 3 check-in"), Some(3));
        assert_eq!(find_round_day("21天打卡"), None);
        assert_eq!(find_round_day("第0天"), None);
        assert_eq!(find_round_day("today"), None);
    }
}
