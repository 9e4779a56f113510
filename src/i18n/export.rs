//! Strings printed on the export's pages and said by `xiaoshi export`.

use jiff::civil::Date;

use super::{Lang, Text, fill_named};

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
    PROGRAMME { zh: "社区小事", en: "Community Small Things" }
    TRACKER_SUBTITLE { zh: "每天一件邻里小事", en: "One small neighbourly act a day" }
    TRACKER_NAME { zh: "姓名", en: "Name" }
    TRACKER_START { zh: "开始", en: "Starts" }
    TRACKER_ROUND { zh: "第几轮", en: "Round" }
    TRACKER_DAY { zh: "第 {n} 天", en: "Day {n}" }
    TRACKER_DID { zh: "做了什么", en: "What I did" }
    TRACKER_HOW {
        zh: "每天抽一张牌：圈出它的花色和点数（大小王圈小房子），做完在方框里打勾，再写一句做了什么。",
        en: "Each day draw a card: circle its suit and rank (a joker: circle the little house), tick the box when it is done, and write a few words about it.",
    }
    TRACKER_SEASON {
        zh: "爱邻日是每月20日；每月15日至25日是活动季（浅色的格子）。",
        en: "Love-Your-Neighbour Day is the 20th of every month; the 15th to the 25th is the activity season (the shaded days).",
    }
    TRACKER_FOR_APP {
        zh: "也用小事软件的邻居：小事带领人可以帮你把这张表录进去。",
        en: "If you also use the xiaoshi app, your small-thing leader can type this sheet in for you.",
    }
    LOVE_DAY { zh: "爱邻日", en: "Neighbour Day" }
    LOVE_DAY_LONG { zh: "爱邻日", en: "Love-Your-Neighbour Day" }
    SEASON { zh: "活动季", en: "Activity season" }
    /// The jokers' pile on the tracker, beside the suits.
    JOKERS { zh: "大小王", en: "Jokers" }
    GROUP_TITLE { zh: "21天打卡 · 小组打卡表", en: "21-day check-in · group sheet" }
    GROUP_NUMBER { zh: "序号", en: "No." }
    GROUP_MEMBER { zh: "姓名", en: "Name" }
    GROUP_DATES { zh: "{from} 至 {to}", en: "{from} to {to}" }
    GROUP_HOW {
        zh: "每行一位邻居，每列一天。做了当天的小事：在那天的格子里圈出花色，写上点数（A、2–10、J、Q、K）。",
        en: "One row a neighbour, one column a day. On a day you did your small thing, circle its suit in that day's box and write its rank (A, 2–10, J, Q, K).",
    }
    POSTER_CONTINUED { zh: "（续）", en: " (continued)" }
    POSTER_PAGE { zh: "第 {n}/{total} 页", en: "page {n} of {total}" }
    STAIRWELL_TITLE { zh: "本月楼道小事", en: "This month on our stairwell" }
    STAIRWELL_MONTH { zh: "{month} · 社区小事", en: "{month} · Community Small Things" }
    STAIRWELL_LOVE_DAY {
        zh: "这一天，做一件你自己想出的邻里小事：问候、帮忙、分享都可以。",
        en: "Do a small neighbourly thing of your own: a greeting, a hand, a treat.",
    }
    STAIRWELL_SEASON {
        zh: "这几天里，楼里的邻居一起做几件小事，在这张纸上记下来。",
        en: "A few small things together in these days: note them here.",
    }
    STAIRWELL_TEA { zh: "茶话会", en: "Tea talk" }
    STAIRWELL_TIME { zh: "时间", en: "Time" }
    STAIRWELL_PLACE { zh: "地点", en: "Place" }
    STAIRWELL_OURS { zh: "本月我们一起做", en: "This month we will" }
    STAIRWELL_FOOT {
        zh: "社区小事 · 每天一件邻里小事 · 21天打卡",
        en: "Community Small Things · a small act a day · the 21-day check-in",
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
    PLACE_GROUP_SHEET { zh: "小组登记表", en: "the group sheet" }
    RENDER { zh: "无法生成 PDF 或 PNG{detail}", en: "cannot make the PDF or PNG{detail}" }
    // Dates on paper (see `month_day` and the others below).
    MONTH_1 { zh: "1月", en: "January" }
    MONTH_2 { zh: "2月", en: "February" }
    MONTH_3 { zh: "3月", en: "March" }
    MONTH_4 { zh: "4月", en: "April" }
    MONTH_5 { zh: "5月", en: "May" }
    MONTH_6 { zh: "6月", en: "June" }
    MONTH_7 { zh: "7月", en: "July" }
    MONTH_8 { zh: "8月", en: "August" }
    MONTH_9 { zh: "9月", en: "September" }
    MONTH_10 { zh: "10月", en: "October" }
    MONTH_11 { zh: "11月", en: "November" }
    MONTH_12 { zh: "12月", en: "December" }
    MONTH_SHORT_1 { zh: "1月", en: "Jan" }
    MONTH_SHORT_2 { zh: "2月", en: "Feb" }
    MONTH_SHORT_3 { zh: "3月", en: "Mar" }
    MONTH_SHORT_4 { zh: "4月", en: "Apr" }
    MONTH_SHORT_5 { zh: "5月", en: "May" }
    MONTH_SHORT_6 { zh: "6月", en: "Jun" }
    MONTH_SHORT_7 { zh: "7月", en: "Jul" }
    MONTH_SHORT_8 { zh: "8月", en: "Aug" }
    MONTH_SHORT_9 { zh: "9月", en: "Sep" }
    MONTH_SHORT_10 { zh: "10月", en: "Oct" }
    MONTH_SHORT_11 { zh: "11月", en: "Nov" }
    MONTH_SHORT_12 { zh: "12月", en: "Dec" }
    WEEKDAY_1 { zh: "周一", en: "Mon" }
    WEEKDAY_2 { zh: "周二", en: "Tue" }
    WEEKDAY_3 { zh: "周三", en: "Wed" }
    WEEKDAY_4 { zh: "周四", en: "Thu" }
    WEEKDAY_5 { zh: "周五", en: "Fri" }
    WEEKDAY_6 { zh: "周六", en: "Sat" }
    WEEKDAY_7 { zh: "周日", en: "Sun" }
    WEEKDAY_LONG_1 { zh: "星期一", en: "Monday" }
    WEEKDAY_LONG_2 { zh: "星期二", en: "Tuesday" }
    WEEKDAY_LONG_3 { zh: "星期三", en: "Wednesday" }
    WEEKDAY_LONG_4 { zh: "星期四", en: "Thursday" }
    WEEKDAY_LONG_5 { zh: "星期五", en: "Friday" }
    WEEKDAY_LONG_6 { zh: "星期六", en: "Saturday" }
    WEEKDAY_LONG_7 { zh: "星期日", en: "Sunday" }
    /// `12月20日` / `20 December`; `{month}` is a month's name.
    MONTH_DAY { zh: "{month}{day}日", en: "{day} {month}" }
    /// `12月15日至25日` / `15 to 25 December`.
    SEASON_DATES { zh: "{month}15日至25日", en: "15 to 25 {month}" }
    /// `2026年12月20日` / `20 December 2026`.
    FULL_DATE { zh: "{year}年{month}{day}日", en: "{day} {month} {year}" }
    /// `12月1日 周二` / `Tue 1 Dec`: a tracker's day.
    DAY_AND_WEEKDAY { zh: "{date} {weekday}", en: "{weekday} {date}" }
    /// `2026年12月` / `December 2026`.
    YEAR_MONTH { zh: "{year}年{month}", en: "{month} {year}" }
}

