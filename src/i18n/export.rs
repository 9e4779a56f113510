//! Strings printed on the export's pages and said by `xiaoshi export`.

use super::Text;
use crate::export::CardLang;

/// On every page: the most common print-and-play mistake is "fit to page".
pub const PRINT_ACTUAL: Text = Text::new(
    "按 100% 实际大小打印，不要缩放",
    "Print at 100% / actual size, not fit to page",
);
/// The minutes on a card's foot: shorter than the terminal's "about 20 minutes".
pub const MINUTES_SHORT: Text = Text::new("约 {} 分钟", "about {} min");
pub const FRONTS: Text = Text::new("正面 {n}/{total}", "fronts {n}/{total}");
pub const BACKS: Text = Text::new("背面 {n}/{total}", "backs {n}/{total}");
pub const DUPLEX_LONG: Text = Text::new("双面打印，长边翻转", "duplex, flip on long edge");
pub const DUPLEX_SHORT: Text = Text::new("双面打印，短边翻转", "duplex, flip on short edge");
pub const DUPLEX_NONE: Text = Text::new("单面打印，裁下后背面粘贴", "single-sided: cut and glue");

pub const CALIBRATION: Text = Text::new("双面对齐测试页", "Duplex alignment test");
pub const CALIBRATION_STEPS: [Text; 4] = [
    Text::new(
        "1. 用打印卡牌时的设置双面打印这一张，按 100% 实际大小。",
        "1. Print this sheet duplex with the settings you will use for the cards, at 100%.",
    ),
    Text::new(
        "2. 量一量下面的尺子：应正好 100 毫米；否则请关闭「适合页面」。",
        "2. Measure the ruler below: it must be exactly 100 mm; if not, turn off fit to page.",
    ),
    Text::new(
        "3. 对着光看背面：正面的十字落在背面刻度的哪个数上？",
        "3. Hold the sheet to the light and look at the back: where do the front's crosses fall on the back's scales?",
    ),
    Text::new(
        "4. 读出左右（X）和上下（Y）的数，加到打印本页时用的偏移上，导出时用 --back-offset X,Y（毫米）。",
        "4. Read left-right (X) and up-down (Y), add them to the offset this sheet was printed with, and export with --back-offset X,Y (mm).",
    ),
];
pub const CALIBRATION_BACK: Text = Text::new(
    "背面：读出正面十字所在的刻度 → --back-offset X,Y",
    "Back: read where the front's cross falls → --back-offset X,Y",
);
pub const RULER_100: Text = Text::new("100 毫米", "100 mm");

pub const TRACKER_TITLE: Text = Text::new("21天打卡", "21-day check-in");
pub const TRACKER_NAME: Text = Text::new("姓名", "Name");
pub const TRACKER_START: Text = Text::new("开始日期", "Start date");
pub const TRACKER_ROUND: Text = Text::new("第几轮", "Round");
pub const TRACKER_DAY: Text = Text::new("第 {n} 天", "Day {n}");
pub const TRACKER_DATE: Text = Text::new("日期", "Date");
pub const TRACKER_CARD: Text = Text::new("卡牌", "Card");
pub const TRACKER_NOTE: Text = Text::new("备注", "Note");
pub const TRACKER_HOW: Text = Text::new(
    "每天抽一张牌，做完后打勾，写下牌的编号（如 hearts-7）和一句话。之后可以用 xiaoshi journal import 录入（见 README「A round on paper」）。",
    "Each day draw a card, tick the circle when done, and write the card's id (such as hearts-7) and a note. Type it in later with xiaoshi journal import (README: \"A round on paper\").",
);

pub const WROTE: Text = Text::new("已写入 {path}", "Wrote {path}");
pub const WROTE_PDF: Text = Text::new(
    "已写入 {path}：{pages} 页，{kb} KB，{cards} 张牌",
    "Wrote {path}: {pages} pages, {kb} KB, {cards} cards",
);
pub const WROTE_FILES: Text = Text::new(
    "已写入 {files} 个 {format} 文件到 {path}",
    "Wrote {files} {format} files to {path}",
);
pub const SHRUNK: Text = Text::new(
    "{card} 的文字太长，已缩小到 {percent}% 才放得下",
    "{card}: the text was set at {percent}% to fit the card",
);
pub const HINT_LONG: Text = Text::new(
    "双面打印时选「长边翻转」，并按 100% 实际大小",
    "print duplex, flipping on the long edge, at 100% / actual size",
);
pub const HINT_SHORT: Text = Text::new(
    "双面打印时选「短边翻转」，并按 100% 实际大小",
    "print duplex, flipping on the short edge, at 100% / actual size",
);
pub const HINT_NONE: Text = Text::new(
    "单面打印，按 100% 实际大小；裁下后把每张背面贴在正面后",
    "print single-sided at 100% / actual size, then glue each back behind its front",
);
pub const TIP_LEFT_OUT: Text = Text::new(
    "{card} 的提示放不下，没有印上（xiaoshi deck show {card} 里有）",
    "{card}: the tip does not fit and is not printed (xiaoshi deck show {card} has it)",
);
pub const BROKE_WORDS: Text = Text::new(
    "{card} 有一个词太长，已在字母之间断行",
    "{card}: a word too long for the card was broken across lines",
);
pub const CALIBRATION_MADE_WITH: Text = Text::new(
    "本页用 --back-offset {x},{y} 打印：把读数加到这个值上",
    "Printed with --back-offset {x},{y}: add your reading to it",
);

/// The text in the printed language(s): Chinese, English, or both joined by " / ".
pub fn printed(lang: CardLang, text: Text) -> String {
    printed_with(lang, |l| text.get(l).to_string())
}

/// [`printed`] for text made per language.
pub fn printed_with(lang: CardLang, make: impl Fn(super::Lang) -> String) -> String {
    lang.langs()
        .iter()
        .map(|&l| make(l))
        .collect::<Vec<_>>()
        .join(" / ")
}
