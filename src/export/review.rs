//! The month's review as a notice-board poster (`group review --format
//! pdf`): large type read from two metres, drawn by the poster engine
//! ([`super::poster`]). What it shows is what a neighbour may see: the
//! group's numbers, the suits, the small things done most, and the stories
//! of members who agreed to share their notes (with their name only if they
//! agreed to that too). Nobody's absence, no ids, no seeds; dates and the
//! time it was printed in local time.

use jiff::civil::DateTime;

use super::Printed;
use super::fonts::Fonts;
use super::geometry::Paper;
use super::poster::{self, ACCENT, Entry, Mark, Poster, Section, Words};
use super::stairwell::ROSE;
use super::typeset::Marked;
use super::{ExportError, Exported};
use crate::deck::{Deck, Suit};
use crate::group::Group;
use crate::group::review::{Review, Story};
use crate::i18n::export as dates;
use crate::i18n::group as t;
use crate::i18n::{Lang, count, fill, fill_named};

/// Most stories on the poster: the fullest notes of the month, shown in
/// date order (the Markdown review lists them all).
pub const STORIES_MAX: usize = 6;

/// The stories a poster shows: the [`STORIES_MAX`] with the most to say,
/// in date order.
pub fn chosen_stories(stories: &[Story]) -> Vec<&Story> {
    let mut chosen: Vec<(usize, &Story)> = stories.iter().enumerate().collect();
    chosen.sort_by_key(|(at, story)| (std::cmp::Reverse(story.note.chars().count()), *at));
    chosen.truncate(STORIES_MAX);
    chosen.sort_by_key(|(at, _)| *at);
    chosen.into_iter().map(|(_, story)| story).collect()
}

fn signed(n: i64) -> String {
    if n > 0 {
        format!("+{n}")
    } else {
        n.to_string()
    }
}

/// The review as a poster document.
pub fn poster(
    group: &Group,
    review: &Review,
    deck: &Deck,
    lang: Printed,
    printed_at: DateTime,
) -> Poster {
    let printed = |make: &dyn Fn(Lang) -> String| Words::printed(lang, |l| Marked::plain(&make(l)));
    let f = &review.figures;
    let month = |l: Lang| dates::month(l, review.month.year(), review.month.month());
    let mut sections = Vec::new();
    // The month in numbers.
    let mut numbers = vec![Entry::Highlight {
        words: printed(&|l| count(l, f.active, t::POSTER_ACTIVE_ONE, t::POSTER_ACTIVE)),
        detail: Some(printed(&|l| {
            count(l, f.members, t::POSTER_MEMBERS_ONE, t::POSTER_MEMBERS)
        })),
    }];
    numbers.push(Entry::Highlight {
        words: printed(&|l| count(l, f.checkins, t::POSTER_CHECKINS_ONE, t::POSTER_CHECKINS)),
        detail: Some(printed(&|l| {
            fill(t::POSTER_CHANGE.get(l), signed(review.change.checkins))
        })),
    });
    if f.rounds_completed > 0 {
        numbers.push(Entry::Highlight {
            words: printed(&|l| {
                count(
                    l,
                    f.rounds_completed,
                    t::POSTER_ROUNDS_ONE,
                    t::POSTER_ROUNDS,
                )
            }),
            detail: None,
        });
    }
    if review.longest_streak > 0 {
        numbers.push(Entry::text(printed(&|l| {
            format!(
                "{}{}{}",
                t::LABEL_LONGEST.get(l),
                l.colon(),
                crate::i18n::days(review.longest_streak, l)
            )
        })));
    }
    sections.push(Section {
        heading: Some(printed(&|l| t::POSTER_NUMBERS.get(l).to_string())),
        mark: Some(Mark::Home),
        color: ROSE,
        entries: numbers,
    });
    // The suits: one line each, with the suit's own mark in its colour.
    for suit in Suit::ALL {
        let count = f
            .by_suit
            .suits()
            .into_iter()
            .find(|(s, _)| *s == suit)
            .map_or(0, |(_, n)| n);
        sections.push(Section {
            heading: Some(Words::printed(lang, |l| {
                let mut marked = Marked::default();
                marked.push_kept(suit.name().get(l), false);
                marked.push(" · ");
                marked.push_kept(suit.theme().get(l), false);
                marked.push("  ");
                marked.push_kept(&crate::group::report::times(count, l), false);
                marked
            })),
            mark: Some(Mark::Suit(suit)),
            color: poster::suit_color(suit),
            entries: Vec::new(),
        });
    }
    if !review.top_cards.is_empty() {
        sections.push(Section {
            heading: Some(printed(&|l| t::LABEL_TOP_CARDS.get(l).to_string())),
            mark: None,
            color: ACCENT,
            entries: review
                .top_cards
                .iter()
                .map(|top| Entry::Text {
                    words: Words::printed(lang, |l| {
                        let mut marked = Marked::default();
                        match deck.card(&top.card) {
                            Some(card) => {
                                marked.push(card.title.as_str(l));
                            }
                            None => {
                                marked.push_kept(&top.card, false);
                            }
                        }
                        marked
                    }),
                    detail: Some(printed(&|l| crate::group::report::times(top.count, l))),
                })
                .collect(),
        });
    }
    let stories = chosen_stories(&review.stories);
    if !stories.is_empty() {
        sections.push(Section {
            heading: Some(printed(&|l| t::LABEL_STORIES.get(l).to_string())),
            mark: None,
            color: ACCENT,
            entries: stories
                .into_iter()
                .map(|story| Entry::Text {
                    // A note is the member's own words: printed as written.
                    words: Words::new(Marked::plain(&super::tracker::printable_name(&story.note))),
                    detail: Some(Words::printed(lang, |l| {
                        let who = story
                            .name
                            .as_deref()
                            .map(super::tracker::printable_name)
                            .unwrap_or_else(|| t::A_NEIGHBOUR.get(l).to_string());
                        let mut marked = Marked::default();
                        marked.push_kept(&dates::month_day(l, story.date), false);
                        marked.push(" · ");
                        marked.push_kept(&who, false);
                        marked
                    })),
                })
                .collect(),
        });
    }
    if !review.pledges.is_empty() {
        sections.push(Section {
            heading: Some(printed(&|l| t::LABEL_PLEDGES.get(l).to_string())),
            mark: Some(Mark::Home),
            color: ROSE,
            entries: review
                .pledges
                .iter()
                .map(|pledge| Entry::Text {
                    words: Words::printed(lang, |l| {
                        Marked::plain(&super::tracker::printable_name(
                            &crate::group::report::pledge_words(pledge, l),
                        ))
                    }),
                    detail: Some(Words::printed(lang, |l| {
                        let mut marked = Marked::default();
                        marked.push_kept(&dates::month_day(l, pledge.date), false);
                        if let Some(by) = pledge.by {
                            marked.push(" · ");
                            marked.push_kept(
                                &fill(t::PLEDGE_BY.get(l), dates::month_day(l, by)),
                                false,
                            );
                        }
                        marked
                    })),
                })
                .collect(),
        });
    }
    let when = printed_at.strftime("%Y-%m-%d %H:%M").to_string();
    Poster {
        title: Words::new(Marked::plain(&super::tracker::printable_name(&group.name))),
        subtitle: Some(printed(&|l| {
            fill_named(
                t::POSTER_SUBTITLE.get(l),
                &[
                    ("month", &month(l)),
                    ("through", &dates::month_day(l, review.through)),
                ],
            )
        })),
        sections,
        footnote: Some(printed(&|l| fill(t::POSTER_FOOT.get(l), &when))),
        columns: 1,
        lang,
        accent: ACCENT,
    }
}

