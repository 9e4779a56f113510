//! A session's report in four formats: Markdown (to paste), CSV (for a
//! spreadsheet), JSON (for scripts) and HTML (one A4 page for the
//! stairwell notice board, 楼道公告栏). All four carry the same facts:
//! the session, its participants, and the pledges grouped by suit.

use std::io::{self, Write};

use serde::Serialize;

use super::session::{Phase, Pledge, Session};
use crate::deck::{Card, Deck, Pile};
use crate::i18n::{self, Lang, report as t};
use crate::text::escape_markup as escape;

/// The formats of `workshop report --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Md,
    Csv,
    Json,
    Html,
}

/// Writes `session`'s report. `deck` gives the titles of the cards in
/// hand; without it (a deck file gone missing) hands show card ids.
pub fn write(
    session: &Session,
    deck: Option<&Deck>,
    format: Format,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Md => markdown(session, deck, lang, out),
        Format::Csv => csv(session, out),
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &ReportJson::new(session))?;
            writeln!(out)
        }
        Format::Html => html(session, lang, out),
    }
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

fn status(session: &Session, lang: Lang) -> String {
    match session.phase {
        Phase::Setup => t::STATUS_SETUP.get(lang).to_string(),
        Phase::Turns { .. } => t::STATUS_TURNS.get(lang).to_string(),
        Phase::Ended { at } => {
            i18n::fill(t::STATUS_ENDED.get(lang), at.strftime("%Y-%m-%d %H:%M UTC"))
        }
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
fn facts(session: &Session, lang: Lang) -> Vec<(&'static str, String)> {
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
                status(session, lang),
                pledge_count(session, lang)
            ),
        ),
    ]
}

