//! A session's report in five formats: Markdown (to paste), CSV (for a
//! spreadsheet), JSON (for scripts), HTML (the pledges for a screen) and PDF
//! (the notice for the stairwell board, 楼道公告栏: [`super::notice`]). All
//! carry the same pledges grouped by suit; Markdown, CSV and JSON also the
//! session's settings (seed, hand size, minutes), which HTML and PDF, made
//! for the public, leave out. Times are in the local time zone.

use std::io::{self, Write};

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde::Serialize;

use super::session::{Phase, Pledge, Session};
use crate::deck::{Card, Deck, Pile};
use crate::i18n::Printed;
use crate::i18n::{self, Lang, report as t};
use crate::text::escape_markup as escape;
use crate::text::sanitize::{self, spreadsheet_cell};

/// The formats of `workshop report --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Md,
    Csv,
    Json,
    Html,
    /// The notice for the stairwell board, on A4 (or `--paper a3`).
    Pdf,
    /// The 承诺卡 sheet: a card per pledge to cut out (PDF, A4).
    Cards,
    /// The pledges for the group chat: a line each, in Chinese unless
    /// another language is asked for.
    Wechat,
}

impl Format {
    /// HTML and the PDFs can be printed in Chinese and English together.
    pub fn takes_both_languages(self) -> bool {
        matches!(self, Format::Html | Format::Pdf | Format::Cards)
    }
}

/// Writes `session`'s report. `deck` gives the titles of the cards in
/// hand; without it (a deck file gone missing) hands show card ids. Only
/// HTML and PDF print both languages; the others use the first of `lang`.
/// The PDF here is the A4 notice in the built-in font
/// ([`super::notice::pdf`] takes a paper size and fonts).
pub fn write(
    session: &Session,
    deck: Option<&Deck>,
    format: Format,
    lang: Printed,
    zone: &TimeZone,
    out: &mut dyn Write,
) -> io::Result<()> {
    let first = lang.langs()[0];
    match format {
        Format::Md => {
            // Text for people, often shown in a terminal: names, notes and
            // titles come from a session file, so control characters in
            // them are shown visibly.
            let mut text = Vec::new();
            markdown(session, deck, first, zone, &mut text)?;
            out.write_all(sanitize::message(&String::from_utf8_lossy(&text)).as_bytes())
        }
        Format::Csv => csv(session, out),
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &ReportJson::new(session))?;
            writeln!(out)
        }
        Format::Html => html(session, lang, zone, out),
        Format::Pdf => {
            let fonts = crate::export::Fonts::builtin().map_err(io::Error::other)?;
            let paper = crate::export::Paper::A4;
            let pdf =
                super::notice::pdf(session, lang, zone, paper, &fonts).map_err(io::Error::other)?;
            out.write_all(&pdf.bytes)
        }
        Format::Cards => {
            let fonts = crate::export::Fonts::builtin().map_err(io::Error::other)?;
            let per_page = super::pledge_cards::PerPage::Eight;
            let pdf = super::pledge_cards::pdf(session, deck, lang, per_page, &fonts)
                .map_err(io::Error::other)?;
            out.write_all(&pdf.bytes)
        }
        Format::Wechat => out.write_all(wechat(session, deck, first).as_bytes()),
    }
}

