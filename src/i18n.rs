//! The two languages, how the user's one is found, and every UI string.
//!
//! Strings live here as `Localized` consts (gitui keeps its strings in one
//! module too), so a translation is reviewed in one place and no screen or
//! command invents its own wording.

use serde::{Deserialize, Serialize};

pub mod diagnostic;
pub mod export;
pub mod group;
pub mod keys;
pub mod report;
pub mod workshop;

/// A language xiaoshi speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Lang {
    /// 中文
    Zh,
    /// English
    En,
}

impl Lang {
    /// Picks the language: the `--lang` flag, then `XIAOSHI_LANG`, then a
    /// `LANG` that starts with `zh`, else English. Environment values are read
    /// leniently (`zh_CN.UTF-8`, `EN`), and one that names neither language is
    /// skipped rather than an error, because it may be set for other programs.
    pub fn detect(flag: Option<Lang>, xiaoshi_lang: Option<&str>, lang: Option<&str>) -> Lang {
        if let Some(lang) = flag {
            return lang;
        }
        if let Some(lang) = xiaoshi_lang.and_then(Lang::from_env_value) {
            return lang;
        }
        match lang.and_then(Lang::from_env_value) {
            Some(Lang::Zh) => Lang::Zh,
            _ => Lang::En,
        }
    }

    /// Reads the process environment for [`Lang::detect`].
    pub fn from_env(flag: Option<Lang>) -> Lang {
        let xiaoshi_lang = std::env::var("XIAOSHI_LANG").ok();
        let lang = std::env::var("LANG").ok();
        Lang::detect(flag, xiaoshi_lang.as_deref(), lang.as_deref())
    }

    fn from_env_value(value: &str) -> Option<Lang> {
        let value = value.trim().to_ascii_lowercase();
        if value.starts_with("zh") {
            Some(Lang::Zh)
        } else if value.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// A text in both languages, as deck files write it: `(zh: "…", en: "…")`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized<T> {
    pub zh: T,
    pub en: T,
}

impl<T> Localized<T> {
    pub const fn new(zh: T, en: T) -> Self {
        Localized { zh, en }
    }

    pub fn get(&self, lang: Lang) -> &T {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }

