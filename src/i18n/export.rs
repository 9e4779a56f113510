//! Strings printed on the export's pages and said by `xiaoshi export`.

use jiff::civil::Date;

use super::{Lang, Text};
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
pub const PROGRAMME: Text = Text::new("社区小事", "Community Small Things");
pub const TRACKER_SUBTITLE: Text = Text::new("每天一件邻里小事", "One small neighbourly act a day");
pub const TRACKER_NAME: Text = Text::new("姓名", "Name");
pub const TRACKER_START: Text = Text::new("开始", "Starts");
pub const TRACKER_ROUND: Text = Text::new("第几轮", "Round");
pub const TRACKER_DAY: Text = Text::new("第 {n} 天", "Day {n}");
pub const TRACKER_DID: Text = Text::new("做了什么", "What I did");
pub const TRACKER_HOW: Text = Text::new(
    "每天抽一张牌：圈出它的花色和点数（大小王圈小房子），做完在方框里打勾，再写一句做了什么。",
    "Each day draw a card: circle its suit and rank (a joker: circle the little house), tick the box when it is done, and write a few words about it.",
);
pub const TRACKER_SEASON: Text = Text::new(
    "爱邻日是每月20日；每月15日至25日是活动季（浅色的格子）。",
    "Love-Your-Neighbour Day is the 20th of every month; the 15th to the 25th is the activity season (the shaded days).",
);
pub const TRACKER_FOR_APP: Text = Text::new(
    "也用小事软件的邻居：小事带领人可以帮你把这张表录进去。",
    "If you also use the xiaoshi app, your small-thing leader can type this sheet in for you.",
);
pub const LOVE_DAY: Text = Text::new("爱邻日", "Neighbour Day");
pub const LOVE_DAY_LONG: Text = Text::new("爱邻日", "Love-Your-Neighbour Day");
pub const SEASON: Text = Text::new("活动季", "Activity season");
/// The jokers' pile on the tracker, beside the suits.
pub const JOKERS: Text = Text::new("大小王", "Jokers");

pub const GROUP_TITLE: Text = Text::new("21天打卡 · 小组打卡表", "21-day check-in · group sheet");
pub const GROUP_NUMBER: Text = Text::new("序号", "No.");
pub const GROUP_MEMBER: Text = Text::new("姓名", "Name");
pub const GROUP_DATES: Text = Text::new("{from} 至 {to}", "{from} to {to}");
pub const GROUP_HOW: Text = Text::new(
    "每行一位邻居，每列一天：做了当天的小事，就在格子里打勾。",
    "One row a neighbour, one column a day: tick the box on a day you did your small thing.",
);

pub const POSTER_CONTINUED: Text = Text::new("（续）", " (continued)");
pub const POSTER_PAGE: Text = Text::new("第 {n}/{total} 页", "page {n} of {total}");

pub const STAIRWELL_TITLE: Text = Text::new("本月楼道小事", "This month on our stairwell");
pub const STAIRWELL_MONTH: Text =
    Text::new("{month} · 社区小事", "{month} · Community Small Things");
pub const STAIRWELL_LOVE_DAY: Text = Text::new(
    "这一天，做一件你自己想出的邻里小事：问候、帮忙、分享都可以。",
    "Do a small neighbourly thing of your own: a greeting, a hand, a treat.",
);
pub const STAIRWELL_SEASON: Text = Text::new(
    "这几天里，楼里的邻居一起做几件小事，在这张纸上记下来。",
    "A few small things together in these days: note them here.",
);
pub const STAIRWELL_TEA: Text = Text::new("茶话会", "Tea talk");
pub const STAIRWELL_TIME: Text = Text::new("时间", "Time");
pub const STAIRWELL_PLACE: Text = Text::new("地点", "Place");
pub const STAIRWELL_OURS: Text = Text::new("本月我们一起做", "This month we will");
pub const STAIRWELL_FOOT: Text = Text::new(
    "社区小事 · 每天一件邻里小事 · 21天打卡",
    "Community Small Things · a small act a day · the 21-day check-in",
);

/// The days of the week, Monday first: short (on trackers) and long (on posters).
pub const WEEKDAYS: [Text; 7] = [
    Text::new("周一", "Mon"),
    Text::new("周二", "Tue"),
    Text::new("周三", "Wed"),
    Text::new("周四", "Thu"),
    Text::new("周五", "Fri"),
    Text::new("周六", "Sat"),
    Text::new("周日", "Sun"),
];
pub const WEEKDAYS_LONG: [Text; 7] = [
    Text::new("星期一", "Monday"),
    Text::new("星期二", "Tuesday"),
    Text::new("星期三", "Wednesday"),
    Text::new("星期四", "Thursday"),
    Text::new("星期五", "Friday"),
    Text::new("星期六", "Saturday"),
    Text::new("星期日", "Sunday"),
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `12月20日` / `20 December`.
pub fn month_day(lang: Lang, date: Date) -> String {
    match lang {
        Lang::Zh => format!("{}月{}日", date.month(), date.day()),
        Lang::En => format!("{} {}", date.day(), month_name(date.month())),
    }
}

/// `1 Dec` in English (a tracker's box), `12月1日` in Chinese.
pub fn month_day_short(lang: Lang, date: Date) -> String {
    match lang {
        Lang::Zh => month_day(lang, date),
        Lang::En => format!("{} {}", date.day(), &month_name(date.month())[..3]),
    }
}

/// The activity season of a month: `12月15日至25日` / `15 to 25 December`.
pub fn season(lang: Lang, month: i8) -> String {
    match lang {
        Lang::Zh => format!("{month}月15日至25日"),
        Lang::En => format!("15 to 25 {}", month_name(month)),
    }
}

/// `12/20` on both: a day's column on the group sheet.
pub fn numeric_day(date: Date) -> String {
    format!("{}/{}", date.month(), date.day())
}

/// `2026年12月20日` / `20 December 2026`.
pub fn full_date(lang: Lang, date: Date) -> String {
    match lang {
        Lang::Zh => format!("{}年{}", date.year(), month_day(lang, date)),
        Lang::En => format!("{} {}", month_day(lang, date), date.year()),
    }
}

/// `2026年12月` / `December 2026`.
pub fn month(lang: Lang, year: i16, month: i8) -> String {
    match lang {
        Lang::Zh => format!("{year}年{month}月"),
        Lang::En => format!("{} {year}", month_name(month)),
    }
}

/// `周日` / `Sun`, or the long form.
pub fn weekday(lang: Lang, date: Date, long: bool) -> &'static str {
    let index = date.weekday().to_monday_zero_offset() as usize;
    let table = if long { &WEEKDAYS_LONG } else { &WEEKDAYS };
    table[index % 7].get(lang)
}

fn month_name(month: i8) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

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