/// The pledges as text to paste into the group chat: a heading, then one
/// line per pledge (name, card, by when, note). Names and notes are shown
/// on one line each, control characters made visible.
pub fn wechat(session: &Session, deck: Option<&Deck>, lang: Lang) -> String {
    let held = crate::i18n::export::month_day(lang, session.date);
    let mut text = i18n::fill(t::WECHAT_HEADING.get(lang), held);
    text.push('\n');
    for pledge in &session.pledges {
        let card = deck.and_then(|deck| deck.card(&pledge.card));
        let what = match (&pledge.words, card) {
            (Some(words), _) => i18n::fill(t::WECHAT_OWN.get(lang), words),
            (None, Some(card)) => i18n::fill_named(
                t::WECHAT_CARD.get(lang),
                &[
                    ("card", &card.face.name(lang)),
                    ("title", &card.title.as_str(lang)),
                ],
            ),
            (None, None) => i18n::fill_named(
                t::WECHAT_CARD.get(lang),
                &[
                    ("card", &pile_name(pledge.pile, lang)),
                    ("title", &pledge.title.get(lang)),
                ],
            ),
        };
        let mut line = format!("{}{}{what}", pledge.participant, lang.colon());
        if let Some(by) = pledge.by {
            line.push_str(&i18n::fill(
                t::WECHAT_BY.get(lang),
                crate::i18n::export::month_day(lang, by),
            ));
        }
        if let Some(note) = &pledge.note {
            line.push_str(&lang.parenthesised(note));
        }
        text.push_str(&sanitize::inline(&line));
        text.push('\n');
    }
    if session.pledges.is_empty() {
        text.push_str(t::NO_PLEDGES.get(lang));
        text.push('\n');
    }
    text
}

/// A pile's name and theme without its symbol: `梅花 · 互助友好`.
pub fn pile_name(pile: Pile, lang: Lang) -> String {
    let (name, theme) = match pile.suit() {
        Some(suit) => (*suit.name().get(lang), *suit.theme().get(lang)),
        None => (*i18n::JOKER.get(lang), *i18n::JOKER_THEME.get(lang)),
    };
    format!("{name} · {theme}")
}

/// An instant as a local date and time: `2026-11-24 14:30`.
pub fn local_time(at: Timestamp, zone: &TimeZone) -> String {
    zone.to_datetime(at).strftime("%Y-%m-%d %H:%M").to_string()
}

/// A card as one line of text: `♥ 红桃 7 · 敲门问候 (hearts-7)`.
pub fn card_text(card: &Card, lang: Lang) -> String {
    format!(
        "{} {} · {} ({})",
        symbol(Pile::of(card.face)),
        card.face.name(lang),
        card.title.as_str(lang),
        card.id
    )
}

/// A pledge's card: its symbol, title and id; a joker's own words.
pub fn card_label(pledge: &Pledge, lang: Lang) -> String {
    match &pledge.words {
        Some(words) => format!("{} {words} ({})", symbol(pledge.pile), pledge.card),
        None => format!(
            "{} {} ({})",
            symbol(pledge.pile),
            pledge.title.as_str(lang),
            pledge.card
        ),
    }
}

/// What a pledge made again replaced, and whether its note was kept:
/// `替换了之前的承诺：♣ 帮邻居扔垃圾 (clubs-2)；备注保留：周六上午`.
pub fn replaced_line(old: &Pledge, new: &Pledge, lang: Lang) -> String {
    let mut line = i18n::fill(t::REPLACED.get(lang), card_label(old, lang));
    match (&old.note, &new.note) {
        (Some(before), Some(now)) if before == now => {
            line.push_str(&i18n::fill(t::NOTE_KEPT.get(lang), now));
        }
        (Some(before), _) => {
            line.push_str(&i18n::fill(t::NOTE_WAS.get(lang), before));
        }
        (None, _) => {}
    }
    line
}

/// A pile's symbol; the jokers' is a star.
pub fn symbol(pile: Pile) -> char {
    pile.suit().map_or('★', |suit| suit.symbol())
}

/// A pile's heading: `♥ 红桃 · 邻里破冰` / `♥ Hearts · neighbour icebreaking`.
pub fn pile_heading(pile: Pile, lang: Lang) -> String {
    let (name, theme) = match pile.suit() {
        Some(suit) => (*suit.name().get(lang), *suit.theme().get(lang)),
        None => (*i18n::JOKER.get(lang), *i18n::JOKER_THEME.get(lang)),
    };
    format!("{} {name} · {theme}", symbol(pile))
}

/// The short form of a card in a hand: `♥7`, `★`.
fn short(id: &str, deck: Option<&Deck>) -> String {
    match deck.and_then(|deck| deck.card(id)) {
        Some(card) => match card.face.rank() {
            Some(rank) => format!("{}{}", symbol(Pile::of(card.face)), rank.label()),
            None => symbol(Pile::Joker).to_string(),
        },
        None => id.to_string(),
    }
}

