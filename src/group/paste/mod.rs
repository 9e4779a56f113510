//! Reading a WeChat 接龙 list as a leader pastes it.
//!
//! The shapes that occur, all mixed (docs/GROUP.md): a `#接龙` header; a title
//! with the date in one of many forms (`12月5日`, `12.5`, `第5天`,
//! `（12月5日）`); an `例` example line; numbered lines (`1.` `1、` `１．`
//! `1)` `(1)` `①`) with a name, maybe a room in brackets, emoji and ticks
//! anywhere, a card (`♣`, `♥7`, `梅花K`), 请假 (a day off) or 补卡 (a
//! backfill for yesterday), and free text as the note. Several lists pasted
//! together become several sections, each with its own date.
//!
//! Every line that is not blank is accounted for in [`Paste::lines`]: as the
//! header, a title, an example, an entry, or **not placed** (a chat message,
//! a number with no name). Nothing is guessed and nothing is dropped: the
//! leader sees the lines that were not placed before anything is recorded.
//!
//! The parser never panics, whatever the text (a fuzz target checks it).

pub mod date;
pub mod entry;

use jiff::civil::Date;
use serde::Serialize;

pub use entry::EntryKind;

use super::card::CardRef;
use super::normal::{self, half_width};

/// Longest line read; longer lines are not placed (a pasted essay is not an entry).
pub const LINE_MAX: usize = 500;

/// What the parser may know besides the text.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The day the list is read: a date written without a year is the one
    /// nearest this day.
    pub today: Date,
    /// The group's first day, so that `第5天` names a date.
    pub start: Option<Date>,
    /// The members' names, to split a name glued to its note
    /// (`王阿姨帮3楼拿了快递`). Never used to guess a name that is not there.
    pub names: &'a [&'a str],
}

/// One entry of a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// The line in the pasted text, from 1.
    pub line: usize,
    /// The list's own number for the line, if it had one.
    pub number: Option<u32>,
    /// The name as written (cleaned of invisible characters).
    pub name: String,
    pub room: Option<String>,
    pub note: Option<String>,
    pub kind: EntryKind,
    pub card: Option<CardRef>,
}

/// One list: its title, its day, its entries.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Section {
    /// The first title line (or the text after `#接龙`).
    pub title: Option<String>,
    /// The date written in the title, if any.
    pub written: Option<Date>,
    /// `第N天`, if written.
    pub round_day: Option<u32>,
    /// The list's day: the written date, else the group's start plus the
    /// round day; `None` when the title says neither (ask the leader).
    pub date: Option<Date>,
    pub entries: Vec<Entry>,
}

/// What a line of the paste turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "role")]
pub enum Role {
    /// `#接龙`.
    Header,
    /// A title line before the entries (`21天打卡 第5天（12月5日）`).
    Title,
    /// The example line (`例 张三 帮邻居收快递`).
    Example,
    /// An entry: section and index in it.
    Entry { section: usize, index: usize },
    /// Not placed: shown to the leader, never guessed.
    NotPlaced { reason: NotPlaced },
}

/// Why a line was not placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotPlaced {
    /// A line without a list number among the entries: usually chat.
    NotNumbered,
    /// A numbered line with no name that can be read.
    NoName,
    /// Longer than [`LINE_MAX`] characters.
    TooLong,
}

/// A non-blank line of the paste and its role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    /// From 1.
    pub number: usize,
    /// The line, cleaned of invisible characters.
    pub text: String,
    #[serde(flatten)]
    pub role: Role,
}

/// The whole paste.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Paste {
    pub sections: Vec<Section>,
    pub lines: Vec<Line>,
}

impl Paste {
    /// The lines that could not be placed.
    pub fn not_placed(&self) -> impl Iterator<Item = &Line> {
        self.lines
            .iter()
            .filter(|line| matches!(line.role, Role::NotPlaced { .. }))
    }

    /// Every entry of every section, with its section.
    pub fn entries(&self) -> impl Iterator<Item = (&Section, &Entry)> {
        self.sections
            .iter()
            .flat_map(|section| section.entries.iter().map(move |entry| (section, entry)))
    }
}

