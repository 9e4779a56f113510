//! Text as people paste it, made comparable: full-width forms folded to
//! half-width, control and direction-override characters removed, emoji and
//! ticks told apart from words.
//!
//! Outside text (a WeChat paste, a name typed on a phone) may carry anything:
//! a bidi override that reorders a terminal line, a zero-width joiner, a
//! variation selector after a tick. Everything the group keeps goes through
//! [`clean`] first, so no such character reaches a file, a terminal or a
//! spreadsheet.

/// The half-width form of a full-width ASCII character (`１` → `1`,
/// `（` → `(`, the ideographic space → a space); other characters unchanged.
pub fn half_width(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// Characters that change how text is laid out or read without being seen:
/// controls (tab and newline become spaces elsewhere), bidi embeddings and
/// overrides, zero-width characters, the byte-order mark.
pub fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{061C}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
        )
}

/// Text fit to keep and show: invisible characters dropped (whitespace
/// controls become a space), runs of whitespace made one space, trimmed.
/// Full-width characters are kept as written: people wrote them.
pub fn clean(text: &str) -> String {
    let spaced: String = text
        .chars()
        .filter_map(|c| {
            if c.is_whitespace() {
                Some(' ')
            } else if is_invisible(c) {
                None
            } else {
                Some(c)
            }
        })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A tick or check mark people put on a 接龙 line: `✅ ✔ ✓ ☑ √`.
pub fn is_tick(c: char) -> bool {
    matches!(
        c,
        '✅' | '✔' | '✓' | '☑' | '√' | '🆗' | '✌' | '👌' | '👍' | '💯'
    )
}

/// An emoji or pictograph (not a letter, digit or CJK character), including
/// the joiners and modifiers emoji are built from. The four card suits
/// (`♠♥♦♣` and their white forms) are not emoji here: they name a card.
pub fn is_emoji(c: char) -> bool {
    // 🃏 names the joker.
    if is_suit_symbol(c) || c == '\u{1F0CF}' {
        return false;
    }
    matches!(
        c,
        '\u{1F000}'..='\u{1FAFF}'
            | '\u{2600}'..='\u{27BF}'
            | '\u{2B00}'..='\u{2BFF}'
            | '\u{2300}'..='\u{23FF}'
            | '\u{25A0}'..='\u{25FF}'
            | '\u{3030}'
            | '\u{303D}'
            | '\u{3297}'
            | '\u{3299}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{E0020}'..='\u{E007F}'
            | '√'
    )
}

/// `♠ ♥ ♦ ♣` and the white (outlined) forms `♤ ♡ ♢ ♧`.
pub fn is_suit_symbol(c: char) -> bool {
    matches!(c, '\u{2660}'..='\u{2667}')
}

/// WeChat's own stickers copy as a word in square brackets (`[强]`,
/// `[玫瑰]`, `[ThumbsUp]`): the common ones, in both languages. (`[666]`
/// is left out: three digits in brackets are a room.)
const WECHAT_STICKERS: &[&str] = &[
    "微笑",
    "撇嘴",
    "色",
    "发呆",
    "得意",
    "流泪",
    "害羞",
    "闭嘴",
    "睡",
    "大哭",
    "尴尬",
    "发怒",
    "调皮",
    "呲牙",
    "惊讶",
    "难过",
    "酷",
    "冷汗",
    "抓狂",
    "吐",
    "偷笑",
    "愉快",
    "白眼",
    "傲慢",
    "饥饿",
    "困",
    "惊恐",
    "流汗",
    "憨笑",
    "悠闲",
    "奋斗",
    "咒骂",
    "疑问",
    "嘘",
    "晕",
    "衰",
    "骷髅",
    "敲打",
    "再见",
    "擦汗",
    "抠鼻",
    "鼓掌",
    "坏笑",
    "左哼哼",
    "右哼哼",
    "哈欠",
    "鄙视",
    "委屈",
    "快哭了",
    "阴险",
    "亲亲",
    "可怜",
    "菜刀",
    "西瓜",
    "啤酒",
    "咖啡",
    "猪头",
    "玫瑰",
    "凋谢",
    "嘴唇",
    "爱心",
    "心碎",
    "蛋糕",
    "炸弹",
    "便便",
    "月亮",
    "太阳",
    "礼物",
    "拥抱",
    "强",
    "弱",
    "握手",
    "胜利",
    "抱拳",
    "勾引",
    "拳头",
    "OK",
    "爱你",
    "NO",
    "跳跳",
    "发抖",
    "转圈",
    "嘿哈",
    "捂脸",
    "奸笑",
    "机智",
    "皱眉",
    "耶",
    "红包",
    "鸡",
    "吃瓜",
    "加油",
    "汗",
    "天啊",
    "Emm",
    "社会社会",
    "旺柴",
    "好的",
    "打脸",
    "哇",
    "翻白眼",
    "让我看看",
    "叹气",
    "苦涩",
    "裂开",
    "福",
    "烟花",
    "爆竹",
    "庆祝",
    "合十",
    "破涕为笑",
    "Smile",
    "Grin",
    "Chuckle",
    "Joyful",
    "Laugh",
    "Blush",
    "Shy",
    "Hug",
    "ThumbsUp",
    "Thumbs Up",
    "Strong",
    "Rose",
    "Heart",
    "Sun",
    "Moon",
    "Gift",
    "Cake",
    "Coffee",
    "Clap",
    "Fist",
    "Peace",
    "Shake",
    "Yeah!",
    "Wave",
    "Packet",
    "Facepalm",
    "Smirk",
    "Smart",
    "Sweat",
    "Pig",
    "Beer",
    "Watermelon",
    "Hey",
    "Onlooker",
    "GoForIt",
    "Awesome",
    "Wow",
    "Sigh",
    "Broken",
    "Worship",
];

/// Whether `word` (the text between `[` and `]`) is a WeChat sticker.
pub fn is_wechat_sticker(word: &str) -> bool {
    WECHAT_STICKERS
        .iter()
        .any(|sticker| sticker.eq_ignore_ascii_case(word.trim()))
}

/// A name folded for comparison: half-width, no whitespace or separator
/// dots, ASCII lower case, invisible characters and emoji dropped.
pub fn fold_name(name: &str) -> String {
    name.chars()
        .map(half_width)
        .filter(|c| {
            !c.is_whitespace()
                && !is_invisible(*c)
                && !is_emoji(*c)
                && !is_tick(*c)
                && !matches!(c, '·' | '•' | '・' | '.' | '@' | '_' | '-')
        })
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// A digit in ASCII or full-width form, as its value.
pub fn digit_value(c: char) -> Option<u32> {
    half_width(c).to_digit(10)
}

/// A number written in Chinese (`五`, `十二`, `二十一`, `两`), 0 to 99.
pub fn chinese_number(text: &str) -> Option<u32> {
    fn unit(c: char) -> Option<u32> {
        Some(match c {
            '零' | '〇' => 0,
            '一' => 1,
            '二' | '两' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            '九' => 9,
            _ => return None,
        })
    }
    let chars: Vec<char> = text.chars().collect();
    match chars.as_slice() {
        [c] if *c == '十' => Some(10),
        [c] => unit(*c),
        ['十', c] => Some(10 + unit(*c)?),
        [c, '十'] => Some(unit(*c)? * 10).filter(|n| *n >= 20),
        [c, '十', d] => Some(unit(*c)? * 10 + unit(*d)?).filter(|n| *n >= 20),
        _ => None,
    }
}

/// True for the characters of a Chinese number ([`chinese_number`]).
pub fn is_chinese_numeral(c: char) -> bool {
    "零〇一二两三四五六七八九十".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_folds_to_half_width() {
        let folded: String = "１２．（５０２）　ＡＢ".chars().map(half_width).collect();
        assert_eq!(folded, "12.(502) AB");
    }

    #[test]
    fn clean_drops_what_cannot_be_seen() {
        assert_eq!(
            clean("\u{202E}王阿姨\u{200B} \t 浇花\u{FEFF}\r\n"),
            "王阿姨 浇花"
        );
        assert_eq!(clean("\u{1b}[31m红"), "[31m红");
    }

    #[test]
    fn suits_are_not_emoji_but_ticks_and_plants_are() {
        for c in ['♥', '♠', '♣', '♦', '♡', '♧'] {
            assert!(!is_emoji(c), "{c}");
            assert!(is_suit_symbol(c), "{c}");
        }
        for c in ['✅', '✔', '🌱', '\u{FE0F}', '👍', '❤', '⭐', '☀'] {
            assert!(is_emoji(c), "{c}");
        }
        assert!(!is_emoji('王') && !is_emoji('5') && !is_emoji('，'));
    }

    #[test]
    fn stickers_are_known_words() {
        assert!(is_wechat_sticker("强"));
        assert!(is_wechat_sticker("thumbsup"));
        assert!(!is_wechat_sticker("502"));
        assert!(!is_wechat_sticker("代"));
    }

    #[test]
    fn names_fold_for_comparison() {
        assert_eq!(fold_name("Ｌｉｌｙ 王"), "lily王");
        assert_eq!(fold_name(" 王 阿姨✅ "), "王阿姨");
        assert_eq!(fold_name("张·三"), "张三");
    }

    #[test]
    fn chinese_numbers() {
        assert_eq!(chinese_number("五"), Some(5));
        assert_eq!(chinese_number("十"), Some(10));
        assert_eq!(chinese_number("十二"), Some(12));
        assert_eq!(chinese_number("二十一"), Some(21));
        assert_eq!(chinese_number("三十"), Some(30));
        assert_eq!(chinese_number("两"), Some(2));
        assert_eq!(chinese_number("一十"), None);
        assert_eq!(chinese_number("五五"), None);
        assert_eq!(chinese_number(""), None);
    }
}