fn status(session: &Session, lang: Lang, zone: &TimeZone) -> String {
    match session.phase {
        Phase::Setup => t::STATUS_SETUP.get(lang).to_string(),
        Phase::Turns { .. } => t::STATUS_TURNS.get(lang).to_string(),
        Phase::Ended { at } => i18n::fill(t::STATUS_ENDED.get(lang), local_time(at, zone)),
    }
}

fn pledge_count(session: &Session, lang: Lang) -> String {
    i18n::fill_named(
        t::PLEDGE_COUNT.get(lang),
        &[
            ("pledged", &session.pledges.len()),
            ("count", &session.setup.participants.len()),
        ],
    )
}

/// The facts above the tables, as label and value.
fn facts(session: &Session, lang: Lang, zone: &TimeZone) -> Vec<(&'static str, String)> {
    let setup = &session.setup;
    vec![
        (
            t::LABEL_CODE.get(lang),
            format!(
                "{} ({} {})",
                setup.code(),
                t::LABEL_SEED.get(lang),
                setup.seed
            ),
        ),
        (
            t::LABEL_DECK.get(lang),
            format!(
                "{} {}",
                session.deck.name.as_str(lang),
                session.deck.version
            ),
        ),
        (t::LABEL_HAND.get(lang), setup.hand.to_string()),
        (t::LABEL_SUITS.get(lang), piles_label(&setup.piles, lang)),
        (t::LABEL_MINUTES.get(lang), setup.minutes.to_string()),
        (
            t::LABEL_STATUS.get(lang),
            format!(
                "{} · {}",
                status(session, lang, zone),
                pledge_count(session, lang)
            ),
        ),
    ]
}