fn markdown(
    session: &Session,
    deck: Option<&Deck>,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let cell = |text: &str| text.replace('|', "\\|").replace('\n', " ");
    writeln!(
        out,
        "# {}\n",
        i18n::fill(t::REPORT_TITLE.get(lang), session.date)
    )?;
    for (label, value) in facts(session, lang) {
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
/// did not pledge.
fn csv(session: &Session, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    // A title column per language: title_zh, title_en.
    let titles = Lang::ALL.map(|lang| format!("title_{}", lang.code()));
    let mut header = vec!["session", "date", "participant", "suit", "card"];
    header.extend(titles.iter().map(String::as_str));
    header.extend(["words", "by", "note"]);
    writer.write_record(&header).map_err(io::Error::other)?;
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
            writer.write_record(row).map_err(io::Error::other)?;
        }
    }
    for (index, name) in session.setup.participants.iter().enumerate() {
        if session.pledge_of(index).is_none() {
            let mut row = vec![session.id.as_str(), &date, name.as_str()];
            row.resize(header.len(), "");
            writer.write_record(row).map_err(io::Error::other)?;
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
    seed: u64,
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
            seed: session.setup.seed,
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
pub fn summary_line(session: &Session, lang: Lang) -> String {
    format!(
        "{}  {}  {}",
        session.id,
        status(session, lang),
        pledge_count(session, lang)
    )
}

/// The notice-board page: A4, print margins, suits in columns; readable
/// without colour. The type size and the number of columns are chosen by
/// [`page_fit`] so that the pledges fit one sheet.
const HTML_STYLE: &str = "\
@page { size: A4 portrait; margin: 10mm; }
* { box-sizing: border-box; }
body { font-family: \"Noto Sans CJK SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif;
  font-size: 10pt; line-height: 1.35; margin: 0; color: #111; }
main { max-width: 190mm; margin: 0 auto; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 12pt; margin: 3mm 0 2mm; border-bottom: 0.4mm solid #444; }
h3 { font-size: 1.05em; margin: 0 0 1mm; }
.facts { display: flex; flex-wrap: wrap; gap: 1mm 6mm; margin: 0; padding: 0; list-style: none; font-size: 9pt; }
.suits { columns: var(--columns); column-gap: 5mm; font-size: var(--size); line-height: 1.3; }
.suit { margin-bottom: 2mm; }
h3 { break-after: avoid; }
li { break-inside: avoid; }
.suit ul { margin: 0; padding-left: 3.5mm; }
.suit li { margin-bottom: 0.6mm; }
.note { color: #444; }
.hearts h3, .diamonds h3 { color: #b00020; }
.people { font-size: 8.5pt; color: #333; margin: 0; }
footer { margin-top: 3mm; font-size: 8pt; color: #555; text-align: center; }
@media print { body { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
";

/// The printable height of the page for the pledges, in mm: A4's 297 less
/// the margins, the title and facts, the participant list and the footer.
const PLEDGE_AREA_MM: f64 = 297.0 - 20.0 - 62.0;
/// The printable width, in mm.
const PAGE_WIDTH_MM: f64 = 190.0;
/// One point in mm.
const PT_MM: f64 = 0.3528;

/// The largest type size (in points, 6 to 10.5) and the columns at which the
/// pledges fit the page. Each pledge's text is measured by display width
/// (a CJK character is two columns, about one em) and wrapped by column
/// width, so the estimate errs on the safe side.
pub fn page_fit(session: &Session, lang: Lang) -> (f64, u8) {
    let widths: Vec<usize> = session
        .pledges
        .iter()
        .map(|pledge| crate::text::width(&pledge_sentence(pledge, lang)))
        .collect();
    let groups = session.pledges_by_pile().len();
    let columns: u8 = if widths.len() > 12 { 3 } else { 2 };
    let column_mm = (PAGE_WIDTH_MM - f64::from(columns - 1) * 5.0) / f64::from(columns) - 4.0;
    let mut size = 10.5;
    while size > 6.0 {
        let em = size * PT_MM;
        let per_line = ((column_mm / em) * 2.0).floor().max(1.0) as usize;
        let line_mm = em * 1.3;
        let lines: usize = widths.iter().map(|w| w.div_ceil(per_line)).sum::<usize>() + groups * 2;
        // A column break wastes part of a line per column; keep a margin.
        let capacity = (PLEDGE_AREA_MM / line_mm).floor() * f64::from(columns) * 0.9;
        if lines as f64 <= capacity {
            break;
        }
        size -= 0.5;
    }
    (size, columns)
}

fn html(session: &Session, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let html_lang = lang.info().tag;
    let title = i18n::fill(t::REPORT_TITLE.get(lang), session.date);
    let (size, columns) = page_fit(session, lang);
    let density = format!(" style=\"--size: {size}pt; --columns: {columns}\"");
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{html_lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n{HTML_STYLE}</style>\n</head>\n<body{density}>\n<main>\n<h1>{}</h1>",
        escape(&title),
        escape(&title)
    )?;
    writeln!(out, "<ul class=\"facts\">")?;
    for (label, value) in facts(session, lang) {
        writeln!(out, "<li><b>{}</b> {}</li>", escape(label), escape(&value))?;
    }
    writeln!(
        out,
        "</ul>\n<h2>{}</h2>",
        escape(t::PLEDGES_BY_SUIT.get(lang))
    )?;
    let groups = session.pledges_by_pile();
    if groups.is_empty() {
        writeln!(out, "<p>{}</p>", escape(t::NO_PLEDGES.get(lang)))?;
    }
    writeln!(out, "<div class=\"suits\">")?;
    let colon = lang.colon();
    for (pile, pledges) in groups {
        writeln!(
            out,
            "<section class=\"suit {}\">\n<h3>{}</h3>\n<ul>",
            pile.key(),
            escape(&pile_heading(pile, lang))
        )?;
        for pledge in pledges {
            // The card's id is for scripts; the notice board shows its title.
            let what = pledge.words.as_ref().unwrap_or(pledge.title.get(lang));
            let by = pledge
                .by
                .map(|by| i18n::fill(t::BY.get(lang), by))
                .unwrap_or_default();
            let note = pledge
                .note
                .as_ref()
                .map(|note| format!(" <span class=\"note\">— {}</span>", escape(note)))
                .unwrap_or_default();
            writeln!(
                out,
                "<li><b>{}</b>{colon}{}{}{note}</li>",
                escape(&pledge.participant),
                escape(what),
                escape(&by)
            )?;
        }
        writeln!(out, "</ul>\n</section>")?;
    }
    let separator = lang.list_sep();
    writeln!(
        out,
        "</div>\n<h2>{} ({})</h2>\n<p class=\"people\">{}</p>",
        escape(t::PARTICIPANTS.get(lang)),
        session.setup.participants.len(),
        escape(&session.setup.participants.join(separator))
    )?;
    writeln!(
        out,
        "<footer>{}</footer>\n</main>\n</body>\n</html>",
        escape(t::PRINT_FOOTER.get(lang))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::session::PledgeRequest;
    use crate::workshop::setup::Setup;
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

    fn render(format: Format, lang: Lang) -> String {
        let (session, deck) = session();
        let mut out = Vec::new();
        write(&session, Some(&deck), format, lang, &mut out).expect("write");
        String::from_utf8(out).expect("utf8")
    }

    #[test]
    fn markdown_groups_pledges_by_suit_and_escapes_cells() {
        let text = render(Format::Md, Lang::Zh);
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
        let text = render(Format::Csv, Lang::En);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(&rows[2][2], "李叔叔|二", "no pledge: last");
        assert_eq!(&rows[1][3], "joker");
    }

    #[test]
    fn json_carries_the_whole_session() {
        let value: serde_json::Value =
            serde_json::from_str(&render(Format::Json, Lang::En)).expect("json");
        assert_eq!(value["code"], "001A");
        assert_eq!(value["participants"].as_array().map(Vec::len), Some(3));
        assert_eq!(value["participants"][1]["pledge"], serde_json::Value::Null);
        assert_eq!(value["pledges_by_suit"].as_array().map(Vec::len), Some(2));
        assert_eq!(value["status"], "turns");
    }

    #[test]
    fn long_sessions_get_smaller_type_and_more_columns() {
        let (session, _) = session();
        assert_eq!(
            page_fit(&session, Lang::Zh),
            (10.5, 2),
            "two pledges: full size"
        );
        let deck = Deck::builtin().expect("deck");
        let names: Vec<String> = (1..=40).map(|i| format!("邻居{i}")).collect();
        let mut setup = Setup::new(names);
        setup.hand = 1;
        let now = "2026-11-24T10:00:00Z".parse().expect("ts");
        let mut big = Session::new("big".into(), setup, &deck, None, date(2026, 11, 24), now);
        big.deal(&deck).expect("deal");
        let note =
            "周末上午和邻居一起去楼下花园浇水除草，顺便问问三楼的奶奶需不需要帮忙买菜，再约好下周";
        for person in 0..40 {
            let card = big.hand(person)[0].clone();
            let joker = card.starts_with("joker");
            let request = PledgeRequest {
                card,
                words: joker.then(|| note.to_string()),
                note: Some(note.into()),
                ..PledgeRequest::default()
            };
            big.pledge(person, request, &deck, now).expect("pledge");
        }
        let (size, columns) = page_fit(&big, Lang::Zh);
        assert_eq!(columns, 3);
        assert!((6.0..10.5).contains(&size), "{size}");
    }

    #[test]
    fn html_is_escaped_and_sized_for_a4() {
        let text = render(Format::Html, Lang::Zh);
        assert!(text.contains("size: A4"));
        assert!(text.contains("&lt;b&gt;小明&lt;/b&gt;"), "{text}");
        assert!(!text.contains("<b>小明"), "names are escaped");
        assert!(text.contains("<html lang=\"zh-CN\">"));
    }
}
