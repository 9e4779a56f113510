//! `xiaoshi deck list | show | check`.

use std::path::Path;

use super::Output;
use super::report::write_json;
use crate::cli::{ListArgs, ShowArgs};
use crate::deck::json::CardJson;
use crate::deck::validate::count_by_suit;
use crate::deck::{self, Card, Deck, DeckError, Effort, Face, Severity, Suit, problem_line};
use crate::error::{Error, Result};
use crate::i18n::{self, Describe, Lang};
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
    // Typed with an input method: `ｈｅａｒｔｓ－７` is hearts-7.
    let id = crate::input::fold(&args.id).trim().to_ascii_lowercase();
    let Some(card) = deck.card(&id) else {
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
    writeln!(
        io.out,
        "{}{}  {}",
        card.face.name(lang),
        lang.parenthesised(theme.get(lang)),
        card.id
    )?;
    let minutes = format!(
        "{}{}",
        i18n::fill(i18n::MINUTES_ABOUT.get(lang), card.minutes),
        lang.parenthesised(effort(card.face).get(lang))
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

/// `deck check FILE`: exit 0 with a summary if valid, else every problem
/// (exit 1); with `--json`, the same as JSON for tools and editors.
pub fn check(file: &Path, json: bool, lang: Lang, io: &mut Output<'_>) -> Result<()> {
    let origin = file.display().to_string();
    let loaded = deck::load_file(file);
    if json {
        write_json(&check_json(&origin, &loaded, lang), io)?;
    }
    match loaded {
        Ok(loaded) => {
            if json {
                return Ok(());
            }
            for warning in &loaded.warnings {
                writeln!(io.err, "{}", problem_line(&origin, warning, lang))?;
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
            writeln!(io.out, "  {}", lang.join(&per_suit))?;
            Ok(())
        }
        Err(DeckError::Invalid { origin, problems }) => {
            // Unlike other commands, which show the first few, check lists all.
            if !json {
                for problem in &problems {
                    writeln!(io.err, "{}", problem_line(&origin, problem, lang))?;
                }
            }
            Err(Error::InvalidDeck { origin, problems })
        }
        Err(other) => Err(other.into()),
    }
}

/// `deck check --json`: `{"file", "valid", "cards", "complete", "problems":
/// [{"code", "name", "severity", "line", "column", "card", "message", "hint"}]}`.
fn check_json(
    origin: &str,
    loaded: &std::result::Result<deck::Loaded, DeckError>,
    lang: Lang,
) -> serde_json::Value {
    use serde_json::json;
    let problem = |problem: &deck::Problem| {
        let (code, name) = problem.code();
        let said = problem.describe(lang);
        json!({
            "code": code,
            "name": name,
            "severity": match problem.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            "line": problem.line,
            "column": null,
            "card": problem.card,
            "message": said.message,
            "hint": said.hint,
        })
    };
    let (valid, cards, complete, problems) = match loaded {
        Ok(loaded) => (
            true,
            Some(loaded.deck.cards.len()),
            Some(loaded.deck.complete),
            loaded.warnings.iter().map(problem).collect(),
        ),
        Err(DeckError::Invalid { problems, .. }) => {
            (false, None, None, problems.iter().map(problem).collect())
        }
        Err(error) => {
            let (code, name) = error.code().unwrap_or(("E000", "unknown"));
            let (line, column) = error.position();
            let said = error.describe_alone(lang);
            let one = json!({
                "code": code,
                "name": name,
                "severity": "error",
                "line": line,
                "column": column,
                "card": null,
                "message": said.message,
                "hint": said.hint,
            });
            (false, None, None, vec![one])
        }
    };
    let problems: Vec<serde_json::Value> = problems;
    json!({
        "file": origin,
        "valid": valid,
        "cards": cards,
        "complete": complete,
        "problems": problems,
    })
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
                card.id.to_string(),
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
        .map(|(_, id)| id.to_string())
}