/// The poster as a PDF: one column, or two if that takes fewer pages.
pub fn pdf(
    group: &Group,
    review: &Review,
    deck: &Deck,
    lang: Printed,
    printed_at: DateTime,
    paper: Paper,
    fonts: &Fonts,
) -> Result<Exported, ExportError> {
    let mut poster = poster(group, review, deck, lang, printed_at);
    let pages = |poster: &Poster| poster::layout(poster, paper, fonts).pages.len();
    let one = pages(&poster);
    poster.columns = 2;
    if pages(&poster) >= one {
        poster.columns = 1;
    }
    let title = lang.with(|l| {
        format!(
            "{} · {}",
            group.name,
            fill_named(
                t::POSTER_SUBTITLE.get(l),
                &[
                    (
                        "month",
                        &dates::month(l, review.month.year(), review.month.month())
                    ),
                    ("through", &dates::month_day(l, review.through)),
                ],
            )
        )
    });
    super::poster_pdf(&poster, paper, fonts, &title)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn story(day: i8, note: &str) -> Story {
        Story {
            date: date(2026, 12, day),
            name: None,
            note: note.into(),
            card: None,
        }
    }

    #[test]
    fn the_fullest_stories_in_date_order() {
        let stories: Vec<Story> = (1..=9)
            .map(|d| story(d, &"字".repeat(usize::from(d as u8 % 5) + 1)))
            .collect();
        let chosen: Vec<i8> = chosen_stories(&stories)
            .iter()
            .map(|s| s.date.day())
            .collect();
        assert_eq!(chosen.len(), STORIES_MAX);
        assert!(chosen.windows(2).all(|w| w[0] < w[1]), "{chosen:?}");
        assert!(
            chosen.contains(&4) && chosen.contains(&9),
            "the longest: {chosen:?}"
        );
        assert!(!chosen.contains(&5), "the shortest left out: {chosen:?}");
    }
}
