//! Strings printed on the export's pages and said by `xiaoshi export`.

crate::strings! {
    /// On every page: the most common print-and-play mistake is "fit to page".
    PRINT_ACTUAL { zh: "按 100% 实际大小打印，不要缩放", en: "Print at 100% / actual size, not fit to page" }
    /// The minutes on a card's foot: shorter than the terminal's "about 20 minutes".
    MINUTES_SHORT { zh: "约 {} 分钟", en: "about {} min" }
    FRONTS { zh: "正面 {n}/{total}", en: "fronts {n}/{total}" }
    BACKS { zh: "背面 {n}/{total}", en: "backs {n}/{total}" }
    DUPLEX_LONG { zh: "双面打印，长边翻转", en: "duplex, flip on long edge" }
    DUPLEX_SHORT { zh: "双面打印，短边翻转", en: "duplex, flip on short edge" }
    DUPLEX_NONE { zh: "单面打印，裁下后背面粘贴", en: "single-sided: cut and glue" }
    CALIBRATION { zh: "双面对齐测试页", en: "Duplex alignment test" }
    CALIBRATION_BACK {
        zh: "背面：读出正面十字所在的刻度 → --back-offset X,Y",
        en: "Back: read where the front's cross falls → --back-offset X,Y",
    }
    RULER_100 { zh: "100 毫米", en: "100 mm" }
    TRACKER_TITLE { zh: "21天打卡", en: "21-day check-in" }
    TRACKER_NAME { zh: "姓名", en: "Name" }
    TRACKER_START { zh: "开始日期", en: "Start date" }
    TRACKER_ROUND { zh: "第几轮", en: "Round" }
    TRACKER_DAY { zh: "第 {n} 天", en: "Day {n}" }
    TRACKER_DATE { zh: "日期", en: "Date" }
    TRACKER_CARD { zh: "卡牌", en: "Card" }
    TRACKER_NOTE { zh: "备注", en: "Note" }
    TRACKER_HOW {
        zh: "每天抽一张牌，做完后打勾，写下牌的编号（如 hearts-7）和一句话。之后可以用 xiaoshi journal import 录入（见 README「A round on paper」）。",
        en: "Each day draw a card, tick the circle when done, and write the card's id (such as hearts-7) and a note. Type it in later with xiaoshi journal import (README: \"A round on paper\").",
    }
    WROTE { zh: "已写入 {path}", en: "Wrote {path}" }
    WROTE_PDF {
        zh: "已写入 {path}：{pages} 页，{kb} KB，{cards} 张牌",
        en: "Wrote {path}: {pages} pages, {kb} KB, {cards} cards",
    }
    WROTE_FILES {
        zh: "已写入 {files} 个 {format} 文件到 {path}",
        en: "Wrote {files} {format} files to {path}",
    }
    SHRUNK {
        zh: "{card} 的文字太长，已缩小到 {percent}% 才放得下",
        en: "{card}: the text was set at {percent}% to fit the card",
    }
    HINT_LONG {
        zh: "双面打印时选「长边翻转」，并按 100% 实际大小",
        en: "print duplex, flipping on the long edge, at 100% / actual size",
    }
    HINT_SHORT {
        zh: "双面打印时选「短边翻转」，并按 100% 实际大小",
        en: "print duplex, flipping on the short edge, at 100% / actual size",
    }
    HINT_NONE {
        zh: "单面打印，按 100% 实际大小；裁下后把每张背面贴在正面后",
        en: "print single-sided at 100% / actual size, then glue each back behind its front",
    }
    TIP_LEFT_OUT {
        zh: "{card} 的提示放不下，没有印上（xiaoshi deck show {card} 里有）",
        en: "{card}: the tip does not fit and is not printed (xiaoshi deck show {card} has it)",
    }
    BROKE_WORDS {
        zh: "{card} 有一个词太长，已在字母之间断行",
        en: "{card}: a word too long for the card was broken across lines",
    }
    CALIBRATION_MADE_WITH {
        zh: "本页用 --back-offset {x},{y} 打印：把读数加到这个值上",
        en: "Printed with --back-offset {x},{y}: add your reading to it",
    }
    CALIBRATION_STEP_1 {
        zh: "1. 用打印卡牌时的设置双面打印这一张，按 100% 实际大小。",
        en: "1. Print this sheet duplex with the settings you will use for the cards, at 100%.",
    }
    CALIBRATION_STEP_2 {
        zh: "2. 量一量下面的尺子：应正好 100 毫米；否则请关闭「适合页面」。",
        en: "2. Measure the ruler below: it must be exactly 100 mm; if not, turn off fit to page.",
    }
    CALIBRATION_STEP_3 {
        zh: "3. 对着光看背面：正面的十字落在背面刻度的哪个数上？",
        en: "3. Hold the sheet to the light and look at the back: where do the front's crosses fall on the back's scales?",
    }
    CALIBRATION_STEP_4 {
        zh: "4. 读出左右（X）和上下（Y）的数，加到打印本页时用的偏移上，导出时用 --back-offset X,Y（毫米）。",
        en: "4. Read left-right (X) and up-down (Y), add them to the offset this sheet was printed with, and export with --back-offset X,Y (mm).",
    }

    // Why an export wrote nothing (`export::ExportError`).
    FONT_READ { zh: "无法读取字体 {path}：{reason}", en: "cannot read the font {path}: {reason}" }
    FONT_TOO_LARGE {
        zh: "{path} 有 {size} 字节，超过字体文件的上限（{limit} 字节）",
        en: "{path} is {size} bytes, more than a font may be ({limit} bytes)",
    }
    FONT_UNUSABLE { zh: "{origin} 不是 xiaoshi 能用的字体{detail}", en: "{origin} is not a font xiaoshi can use{detail}" }
    FONT_UNUSABLE_HINT {
        zh: "给一个 OpenType 或 TrueType 字体文件（.otf、.ttf，或 .ttc 的第一个字体）",
        en: "give an OpenType or TrueType file (.otf, .ttf, or the first face of a .ttc)",
    }
    NO_ROOM {
        zh: "{paper} 纸高 {height} 毫米，但三排卡牌加上打印机边距和页面说明需要 {needed} 毫米",
        en: "{paper} paper is {height} mm high, but three rows of cards need {needed} mm with the printer's margins and the page notes",
    }
    NO_ROOM_HINT { zh: "用 A4 纸打印（--paper a4）", en: "print on A4 (--paper a4)" }
    NO_ROOM_BLEED {
        zh: "{paper} 纸高 {height} 毫米，但三排带 3 毫米出血的卡牌加上打印机边距和页面说明需要 {needed} 毫米",
        en: "{paper} paper is {height} mm high, but three rows of cards with 3 mm bleed need {needed} mm with the printer's margins and the page notes",
    }
    NO_ROOM_BLEED_HINT {
        zh: "用 A4 纸打印（--paper a4），或者去掉 --bleed",
        en: "print on A4 (--paper a4), or leave out --bleed",
    }
    OFFSET_OFF_PAPER {
        zh: "--back-offset {x},{y} 会把背面移出纸外：这个版式最多左右移 {max_x} 毫米、上下移 {max_y} 毫米",
        en: "--back-offset {x},{y} would move the backs off the paper: this layout takes at most {max_x} mm left or right and {max_y} mm up or down",
    }
    OFFSET_OFF_PAPER_HINT {
        zh: "偏移这么大是打印机设置的问题（纸张大小、缩放），不是双面误差",
        en: "a shift that large is a printer setting (paper size, scaling), not a duplex tolerance",
    }
    MISSING_GLYPHS {
        zh: "{font} 缺少一些字符的字形；什么都没有写出：",
        en: "{font} has no glyph for some characters; nothing was written:",
    }
    MISSING_GLYPHS_HINT {
        zh: "用 --font FILE 换一个有这些字的字体，或者改文字",
        en: "pass a font that has them with --font FILE, or change the text",
    }
    AND_MORE { zh: "还有 {count} 个", en: "and {count} more" }
    AND_MORE_CARDS { zh: "还有 {count} 张牌", en: "and {count} more cards" }
    DOES_NOT_FIT {
        zh: "{cards} 的文字即使缩小到 {percent}% 也放不下",
        en: "the text of {cards} does not fit on the card, even set at {percent}%",
    }
    DOES_NOT_FIT_HINT {
        zh: "缩短标题或做法（`xiaoshi deck check` 会显示长度上限）",
        en: "shorten its title or action (`xiaoshi deck check` shows the limits)",
    }
    BUILTIN_FONT { zh: "内置字体（思源黑体 Noto Sans CJK SC）", en: "the built-in font (Noto Sans CJK SC)" }
    PLACE_BACK { zh: "卡牌背面", en: "the card back" }
    PLACE_TRACKER { zh: "打卡表", en: "the tracker" }
    PLACE_PAGES { zh: "卡牌背面和页面文字", en: "the card backs and page texts" }
    RENDER { zh: "无法生成 PDF 或 PNG{detail}", en: "cannot make the PDF or PNG{detail}" }
}

pub const CALIBRATION_STEPS: [super::Text; 4] = [
    CALIBRATION_STEP_1,
    CALIBRATION_STEP_2,
    CALIBRATION_STEP_3,
    CALIBRATION_STEP_4,
];
