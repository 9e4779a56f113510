//! One 接龙 line after its number: who, which room, what they did (the
//! note), whether it is a day off (请假) or a backfill (补卡), and a card if
//! one is named.

use serde::Serialize;

use crate::group::card::{self, CardRef};
use crate::group::normal::{self, half_width};

/// What an entry says about the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// Did their small thing today.
    CheckedIn,
    /// Takes the day off (请假): no check-in; the resident's rules spend a
    /// freeze if one is banked, as for any missed day.
    Leave,
    /// Checks in yesterday (补卡), within the round's backfills.
    Backfill,
}

/// The parts of an entry's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parts {
    pub name: String,
    pub room: Option<String>,
    pub note: Option<String>,
    pub kind: EntryKind,
    pub card: Option<CardRef>,
}

const BACKFILL_WORDS: &[&str] = &["补打卡", "补卡", "补签"];
const LEAVE_WORDS: &[&str] = &[
    "今天请假",
    "今日请假",
    "请假一天",
    "请假",
    "今天休息",
    "今日休息",
    "休息一天",
];

/// Notes that only say "checked in": no story to keep.
const FILLER: &[&str] = &[
    "打卡",
    "已打卡",
    "打卡了",
    "打卡完成",
    "完成打卡",
    "今日打卡",
    "今天打卡",
    "已完成打卡",
    "打卡成功",
    "完成",
    "已完成",
    "签到",
    "已签到",
    "到",
    "做了",
    "已做",
    "ok",
    "好",
    "+1",
    "1",
    "收到",
    "done",
    "yes",
];

/// Brackets a room may be written in, open and close.
const BRACKETS: &[(char, char)] = &[
    ('(', ')'),
    ('（', '）'),
    ('[', ']'),
    ('【', '】'),
    ('〔', '〕'),
];

/// Characters that end a name.
fn ends_name(c: char) -> bool {
    c.is_whitespace()
        || BRACKETS.iter().any(|(open, _)| *open == c)
        || ":：,，、。;；!！?？/|~～—…".contains(c)
        || normal::is_suit_symbol(c)
}

/// Room-like: `502`, `5-302`, `3号楼502`, `5栋302室`, `12#301`.
fn is_room(text: &str) -> bool {
    let folded: String = text.chars().map(half_width).collect();
    let has_digit = folded.chars().any(|c| c.is_ascii_digit());
    let all_room = folded
        .chars()
        .all(|c| c.is_ascii_digit() || "-#号楼栋幢单元室座弄".contains(c));
    let plain_digits = folded.chars().all(|c| c.is_ascii_digit());
    has_digit && all_room && (!plain_digits || (3..=4).contains(&folded.len()))
}

/// Text with emoji, ticks and WeChat stickers replaced by spaces: they mark
/// a line, they are not words.
fn without_marks(text: &str) -> Vec<char> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // Stickers copy with ASCII brackets; `【502】` is a room.
        if c == '['
            && let Some(len) = chars[i + 1..].iter().take(12).position(|&d| d == ']')
            && normal::is_wechat_sticker(&chars[i + 1..i + 1 + len].iter().collect::<String>())
        {
            out.push(' ');
            i += len + 2;
            continue;
        }
        if normal::is_emoji(c) || normal::is_tick(c) {
            out.push(' ');
        } else {
            out.push(c);
        }
        i += 1;
    }
    out
}

fn trim_chars(chars: &[char]) -> &[char] {
    let start = chars
        .iter()
        .position(|c| !c.is_whitespace())
        .unwrap_or(chars.len());
    let end = chars
        .iter()
        .rposition(|c| !c.is_whitespace())
        .map_or(start, |e| e + 1);
    &chars[start..end]
}

