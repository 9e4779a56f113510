//! Setting text in a box: measuring with the font's own advances, breaking
//! lines by Unicode's rules, and shrinking a card's text until it fits.
//!
//! Line breaks come from UAX #14 through textwrap's word separator, as in the
//! terminal ([`crate::text::wrap`]), but measured in points: Chinese breaks
//! between characters, never before 。，、！？ or after 「（, and English
//! breaks at spaces.

use std::ops::Range;

use textwrap::core::Fragment;
use textwrap::word_splitters::split_words;
use textwrap::{WordSeparator, WordSplitter};

use super::fonts::Fonts;
use super::scene::{PlacedGlyph, Rgb, TextRun, Weight};

/// Glyphs for `text`, one per character (the export sets no ligatures, so
/// each glyph stands for exactly its character). A character the font lacks
/// gets glyph 0, which [`missing_chars`] reports before anything is written.
pub fn shape(fonts: &Fonts, weight: Weight, text: &str) -> Vec<PlacedGlyph> {
    let face = fonts.face(weight);
    text.char_indices()
        .map(|(start, c)| {
            let (id, advance) = face.glyph(c).unwrap_or((0, 0.5));
            PlacedGlyph {
                id,
                advance,
                text: start..start + c.len_utf8(),
            }
        })
        .collect()
}

/// Width of `text` in points at `size`.
pub fn measure(fonts: &Fonts, weight: Weight, size: f32, text: &str) -> f32 {
    let face = fonts.face(weight);
    text.chars()
        .map(|c| face.glyph(c).map_or(0.5, |(_, advance)| advance))
        .sum::<f32>()
        * size
}

/// The characters of the runs that the font does not have, in order, once each.
pub fn missing_chars<'a>(runs: impl IntoIterator<Item = &'a TextRun>) -> Vec<char> {
    let mut missing = Vec::new();
    for run in runs {
        for glyph in &run.glyphs {
            if glyph.id == 0 {
                let c = run.text[glyph.text.clone()].chars().next();
                if let Some(c) = c.filter(|c| !missing.contains(c)) {
                    missing.push(c);
                }
            }
        }
    }
    missing
}

/// Text style: weight, size in points, colour, and line height as a multiple of the size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub weight: Weight,
    pub size: f32,
    pub color: Rgb,
    pub leading: f32,
}

/// A run of `text` in `style` with its baseline starting at (x, y).
pub fn run(fonts: &Fonts, style: Style, x: f32, y: f32, text: &str) -> TextRun {
    TextRun {
        x,
        y,
        size: style.size,
        weight: style.weight,
        color: style.color,
        text: text.to_string(),
        glyphs: shape(fonts, style.weight, text),
    }
}

/// A run whose right end is at `right`.
pub fn run_right(fonts: &Fonts, style: Style, right: f32, y: f32, text: &str) -> TextRun {
    let width = measure(fonts, style.weight, style.size, text);
    run(fonts, style, right - width, y, text)
}

/// A run centred on `centre`.
pub fn run_centred(fonts: &Fonts, style: Style, centre: f32, y: f32, text: &str) -> TextRun {
    let width = measure(fonts, style.weight, style.size, text);
    run(fonts, style, centre - width / 2.0, y, text)
}

/// `style`, set smaller if `text` would be wider than `max_width` in it:
/// for one-line labels (a suit's theme, a long deck name).
pub fn fit_line(fonts: &Fonts, style: Style, text: &str, max_width: f32) -> Style {
    let natural = measure(fonts, style.weight, style.size, text);
    if natural > max_width && natural > 0.0 {
        Style {
            size: style.size * max_width / natural,
            ..style
        }
    } else {
        style
    }
}

/// Characters that never start a line in Chinese typesetting (禁则). UAX #14
/// already keeps 。，、 and the closing brackets off a line start, except
/// after a space; these are also kept on the line before across a space.
const NO_LINE_START: &str = "，。、；：！？）」』】》〉”’…·%．,.;:!?)]}";
/// Opening brackets and quotes: never the last thing on a line.
const OPENERS: &str = "「『（【《〈“‘([{";