/// `#接龙` (also `＃接龙`, `# 接龙`, `【接龙】`): the text after it, if it is one.
fn header_rest(folded: &str) -> Option<&str> {
    let rest = folded
        .strip_prefix('#')
        .map(str::trim_start)
        .and_then(|rest| rest.strip_prefix("接龙"))
        .or_else(|| folded.strip_prefix("【接龙】"))?;
    Some(rest.trim())
}

/// An example line: `例 张三 …`, `例：…`, `例如…`, `示例…`, `格式：…`.
fn is_example(folded: &str) -> bool {
    ["例", "示例", "格式", "举例", "e.g."]
        .iter()
        .any(|word| folded.starts_with(word))
}

/// The list number at the start of a line, and the text after it.
fn numbering(text: &str) -> Option<(u32, &str)> {
    let mut chars = text.char_indices().peekable();
    let (_, first) = *chars.peek()?;
    // Circled numbers ① … ⑳.
    if ('\u{2460}'..='\u{2473}').contains(&first) {
        let rest = &text[first.len_utf8()..];
        return Some((first as u32 - 0x2460 + 1, rest));
    }
    // (1) and （1）.
    let bracketed = matches!(half_width(first), '(');
    if bracketed {
        chars.next();
    }
    let mut value: u32 = 0;
    let mut digits = 0;
    let mut end = 0;
    while let Some(&(at, c)) = chars.peek() {
        match normal::digit_value(c) {
            Some(d) if digits < 3 => {
                value = value * 10 + d;
                digits += 1;
                end = at + c.len_utf8();
                chars.next();
            }
            _ => break,
        }
    }
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = &text[end..];
    let mut rest_chars = rest.chars();
    let sep = rest_chars.next().map(half_width)?;
    let after = rest_chars.clone().next().map(half_width);
    let after_sep = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
    if bracketed {
        return (sep == ')').then_some((value, after_sep));
    }
    match sep {
        // `1.` but not `12.5` (a date) or `2.5` (a number).
        '.' if after.is_some_and(|c| c.is_ascii_digit()) => None,
        '.' | '、' | ')' | ',' | '，' | ':' => Some((value, after_sep)),
        // `1 王阿姨`, but not `12 月6日`.
        ' ' => {
            let next = rest.trim_start().chars().next()?;
            (!"月日号天楼栋层室点个人次".contains(next) && !next.is_ascii_digit())
                .then_some((value, rest.trim_start()))
        }
        _ => None,
    }
}

/// A non-numbered line after some entries that begins another list.
fn starts_list(folded: &str, today: Date) -> bool {
    folded.contains("接龙") || date::starts_with_date(folded, today)
}

impl Section {
    /// Reads a title line's date and round day, the first of each found.
    fn read_title(&mut self, text: &str, context: &Context) {
        if self.title.is_none() && !text.is_empty() {
            self.title = Some(text.to_string());
        }
        if self.written.is_none() {
            self.written = date::find_date(text, context.today).map(|found| found.date);
        }
        if self.round_day.is_none() {
            self.round_day = date::find_round_day(text);
        }
        self.date = self.written.or_else(|| {
            let start = context.start?;
            let offset = i64::from(self.round_day?.checked_sub(1)?);
            start.checked_add(jiff::Span::new().days(offset)).ok()
        });
    }
}

