//! Text layout by terminal display width.
//!
//! A Chinese character takes two terminal columns, ASCII one; `str::len`
//! counts bytes and `chars().count()` characters, and both misalign CJK.
//! Everything that pads or measures text for a terminal goes through here,
//! and [`escape_markup`] makes text safe for the HTML and SVG writers.
//! [`sanitize`] makes outside text safe for a terminal and a spreadsheet.
//!
//! # Ambiguous width
//!
//! Some characters (East Asian *Ambiguous*: ♥ ♠ ♣ ★ · … “ ” ← → ▶, box
//! lines, the blocks █ ▀ ▄) take one column in most terminals and two in
//! terminals set to "ambiguous = wide", as many Chinese users have them.
//! [`width`], [`pad`], [`pad_left`], [`truncate`] and [`wrap`] measure in the
//! width the output is shown with: [`ambiguous`], narrow unless the TUI's
//! probe (`tui::probe`) or the `ambiguous_width` setting said wide. It is
//! set once, at start-up, for the thread that draws ([`set_ambiguous`]);
//! tests pick a width for one closure with [`with_ambiguous`]. The TUI's
//! widgets (`tui::wide`) turn the measured width into cells with
//! [`widen`]. Limits in data files (a card title's 32 columns, a name's) do
//! not depend on anyone's terminal and use [`width_narrow`].

pub mod sanitize;

use std::borrow::Cow;
use std::cell::Cell;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// How wide a terminal draws East Asian Ambiguous characters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Ambiguous {
    /// One column: most terminals, and what ratatui assumes.
    #[default]
    Narrow,
    /// Two columns: "ambiguous = wide", `xterm -cjk_width`, PuTTY's CJK
    /// setting, Chinese-locale Windows consoles.
    Wide,
}

thread_local! {
    static AMBIGUOUS: Cell<Ambiguous> = const { Cell::new(Ambiguous::Narrow) };
}

/// The ambiguous width output is laid out for, on this thread.
pub fn ambiguous() -> Ambiguous {
    AMBIGUOUS.with(Cell::get)
}

/// Lays out this thread's output for `width` from now on (start-up only).
pub fn set_ambiguous(width: Ambiguous) {
    AMBIGUOUS.with(|cell| cell.set(width));
}

/// Runs `f` with output laid out for `width`, then puts the old one back
/// (also when `f` panics).
pub fn with_ambiguous<T>(width: Ambiguous, f: impl FnOnce() -> T) -> T {
    struct Restore(Ambiguous);
    impl Drop for Restore {
        fn drop(&mut self) {
            set_ambiguous(self.0);
        }
    }
    let _restore = Restore(ambiguous());
    set_ambiguous(width);
    f()
}

/// Display width in the terminal output is laid out for ([`ambiguous`]).
pub fn width(s: &str) -> usize {
    match ambiguous() {
        Ambiguous::Narrow => s.width(),
        Ambiguous::Wide => s.width_cjk(),
    }
}

/// Display width with ambiguous characters narrow, whatever the terminal:
/// the unit of limits in data files, which must not change with the
/// terminal a file is checked in.
pub fn width_narrow(s: &str) -> usize {
    s.width()
}

/// Display width in a terminal set to "ambiguous = wide", common for Chinese users.
pub fn width_cjk(s: &str) -> usize {
    s.width_cjk()
}

/// The width of one character in the terminal output is laid out for.
fn char_width(c: char) -> usize {
    match ambiguous() {
        Ambiguous::Narrow => c.width(),
        Ambiguous::Wide => c.width_cjk(),
    }
    .unwrap_or(0)
}

/// The sum of the characters' widths (as textwrap measures a word).
fn chars_width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// The first character whose width depends on the terminal's ambiguous-width
/// setting (“ ” … · ♥ and friends), if any.
pub fn first_ambiguous(s: &str) -> Option<char> {
    s.chars().find(|&c| c.width() != c.width_cjk())
}

/// Columns a piece of text (one cell's grapheme) takes beyond its narrow
/// width in a wide-ambiguous terminal: 1 for ♥, 0 for `a` or 邻.
pub fn ambiguous_extra(s: &str) -> usize {
    s.width_cjk().saturating_sub(s.width())
}

/// What fills the cell after an ambiguous character in wide mode: a cell
/// the character's right half covers. A noncharacter, so never text; the
/// TUI never writes it (see `tui::wide`).
pub const FILLER: char = '\u{FDD0}';