/// Takes a card out of the text: a suit symbol anywhere (`挂号♣`), a suit
/// name or shorthand where a word starts (`梅花K 帮忙`, `h7`).
fn take_card(chars: &mut Vec<char>) -> Option<CardRef> {
    let mut i = 0;
    while i < chars.len() {
        let word_start = i == 0 || chars[i - 1].is_whitespace() || ends_name(chars[i - 1]);
        if word_start || normal::is_suit_symbol(chars[i]) {
            let rest: String = chars[i..].iter().collect();
            if let Some((card, bytes)) = card::parse_prefix(&rest) {
                let used = rest[..bytes].chars().count();
                chars.splice(i..i + used, [' ']);
                return Some(card);
            }
        }
        i += 1;
    }
    None
}

/// Finds the first of `words` in `chars`, removes it, and says whether one was there.
fn take_word(chars: &mut Vec<char>, words: &[&str]) -> bool {
    let text: String = chars.iter().collect();
    let Some((at, word)) = words
        .iter()
        .filter_map(|w| text.find(w).map(|at| (at, *w)))
        .min_by_key(|(at, w)| (*at, std::cmp::Reverse(w.len())))
    else {
        return false;
    };
    let start = text[..at].chars().count();
    let len = word.chars().count();
    chars.splice(start..start + len, [' ']);
    true
}

/// The note as kept: spaces made single, separators trimmed off the ends;
/// nothing if it only says "checked in".
fn tidy_note(chars: &[char]) -> Option<String> {
    let text: String = chars.iter().collect();
    let text = normal::clean(&text);
    let separators: &[char] = &[
        ':', '：', ',', '，', '、', '。', ';', '；', '-', '—', '~', '～', '|', '/', ' ', '.',
    ];
    let text = text.trim_matches(separators).trim();
    let bare: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_ascii_punctuation() && !"，。！、；：".contains(*c))
        .collect();
    let bare = bare.to_lowercase();
    if text.is_empty() || FILLER.contains(&bare.as_str()) || bare.is_empty() {
        None
    } else {
        Some(text.to_string())
    }
}

/// A bracketed group at the start of `chars` (after spaces): its content
/// and the chars it used.
fn bracket_at(chars: &[char]) -> Option<(String, usize)> {
    let skip = chars.iter().take_while(|c| c.is_whitespace()).count();
    let open = *chars.get(skip)?;
    let (_, close) = BRACKETS.iter().find(|(o, _)| *o == open)?;
    let len = chars[skip + 1..].iter().position(|c| c == close)?;
    let content: String = chars[skip + 1..skip + 1 + len].iter().collect();
    Some((content.trim().to_string(), skip + len + 2))
}

/// The next whitespace-separated word of `chars`, and the chars used.
fn word_at(chars: &[char]) -> Option<(String, usize)> {
    let skip = chars.iter().take_while(|c| c.is_whitespace()).count();
    let len = chars[skip..]
        .iter()
        .take_while(|c| !c.is_whitespace())
        .count();
    (len > 0).then(|| (chars[skip..skip + len].iter().collect(), skip + len))
}

/// Words that, right after a name, make a different person or a
/// household: `小明妈妈`, `王阿姨家`, `李叔叔的孙子`.
const KIN: &[&str] = &[
    "妈", "爸", "奶", "爷", "外婆", "外公", "家", "的", "老伴", "爱人", "女儿", "儿子", "媳妇",
    "孙", "姐", "哥", "弟", "妹", "阿姨", "叔", "伯", "婆", "公", "太", "代",
];

/// A known name glued to its note (`王阿姨帮3楼拿了快递`): the name's
/// length, when the text starts with it and what follows reads as a note
/// (three or more characters, not `妈妈…` or `家…`, not letters). Anything
/// less sure is left whole, for matching to offer.
fn known_prefix(chars: &[char], names: &[&str]) -> Option<usize> {
    let word = chars.iter().take_while(|c| !ends_name(**c)).count();
    names
        .iter()
        .map(|name| name.chars().map(half_width).collect::<Vec<char>>())
        .filter(|name| name.len() >= 2 && word >= name.len() + 3)
        .filter(|name| chars.iter().zip(name).all(|(&c, &n)| half_width(c) == n))
        .filter(|name| {
            let rest: String = chars[name.len()..word].iter().collect();
            let first = rest.chars().next();
            !first.is_some_and(|c| c.is_ascii_alphanumeric())
                && !KIN.iter().any(|kin| rest.starts_with(kin))
        })
        .map(|name| name.len())
        .max()
}

