//! "This month on our stairwell" (`xiaoshi export --poster`): a blank
//! poster for the notice board with the month's 爱邻日 (the 20th) and its
//! weekday, the activity season (the 15th to the 25th), and lines to write
//! the tea talk's time and place and what the stairwell will do together:
//! as many of those lines as the paper has room for on one page.

use jiff::civil::Date;

use super::Printed;
use super::fonts::Fonts;
use super::geometry::Paper;
use super::poster::{ACCENT, Entry, Mark, Poster, Section, Words, layout};
use super::typeset::Marked;
use crate::i18n::export as text;
use crate::i18n::{Lang, fill_named};

/// The 爱邻日's colour on posters: the red joker's rose.
pub const ROSE: super::scene::Rgb = super::scene::Rgb(0xa8, 0x36, 0x4b);

/// Most lines to write on: what the stairwell will do this month.
const MOST_LINES: usize = 4;

/// The poster for `year`-`month` on one page of `paper`.
pub fn poster(year: i16, month: i8, lang: Printed, paper: Paper, fonts: &Fonts) -> Poster {
    let mut lines = MOST_LINES;
    loop {
        let poster = with_lines(year, month, lang, lines);
        if lines == 1 || layout(&poster, paper, fonts).pages.len() == 1 {
            return poster;
        }
        lines -= 1;
    }
}

/// The poster with `lines` lines to write on at the end.
fn with_lines(year: i16, month: i8, lang: Printed, lines: usize) -> Poster {
    let on = |day: i8| Date::new(year, month, day).unwrap_or_default();
    let love_day = on(20);
    let printed = |make: &dyn Fn(Lang) -> String| Words::printed(lang, |l| Marked::plain(&make(l)));
    let love_when = |l: Lang| {
        let mut marked = Marked::default();
        marked.push_kept(&text::month_day(l, love_day), false);
        marked.push(" ");
        marked.push_kept(text::weekday(l, love_day, true), false);
        marked
    };
    let season = |l: Lang| text::season(l, month);
    // A label to write after is one line in every language: 时间 Time ____.
    let write_in = |label: crate::i18n::Text, lines: usize| Entry::WriteIn {
        label: Words::plain(&lang.with(|l| label.get(l).to_string()).replace(" / ", "  ")),
        lines,
    };
    Poster {
        title: printed(&|l| text::STAIRWELL_TITLE.get(l).to_string()),
        subtitle: Some(printed(&|l| {
            fill_named(
                text::STAIRWELL_MONTH.get(l),
                &[("month", &text::month(l, year, month))],
            )
        })),
        sections: vec![
            Section {
                heading: Some(printed(&|l| text::LOVE_DAY_LONG.get(l).to_string())),
                mark: Some(Mark::Home),
                color: ROSE,
                entries: vec![Entry::Highlight {
                    words: Words::printed(lang, love_when),
                    detail: Some(printed(&|l| text::STAIRWELL_LOVE_DAY.get(l).to_string())),
                }],
            },
            Section {
                heading: Some(printed(&|l| text::SEASON.get(l).to_string())),
                mark: None,
                color: ACCENT,
                entries: vec![Entry::Highlight {
                    words: printed(&season),
                    detail: Some(printed(&|l| text::STAIRWELL_SEASON.get(l).to_string())),
                }],
            },
            Section {
                heading: Some(printed(&|l| text::STAIRWELL_TEA.get(l).to_string())),
                mark: None,
                color: ACCENT,
                entries: vec![
                    write_in(text::STAIRWELL_TIME, 0),
                    write_in(text::STAIRWELL_PLACE, 0),
                ],
            },
            Section {
                heading: Some(printed(&|l| text::STAIRWELL_OURS.get(l).to_string())),
                mark: None,
                color: ACCENT,
                entries: vec![Entry::WriteIn {
                    label: Words::default(),
                    lines,
                }],
            },
        ],
        footnote: Some(printed(&|l| text::STAIRWELL_FOOT.get(l).to_string())),
        columns: 1,
        lang,
        accent: ACCENT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::poster::{Part, Role};
    use crate::i18n::Lang;

    #[test]
    fn the_month_poster_names_the_day_and_the_season_on_one_page() {
        let fonts = Fonts::builtin().expect("font");
        for (lang, expected) in [
            (
                Printed::paired(Lang::Zh),
                ["12月20日", "Sunday", "15 to 25 December", "Tea talk"],
            ),
            (
                Printed::only(Lang::Zh),
                ["12月20日", "星期日", "12月15日至25日", "茶话会"],
            ),
            (
                Printed::only(Lang::En),
                ["20 December", "Sunday", "15 to 25 December", "Tea talk"],
            ),
        ] {
            for paper in [Paper::A4, Paper::A3, Paper::Letter] {
                let poster = poster(2026, 12, lang, paper, &fonts);
                let laid = layout(&poster, paper, &fonts);
                assert_eq!(laid.pages.len(), 1, "{lang:?} {paper:?}");
                let all: String = laid.pages()[0]
                    .scene
                    .texts()
                    .iter()
                    .map(|r| r.text.as_str())
                    .collect();
                for words in expected {
                    assert!(all.contains(words), "{words}: {all}");
                }
                // Lines to write what the stairwell will do: as many as fit.
                let lines = laid.pages[0]
                    .placed
                    .iter()
                    .filter(|p| {
                        p.role == Role::Rule && matches!(p.part, Part::Entry { section: 3, .. })
                    })
                    .count();
                // Letter is 18 mm shorter than A4: in two languages it keeps one.
                let least = if paper == Paper::Letter { 1 } else { 2 };
                assert!(lines >= least, "{lang:?} {paper:?}: {lines} lines");
                if lang == Printed::only(Lang::Zh) && paper != Paper::Letter {
                    assert_eq!(lines, MOST_LINES);
                }
            }
        }
    }
}