/// `s` with a [`FILLER`] after each ambiguous character (per grapheme, as
/// ratatui splits cells) when laying out for wide terminals, so that a
/// layout that counts one cell per narrow column gives such a character the
/// two columns it takes: `text::width(s)` cells in all. Unchanged when
/// narrow, or when there is nothing ambiguous.
pub fn widen(s: &str) -> Cow<'_, str> {
    if ambiguous() == Ambiguous::Narrow || (first_ambiguous(s).is_none() && !s.contains(FILLER)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for grapheme in s.graphemes(true) {
        // A filler already in the text is not ours to keep.
        if grapheme.contains(FILLER) {
            out.push(' ');
            continue;
        }
        out.push_str(grapheme);
        out.extend(std::iter::repeat_n(FILLER, ambiguous_extra(grapheme)));
    }
    Cow::Owned(out)
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
    let columns = columns.max(2);
    let mut lines = Vec::new();
    for line in text.split('\n') {
        wrap_line(line, columns, &mut lines);
    }
    lines
}

/// Wraps like [`wrap`], but keeps phrases whole: the items of a list set
/// apart by two spaces (`✓ 完成  ◉ 今天`) and the clauses ending in a
/// full-width comma or semicolon (`可请假 0 天，可补卡 1 次`) go to the next
/// line whole rather than being split, so a symbol never leaves its word
/// and a number never leaves its unit. A phrase wider than the line is
/// wrapped by [`wrap`].
pub fn wrap_phrases(text: &str, columns: usize) -> Vec<String> {
    let columns = columns.max(2);
    let mut lines = Vec::new();
    for line in text.split('\n') {
        let mut current = String::new();
        for (gap, phrase) in phrases(line) {
            if !current.is_empty() && width(&current) + width(gap) + width(phrase) <= columns {
                current.push_str(gap);
                current.push_str(phrase);
                continue;
            }
            if !current.is_empty() {
                lines.push(std::mem::take(&mut current));
            }
            let mut parts = wrap(phrase, columns);
            current = parts.pop().unwrap_or_default();
            lines.extend(parts);
        }
        lines.push(current);
    }
    lines
}

/// A line's phrases, each with the space before it: split at runs of two
/// or more spaces (the space kept as the gap) and after ， and ；.
fn phrases(line: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = line;
    let mut gap = "";
    while !rest.is_empty() {
        let spaces = rest.find("  ");
        let comma = rest.find(['，', '；']).map(|at| at + '，'.len_utf8());
        match (spaces, comma) {
            (Some(at), comma) if comma.is_none_or(|end| at < end) => {
                if at > 0 {
                    out.push((gap, &rest[..at]));
                }
                let run = rest[at..].len() - rest[at..].trim_start_matches(' ').len();
                gap = &rest[at..at + run];
                rest = &rest[at + run..];
            }
            (_, Some(end)) => {
                out.push((gap, &rest[..end]));
                gap = "";
                rest = &rest[end..];
            }
            _ => {
                out.push((gap, rest));
                rest = "";
            }
        }
    }
    out
}

/// A piece of a line for the line breaker: textwrap's word, whitespace and
/// penalty, measured by [`width`] (textwrap's own words are always narrow).
#[derive(Debug)]
struct Piece<'a> {
    word: &'a str,
    whitespace: &'a str,
    penalty: &'a str,
    width: usize,
}

impl textwrap::core::Fragment for Piece<'_> {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        width(self.whitespace) as f64
    }
    fn penalty_width(&self) -> f64 {
        width(self.penalty) as f64
    }
}

/// One line without line breaks, wrapped as `textwrap::wrap` would with
/// Unicode line breaking, no hyphenation, long words broken and the
/// optimal-fit algorithm, but measured by [`width`].
fn wrap_line(line: &str, columns: usize, lines: &mut Vec<String>) {
    // A line of fewer bytes than columns fits, even if every character is
    // as wide as its UTF-8 is long (ASCII 1, ♥ or · 2 of 2–3 bytes, 邻 2 of 3).
    if line.len() < columns {
        lines.push(line.trim_end_matches(' ').to_string());
        return;
    }
    let mut pieces = Vec::new();
    for word in textwrap::WordSeparator::UnicodeBreakProperties.find_words(line) {
        break_apart(
            word.word,
            word.whitespace,
            word.penalty,
            columns,
            &mut pieces,
        );
    }
    let widths = [columns as f64, columns as f64];
    let wrapped = textwrap::wrap_algorithms::wrap_optimal_fit(
        &pieces,
        &widths,
        &textwrap::wrap_algorithms::Penalties::new(),
    )
    .unwrap_or_else(|_| textwrap::wrap_algorithms::wrap_first_fit(&pieces, &widths));
    let mut at = 0;
    for row in wrapped {
        let Some(last) = row.last() else {
            lines.push(String::new());
            continue;
        };
        let len: usize = row.iter().map(|p| p.word.len() + p.whitespace.len()).sum();
        let mut out = line[at..at + len - last.whitespace.len()].to_string();
        out.push_str(last.penalty);
        lines.push(out);
        at += len;
    }
}