fn markdown(
    session: &Session,
    deck: Option<&Deck>,
    lang: Lang,
    zone: &TimeZone,
    out: &mut dyn Write,
) -> io::Result<()> {
    let cell = |text: &str| text.replace('|', "\\|").replace('\n', " ");
    writeln!(
        out,
        "# {}\n",
        i18n::fill(t::REPORT_TITLE.get(lang), session.date)
    )?;
    for (label, value) in facts(session, lang, zone) {
        writeln!(out, "- {label}: {}", cell(&value))?;
    }
    writeln!(out, "\n## {}\n", t::PARTICIPANTS.get(lang))?;
    writeln!(
        out,
        "| # | {} | {} | {} | {} |\n|---|---|---|---|---|",
        t::COL_NAME.get(lang),
        t::COL_HAND.get(lang),
        t::COL_PLEDGE.get(lang),
        t::COL_BY.get(lang)
    )?;
    for (index, name) in session.setup.participants.iter().enumerate() {
        let hand: Vec<String> = session
            .hand(index)
            .iter()
            .map(|id| short(id, deck))
            .collect();
        let (pledge, by) = match session.pledge_of(index) {
            Some(pledge) => (
                card_label(pledge, lang),
                pledge.by.map(|by| by.to_string()).unwrap_or_default(),
            ),
            None => (t::NO_PLEDGE.get(lang).to_string(), String::new()),
        };
        writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            index + 1,
            cell(name),
            hand.join(" "),
            cell(&pledge),
            by
        )?;
    }
    writeln!(out, "\n## {}\n", t::PLEDGES_BY_SUIT.get(lang))?;
    let groups = session.pledges_by_pile();
    if groups.is_empty() {
        writeln!(out, "{}", t::NO_PLEDGES.get(lang))?;
    }
    for (pile, pledges) in groups {
        writeln!(out, "### {}\n", pile_heading(pile, lang))?;
        for pledge in pledges {
            writeln!(out, "- {}", pledge_sentence(pledge, lang))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// `王阿姨：♥ 敲门问候 (hearts-7)，2026-12-01 前完成 —— 周六上午`.
fn pledge_sentence(pledge: &Pledge, lang: Lang) -> String {
    let colon = lang.colon();
    let mut text = format!("{}{colon}{}", pledge.participant, card_label(pledge, lang));
    if let Some(by) = pledge.by {
        text.push_str(&i18n::fill(t::BY.get(lang), by));
    }
    if let Some(note) = &pledge.note {
        text.push_str(" — ");
        text.push_str(note);
    }
    text
}

/// One row per participant: pledges grouped by suit first, then those who
/// did not pledge. A CSV for people: a cell that would start a formula
/// (`=`, `+`, `-`, `@`) is written with a `'` in front.
fn csv(session: &Session, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    // A CSV for people: a cell that would start a formula (`=`, `+`, `-`,
    // `@`) is written with a `'` in front.
    let mut write = |cells: &[&str]| {
        let safe: Vec<_> = cells.iter().map(|cell| spreadsheet_cell(cell)).collect();
        writer
            .write_record(safe.iter().map(|cell| cell.as_ref()))
            .map_err(io::Error::other)
    };
    // A title column per language: title_zh, title_en.
    let titles = Lang::ALL.map(|lang| format!("title_{}", lang.code()));
    let mut header = vec!["session", "date", "participant", "suit", "card"];
    header.extend(titles.iter().map(String::as_str));
    header.extend(["words", "by", "note"]);
    write(&header)?;
    let date = session.date.to_string();
    for (pile, pledges) in session.pledges_by_pile() {
        for pledge in pledges {
            let by = pledge.by.map(|by| by.to_string()).unwrap_or_default();
            let mut row = vec![
                session.id.as_str(),
                &date,
                &pledge.participant,
                pile.key(),
                &pledge.card,
            ];
            row.extend(pledge.title.each().map(|(_, title)| title.as_str()));
            row.extend([
                pledge.words.as_deref().unwrap_or(""),
                &by,
                pledge.note.as_deref().unwrap_or(""),
            ]);
            write(&row)?;
        }
    }
    for (index, name) in session.setup.participants.iter().enumerate() {
        if session.pledge_of(index).is_none() {
            let mut row = vec![session.id.as_str(), &date, name.as_str()];
            row.resize(header.len(), "");
            write(&row)?;
        }
    }
    writer.flush()
}

/// The piles in play, by name: `红桃 梅花` / `hearts, clubs`; "all" when all are.
pub fn piles_label(piles: &[Pile], lang: Lang) -> String {
    if piles.len() == Pile::ALL.len() {
        return i18n::report::ALL_SUITS.get(lang).to_string();
    }
    let names: Vec<&str> = piles
        .iter()
        .map(|pile| match pile.suit() {
            Some(suit) => *suit.name().get(lang),
            None => *i18n::JOKER.get(lang),
        })
        .collect();
    lang.join(&names)
}

/// The JSON report.
#[derive(Serialize)]
struct ReportJson<'a> {
    id: &'a str,
    date: String,
    code: String,
    /// As text, like the journal export's seeds: JSON tools that read
    /// numbers as floats (`jq`) would change a seed above 2^53.
    seed: String,
    deck: &'a super::session::DeckInfo,
    hand: u8,
    suits: Vec<&'static str>,
    minutes: u16,
    /// `setup`, `turns` or `ended`.
    status: &'static str,
    ended_at: Option<String>,
    participants: Vec<ParticipantJson<'a>>,
    pledges_by_suit: Vec<SuitPledgesJson<'a>>,
}

#[derive(Serialize)]
struct ParticipantJson<'a> {
    name: &'a str,
    hand: &'a [String],
    pledge: Option<&'a Pledge>,
}

#[derive(Serialize)]
struct SuitPledgesJson<'a> {
    suit: &'static str,
    pledges: Vec<&'a Pledge>,
}

