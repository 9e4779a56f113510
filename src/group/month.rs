//! A calendar month (`2026-12`): what a review, a summary and a check-in
//! file are about.

use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    year: i16,
    month: i8,
}

impl Month {
    /// The month, if it is a real one (years 1–9999, months 1–12).
    pub fn new(year: i16, month: i8) -> Option<Month> {
        ((1..=9999).contains(&year) && (1..=12).contains(&month)).then_some(Month { year, month })
    }

    /// The month a day falls in.
    pub fn of(day: Date) -> Month {
        Month {
            year: day.year(),
            month: day.month(),
        }
    }

    pub fn year(self) -> i16 {
        self.year
    }

    pub fn month(self) -> i8 {
        self.month
    }

    pub fn first_day(self) -> Date {
        Date::new(self.year, self.month, 1).unwrap_or(Date::MIN)
    }

    pub fn last_day(self) -> Date {
        self.first_day().last_of_month()
    }

    pub fn contains(self, day: Date) -> bool {
        Month::of(day) == self
    }

    /// The month before; `None` before year 1.
    pub fn previous(self) -> Option<Month> {
        if self.month == 1 {
            Month::new(self.year - 1, 12)
        } else {
            Month::new(self.year, self.month - 1)
        }
    }

    /// The month after; `None` after 9999-12.
    pub fn next(self) -> Option<Month> {
        if self.month == 12 {
            Month::new(self.year.checked_add(1)?, 1)
        } else {
            Month::new(self.year, self.month + 1)
        }
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// Why a month could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadMonth {
    pub text: String,
}

impl FromStr for Month {
    type Err = BadMonth;

    /// `2026-12`, `2026-1`, `2026.12`, `2026/12`, `2026年12月`, with
    /// full-width digits too.
    fn from_str(text: &str) -> Result<Month, BadMonth> {
        let bad = || BadMonth {
            text: text.to_string(),
        };
        let folded: String = text.trim().chars().map(super::normal::half_width).collect();
        let folded = folded.strip_suffix('月').unwrap_or(&folded);
        let (year, month) = folded.split_once(['-', '.', '/', '年']).ok_or_else(bad)?;
        let digits = |s: &str, max: usize| {
            (!s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<i16>().ok())
                .flatten()
        };
        let year = digits(year, 4).ok_or_else(bad)?;
        let month = digits(month, 2).ok_or_else(bad)?;
        Month::new(year, i8::try_from(month).map_err(|_| bad())?).ok_or_else(bad)
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Month, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse()
            .map_err(|_| serde::de::Error::custom(format!("`{text}` is not a month (YYYY-MM)")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn reads_the_ways_people_write_a_month() {
        let december = Month::new(2026, 12).expect("month");
        for text in [
            "2026-12",
            "2026.12",
            "2026/12",
            "2026年12月",
            "２０２６－１２",
        ] {
            assert_eq!(text.parse::<Month>(), Ok(december), "{text}");
        }
        assert_eq!(
            "2026-1".parse::<Month>(),
            Month::new(2026, 1).ok_or(BadMonth {
                text: String::new()
            })
        );
        for text in [
            "2026-13", "2026-00", "12-2026x", "2026", "", "99999-01", "2026-+1",
        ] {
            assert!(text.parse::<Month>().is_err(), "{text}");
        }
    }

    #[test]
    fn days_and_neighbours() {
        let month = Month::of(date(2028, 2, 10));
        assert_eq!(month.to_string(), "2028-02");
        assert_eq!(month.last_day(), date(2028, 2, 29));
        assert_eq!(
            month.previous().map(|m| m.to_string()),
            Some("2028-01".into())
        );
        let january = Month::new(2027, 1).expect("month");
        assert_eq!(
            january.previous().map(|m| m.to_string()),
            Some("2026-12".into())
        );
        assert_eq!(Month::new(9999, 12).and_then(Month::next), None);
        assert!(month.contains(date(2028, 2, 29)));
        assert!(!month.contains(date(2028, 3, 1)));
    }

    #[test]
    fn serialises_as_text() {
        let month = Month::new(2026, 3).expect("month");
        let json = serde_json::to_string(&month).expect("json");
        assert_eq!(json, "\"2026-03\"");
        assert_eq!(serde_json::from_str::<Month>(&json).expect("back"), month);
    }
}