    /// Both texts with their language, Chinese first.
    pub fn each(&self) -> [(Lang, &T); 2] {
        [(Lang::Zh, &self.zh), (Lang::En, &self.en)]
    }
}

impl Localized<String> {
    pub fn as_str(&self, lang: Lang) -> &str {
        self.get(lang).as_str()
    }
}

/// A UI string.
pub type Text = Localized<&'static str>;

pub const JOKER: Text = Text::new("大小王", "Joker");
pub const JOKER_THEME: Text = Text::new("自由发挥", "your own idea");

// `deck list` column headings.
pub const COL_ID: Text = Text::new("编号", "ID");
pub const COL_SUIT: Text = Text::new("花色", "SUIT");
pub const COL_RANK: Text = Text::new("点数", "RANK");
pub const COL_MINUTES: Text = Text::new("分钟", "MIN");
pub const COL_TITLE: Text = Text::new("标题", "TITLE");

// `deck show` labels.
pub const LABEL_TITLE: Text = Text::new("标题", "Title");
pub const LABEL_ACTION: Text = Text::new("行动", "Action");
pub const LABEL_TIME: Text = Text::new("时间", "Time");
pub const LABEL_EFFORT: Text = Text::new("投入", "Effort");
pub const LABEL_TIP: Text = Text::new("提示", "Tip");
pub const MINUTES_ABOUT: Text = Text::new("约 {} 分钟", "about {} minutes");

pub const EFFORT_MOMENT: Text = Text::new("几分钟，一位邻居", "a few minutes, one neighbour");
pub const EFFORT_HOUR: Text = Text::new("一小时左右，几户人家", "an hour or so, a few households");
pub const EFFORT_GROUP: Text = Text::new("一群人或整个楼道", "a group or the whole stairwell");
pub const EFFORT_JOKER: Text = Text::new("由你决定", "up to you");

// `deck check`.
pub const CHECK_OK: Text = Text::new(
    "{file}：有效，共 {count} 张牌（{kind}）",
    "{file}: valid, {count} cards ({kind})",
);
pub const KIND_COMPLETE: Text = Text::new("完整牌组", "complete deck");
pub const KIND_PARTIAL: Text = Text::new("部分牌组", "partial deck");
pub const WARNING: Text = Text::new("提醒", "warning");

/// A count of days: `5 天`, `1 day`, `5 days`.
pub fn days(count: u32, lang: Lang) -> String {
    match (lang, count) {
        (Lang::Zh, n) => format!("{n} 天"),
        (Lang::En, 1) => "1 day".to_string(),
        (Lang::En, n) => format!("{n} days"),
    }
}

/// Fills `{}` (positional) in a UI string.
pub fn fill(template: &str, value: impl std::fmt::Display) -> String {
    template.replacen("{}", &value.to_string(), 1)
}

/// Fills `{name}` placeholders in a UI string.
pub fn fill_named(template: &str, pairs: &[(&str, &dyn std::fmt::Display)]) -> String {
    pairs
        .iter()
        .fold(template.to_string(), |acc, (name, value)| {
            acc.replace(&format!("{{{name}}}"), &value.to_string())
        })
}

// The resident's commands: `draw`, `done`, `undo`, `status`, `history`, `why`.
pub const LABEL_TODAY: Text = Text::new("今日", "Today");
pub const LABEL_NOTE: Text = Text::new("备注", "Note");
pub const LABEL_ROUND: Text = Text::new("第 {} 轮", "Round {}");
pub const LABEL_STREAK: Text = Text::new("连续", "Streak");
pub const LABEL_SUITS: Text = Text::new("花色", "Suits");
pub const LABEL_KEY: Text = Text::new("图例", "Key");
pub const ROUND_DAY: Text = Text::new("第 {day}/{length} 天", "day {day}/{length}");
pub const ROUND_COMPLETE: Text = Text::new(
    "本轮 21 天完成！明天开始新一轮。",
    "Round complete: 21 check-ins! A new round starts tomorrow.",
);
pub const ROUNDS_DONE: Text = Text::new("已完成 {} 轮", "rounds completed: {}");
pub const STREAK_LINE: Text = Text::new(
    "{current}（最长 {best}），冻结卡 {freezes} 张",
    "{current} (best {best}), freezes {freezes}",
);
pub const STATE_DONE: Text = Text::new("已完成", "done");
pub const STATE_NOT_DONE: Text = Text::new("未完成", "not done yet");
pub const STATE_REDRAWN: Text = Text::new("已换过牌", "redrawn");
pub const NO_CARD_YET: Text = Text::new(
    "今天还没抽牌：运行 `xiaoshi draw`",
    "No card drawn yet today: run `xiaoshi draw`",
);
pub const GRID_KEY: Text = Text::new(
    "✓ 完成  ❄ 冻结  ✗ 漏打  ◉ 今天  ◌ 待完成",
    "✓ done  ❄ frozen  ✗ missed  ◉ today  ◌ to come",
);
pub const LOVE_DAY: Text = Text::new(
    "今天是爱邻日（每月20日）！试试红王牌：做一件你自己想出的邻里小事。",
    "Today is Love-Your-Neighbour Day (爱邻日, the 20th)! Try the red joker: a small thing of your own.",
);
pub const SEASON: Text = Text::new(
    "社区小事活动季（每月15至25日）进行中。",
    "It is the Community Small Things activity season (the 15th to 25th).",
);

pub const DRAWN_TODAY: Text = Text::new("今天的牌", "Today's card");
pub const REDRAWN_NOW: Text = Text::new("换了一张牌", "Redrawn");
pub const CHECKED_IN: Text = Text::new(
    "打卡成功：{date}。第 {round} 轮第 {day}/21 天，连续 {streak} 天。",
    "Checked in for {date}: round {round}, day {day}/21, streak {streak}.",
);
pub const ALREADY_CHECKED_IN: Text =
    Text::new("{date} 已经打过卡了。", "{date} is already checked in.");
pub const NOTE_UPDATED: Text = Text::new("备注已更新。", "Note updated.");
pub const UNDONE: Text = Text::new(
    "已撤销今天（{date}）的打卡。",
    "Today's check-in ({date}) is undone.",
);
pub const NOTHING_TO_UNDO: Text = Text::new(
    "今天（{date}）还没有打卡，没有可撤销的。",
    "Today ({date}) is not checked in: nothing to undo.",
);
pub const ROUND_STARTED: Text = Text::new(
    "第 {} 轮从今天开始，牌序重新洗过。",
    "Round {} starts today, with a freshly shuffled deck.",
);
pub const NO_HISTORY: Text = Text::new("还没有记录。", "Nothing recorded yet.");
pub const COL_DATE: Text = Text::new("日期", "DATE");
pub const COL_DONE: Text = Text::new("完成", "DONE");
pub const COL_CARD: Text = Text::new("牌", "CARD");
pub const COL_NOTE: Text = Text::new("备注", "NOTE");
pub const IMPORTED: Text = Text::new(
    "导入 {added} 条新记录（共 {total} 条，其余已存在）。",
    "Imported {added} new events ({total} in the file; the rest were already here).",
);

// `why`.
pub const WHY_HEADER: Text = Text::new(
    "本轮与当前连续打卡，逐日回放：",
    "The current round and streak, day by day:",
);
pub const WHY_EMPTY: Text = Text::new(
    "还没有打卡记录：第一次打卡后，这里会逐日说明规则。",
    "No check-ins yet: after the first one, this replays the rules day by day.",
);
pub const WHY_DAY: Text = Text::new(
    "连续 {streak}  冻结 {freezes}  第 {round} 轮 {checked}/21",
    "streak {streak}  freezes {freezes}  round {round} {checked}/21",
);
pub const WHY_TOTAL: Text = Text::new(
    "结果（与 status 一致）：连续 {current} 天（最长 {best}），冻结卡 {freezes} 张，第 {round} 轮第 {day}/21 天",
    "Result (as in status): streak {current} (best {best}), freezes {freezes}, round {round} day {day}/21",
);
pub const RULE_RESTARTED: Text = Text::new(
    "重新开始一轮（round start）",
    "a new round begins (round start)",
);
pub const RULE_CHECKED_IN: Text = Text::new("打卡", "checked in");
pub const RULE_BACKFILLED: Text = Text::new("补卡", "checked in late (backfill, 补卡)");
pub const RULE_EARNED_FREEZE: Text = Text::new(
    "每连续 7 天获得一张冻结卡",
    "earned a freeze (one per 7 in a row)",
);
pub const RULE_COMPLETED: Text = Text::new("21 天完成，本轮结束", "21 check-ins: round complete");
pub const RULE_FROZEN: Text = Text::new(
    "漏打，用掉一张冻结卡，连续不断",
    "missed; a freeze kept the streak",
);
pub const RULE_BROKEN: Text = Text::new(
    "漏打且没有冻结卡，连续中断",
    "missed with no freeze left: the streak ended",
);
pub const RULE_MISSED: Text = Text::new("漏打（没有在进行的连续）", "missed (no streak to keep)");
pub const RULE_OPEN: Text = Text::new(
    "今天还没打卡：连续算到昨天",
    "today, still open: the streak counts up to yesterday",
);

// The TUI.
pub const APP_NAME: Text = Text::new("小事", "xiaoshi");
pub const SCREEN_HOME: Text = Text::new("今日", "Today");
pub const SCREEN_DECK: Text = Text::new("牌组", "Deck");
pub const SCREEN_HISTORY: Text = Text::new("历史", "History");
pub const SCREEN_WHY: Text = Text::new("规则回放", "Why");
pub const SCREEN_HELP: Text = Text::new("帮助", "Help");
pub const TOO_SMALL: Text = Text::new(
    "请把终端放大到至少 {min}（现在是 {now}）",
    "Please enlarge the terminal to at least {min} (now {now})",
);
pub const NOTE_TITLE: Text = Text::new("今天的备注", "Today's note");
pub const CONFIRM_UNDO: Text = Text::new("撤销今天的打卡？", "Undo today's check-in?");
pub const CONFIRM_REDRAW: Text = Text::new("用掉今天唯一一次换牌机会？", "Use today's one redraw?");
pub const MINUTES_SHORT: Text = Text::new("约 {} 分钟", "~{} min");
pub const CARD_BACK: Text = Text::new("社区小事", "Small Things");
pub const SEARCH_PROMPT: Text = Text::new("搜索：", "Search: ");
pub const NO_MATCH: Text = Text::new("没有找到", "No card matches");
pub const HEATMAP: Text = Text::new("这一年", "This year");
pub const FINISHED_ROUNDS: Text = Text::new("已结束的轮次", "Finished rounds");
pub const NO_ROUNDS: Text = Text::new("还没有结束的轮次", "No finished rounds yet");
pub const ROUND_DONE: Text = Text::new("完成", "complete");
pub const ROUND_ENDED: Text = Text::new("提前结束", "ended early");
pub const BY_SUIT: Text = Text::new("各花色打卡", "Check-ins by suit");
pub const HEATMAP_KEY: Text = Text::new(
    "✓ 完成  ✗ 抽了牌未完成  - 没有抽牌",
    "✓ done  ✗ drawn, not done  - no card",
);
pub const WEEKDAYS: Localized<[&str; 7]> = Localized::new(
    ["一", "二", "三", "四", "五", "六", "日"],
    ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"],
);
pub const LOADING: Text = Text::new("读取中……", "Loading...");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_wins_over_everything() {
        assert_eq!(
            Lang::detect(Some(Lang::En), Some("zh"), Some("zh_CN.UTF-8")),
            Lang::En
        );
        assert_eq!(
            Lang::detect(Some(Lang::Zh), Some("en"), Some("C")),
            Lang::Zh
        );
    }

