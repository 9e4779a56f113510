//! The workshop's pledge notice for the stairwell board (`workshop report
//! --format pdf`): a poster of the pledges grouped by suit, each heading
//! with its suit's symbol and colour, each pledge as the participant's name
//! (never broken across lines) and the card's title or their own words, with
//! the date it is due and the note under it. The date and time are local.
//! Nothing technical is printed: no seed, session code, hand size or minutes.
//!
//! The poster engine ([`crate::export::poster`]) sets it for two metres: a
//! notice with many pledges flows onto a second page rather than shrinking.

use jiff::tz::TimeZone;

use super::session::{Phase, Pledge, Session};
use crate::deck::Pile;
use crate::export::geometry::Paper;
use crate::export::poster::{self, Entry, Mark, Poster, Section, Words};
use crate::export::stairwell::ROSE;
use crate::export::tracker::printable_name;
use crate::export::typeset::Marked;
use crate::export::{ExportError, Exported, Fonts, Printed};
use crate::i18n::{self, Lang, export as paper_text, report as t};

/// When the session was held, in the local time zone: its date, and the
/// time it ended if it has.
pub fn when(session: &Session, lang: Lang, zone: &TimeZone) -> String {
    let date = paper_text::full_date(lang, session.date);
    match session.phase {
        Phase::Ended { at } => {
            let local = zone.to_datetime(at);
            format!("{date} {}", local.strftime("%H:%M"))
        }
        _ => date,
    }
}

/// The subtitle's parts: when, how many came, how many pledged.
pub fn subtitle_parts(session: &Session, lang: Lang, zone: &TimeZone) -> [String; 3] {
    [
        i18n::fill(t::NOTICE_WHEN.get(lang), when(session, lang, zone)),
        i18n::fill(t::NOTICE_PEOPLE.get(lang), session.setup.participants.len()),
        i18n::fill(t::NOTICE_PLEDGED.get(lang), session.pledges.len()),
    ]
}

/// The pledge's main line: the name, kept whole and bold, then the card's
/// title (or the joker's own words) in `lang`.
fn pledge_line(pledge: &Pledge, lang: Lang) -> Marked {
    let mut line = Marked::default();
    line.push_kept(&printable_name(&pledge.participant), true);
    line.push(lang.colon());
    match &pledge.words {
        Some(words) => line.push(words),
        None => line.push(pledge.title.get(lang)),
    };
    line
}

/// "by 1 December · Saturday morning": the due date and the note, in the
/// first language (the second has the card's title; a date needs no more).
fn pledge_detail(pledge: &Pledge, lang: Printed) -> Option<Words> {
    let by = |l: Lang| {
        pledge.by.map(|by| {
            let mut marked = Marked::default();
            marked.push_kept(
                &i18n::fill(t::BY_DATE.get(l), paper_text::month_day(l, by)),
                false,
            );
            marked
        })
    };
    let langs = lang.langs();
    let mut main = by(langs[0]).unwrap_or_default();
    if let Some(note) = &pledge.note {
        if !main.text.is_empty() {
            main.push(" · ");
        }
        main.push(&printable_name(note));
    }
    (!main.text.is_empty()).then(|| Words::new(main))
}

/// The notice as a poster document.
pub fn poster(session: &Session, lang: Printed, zone: &TimeZone) -> Poster {
    let printed = |make: &dyn Fn(Lang) -> String| Words::printed(lang, |l| Marked::plain(&make(l)));
    // Its parts stay whole: a line breaks only between them.
    let subtitle = Words::printed(lang, |l| {
        let mut marked = Marked::default();
        for (i, part) in subtitle_parts(session, l, zone).iter().enumerate() {
            if i > 0 {
                marked.push(" · ");
            }
            marked.push_kept(part, false);
        }
        marked
    });
    let mut sections: Vec<Section> = session
        .pledges_by_pile()
        .into_iter()
        .map(|(pile, pledges)| {
            let (mark, color) = match pile.suit() {
                Some(suit) => (Mark::Suit(suit), poster::suit_color(suit)),
                None => (Mark::Home, ROSE),
            };
            // The suit's name and its theme each stay whole on a line.
            let heading = Words::printed(lang, |l| {
                let (name, theme) = names(pile, l);
                let mut marked = Marked::default();
                marked.push_kept(name, false);
                marked.push(" · ");
                marked.push_kept(theme, false);
                marked
            });
            let entries = pledges
                .into_iter()
                .map(|pledge| {
                    let langs = lang.langs();
                    let beneath = match (&pledge.words, langs.get(1)) {
                        (None, Some(&second)) => Some(Marked::plain(pledge.title.get(second))),
                        _ => None,
                    };
                    Entry::Text {
                        words: Words {
                            main: pledge_line(pledge, langs[0]),
                            beneath,
                        },
                        detail: pledge_detail(pledge, lang),
                    }
                })
                .collect();
            Section {
                heading: Some(heading),
                mark: Some(mark),
                color,
                entries,
            }
        })
        .collect();
    if sections.is_empty() {
        sections.push(Section {
            heading: None,
            mark: None,
            color: poster::ACCENT,
            entries: vec![Entry::text(printed(&|l| t::NO_PLEDGES.get(l).to_string()))],
        });
    }
    Poster {
        title: printed(&|l| t::NOTICE_TITLE.get(l).to_string()),
        subtitle: Some(subtitle),
        sections,
        footnote: Some(printed(&|l| t::PRINT_FOOTER.get(l).to_string())),
        columns: 1,
        lang,
        accent: poster::ACCENT,
    }
}