/// Reads a pasted 接龙 text.
pub fn parse(text: &str, context: &Context) -> Paste {
    let mut paste = Paste::default();
    let mut section = Section::default();
    // The section each title line was read into.
    let mut titles: Vec<(usize, usize)> = Vec::new();
    for (index, raw) in text.split('\n').enumerate() {
        let number = index + 1;
        let text = normal::clean(raw);
        if text.is_empty() {
            continue;
        }
        let folded: String = text.chars().map(half_width).collect();
        let mut title = |section: &mut Section, text: &str, sections: usize| {
            section.read_title(text, context);
            titles.push((paste.lines.len(), sections));
            Role::Title
        };
        let role = if text.chars().count() > LINE_MAX {
            Role::NotPlaced {
                reason: NotPlaced::TooLong,
            }
        } else if let Some(rest) = header_rest(&folded) {
            if !section.entries.is_empty() || section.date.is_some() {
                paste.sections.push(std::mem::take(&mut section));
            }
            let skip = text.chars().count() - rest.chars().count();
            let rest_original: String = text.chars().skip(skip).collect();
            section.read_title(&rest_original, context);
            Role::Header
        } else if date::starts_with_date(&folded, context.today) {
            if !section.entries.is_empty() {
                paste.sections.push(std::mem::take(&mut section));
            }
            title(&mut section, &text, paste.sections.len())
        } else if let Some((list_number, rest)) = numbering(&text) {
            let rest_folded: String = rest.trim().chars().map(half_width).collect();
            if is_example(&rest_folded) {
                Role::Example
            } else {
                match entry::parse(rest, context.names) {
                    Some(parts) => {
                        section.entries.push(Entry {
                            line: number,
                            number: Some(list_number),
                            name: parts.name,
                            room: parts.room,
                            note: parts.note,
                            kind: parts.kind,
                            card: parts.card,
                        });
                        Role::Entry {
                            section: paste.sections.len(),
                            index: section.entries.len() - 1,
                        }
                    }
                    None => Role::NotPlaced {
                        reason: NotPlaced::NoName,
                    },
                }
            }
        } else if is_example(&folded) {
            Role::Example
        } else if section.entries.is_empty() {
            title(&mut section, &text, paste.sections.len())
        } else if starts_list(&folded, context.today) {
            paste.sections.push(std::mem::take(&mut section));
            title(&mut section, &text, paste.sections.len())
        } else {
            Role::NotPlaced {
                reason: NotPlaced::NotNumbered,
            }
        };
        paste.lines.push(Line { number, text, role });
    }
    paste.sections.push(section);
    drop_empty_sections(&mut paste, &titles);
    paste
}