/// Reads an entry's text (after the list number). `None` when no name can
/// be read: the line is shown as not placed.
pub fn parse(text: &str, names: &[&str]) -> Option<Parts> {
    let mut chars = without_marks(text);
    let mut kind = EntryKind::CheckedIn;
    if take_word(&mut chars, BACKFILL_WORDS) {
        kind = EntryKind::Backfill;
    } else if take_word(&mut chars, LEAVE_WORDS) {
        kind = EntryKind::Leave;
    }
    let card = take_card(&mut chars);
    let mut rest: Vec<char> = trim_chars(&chars).to_vec();
    while rest.first() == Some(&'@') {
        rest.remove(0);
    }

    // A room written first: `3-502 王阿姨`.
    let mut room = None;
    if let Some((word, used)) = word_at(&rest)
        && is_room(&word)
        && rest[used..].iter().any(|c| !c.is_whitespace())
    {
        room = Some(word.chars().map(half_width).collect::<String>());
        rest = trim_chars(&rest[used..]).to_vec();
    }

    // The name: a known name the text starts with, else the first word.
    let name_len = known_prefix(&rest, names)
        .unwrap_or_else(|| rest.iter().take_while(|c| !ends_name(**c)).count());
    let mut name: String = rest[..name_len].iter().collect();
    let mut after: Vec<char> = rest[name_len..].to_vec();
    // `李叔叔502`: a room glued to the name.
    if room.is_none() {
        let digits = name
            .chars()
            .rev()
            .take_while(|c| half_width(*c).is_ascii_digit())
            .count();
        let total = name.chars().count();
        if (3..=4).contains(&digits) && digits < total {
            room = Some(name.chars().skip(total - digits).map(half_width).collect());
            name = name.chars().take(total - digits).collect();
        }
    }
    // `林 姐`: a known name typed with a space inside.
    let known = |text: &str| {
        let folded = normal::fold_name(text);
        names.iter().any(|name| normal::fold_name(name) == folded)
    };
    if !known(&name)
        && let Some((word, used)) = word_at(&after)
        && known(&format!("{name}{word}"))
    {
        name = format!("{name} {word}");
        after.drain(..used);
    }
    let mut note_parts: Vec<char> = Vec::new();
    // `小明(502)`, `小明（3号楼）`, `王阿姨 502 浇花`.
    if let Some((content, used)) = bracket_at(&after) {
        if room.is_none() && is_room(&content) {
            room = Some(content.chars().map(half_width).collect());
        } else {
            note_parts.extend(content.chars());
            note_parts.push(' ');
        }
        after.drain(..used);
    } else if room.is_none()
        && let Some((word, used)) = word_at(&after)
        && is_room(&word)
    {
        room = Some(word.chars().map(half_width).collect());
        after.drain(..used);
    }
    note_parts.extend(after);

    let name = normal::clean(&name);
    if !name.chars().any(char::is_alphanumeric) {
        return None;
    }
    Some(Parts {
        name,
        room,
        note: tidy_note(&note_parts),
        kind,
        card,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::{Rank, Suit};

    fn read(text: &str) -> Parts {
        parse(text, &[]).unwrap_or_else(|| panic!("no name in {text}"))
    }

    #[test]
    fn the_examples_of_the_design() {
        let p = read("王阿姨 帮3楼拿了快递");
        assert_eq!(
            (p.name.as_str(), p.note.as_deref()),
            ("王阿姨", Some("帮3楼拿了快递"))
        );
        let p = read("李叔叔 ✅");
        assert_eq!((p.name.as_str(), p.note), ("李叔叔", None));
        let p = read("小明(502) 捡了楼道里的垃圾🌱");
        assert_eq!(p.name, "小明");
        assert_eq!(p.room.as_deref(), Some("502"));
        assert_eq!(p.note.as_deref(), Some("捡了楼道里的垃圾"));
        let p = read("张奶奶 打卡");
        assert_eq!((p.name.as_str(), p.note), ("张奶奶", None));
        let p = read("陈老师  教隔壁阿婆用手机挂号 ♣");
        assert_eq!(p.note.as_deref(), Some("教隔壁阿婆用手机挂号"));
        assert_eq!(
            p.card,
            Some(CardRef::Suited {
                suit: Suit::Clubs,
                rank: None
            })
        );
        let p = read("李叔叔 ✔️ 修好了单元门的门禁");
        assert_eq!(p.note.as_deref(), Some("修好了单元门的门禁"));
        let p = read("刘师傅 今天请假");
        assert_eq!(
            (p.name.as_str(), p.kind, p.note),
            ("刘师傅", EntryKind::Leave, None)
        );
    }

    #[test]
    fn rooms_in_every_bracket_and_place() {
        for (text, room) in [
            ("小明（502）", "502"),
            ("小明【5-302】 浇花", "5-302"),
            ("3-502 王阿姨 浇花", "3-502"),
            ("王阿姨 3号楼502 浇花", "3号楼502"),
            ("李叔叔502 修门", "502"),
            ("小明（５０２）", "502"),
        ] {
            let p = read(text);
            assert_eq!(p.room.as_deref(), Some(room), "{text}");
            assert!(
                !p.name.is_empty() && !p.name.contains(room),
                "{text}: {}",
                p.name
            );
        }
        let p = read("王阿姨(代李叔叔) 浇花");
        assert_eq!(p.room, None);
        assert_eq!(p.note.as_deref(), Some("代李叔叔 浇花"));
        let p = read("李叔叔 2个快递");
        assert_eq!(p.room, None, "a count, not a room");
    }

    #[test]
    fn backfill_leave_and_cards() {
        let p = read("王阿姨 补卡 昨天帮邻居收快递 ♥7");
        assert_eq!(p.kind, EntryKind::Backfill);
        assert_eq!(p.note.as_deref(), Some("昨天帮邻居收快递"));
        assert_eq!(
            p.card,
            Some(CardRef::Suited {
                suit: Suit::Hearts,
                rank: Some(Rank::Seven)
            })
        );
        let p = read("小张 梅花K：组织了楼道羽毛球");
        assert_eq!(p.card.map(|c| c.id()), Some("clubs-k".into()));
        assert_eq!(p.note.as_deref(), Some("组织了楼道羽毛球"));
        let p = read("老周 h3 给绿植浇水");
        assert_eq!(p.card.map(|c| c.id()), Some("hearts-3".into()));
        let p = read("赵姐 参加红十字会培训");
        assert_eq!(p.card, None);
        assert_eq!(p.note.as_deref(), Some("参加红十字会培训"));
    }

    #[test]
    fn names_glued_to_notes_split_at_a_known_name() {
        let p = parse("王阿姨帮3楼拿了快递", &["王阿姨", "王"]).expect("parts");
        assert_eq!(
            (p.name.as_str(), p.note.as_deref()),
            ("王阿姨", Some("帮3楼拿了快递"))
        );
        let p = read("王阿姨帮3楼拿了快递");
        assert_eq!(
            p.name, "王阿姨帮3楼拿了快递",
            "unknown: left whole, matched later"
        );
    }

    #[test]
    fn stickers_ticks_and_at_signs_are_not_words() {
        let p = read("@李叔叔[强][强] 修好了门禁 [玫瑰]");
        assert_eq!(
            (p.name.as_str(), p.note.as_deref()),
            ("李叔叔", Some("修好了门禁"))
        );
        let p = read("Lily 帮楼下收了快递[Smile]");
        assert_eq!(p.note.as_deref(), Some("帮楼下收了快递"));
        assert_eq!(parse("✅✅", &[]), None);
        assert_eq!(parse("[强]", &[]), None);
        assert_eq!(parse("：", &[]), None);
    }
}