/// A pile's name and theme: `红桃`, `邻里破冰`.
fn names(pile: Pile, lang: Lang) -> (&'static str, &'static str) {
    match pile.suit() {
        Some(suit) => (*suit.name().get(lang), *suit.theme().get(lang)),
        None => (*i18n::JOKER.get(lang), *i18n::JOKER_THEME.get(lang)),
    }
}

/// A pile's heading without its symbol (the poster draws it): `红桃 · 邻里破冰`.
pub fn heading(pile: Pile, lang: Lang) -> String {
    let (name, theme) = names(pile, lang);
    format!("{name} · {theme}")
}

/// The notice as a PDF: in one column, or two if that takes fewer pages.
pub fn pdf(
    session: &Session,
    lang: Printed,
    zone: &TimeZone,
    paper: Paper,
    fonts: &Fonts,
) -> Result<Exported, ExportError> {
    let mut poster = poster(session, lang, zone);
    let pages = |poster: &Poster| poster::layout(poster, paper, fonts).pages.len();
    let one = pages(&poster);
    poster.columns = 2;
    if pages(&poster) >= one {
        poster.columns = 1;
    }
    let title = lang.with(|l| {
        format!(
            "{} · {}",
            t::NOTICE_TITLE.get(l),
            paper_text::full_date(l, session.date)
        )
    });
    crate::export::poster_pdf(&poster, paper, fonts, &title)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Deck;
    use crate::export::poster::{BODY_FLOOR, FLOOR, Part, Role, layout};
    use crate::i18n::Lang;
    use crate::workshop::session::PledgeRequest;
    use crate::workshop::setup::Setup;
    use jiff::civil::date;

    /// A session of `people` who all pledged, with a due date and a note.
    fn pledged(people: usize) -> Session {
        let deck = Deck::builtin().expect("deck");
        let names: Vec<String> = (1..=people).map(|i| format!("邻居{i}号")).collect();
        let mut setup = Setup::new(names);
        setup.hand = 1;
        let now = "2026-11-24T06:30:00Z".parse().expect("ts");
        let mut session = Session::new("s".into(), setup, &deck, None, date(2026, 11, 24), now);
        session.deal(&deck).expect("deal");
        for person in 0..people {
            let card = session.hand(person)[0].clone();
            let joker = card.starts_with("joker");
            let request = PledgeRequest {
                card,
                words: joker.then(|| "教隔壁阿婆用手机挂号".to_string()),
                by: Some(date(2026, 12, 17)),
                note: Some("周六上午，和三楼的邻居一起".into()),
            };
            session.pledge(person, request, &deck, now).expect("pledge");
        }
        session.end(now);
        session
    }

    #[test]
    fn fifty_four_pledges_flow_onto_more_pages_at_full_size() {
        let fonts = Fonts::builtin().expect("font");
        let shanghai = TimeZone::get("Asia/Shanghai").expect("zone");
        let session = pledged(40);
        // 40 participants is the most a session takes; with the jokers'
        // own words and two languages this is the longest notice there is.
        let mut long = poster(&session, Printed::paired(Lang::Zh), &shanghai);
        // 54 pledges: the sections of a second session added.
        let extra = poster(&pledged(14), Printed::paired(Lang::Zh), &shanghai);
        long.sections.extend(extra.sections);
        let count: usize = long.sections.iter().map(|s| s.entries.len()).sum();
        assert_eq!(count, 54);
        let laid = layout(&long, Paper::A4, &fonts);
        assert!(laid.pages.len() >= 2, "{} pages", laid.pages.len());
        for page in &laid.pages {
            for placed in &page.placed {
                for run in placed.scene.texts() {
                    assert!(run.size >= FLOOR);
                    if placed.role == Role::Body {
                        assert!(run.size >= BODY_FLOOR, "{}", run.size);
                    }
                }
            }
        }
        // Each suit's heading is with its first pledge.
        for (s, _) in long.sections.iter().enumerate() {
            let find = |part: Part| {
                laid.pages.iter().enumerate().find_map(|(p, page)| {
                    page.placed
                        .iter()
                        .find(|placed| placed.part == part)
                        .map(|placed| (p, placed.column))
                })
            };
            assert_eq!(
                find(Part::Heading {
                    section: s,
                    continued: false
                }),
                find(Part::Entry {
                    section: s,
                    entry: 0
                }),
                "section {s}"
            );
        }
    }

    #[test]
    fn the_notice_says_local_time_and_nothing_technical() {
        let shanghai = TimeZone::get("Asia/Shanghai").expect("zone");
        let session = pledged(3);
        let notice = poster(&session, Printed::only(Lang::Zh), &shanghai);
        let subtitle = &notice.subtitle.as_ref().expect("subtitle").main.text;
        // Ended at 06:30 UTC: 14:30 in Shanghai.
        assert!(subtitle.contains("2026年11月24日 14:30"), "{subtitle}");
        let all: String = notice
            .sections
            .iter()
            .flat_map(|s| &s.entries)
            .map(|e| format!("{e:?}"))
            .collect();
        assert!(all.contains("12月17日前完成"), "{all}");
        for technical in ["001A", "种子 42", "seed", "每人张数", "分钟"] {
            assert!(
                !all.contains(technical) && !subtitle.contains(technical),
                "{technical}"
            );
        }
        let utc = poster(&session, Printed::only(Lang::En), &TimeZone::UTC);
        let subtitle = &utc.subtitle.as_ref().expect("subtitle").main.text;
        assert!(subtitle.contains("24 November 2026 06:30"), "{subtitle}");
    }
}