    #[test]
    fn xiaoshi_lang_wins_over_lang() {
        assert_eq!(
            Lang::detect(None, Some("en"), Some("zh_CN.UTF-8")),
            Lang::En
        );
        assert_eq!(
            Lang::detect(None, Some("zh_TW"), Some("en_GB.UTF-8")),
            Lang::Zh
        );
        assert_eq!(Lang::detect(None, Some("ZH"), None), Lang::Zh);
    }

    #[test]
    fn unusable_xiaoshi_lang_falls_through_to_lang() {
        assert_eq!(
            Lang::detect(None, Some("fr"), Some("zh_CN.UTF-8")),
            Lang::Zh
        );
        assert_eq!(Lang::detect(None, Some(""), Some("zh_SG")), Lang::Zh);
    }

    #[test]
    fn default_is_english() {
        assert_eq!(Lang::detect(None, None, None), Lang::En);
        assert_eq!(Lang::detect(None, None, Some("C.UTF-8")), Lang::En);
        assert_eq!(Lang::detect(None, None, Some("de_DE.UTF-8")), Lang::En);
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(fill(MINUTES_ABOUT.zh, 30), "约 30 分钟");
        assert_eq!(
            fill_named(
                CHECK_OK.en,
                &[("file", &"a.ron"), ("count", &3), ("kind", &"x")]
            ),
            "a.ron: valid, 3 cards (x)"
        );
    }
}