impl<'a> ReportJson<'a> {
    fn new(session: &'a Session) -> ReportJson<'a> {
        let (status, ended_at) = match session.phase {
            Phase::Setup => ("setup", None),
            Phase::Turns { .. } => ("turns", None),
            Phase::Ended { at } => ("ended", Some(at.to_string())),
        };
        ReportJson {
            id: &session.id,
            date: session.date.to_string(),
            code: session.code(),
            seed: session.setup.seed.to_string(),
            deck: &session.deck,
            hand: session.setup.hand,
            suits: session.setup.piles.iter().map(|p| p.key()).collect(),
            minutes: session.setup.minutes,
            status,
            ended_at,
            participants: session
                .setup
                .participants
                .iter()
                .enumerate()
                .map(|(index, name)| ParticipantJson {
                    name,
                    hand: session.hand(index),
                    pledge: session.pledge_of(index),
                })
                .collect(),
            pledges_by_suit: session
                .pledges_by_pile()
                .into_iter()
                .map(|(pile, pledges)| SuitPledgesJson {
                    suit: pile.key(),
                    pledges,
                })
                .collect(),
        }
    }
}

/// `workshop list --json`: one object per session.
pub fn summary_json(session: &Session) -> serde_json::Value {
    let report = ReportJson::new(session);
    serde_json::json!({
        "id": report.id,
        "date": report.date,
        "code": report.code,
        "status": report.status,
        "participants": session.setup.participants.len(),
        "pledges": session.pledges.len(),
    })
}

/// `workshop list`: `2026-11-24-001A  进行中  3 人  1/3 人已承诺`.
pub fn summary_line(session: &Session, lang: Lang, zone: &TimeZone) -> String {
    format!(
        "{}  {}  {}",
        session.id,
        status(session, lang, zone),
        pledge_count(session, lang)
    )
}

/// The pledges for a screen (a projector, a phone, the group's chat): one
/// column of large type that reflows to any width. A suit's heading is
/// kept with its first pledge, names and dates never break inside, and
/// printed it stays readable; the stairwell's printed notice is the PDF.
const HTML_STYLE: &str = "\
* { box-sizing: border-box; }
body { font-family: \"Noto Sans CJK SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif;
  font-size: 20px; line-height: 1.45; margin: 0; color: #111; background: #fff; }
main { max-width: 46em; margin: 0 auto; padding: 1em; }
h1 { font-size: 2em; line-height: 1.2; margin: 0 0 0.2em; }
.when { font-size: 1.1em; color: #333; margin: 0 0 1em; }
.second { display: block; font-size: 0.75em; color: #555; }
h2 { font-size: 1.35em; margin: 1.2em 0 0.4em; border-bottom: 2px solid currentColor; }
.keep { break-inside: avoid; page-break-inside: avoid; }
ul { margin: 0; padding-left: 1.2em; }
li { margin: 0 0 0.5em; break-inside: avoid; page-break-inside: avoid; }
.detail { display: block; font-size: 0.8em; color: #444; }
.tok { white-space: nowrap; }
.hearts h2 { color: #c62839; } .spades h2 { color: #24478f; }
.clubs h2 { color: #1e7a46; } .diamonds h2 { color: #c7631a; } .joker h2 { color: #a8364b; }
.people { color: #333; }
footer { margin-top: 2em; font-size: 0.8em; color: #555; text-align: center; }
@media print { @page { size: A4 portrait; margin: 12mm; } body { font-size: 16pt; }
  body { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
";

/// `text` as HTML, its second language beneath it when there is one.
fn bilingual(langs: &[Lang], make: impl Fn(Lang) -> String) -> String {
    let mut html = escape(&make(langs[0]));
    if let Some(&second) = langs.get(1) {
        html.push_str(&format!(
            "<span class=\"second\">{}</span>",
            escape(&make(second))
        ));
    }
    html
}

/// A name or a date that may not break across lines.
fn token(text: &str) -> String {
    format!("<span class=\"tok\">{}</span>", escape(text))
}

fn html(session: &Session, lang: Printed, zone: &TimeZone, out: &mut dyn Write) -> io::Result<()> {
    let langs = lang.langs();
    let first = langs[0];
    let html_lang = first.info().tag;
    let title = lang.with(|l| t::NOTICE_TITLE.get(l).to_string());
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{html_lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{HTML_STYLE}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>",
        escape(&title),
        bilingual(&langs, |l| t::NOTICE_TITLE.get(l).to_string())
    )?;
    let people = session.setup.participants.len();
    let when = bilingual(&langs, |l| {
        super::notice::subtitle_parts(session, l, zone).join(" · ")
    });
    writeln!(out, "<p class=\"when\">{when}</p>")?;
    let groups = session.pledges_by_pile();
    if groups.is_empty() {
        writeln!(
            out,
            "<p>{}</p>",
            bilingual(&langs, |l| t::NO_PLEDGES.get(l).to_string())
        )?;
    }
    for (pile, pledges) in groups {
        // The heading and the first pledge are one block: never apart.
        let symbol = symbol(pile);
        writeln!(
            out,
            "<section class=\"suit {}\">\n<div class=\"keep\">\n<h2>{symbol} {}</h2>\n<ul>",
            pile.key(),
            bilingual(&langs, |l| super::notice::heading(pile, l))
        )?;
        for (n, pledge) in pledges.iter().enumerate() {
            if n == 1 {
                writeln!(out, "</ul>\n</div>\n<ul>")?;
            }
            let colon = first.colon();
            let what = match (&pledge.words, langs.get(1)) {
                (Some(words), _) => escape(words),
                (None, Some(&second)) => format!(
                    "{}<span class=\"second\">{}</span>",
                    escape(pledge.title.get(first)),
                    escape(pledge.title.get(second))
                ),
                (None, None) => escape(pledge.title.get(first)),
            };
            let mut detail = Vec::new();
            if let Some(by) = pledge.by {
                detail.push(token(&i18n::fill(
                    t::BY_DATE.get(first),
                    crate::i18n::export::month_day(first, by),
                )));
            }
            if let Some(note) = &pledge.note {
                detail.push(escape(note));
            }
            let detail = if detail.is_empty() {
                String::new()
            } else {
                format!("<span class=\"detail\">{}</span>", detail.join(" · "))
            };
            writeln!(
                out,
                "<li><b>{}</b>{colon}{what}{detail}</li>",
                token(&pledge.participant)
            )?;
        }
        if pledges.len() == 1 {
            writeln!(out, "</ul>\n</div>")?;
        } else {
            writeln!(out, "</ul>")?;
        }
        writeln!(out, "</section>")?;
    }
    let separator = first.list_sep();
    let names: Vec<String> = session
        .setup
        .participants
        .iter()
        .map(|n| token(n))
        .collect();
    writeln!(
        out,
        "<h2>{} ({people})</h2>\n<p class=\"people\">{}</p>",
        bilingual(&langs, |l| t::PARTICIPANTS.get(l).to_string()),
        names.join(separator)
    )?;
    writeln!(
        out,
        "<footer>{}</footer>\n</main>\n</body>\n</html>",
        bilingual(&langs, |l| t::PRINT_FOOTER.get(l).to_string())
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::workshop::session::PledgeRequest;
    use jiff::civil::date;

    fn session() -> (Session, Deck) {
        let (mut session, deck) = crate::sample::workshop(&["王阿姨", "李叔叔|二", "<b>小明</b>"]);
        let now = crate::sample::workshop_now();
        session.deal(&deck).expect("deal");
        let card = session.hand(0)[0].clone();
        let request = PledgeRequest {
            card,
            by: Some(date(2026, 12, 1)),
            note: Some("周六上午".into()),
            ..PledgeRequest::default()
        };
        session.pledge(0, request, &deck, now).expect("pledge");
        let words = PledgeRequest {
            card: "joker-black".into(),
            words: Some("教邻居用手机".into()),
            ..PledgeRequest::default()
        };
        session.pledge(2, words, &deck, now).expect("pledge");
        (session, deck)
    }

    fn render(format: Format, lang: Printed) -> String {
        let (session, deck) = session();
        let mut out = Vec::new();
        let zone = TimeZone::get("Asia/Shanghai").expect("zone");
        write(&session, Some(&deck), format, lang, &zone, &mut out).expect("write");
        String::from_utf8(out).expect("utf8")
    }

    #[test]
    fn markdown_groups_pledges_by_suit_and_escapes_cells() {
        let text = render(Format::Md, Printed::only(Lang::Zh));
        assert!(text.starts_with("# 社区小事 · 工作坊 2026-11-24"), "{text}");
        assert!(text.contains("| 2 | 李叔叔\\|二 |"), "{text}");
        assert!(text.contains("2/3 人已承诺"), "{text}");
        assert!(text.contains("### ★ 大小王 · 自由发挥"), "{text}");
        assert!(
            text.contains("<b>小明</b>：★ 教邻居用手机 (joker-black)"),
            "{text}"
        );
        assert!(text.contains("，2026-12-01 前完成 — 周六上午"), "{text}");
    }

    #[test]
    fn csv_has_a_row_per_participant() {
        let text = render(Format::Csv, Printed::only(Lang::En));
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(&rows[2][2], "李叔叔|二", "no pledge: last");
        assert_eq!(&rows[1][3], "joker");
    }

    #[test]
    fn json_carries_the_whole_session() {
        let value: serde_json::Value =
            serde_json::from_str(&render(Format::Json, Printed::only(Lang::En))).expect("json");
        assert_eq!(value["code"], "N0VZH");
        assert_eq!(value["participants"].as_array().map(Vec::len), Some(3));
        assert_eq!(value["participants"][1]["pledge"], serde_json::Value::Null);
        assert_eq!(value["pledges_by_suit"].as_array().map(Vec::len), Some(2));
        assert_eq!(value["status"], "turns");
    }

    #[test]
    fn html_is_escaped_has_no_settings_and_keeps_headings_with_a_pledge() {
        let text = render(Format::Html, Printed::only(Lang::Zh));
        assert!(text.contains("&lt;b&gt;小明&lt;/b&gt;"), "{text}");
        assert!(!text.contains("<b>小明"), "names are escaped");
        assert!(text.contains("<html lang=\"zh-CN\">"));
        for technical in ["001A", "种子 42", "每人张数", "每轮分钟"] {
            assert!(!text.contains(technical), "{technical}: {text}");
        }
        // Every heading opens a block that holds its first pledge.
        for (at, _) in text.match_indices("<h2>") {
            let before = &text[..at];
            if before.ends_with("<div class=\"keep\">\n") {
                let block = &text[at..];
                let end = block.find("</div>").expect("closed");
                assert!(block[..end].contains("<li>"), "{}", &block[..end]);
            }
        }
        assert_eq!(text.matches("<div class=\"keep\">").count(), 2, "{text}");
        assert!(
            text.contains("<span class=\"tok\">12月1日前完成</span>"),
            "{text}"
        );
        let both = render(Format::Html, Printed::paired(Lang::Zh));
        assert!(
            both.contains("我们的邻里承诺<span class=\"second\">Our neighbourly pledges</span>"),
            "{both}"
        );
    }

    #[test]
    fn ended_sessions_say_the_local_time() {
        let (mut session, deck) = session();
        session.end("2026-11-24T06:30:00Z".parse().expect("ts"));
        let mut out = Vec::new();
        let zone = TimeZone::get("Asia/Shanghai").expect("zone");
        write(
            &session,
            Some(&deck),
            Format::Md,
            Printed::only(Lang::Zh),
            &zone,
            &mut out,
        )
        .expect("write");
        let text = String::from_utf8(out).expect("utf8");
        assert!(text.contains("已结束 2026-11-24 14:30"), "{text}");
        assert!(!text.contains("UTC"), "{text}");
        assert!(summary_line(&session, Lang::En, &zone).contains("ended 2026-11-24 14:30"));
    }

    #[test]
    fn the_pdf_is_the_notice() {
        let bytes = render_bytes(Format::Pdf, Printed::paired(Lang::Zh));
        assert!(bytes.starts_with(b"%PDF-"));
    }

    fn render_bytes(format: Format, lang: Printed) -> Vec<u8> {
        let (session, deck) = session();
        let mut out = Vec::new();
        write(
            &session,
            Some(&deck),
            format,
            lang,
            &TimeZone::UTC,
            &mut out,
        )
        .expect("write");
        out
    }
}
