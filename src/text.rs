//! Text layout by terminal display width.
//!
//! A Chinese character takes two terminal columns, ASCII one; `str::len`
//! counts bytes and `chars().count()` characters, and both misalign CJK.
//! Everything that pads or measures text for a terminal goes through here.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Display width in a terminal where ambiguous-width characters are narrow
/// (the common default, and what ratatui assumes).
pub fn width(s: &str) -> usize {
    s.width()
}

/// Display width in a terminal set to "ambiguous = wide", common for Chinese users.
pub fn width_cjk(s: &str) -> usize {
    s.width_cjk()
}

/// The first character whose width depends on the terminal's ambiguous-width
/// setting (“ ” … · ♥ and friends), if any.
pub fn first_ambiguous(s: &str) -> Option<char> {
    s.chars().find(|&c| c.width() != c.width_cjk())
}

/// `s` followed by spaces up to `columns` display columns. Text already wider
/// is returned whole: a column is never cut mid-character.
pub fn pad(s: &str, columns: usize) -> String {
    let fill = columns.saturating_sub(width(s));
    let mut out = String::with_capacity(s.len() + fill);
    out.push_str(s);
    out.extend(std::iter::repeat_n(' ', fill));
    out
}

/// Spaces then `s`, right-aligned in `columns` display columns.
pub fn pad_left(s: &str, columns: usize) -> String {
    let fill = columns.saturating_sub(width(s));
    let mut out = String::with_capacity(s.len() + fill);
    out.extend(std::iter::repeat_n(' ', fill));
    out.push_str(s);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_is_two_columns() {
        assert_eq!(width("邻里破冰"), 8);
        assert_eq!(width("A 邻里"), 6);
        assert_eq!(width("，。"), 4);
    }

    #[test]
    fn pads_by_display_width() {
        assert_eq!(pad("红桃", 6), "红桃  ");
        assert_eq!(pad("ab", 6), "ab    ");
        assert_eq!(pad_left("5", 3), "  5");
        assert_eq!(pad_left("五", 3), " 五");
    }

    #[test]
    fn never_cuts_wider_text() {
        assert_eq!(pad("邻里破冰", 3), "邻里破冰");
    }

    #[test]
    fn finds_ambiguous_characters() {
        assert_eq!(first_ambiguous("你好，邻居。"), None);
        assert_eq!(first_ambiguous("say “hi”"), Some('“'));
        assert_eq!(first_ambiguous("♥ hearts"), Some('♥'));
        assert_eq!(first_ambiguous("wait…"), Some('…'));
        assert_eq!(first_ambiguous("plain ASCII"), None);
    }
}