pub const CALIBRATION_STEPS: [Text; 4] = [
    CALIBRATION_STEP_1,
    CALIBRATION_STEP_2,
    CALIBRATION_STEP_3,
    CALIBRATION_STEP_4,
];

/// The days of the week, Monday first: short (on trackers) and long (on posters).
pub const WEEKDAYS: [Text; 7] = [
    WEEKDAY_1, WEEKDAY_2, WEEKDAY_3, WEEKDAY_4, WEEKDAY_5, WEEKDAY_6, WEEKDAY_7,
];
pub const WEEKDAYS_LONG: [Text; 7] = [
    WEEKDAY_LONG_1,
    WEEKDAY_LONG_2,
    WEEKDAY_LONG_3,
    WEEKDAY_LONG_4,
    WEEKDAY_LONG_5,
    WEEKDAY_LONG_6,
    WEEKDAY_LONG_7,
];
const MONTHS: [Text; 12] = [
    MONTH_1, MONTH_2, MONTH_3, MONTH_4, MONTH_5, MONTH_6, MONTH_7, MONTH_8, MONTH_9, MONTH_10,
    MONTH_11, MONTH_12,
];
const MONTHS_SHORT: [Text; 12] = [
    MONTH_SHORT_1,
    MONTH_SHORT_2,
    MONTH_SHORT_3,
    MONTH_SHORT_4,
    MONTH_SHORT_5,
    MONTH_SHORT_6,
    MONTH_SHORT_7,
    MONTH_SHORT_8,
    MONTH_SHORT_9,
    MONTH_SHORT_10,
    MONTH_SHORT_11,
    MONTH_SHORT_12,
];

/// `12月20日` / `20 December`.
pub fn month_day(lang: Lang, date: Date) -> String {
    day_in(lang, date, &MONTHS)
}

/// `1 Dec` in English (a tracker's box), `12月1日` in Chinese.
pub fn month_day_short(lang: Lang, date: Date) -> String {
    day_in(lang, date, &MONTHS_SHORT)
}

fn day_in(lang: Lang, date: Date, months: &[Text; 12]) -> String {
    fill_named(
        MONTH_DAY.get(lang),
        &[
            ("month", months[month_index(date.month())].get(lang)),
            ("day", &date.day()),
        ],
    )
}

/// The activity season of a month: `12月15日至25日` / `15 to 25 December`.
pub fn season(lang: Lang, month: i8) -> String {
    fill_named(
        SEASON_DATES.get(lang),
        &[("month", MONTHS[month_index(month)].get(lang))],
    )
}

/// `12/20` on both: a day's column on the group sheet.
pub fn numeric_day(date: Date) -> String {
    format!("{}/{}", date.month(), date.day())
}

/// `2026年12月20日` / `20 December 2026`.
pub fn full_date(lang: Lang, date: Date) -> String {
    fill_named(
        FULL_DATE.get(lang),
        &[
            ("year", &date.year()),
            ("month", MONTHS[month_index(date.month())].get(lang)),
            ("day", &date.day()),
        ],
    )
}

/// `2026年12月` / `December 2026`.
pub fn month(lang: Lang, year: i16, month: i8) -> String {
    fill_named(
        YEAR_MONTH.get(lang),
        &[
            ("year", &year),
            ("month", MONTHS[month_index(month)].get(lang)),
        ],
    )
}

/// `周日` / `Sun`, or the long form.
pub fn weekday(lang: Lang, date: Date, long: bool) -> &'static str {
    let index = date.weekday().to_monday_zero_offset() as usize;
    let table = if long { &WEEKDAYS_LONG } else { &WEEKDAYS };
    table[index % 7].get(lang)
}

fn month_index(month: i8) -> usize {
    (month.clamp(1, 12) - 1) as usize
}
