//! `xiaoshi deck list | show | check`.

use std::path::Path;

use super::Output;
use super::report::write_json;
use crate::cli::{ListArgs, ShowArgs};
use crate::deck::json::CardJson;
use crate::deck::validate::count_by_suit;
use crate::deck::{self, Card, Deck, DeckError, Effort, Face, ProblemLine, Severity, Suit};
use crate::error::{Error, Result};
use crate::i18n::{self, Lang};
use crate::text::{pad, pad_left};

/// `deck list`: a table by display width, or a JSON array.
pub fn list(deck: &Deck, args: &ListArgs, lang: Lang, io: &mut Output<'_>) -> Result<()> {
    let cards = deck.cards.iter().filter(|card| {
        args.suit
            .is_none_or(|filter| card.face.suit() == filter.suit())
    });
    if args.json {
        let cards: Vec<CardJson> = cards.map(CardJson::from).collect();
        write_json(&cards, io)
    } else {
        write_table(cards, lang, io)
    }
}

/// `deck show ID`: one card with every field, or a JSON object.
pub fn show(
    deck: &Deck,
    origin: &str,
    args: &ShowArgs,
    lang: Lang,
    io: &mut Output<'_>,
) -> Result<()> {
    let Some(card) = deck.card(&args.id) else {
        return Err(Error::UnknownCard {
            id: args.id.clone(),
            deck: origin.to_string(),
            suggestion: closest_id(deck, &args.id),
        });
    };
    if args.json {
        return write_json(&CardJson::from(card), io);
    }
    let theme = match card.face.suit() {
        Some(suit) => suit.theme(),
        None => i18n::JOKER_THEME,
    };
    let (open, close) = match lang {
        Lang::Zh => ("（", "）"),
        Lang::En => (" (", ")"),
    };
    writeln!(
        io.out,
        "{}{open}{}{close}  {}",
        card.face.name(lang),
        theme.get(lang),
        card.id
    )?;
    let minutes = format!(
        "{}{open}{}{close}",
        i18n::fill(i18n::MINUTES_ABOUT.get(lang), card.minutes),
        effort(card.face).get(lang)
    );
    let mut rows = vec![
        (i18n::LABEL_TITLE, card.title.as_str(lang)),
        (i18n::LABEL_ACTION, card.action.as_str(lang)),
        (i18n::LABEL_TIME, minutes.as_str()),
    ];
    if let Some(tip) = &card.tip {
        rows.push((i18n::LABEL_TIP, tip.as_str(lang)));
    }
    let label_width = rows
        .iter()
        .map(|(label, _)| crate::text::width(label.get(lang)))
        .max()
        .unwrap_or(0);
    for (label, value) in rows {
        writeln!(io.out, "{}  {value}", pad(label.get(lang), label_width))?;
    }
    Ok(())
}

/// `deck check FILE`: exit 0 with a summary if valid, else every problem.
pub fn check(file: &Path, lang: Lang, io: &mut Output<'_>) -> Result<()> {
    let origin = file.display().to_string();
    match deck::load_file(file) {
        Ok(loaded) => {
            for warning in &loaded.warnings {
                writeln!(io.err, "{}", ProblemLine(&origin, warning))?;
            }
            let kind = if loaded.deck.complete {
                i18n::KIND_COMPLETE
            } else {
                i18n::KIND_PARTIAL
            };
            let summary = i18n::fill_named(
                i18n::CHECK_OK.get(lang),
                &[
                    ("file", &origin),
                    ("count", &loaded.deck.cards.len()),
                    ("kind", &kind.get(lang)),
                ],
            );
            writeln!(io.out, "{summary}")?;
            let counts = count_by_suit(&loaded.deck);
            let per_suit: Vec<String> = Suit::ALL
                .into_iter()
                .map(Some)
                .chain([None])
                .map(|suit| {
                    let name = suit.map_or(i18n::JOKER, Suit::name);
                    format!("{} {}", name.get(lang), counts.get(&suit).unwrap_or(&0))
                })
                .collect();
            writeln!(io.out, "  {}", per_suit.join(", "))?;
            Ok(())
        }
        Err(DeckError::Invalid { origin, problems }) => {
            // Unlike other commands, which show the first few, check lists all.
            for problem in &problems {
                writeln!(io.err, "{}", ProblemLine(&origin, problem))?;
            }
            let errors = problems
                .iter()
                .filter(|p| p.severity == Severity::Error)
                .count();
            Err(Error::InvalidDeck { origin, errors })
        }
        Err(other) => Err(other.into()),
    }
}

fn effort(face: Face) -> i18n::Text {
    match face.rank().map(|rank| rank.effort()) {
        Some(Effort::Moment) => i18n::EFFORT_MOMENT,
        Some(Effort::Hour) => i18n::EFFORT_HOUR,
        Some(Effort::Group) => i18n::EFFORT_GROUP,
        None => i18n::EFFORT_JOKER,
    }
}

/// Cards as aligned columns. Suits are written as names, not ♥♠♣♦: the
/// symbols are ambiguous-width and would misalign in CJK-wide terminals.
fn write_table<'a>(
    cards: impl Iterator<Item = &'a Card>,
    lang: Lang,
    io: &mut Output<'_>,
) -> Result<()> {
    let rows: Vec<[String; 5]> = cards
        .map(|card| {
            let suit = card.face.suit().map_or(i18n::JOKER, Suit::name);
            [
                card.id.clone(),
                suit.get(lang).to_string(),
                card.face.rank().map_or("", |r| r.label()).to_string(),
                card.minutes.to_string(),
                card.title.as_str(lang).to_string(),
            ]
        })
        .collect();
    let header = [
        i18n::COL_ID,
        i18n::COL_SUIT,
        i18n::COL_RANK,
        i18n::COL_MINUTES,
        i18n::COL_TITLE,
    ]
    .map(|text| text.get(lang).to_string());
    let mut widths = [0usize; 5];
    for row in std::iter::once(&header).chain(&rows) {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(crate::text::width(cell));
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        writeln!(
            io.out,
            "{}  {}  {}  {}  {}",
            pad(&row[0], widths[0]),
            pad(&row[1], widths[1]),
            pad(&row[2], widths[2]),
            pad_left(&row[3], widths[3]),
            row[4]
        )?;
    }
    Ok(())
}

/// The id most like a mistyped one, if any is close enough to be a fair guess.
fn closest_id(deck: &Deck, typed: &str) -> Option<String> {
    let typed = typed.to_ascii_lowercase();
    deck.cards
        .iter()
        .map(|card| (strsim::levenshtein(&typed, &card.id), &card.id))
        .filter(|(distance, _)| *distance <= 2)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, id)| id.clone())
}