/// A section without entries is no list: its title lines were not
/// placed after all (a chat pasted by mistake, a list typed without
/// numbers). It is dropped, and the entries' section numbers follow.
fn drop_empty_sections(paste: &mut Paste, titles: &[(usize, usize)]) {
    let empty: Vec<bool> = paste
        .sections
        .iter()
        .map(|s| s.entries.is_empty())
        .collect();
    for &(line, section) in titles {
        if empty.get(section).copied().unwrap_or(true) {
            paste.lines[line].role = Role::NotPlaced {
                reason: NotPlaced::NotNumbered,
            };
        }
    }
    let mut new_index = Vec::with_capacity(empty.len());
    let mut kept = 0;
    for &is_empty in &empty {
        new_index.push(kept);
        kept += usize::from(!is_empty);
    }
    for line in &mut paste.lines {
        if let Role::Entry { section, .. } = &mut line.role {
            *section = new_index[*section];
        }
    }
    paste.sections.retain(|s| !s.entries.is_empty());
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn context() -> Context<'static> {
        Context {
            today: date(2026, 12, 6),
            start: Some(date(2026, 12, 1)),
            names: &[],
        }
    }

    const FIRST: &str = "#接龙\n21天打卡 第5天（12月5日）\n例 张三 帮邻居收快递\n\n1. 王阿姨 帮3楼拿了快递\n2. 李叔叔 ✅\n3. 小明(502) 捡了楼道里的垃圾🌱\n4. 张奶奶 打卡\n5. 陈老师  教隔壁阿婆用手机挂号 ♣\n";

    #[test]
    fn the_first_example_of_the_design() {
        let paste = parse(FIRST, &context());
        assert_eq!(paste.sections.len(), 1);
        let section = &paste.sections[0];
        assert_eq!(section.date, Some(date(2026, 12, 5)));
        assert_eq!(section.round_day, Some(5));
        assert_eq!(section.title.as_deref(), Some("21天打卡 第5天（12月5日）"));
        let names: Vec<&str> = section.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["王阿姨", "李叔叔", "小明", "张奶奶", "陈老师"]);
        assert_eq!(
            paste.lines.len(),
            8,
            "every non-blank line is accounted for"
        );
        assert_eq!(paste.lines[2].role, Role::Example);
        assert_eq!(paste.not_placed().count(), 0);
    }

    #[test]
    fn the_second_example_of_the_design() {
        let text =
            "12.6 打卡接龙\n1、王阿姨 浇花\n2、李叔叔 ✔️ 修好了单元门的门禁\n3、刘师傅 今天请假";
        let paste = parse(text, &context());
        let section = &paste.sections[0];
        assert_eq!(section.date, Some(date(2026, 12, 6)));
        assert_eq!(section.entries.len(), 3);
        assert_eq!(section.entries[2].kind, EntryKind::Leave);
        assert_eq!(
            section.entries[1].note.as_deref(),
            Some("修好了单元门的门禁")
        );
    }

    #[test]
    fn numbering_in_every_shape() {
        for line in [
            "1. 王阿姨",
            "1.王阿姨",
            "1、王阿姨",
            "１．王阿姨",
            "1) 王阿姨",
            "1）王阿姨",
            "(1) 王阿姨",
            "（1）王阿姨",
            "① 王阿姨",
            "1 王阿姨",
            "1，王阿姨",
        ] {
            let (number, rest) = numbering(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((number, rest.trim()), (1, "王阿姨"), "{line}");
        }
        for line in ["12.5 打卡", "王阿姨", "12 月6日", "2026年", "1234. 王"] {
            assert_eq!(numbering(line), None, "{line}");
        }
    }

    #[test]
    fn chat_in_the_middle_is_shown_not_guessed() {
        let text =
            "#接龙 12月5日\n1. 王阿姨 浇花\n今天好冷啊大家注意保暖\n2. 李叔叔\n3. ✅\n[强][强]";
        let paste = parse(text, &context());
        let not_placed: Vec<(usize, NotPlaced)> = paste
            .not_placed()
            .map(|line| match line.role {
                Role::NotPlaced { reason } => (line.number, reason),
                _ => unreachable!(),
            })
            .collect();
        assert_eq!(
            not_placed,
            [
                (3, NotPlaced::NotNumbered),
                (5, NotPlaced::NoName),
                (6, NotPlaced::NotNumbered)
            ]
        );
        assert_eq!(paste.sections[0].entries.len(), 2);
        assert_eq!(paste.sections[0].date, Some(date(2026, 12, 5)));
    }

    #[test]
    fn two_lists_pasted_together_are_two_sections() {
        let text = "#接龙\n12月5日\n1. 王阿姨\n2. 李叔叔\n#接龙\n12月6日\n1. 王阿姨\n12.7 打卡\n1. 李叔叔 请假";
        let paste = parse(text, &context());
        let dates: Vec<Option<Date>> = paste.sections.iter().map(|s| s.date).collect();
        assert_eq!(
            dates,
            [
                Some(date(2026, 12, 5)),
                Some(date(2026, 12, 6)),
                Some(date(2026, 12, 7))
            ]
        );
        assert_eq!(paste.sections[2].entries[0].kind, EntryKind::Leave);
        assert_eq!(paste.lines[7].role, Role::Title);
        assert_eq!(
            paste.lines[8].role,
            Role::Entry {
                section: 2,
                index: 0
            }
        );
    }

    #[test]
    fn the_round_day_names_a_date_from_the_groups_start() {
        let paste = parse("#接龙 第3天\n1. 王阿姨", &context());
        assert_eq!(paste.sections[0].date, Some(date(2026, 12, 3)));
        let no_start = Context {
            start: None,
            ..context()
        };
        let paste = parse("#接龙 第3天\n1. 王阿姨", &no_start);
        assert_eq!(paste.sections[0].date, None);
        assert_eq!(paste.sections[0].round_day, Some(3));
    }

    #[test]
    fn a_list_without_numbers_is_not_read_but_shown() {
        let paste = parse("12月5日打卡\n王阿姨 浇花\n李叔叔 ✅", &context());
        assert!(paste.sections.is_empty());
        assert_eq!(paste.not_placed().count(), 3);
        // An empty list before a real one does not shift the real one.
        let paste = parse("#接龙 12月4日\n#接龙 12月5日\n1. 王阿姨", &context());
        assert_eq!(paste.sections.len(), 1);
        assert_eq!(paste.sections[0].date, Some(date(2026, 12, 5)));
        assert_eq!(
            paste.lines[2].role,
            Role::Entry {
                section: 0,
                index: 0
            }
        );
    }

    #[test]
    fn empty_and_odd_input() {
        assert_eq!(parse("", &context()), Paste::default());
        assert_eq!(parse("\n \r\n\u{200B}\n", &context()), Paste::default());
        let paste = parse(&"长".repeat(LINE_MAX + 1), &context());
        assert_eq!(
            paste.lines[0].role,
            Role::NotPlaced {
                reason: NotPlaced::TooLong
            }
        );
    }
}
