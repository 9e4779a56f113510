//! Text layout by terminal display width.
//!
//! A Chinese character takes two terminal columns, ASCII one; `str::len`
//! counts bytes and `chars().count()` characters, and both misalign CJK.
//! Everything that pads or measures text for a terminal goes through here,
//! and [`escape_markup`] makes text safe for the HTML and SVG writers.
//! [`sanitize`] makes outside text safe for a terminal and a spreadsheet.

pub mod sanitize;

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

/// Wraps text to lines of at most `columns` display columns.
///
/// Breaks follow Unicode line breaking (UAX #14), so Chinese breaks between
/// characters but never puts 。，、！？ at the start of a line nor 「（ at
/// its end, and English breaks at spaces. A word wider than the line is
/// split between characters, never inside one. (ratatui's own `Wrap` breaks
/// only at spaces, which strands whole Chinese sentences.)
pub fn wrap(text: &str, columns: usize) -> Vec<String> {
    let options = textwrap::Options::new(columns.max(2))
        .word_separator(textwrap::WordSeparator::UnicodeBreakProperties)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(true);
    textwrap::wrap(text, options)
        .into_iter()
        .map(|line| line.into_owned())
        .collect()
}

/// The longest prefix of `s` that fits in `columns`, never cutting a character.
pub fn truncate(s: &str, columns: usize) -> &str {
    let mut used = 0;
    for (index, c) in s.char_indices() {
        let w = c.width().unwrap_or(0);
        if used + w > columns {
            return &s[..index];
        }
        used += w;
    }
    s
}

/// `text` safe inside HTML or SVG markup, in element text or a quoted attribute.
pub fn escape_markup(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
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
    fn wraps_chinese_by_width_without_punctuation_at_a_line_start() {
        let text = "在电梯里向邻居问好，说一句早上好。然后聊聊天气，问问近况。";
        for columns in 6..30 {
            let lines = wrap(text, columns);
            assert_eq!(lines.concat(), text, "nothing lost at {columns}");
            for line in &lines {
                assert!(width(line) <= columns, "{line:?} wider than {columns}");
                let first = line.chars().next().expect("non-empty line");
                assert!(
                    !"，。、！？：；）」".contains(first),
                    "{line:?} at {columns}"
                );
            }
        }
    }

    #[test]
    fn wraps_english_at_spaces() {
        assert_eq!(
            wrap("Greet a neighbour in the lift today", 12),
            ["Greet a", "neighbour", "in the lift", "today"]
        );
    }

    #[test]
    fn truncates_without_cutting_a_character() {
        assert_eq!(truncate("邻里破冰", 5), "邻里");
        assert_eq!(truncate("邻里破冰", 8), "邻里破冰");
        assert_eq!(truncate("ab邻", 3), "ab");
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