/// True for a Chinese (Han) character.
pub fn is_han(c: char) -> bool {
    matches!(u32::from(c),
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// True when `line` holds a single Han character and nothing else but
/// punctuation: a 孤字, which Chinese typesetting never leaves alone on a
/// paragraph's last line.
pub fn is_orphan(line: &str) -> bool {
    let mut letters = line
        .chars()
        .filter(|&c| !c.is_whitespace() && !is_punctuation(c));
    matches!((letters.next(), letters.next()), (Some(c), None) if is_han(c))
}

fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation() || NO_LINE_START.contains(c) || OPENERS.contains(c) || c == '—'
}

/// A piece of text between two break opportunities (byte ranges of the
/// paragraph), with its measured widths, for textwrap's line filling.
#[derive(Debug, Clone)]
struct Piece {
    word: Range<usize>,
    whitespace: Range<usize>,
    width: f64,
    whitespace_width: f64,
}

impl Fragment for Piece {
    fn width(&self) -> f64 {
        self.width
    }
    fn whitespace_width(&self) -> f64 {
        self.whitespace_width
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Breaks `text` into lines at most `width` points wide. A single word wider
/// than the line (a long URL) stays whole on its line: the caller sees the
/// overflow in [`widest`] and shrinks the text, so nothing is ever cut.
pub fn wrap(fonts: &Fonts, weight: Weight, size: f32, text: &str, width: f32) -> Vec<String> {
    let measure = |range: Range<usize>| f64::from(measure(fonts, weight, size, &text[range]));
    line_ranges(text, &[], width, false, &measure)
        .into_iter()
        .map(|range| text[range].to_string())
        .collect()
}

/// The lines of a paragraph, as byte ranges of `text` without the spaces
/// where they broke. Breaks follow UAX #14 and the 禁则 above; never inside
/// a `keep` range (a name, a date); a word with a digit is never split at
/// its hyphens (`2026-12-17`), nor a command-line flag (`--back-offset`);
/// with `break_words`, a piece wider than the line is broken between
/// characters. A paragraph never ends on a 孤字: the last line takes a piece
/// from the line before when it would hold a single Han character.
fn line_ranges(
    text: &str,
    keep: &[Range<usize>],
    width: f32,
    break_words: bool,
    measure: &dyn Fn(Range<usize>) -> f64,
) -> Vec<Range<usize>> {
    // Byte offset of a slice of `text` (textwrap's words are slices of it).
    let offset = |part: &str| (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
    let span = |part: &str| offset(part)..offset(part) + part.len();
    let words = WordSeparator::UnicodeBreakProperties.find_words(text);
    static HYPHENS: WordSplitter = WordSplitter::HyphenSplitter;
    static WHOLE: WordSplitter = WordSplitter::NoHyphenation;
    let split = words.flat_map(|word| {
        let whole = word.word.starts_with('-') || word.word.chars().any(|c| c.is_ascii_digit());
        split_words([word], if whole { &WHOLE } else { &HYPHENS })
    });
    let mut pieces: Vec<Piece> = Vec::new();
    for word in split {
        let no_start = word
            .word
            .chars()
            .next()
            .is_some_and(|c| NO_LINE_START.contains(c));
        // A split word's whitespace is a literal "", not a slice of `text`.
        let word_range = span(word.word);
        let whitespace = if word.whitespace.is_empty() {
            word_range.end..word_range.end
        } else {
            span(word.whitespace)
        };
        let word = word_range;
        let inside_kept = |at: usize| keep.iter().any(|k| k.start < at && at < k.end);
        match pieces.last_mut() {
            // "你好 ：" keeps its colon, and a kept token stays whole: glue
            // the piece to the one before.
            Some(last) if no_start || inside_kept(word.start) => {
                last.word = last.word.start..word.end;
                last.whitespace = whitespace;
            }
            _ => pieces.push(Piece {
                word,
                whitespace,
                width: 0.0,
                whitespace_width: 0.0,
            }),
        }
    }
    if break_words {
        pieces = pieces
            .into_iter()
            .flat_map(|piece| {
                if measure(piece.word.clone()) <= f64::from(width) {
                    return vec![piece];
                }
                let chars: Vec<(usize, char)> = text[piece.word.clone()].char_indices().collect();
                let count = chars.len();
                chars
                    .into_iter()
                    .enumerate()
                    .map(|(i, (at, c))| {
                        let start = piece.word.start + at;
                        let end = start + c.len_utf8();
                        Piece {
                            word: start..end,
                            whitespace: if i + 1 == count {
                                piece.whitespace.clone()
                            } else {
                                end..end
                            },
                            ..piece.clone()
                        }
                    })
                    .collect()
            })
            .collect();
    }
    for piece in &mut pieces {
        piece.width = measure(piece.word.clone());
        piece.whitespace_width = measure(piece.whitespace.clone());
    }
    let lines = textwrap::wrap_algorithms::wrap_first_fit(&pieces, &[f64::from(width)]);
    // Each line as a range of pieces.
    let mut bounds: Vec<Range<usize>> = Vec::with_capacity(lines.len());
    let mut next = 0;
    for line in &lines {
        bounds.push(next..next + line.len());
        next += line.len();
    }
    let text_of = |pieces_range: &Range<usize>| -> Range<usize> {
        match (
            pieces.get(pieces_range.start),
            pieces.get(pieces_range.end.wrapping_sub(1)),
        ) {
            (Some(first), Some(last)) if !pieces_range.is_empty() => {
                first.word.start..last.word.end
            }
            _ => 0..0,
        }
    };
    // No 孤字: move pieces down from the line before while the last line
    // is one, it still fits, and the line before keeps a piece and does not
    // end on an opening bracket.
    if bounds.len() >= 2 {
        let n = bounds.len();
        let (mut before, mut last) = (bounds[n - 2].clone(), bounds[n - 1].clone());
        while is_orphan(&text[text_of(&last)]) && before.len() >= 2 {
            let (moved_before, moved_last) =
                (before.start..before.end - 1, before.end - 1..last.end);
            let ends_open = text[text_of(&moved_before)]
                .chars()
                .last()
                .is_some_and(|c| OPENERS.contains(c));
            if ends_open || measure(text_of(&moved_last)) > f64::from(width) + 0.01 {
                break;
            }
            (before, last) = (moved_before, moved_last);
        }
        bounds[n - 2] = before;
        bounds[n - 1] = last;
    }
    bounds.iter().map(text_of).collect()
}

/// A paragraph whose parts differ: bold runs (a name before its pledge) and
/// tokens never broken across lines (a name, a date, a number). Built by
/// pushing parts; [`Marked::plain`] keeps every run of digits with its
/// date and time signs whole (`2026-12-17`, `12月20日`, `19:30`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Marked {
    pub text: String,
    /// Byte ranges of `text` set bold.
    pub bold: Vec<Range<usize>>,
    /// Byte ranges of `text` never broken across lines.
    pub keep: Vec<Range<usize>>,
}

/// Characters that belong to a date, time or number next to its digits.
const NUMBER_SIGNS: &str = "0123456789年月日号時时分点:：./-–～~%";

impl Marked {
    /// `text` in the base weight, its numbers and dates kept whole.
    pub fn plain(text: &str) -> Marked {
        let mut marked = Marked::default();
        marked.push(text);
        marked
    }

    /// Appends `text` in the base weight, numbers and dates kept whole.
    pub fn push(&mut self, text: &str) -> &mut Marked {
        let base = self.text.len();
        self.text.push_str(text);
        let mut run: Option<(usize, bool)> = None;
        let close = |run: &mut Option<(usize, bool)>, end: usize, keep: &mut Vec<Range<usize>>| {
            if let Some((start, true)) = run.take() {
                keep.push(base + start..base + end);
            }
        };
        for (at, c) in text.char_indices() {
            if NUMBER_SIGNS.contains(c) {
                let digit = c.is_ascii_digit();
                match &mut run {
                    Some((_, has_digit)) => *has_digit |= digit,
                    None => run = Some((at, digit)),
                }
            } else {
                close(&mut run, at, &mut self.keep);
            }
        }
        close(&mut run, text.len(), &mut self.keep);
        self
    }

    /// Appends `text` kept whole (a name), bold if asked.
    pub fn push_kept(&mut self, text: &str, bold: bool) -> &mut Marked {
        let range = self.text.len()..self.text.len() + text.len();
        self.text.push_str(text);
        if bold {
            self.bold.push(range.clone());
        }
        self.keep.push(range);
        self
    }

    /// Appends `text` in bold, breakable.
    pub fn push_bold(&mut self, text: &str) -> &mut Marked {
        let range = self.text.len()..self.text.len() + text.len();
        self.push(text);
        self.bold.push(range);
        self
    }

    /// The weight of the character at byte `at`, in a paragraph set in `base`.
    pub fn weight_at(&self, base: Weight, at: usize) -> Weight {
        if self.bold.iter().any(|r| r.contains(&at)) {
            Weight::Bold
        } else {
            base
        }
    }

    /// Width in points of the bytes `range` at `size`.
    pub fn measure(&self, fonts: &Fonts, base: Weight, size: f32, range: Range<usize>) -> f32 {
        self.text[range.clone()]
            .char_indices()
            .map(|(at, c)| {
                let face = fonts.face(self.weight_at(base, range.start + at));
                face.glyph(c).map_or(0.5, |(_, advance)| advance)
            })
            .sum::<f32>()
            * size
    }

    /// The paragraph's lines at most `width` points wide (byte ranges),
    /// by the rules of [`wrap`], never breaking inside a kept token.
    pub fn wrap(&self, fonts: &Fonts, base: Weight, size: f32, width: f32) -> Vec<Range<usize>> {
        let measure = |range: Range<usize>| f64::from(self.measure(fonts, base, size, range));
        line_ranges(&self.text, &self.keep, width, false, &measure)
    }

    /// The runs of one line (a range from [`Marked::wrap`]), its baseline
    /// starting at (x, y): one run for each change of weight.
    pub fn runs(
        &self,
        fonts: &Fonts,
        style: Style,
        x: f32,
        y: f32,
        line: Range<usize>,
    ) -> Vec<TextRun> {
        let mut runs = Vec::new();
        let mut x = x;
        let mut start = line.start;
        while start < line.end {
            let weight = self.weight_at(style.weight, start);
            let end = self.text[start..line.end]
                .char_indices()
                .map(|(at, _)| start + at)
                .find(|&at| self.weight_at(style.weight, at) != weight)
                .unwrap_or(line.end);
            let part = Style { weight, ..style };
            let piece = run(fonts, part, x, y, &self.text[start..end]);
            x += piece.width();
            runs.push(piece);
            start = end;
        }
        runs
    }
}

/// The widest of the lines, in points.
pub fn widest(fonts: &Fonts, weight: Weight, size: f32, lines: &[String]) -> f32 {
    lines
        .iter()
        .map(|line| measure(fonts, weight, size, line))
        .fold(0.0, f32::max)
}

/// A paragraph of a text block, and the space left after it.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub text: String,
    pub style: Style,
    pub space_after: f32,
}

/// A block of paragraphs set in a box.
#[derive(Debug, Clone, PartialEq)]
pub struct Set {
    pub runs: Vec<TextRun>,
    pub height: f32,
    /// The size factor used: 1 when the text fitted as designed.
    pub scale: f32,
    /// A word too wide for the line even at the smallest size was broken.
    pub broke_words: bool,
}

/// Sets `paragraphs` from (x, y) in a column `width` wide with every size
/// multiplied by `scale`. Returns the runs and the height used, and whether
/// some line is wider than the column.
pub fn set(
    fonts: &Fonts,
    paragraphs: &[Paragraph],
    x: f32,
    y: f32,
    width: f32,
    scale: f32,
) -> (Set, bool) {
    set_lines(fonts, paragraphs, (x, y, width), scale, false)
}

fn set_lines(
    fonts: &Fonts,
    paragraphs: &[Paragraph],
    (x, y, width): (f32, f32, f32),
    scale: f32,
    break_words: bool,
) -> (Set, bool) {
    let mut runs = Vec::new();
    let mut top = y;
    let mut overflow = false;
    for paragraph in paragraphs {
        let style = Style {
            size: paragraph.style.size * scale,
            ..paragraph.style
        };
        let text = paragraph.text.as_str();
        let measure =
            |range: Range<usize>| f64::from(measure(fonts, style.weight, style.size, &text[range]));
        let lines: Vec<String> = line_ranges(text, &[], width, break_words, &measure)
            .into_iter()
            .map(|range| text[range].to_string())
            .collect();
        overflow |= widest(fonts, style.weight, style.size, &lines) > width + 0.01;
        let line_height = style.size * style.leading;
        let ascent = fonts.face(style.weight).ascent * style.size;
        // Half the leading above the first line, as CSS does.
        let first_baseline = top + (line_height - style.size) / 2.0 + ascent;
        for (i, line) in lines.iter().enumerate() {
            runs.push(run(
                fonts,
                style,
                x,
                first_baseline + i as f32 * line_height,
                line,
            ));
        }
        top += lines.len() as f32 * line_height + paragraph.space_after * scale;
    }
    let height = top - y;
    (
        Set {
            runs,
            height,
            scale,
            broke_words: break_words,
        },
        overflow,
    )
}

/// The sizes tried, largest first, when text does not fit: down to 60%.
pub const SCALES: [f32; 9] = [1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6];

/// Sets `paragraphs` in a box `width` × `height` at the largest of
/// `scales` at which they fit; at the smallest, a word wider than the line
/// (a long web address) is broken between characters. `None` if they do not
/// fit even so.
pub fn fit(
    fonts: &Fonts,
    paragraphs: &[Paragraph],
    (x, y, width, height): (f32, f32, f32, f32),
    scales: &[f32],
) -> Option<Set> {
    let fits =
        |(set, overflow): (Set, bool)| (!overflow && set.height <= height + 0.01).then_some(set);
    scales
        .iter()
        .find_map(|&scale| fits(set_lines(fonts, paragraphs, (x, y, width), scale, false)))
        .or_else(|| {
            let smallest = *scales.last()?;
            fits(set_lines(fonts, paragraphs, (x, y, width), smallest, true))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Fonts {
        Fonts::builtin().expect("built-in font")
    }

    const INK: Style = Style {
        weight: Weight::Regular,
        size: 10.0,
        color: Rgb::BLACK,
        leading: 1.4,
    };

    #[test]
    fn chinese_is_measured_at_one_em_a_character() {
        let fonts = fonts();
        assert!((measure(&fonts, Weight::Regular, 10.0, "邻里破冰") - 40.0).abs() < 0.01);
        let latin = measure(&fonts, Weight::Regular, 10.0, "iiii");
        assert!(latin < 20.0, "{latin}");
    }

    #[test]
    fn chinese_punctuation_never_starts_a_line() {
        let fonts = fonts();
        let text = "今天在电梯或楼道里，主动向一位平时只是擦肩而过的邻居微笑问好。再说一句：「早上好」、「晚上好」。";
        for width in [40.0, 55.0, 60.0, 75.0, 90.0, 101.0, 130.0] {
            let lines = wrap(&fonts, Weight::Regular, 10.0, text, width);
            assert_eq!(lines.concat(), text, "nothing lost or added at {width}");
            for line in &lines {
                let first = line.chars().next().expect("no empty lines");
                assert!(!"。，、：！？」）".contains(first), "{line:?} at {width}");
                let last = line.chars().last().expect("no empty lines");
                assert!(!"「（".contains(last), "{line:?} at {width}");
                assert!(measure(&fonts, Weight::Regular, 10.0, line) <= width + 0.01);
            }
        }
    }

    #[test]
    fn flags_stay_whole_and_hyphenated_words_break_after_a_hyphen() {
        let fonts = fonts();
        let lines = wrap(
            &fonts,
            Weight::Regular,
            10.0,
            "export with --back-offset X,Y",
            70.0,
        );
        assert!(
            lines.iter().any(|line| line.contains("--back-offset")),
            "{lines:?}"
        );
        let lines = wrap(
            &fonts,
            Weight::Regular,
            10.0,
            "On Love-Your-Neighbour Day",
            70.0,
        );
        assert!(lines[0].ends_with('-'), "{lines:?}");
    }

    #[test]
    fn english_breaks_at_spaces_and_drops_them_at_line_ends() {
        let fonts = fonts();
        let lines = wrap(
            &fonts,
            Weight::Regular,
            10.0,
            "Smile and say hello first to a neighbour",
            80.0,
        );
        assert!(lines.len() > 1);
        for line in &lines {
            assert_eq!(line.trim(), line);
        }
        assert_eq!(lines.join(" "), "Smile and say hello first to a neighbour");
    }

    #[test]
    fn text_that_is_too_long_is_shrunk_until_it_fits_or_refused() {
        let fonts = fonts();
        let paragraph = |text: &str| Paragraph {
            text: text.to_string(),
            style: INK,
            space_after: 4.0,
        };
        let short = [paragraph("先开口打招呼")];
        let fitted = fit(&fonts, &short, (0.0, 0.0, 100.0, 30.0), &SCALES).expect("fits");
        assert_eq!(fitted.scale, 1.0);
        assert_eq!(fitted.runs.len(), 1);
        assert!(fitted.runs[0].y > 0.0 && fitted.runs[0].y < 14.0);

        let long = [paragraph(&"邻".repeat(40))];
        let full = set(&fonts, &long, 0.0, 0.0, 100.0, 1.0).0;
        assert!(full.height > 50.0);
        let fitted = fit(&fonts, &long, (0.0, 0.0, 100.0, 50.0), &SCALES).expect("fits smaller");
        assert!(fitted.scale < 1.0 && fitted.height <= 50.01);
        let text: String = fitted.runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(text, "邻".repeat(40), "shrunk, not cut");

        assert!(fit(&fonts, &long, (0.0, 0.0, 100.0, 10.0), &SCALES).is_none());
        // An address too long for the line is broken between characters, at
        // the smallest size, with nothing lost.
        let address = "https://example.org/averylongaddresswithoutanyspaces";
        let fitted = fit(
            &fonts,
            &[paragraph(address)],
            (0.0, 0.0, 40.0, 100.0),
            &SCALES,
        )
        .expect("broken");
        assert!(fitted.broke_words && fitted.scale == 0.6);
        assert!(fitted.runs.len() > 1 && fitted.runs.iter().all(|r| r.width() <= 40.01));
        let joined: String = fitted.runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(joined, address);
    }

    #[test]
    fn missing_characters_are_listed_once() {
        let fonts = fonts();
        let runs = [
            run(&fonts, INK, 0.0, 0.0, "好\u{E000}好\u{E001}"),
            run(&fonts, INK, 0.0, 0.0, "\u{E000}"),
        ];
        assert_eq!(missing_chars(&runs), vec!['\u{E000}', '\u{E001}']);
        assert!(missing_chars(&runs[..0]).is_empty());
    }
}