/// A word wider than a line, cut between characters into pieces that fit
/// (the last keeps the word's whitespace and penalty).
fn break_apart<'a>(
    word: &'a str,
    whitespace: &'a str,
    penalty: &'a str,
    columns: usize,
    pieces: &mut Vec<Piece<'a>>,
) {
    let mut start = 0;
    let mut used = 0;
    if chars_width(word) > columns {
        for (index, c) in word.char_indices() {
            let w = char_width(c);
            if used > 0 && used + w > columns {
                pieces.push(Piece {
                    word: &word[start..index],
                    whitespace: "",
                    penalty: "",
                    width: used,
                });
                start = index;
                used = 0;
            }
            used += w;
        }
    } else {
        used = chars_width(word);
    }
    pieces.push(Piece {
        word: &word[start..],
        whitespace,
        penalty,
        width: used,
    });
}

/// The longest prefix of `s` that fits in `columns`, never cutting a character.
pub fn truncate(s: &str, columns: usize) -> &str {
    let mut used = 0;
    for (index, c) in s.char_indices() {
        let w = char_width(c);
        if used + w > columns {
            return &s[..index];
        }
        used += w;
    }
    s
}

/// `s` cut to `columns`, ending in `…` when it did not fit (so a reader
/// sees it was cut); never inside a character. `…` takes the columns the
/// terminal gives it ([`width`]).
pub fn shorten(s: &str, columns: usize) -> Cow<'_, str> {
    if width(s) <= columns {
        return Cow::Borrowed(s);
    }
    let mark = "…";
    match columns.checked_sub(width(mark)) {
        Some(room) => Cow::Owned(format!("{}{mark}", truncate(s, room).trim_end())),
        None => Cow::Borrowed(truncate(s, columns)),
    }
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

    /// The tester's lines at 60 and 80 columns: a clause, a symbol and its
    /// word, stay together.
    #[test]
    fn phrases_stay_whole() {
        let streak = "3 天（最长 11），可请假 0 天，可补卡 1 次";
        assert_eq!(
            wrap_phrases(streak, 24),
            ["3 天（最长 11），", "可请假 0 天，可补卡 1 次"]
        );
        let key = "✓ 完成  ❄ 请假  ✗ 漏打  ◉ 今天  ◌ 待完成";
        assert_eq!(
            wrap_phrases(key, 29),
            ["✓ 完成  ❄ 请假  ✗ 漏打", "◉ 今天  ◌ 待完成"]
        );
        assert_eq!(wrap_phrases(key, 80), [key]);
        // A phrase wider than the line is wrapped inside, never lost.
        let long = "一二三四五六七八九十一二三四五六七八九十";
        assert_eq!(wrap_phrases(long, 10).concat(), long);
        assert_eq!(wrap_phrases("", 10), [""]);
        assert_eq!(wrap_phrases("a\nb", 10), ["a", "b"]);
    }

    proptest::proptest! {
        /// Nothing is lost but the gaps at a break, no line is wider than
        /// asked, and a line never ends with a lone symbol before its word.
        #[test]
        fn wrapped_phrases_keep_every_character(
            items in proptest::collection::vec("[✓◉❄a-z一-十]{1,6}( [a-z一-十]{1,4})?", 1..8),
            columns in 8usize..40,
        ) {
            let text = items.join("  ");
            let lines = wrap_phrases(&text, columns);
            let squeeze = |s: &str| s.chars().filter(|c| *c != ' ').collect::<String>();
            proptest::prop_assert_eq!(squeeze(&lines.concat()), squeeze(&text));
            for line in &lines {
                proptest::prop_assert!(width(line) <= columns, "{:?}", lines);
            }
            for item in &items {
                if width(item) <= columns {
                    proptest::prop_assert!(lines.iter().any(|line| line.contains(item.as_str())), "{:?} in {:?}", item, lines);
                }
            }
        }
    }
    use super::*;

    #[test]
    fn shortened_text_says_it_was_cut() {
        assert_eq!(shorten("介绍两位邻居认识", 20), "介绍两位邻居认识");
        assert_eq!(shorten("介绍两位邻居认识", 10), "介绍两位…");
        assert_eq!(width(&shorten("介绍两位邻居认识", 10)), 9);
        with_ambiguous(Ambiguous::Wide, || {
            assert_eq!(shorten("介绍两位邻居认识", 10), "介绍两位…");
            assert_eq!(width(&shorten("介绍两位邻居认识", 10)), 10);
        });
        assert_eq!(shorten("abc", 0), "");
    }

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
    fn a_cut_text_ends_with_an_ellipsis() {
        assert_eq!(shorten("邻里破冰", 8), "邻里破冰");
        assert_eq!(shorten("邻里破冰", 7), "邻里破…");
        assert_eq!(shorten("邻里破冰", 6), "邻里…");
        assert_eq!(shorten("Say hello first", 9), "Say hell…");
        assert_eq!(shorten("Say hello", 6), "Say h…");
        with_ambiguous(Ambiguous::Wide, || {
            assert_eq!(shorten("邻里破冰", 7), "邻里…");
            assert!(width(&shorten("Say hello first", 9)) <= 9);
        });
    }

    #[test]
    fn wide_mode_counts_ambiguous_characters_as_two_columns() {
        assert_eq!(width("♥ 红桃"), 6);
        assert_eq!(width_narrow("♥ 红桃"), 6);
        with_ambiguous(Ambiguous::Wide, || {
            assert_eq!(width("♥ 红桃"), 7);
            assert_eq!(width("“好”…"), 8);
            assert_eq!(width_narrow("♥ 红桃"), 6, "limits stay narrow");
            assert_eq!(pad("♥", 3), "♥ ");
            assert_eq!(pad_left("♥", 3), " ♥");
            assert_eq!(truncate("a♥b", 2), "a");
            assert_eq!(truncate("a♥b", 3), "a♥");
        });
        assert_eq!(ambiguous(), Ambiguous::Narrow, "put back afterwards");
    }

    #[test]
    fn widen_adds_a_filler_cell_after_each_ambiguous_character() {
        assert_eq!(widen("5 ♥"), "5 ♥", "narrow: unchanged");
        with_ambiguous(Ambiguous::Wide, || {
            let filler = FILLER.to_string();
            assert_eq!(widen("5 ♥"), format!("5 ♥{filler}"));
            assert_eq!(widen("红桃 · 邻里"), format!("红桃 ·{filler} 邻里"));
            assert_eq!(widen("plain 中文"), "plain 中文");
            for s in ["♥ 红桃", "“好”…", "←→ 选牌", "◜╌╌◝", "▶ 王阿姨"]
            {
                assert_eq!(width_narrow(&widen(s)), width(s), "{s}");
            }
            // A filler in the text is not one.
            assert_eq!(widen(&format!("a{filler}")), "a ");
        });
    }

    #[test]
    fn wraps_by_the_wide_width() {
        let text = "“一起”……做点小事，♥ 邻里破冰 · 兴趣社群";
        with_ambiguous(Ambiguous::Wide, || {
            for columns in 4..30 {
                let lines = wrap(text, columns);
                assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
                for line in &lines {
                    assert!(width(line) <= columns, "{line:?} wider than {columns}");
                }
            }
        });
        // Narrow, the same text fits in fewer lines.
        let narrow = wrap(text, 12).len();
        let wide = with_ambiguous(Ambiguous::Wide, || wrap(text, 12).len());
        assert!(wide >= narrow);
    }

    proptest::proptest! {
        /// Narrow wrapping is exactly what `textwrap::wrap` did before.
        #[test]
        fn narrow_wrapping_is_textwraps(
            text in "[a-z ，。、“”…♥邻里破冰一起小事-]{0,80}",
            columns in 0usize..40,
        ) {
            let options = textwrap::Options::new(columns.max(2))
                .word_separator(textwrap::WordSeparator::UnicodeBreakProperties)
                .word_splitter(textwrap::WordSplitter::NoHyphenation)
                .break_words(true);
            let before: Vec<String> = textwrap::wrap(&text, options)
                .into_iter()
                .map(|line| line.into_owned())
                .collect();
            proptest::prop_assert_eq!(wrap(&text, columns), before);
        }
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
