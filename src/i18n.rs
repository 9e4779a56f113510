//! The languages, how the user's one is found, and every UI string.
//!
//! The language model is data ([`lang`]: one row per language, its
//! punctuation and plurals; [`Localized`]: a value per language). Strings
//! live in catalogues, one module per area, each a [`strings!`](crate::strings)
//! block of `Text` consts (gitui keeps its strings in one module too), so a
//! translation is reviewed in one place, no screen or command invents its
//! own wording, and a test checks that every entry has every language with
//! the same placeholders.

pub mod cli;
pub mod deck;
pub mod diagnostic;
pub mod errors;
pub mod export;
pub mod group;
pub mod input;
pub mod journal;
pub mod keys;
mod lang;
mod localized;
pub mod report;
pub mod storage;
pub mod workshop;

pub use diagnostic::{Describe, Diagnostic};
pub(crate) use lang::str_eq;
pub use lang::{Lang, Language, Plural, Script, Sources};
pub use localized::{Localized, Printed, Text};

/// A count in words: `5 天`; `1 day`, `5 days`. `one` and `other` hold `{n}`.
pub fn count(lang: Lang, n: u64, one: Text, other: Text) -> String {
    let text = match lang.info().plural {
        Plural::OneOther if n == 1 => one,
        Plural::None | Plural::OneOther => other,
    };
    fill_named(text.get(lang), &[("n", &n)])
}

/// A count of days: `5 天`, `1 day`, `5 days`.
pub fn days(n: u32, lang: Lang) -> String {
    count(lang, u64::from(n), DAY_COUNT_ONE, DAY_COUNT)
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

crate::strings! {
    DAY_COUNT { zh: "{n} 天", en: "{n} days" }
    DAY_COUNT_ONE { zh: "{n} 天", en: "{n} day" }
    JOKER { zh: "大小王", en: "Joker" }
    JOKER_RED_NAME { zh: "红王", en: "Red joker" }
    JOKER_BLACK_NAME { zh: "黑王", en: "Black joker" }
    JOKER_THEME { zh: "自由发挥", en: "your own idea" }
    /// How a card may be written: `done --card` and the group grid read the
    /// same forms (`group::card::parse`), and both say them in these words.
    CARD_FORMS {
        zh: "h7、s10、红7、红桃7、♥7、梅花K、hearts-7、大王",
        en: "h7, s10, 红7, 红桃7, ♥7, 梅花K, hearts-7, 大王",
    }
    // `deck list` column headings.
    COL_ID { zh: "编号", en: "ID" }
    COL_SUIT { zh: "花色", en: "SUIT" }
    COL_RANK { zh: "点数", en: "RANK" }
    COL_MINUTES { zh: "分钟", en: "MIN" }
    COL_TITLE { zh: "标题", en: "TITLE" }
    // `deck show` labels.
    LABEL_TITLE { zh: "标题", en: "Title" }
    LABEL_ACTION { zh: "行动", en: "Action" }
    LABEL_TIME { zh: "时间", en: "Time" }
    LABEL_EFFORT { zh: "投入", en: "Effort" }
    LABEL_TIP { zh: "提示", en: "Tip" }
    MINUTES_ABOUT { zh: "约 {} 分钟", en: "about {} minutes" }
    EFFORT_MOMENT { zh: "几分钟，一位邻居", en: "a few minutes, one neighbour" }
    EFFORT_HOUR { zh: "一小时左右，几户人家", en: "an hour or so, a few households" }
    EFFORT_GROUP { zh: "一群人或整个楼道", en: "a group or the whole stairwell" }
    EFFORT_JOKER { zh: "由你决定", en: "up to you" }
    // `deck check`.
    CHECK_OK { zh: "{file}：有效，共 {count} 张牌（{kind}）", en: "{file}: valid, {count} cards ({kind})" }
    KIND_COMPLETE { zh: "完整牌组", en: "complete deck" }
    KIND_PARTIAL { zh: "部分牌组", en: "partial deck" }
    WARNING { zh: "提醒", en: "warning" }
    // The resident's commands: `draw`, `done`, `undo`, `status`, `history`, `why`.
    LABEL_TODAY { zh: "今日", en: "Today" }
    LABEL_NOTE { zh: "备注", en: "Note" }
    LABEL_ROUND { zh: "第 {} 轮", en: "Round {}" }
    LABEL_STREAK { zh: "连续", en: "Streak" }
    LABEL_SUITS { zh: "花色", en: "Suits" }
    LABEL_KEY { zh: "图例", en: "Key" }
    ROUND_DAY { zh: "第 {day}/{length} 天", en: "day {day}/{length}" }
    ROUND_COMPLETE {
        zh: "本轮 21 天完成！明天开始新一轮。",
        en: "Round complete: 21 check-ins! A new round starts tomorrow.",
    }
    ROUNDS_DONE { zh: "已完成 {} 轮", en: "rounds completed: {}" }
    STREAK_LINE {
        zh: "{current}（最长 {best}），可请假 {freezes} 天，可补卡 {backfills} 次",
        en: "{current} (best {best}), freezes {freezes}, backfills left {backfills}",
    }
    STATE_DONE { zh: "已完成", en: "done" }
    STATE_NOT_DONE { zh: "未完成", en: "not done yet" }
    STATE_REDRAWN { zh: "已换过牌", en: "redrawn" }
    NO_CARD_YET {
        zh: "今天还没抽牌：运行 `xiaoshi draw`",
        en: "No card drawn yet today: run `xiaoshi draw`",
    }
    GRID_KEY {
        zh: "✓ 完成  ❄ 请假  ✗ 漏打  ◉ 今天  ◌ 待完成",
        en: "✓ done  ❄ frozen  ✗ missed  ◉ today  ◌ to come",
    }
    LOVE_DAY {
        zh: "今天是爱邻日（每月20日）！做一件你自己想出的邻里小事，红王牌就是为今天准备的。",
        en: "Today is Love-Your-Neighbour Day (爱邻日, the 20th)! The red joker is for today: a small thing of your own.",
    }
    SEASON {
        zh: "社区小事活动季（每月15至25日）进行中。",
        en: "It is the Community Small Things activity season (the 15th to 25th).",
    }
    DRAWN_TODAY { zh: "今天的牌", en: "Today's card" }
    REDRAWN_NOW { zh: "换了一张牌", en: "Redrawn" }
    CHECKED_IN {
        zh: "打卡成功：{date}。第 {round} 轮第 {day}/21 天，连续 {streak} 天。",
        en: "Checked in for {date}: round {round}, day {day}/21, streak {streak}.",
    }
    BACKFILLED {
        zh: "补卡成功：{date}。第 {round} 轮第 {day}/21 天，连续 {streak} 天，本轮还可以补卡 {left} 次。",
        en: "Backfilled {date}: round {round}, day {day}/21, streak {streak}; backfills left this round: {left}.",
    }
    BACKFILLED_AS {
        zh: "补卡成功：{date} 记为 {card}，本轮还可以补卡 {left} 次",
        en: "Backfilled {date} as {card}; backfills left: {left}",
    }
    REDRAW_AFTER_CHECK_IN_TUI {
        zh: "今天已经打卡了：要换牌，先按 u 撤销打卡",
        en: "Today is checked in: press u to undo it, then r to redraw",
    }
    ALREADY_CHECKED_IN { zh: "{date} 已经打过卡了。", en: "{date} is already checked in." }
    NOTE_UPDATED { zh: "备注已更新。", en: "Note updated." }
    UNDONE { zh: "已撤销今天（{date}）的打卡。", en: "Today's check-in ({date}) is undone." }
    BACKFILL_UNDONE {
        zh: "已撤销昨天（{date}）的补卡，这次补卡机会还给你了。",
        en: "Yesterday's backfill ({date}) is undone, and the backfill is yours again.",
    }
    NO_BACKFILL_TO_UNDO_TUI {
        zh: "昨天（{date}）不是补的卡，没有可撤销的补卡。",
        en: "Yesterday ({date}) was not backfilled: no backfill to undo.",
    }
    CONFIRM_UNDO_BACKFILL {
        zh: "撤销昨天（{date}）的补卡 {card}？这次补卡机会会还给你。",
        en: "Undo yesterday's backfill ({date}), {card}? The backfill is given back.",
    }
    NO_BACKFILL_TO_UNDO {
        zh: "昨天（{date}）没有打卡，没有可撤销的补卡。",
        en: "Yesterday ({date}) is not checked in: no backfill to undo.",
    }
    NOTE_KEPT { zh: "备注留着：{note}", en: "The note stays: {note}" }
    BACKFILLS_LEFT { zh: "本轮还可以补卡 {} 次。", en: "Backfills left this round: {}." }
    CREDITED_AS {
        zh: "记为：{card}；抽到的牌是 {drawn}",
        en: "Credited: {card}; the card drawn: {drawn}",
    }
    CREDITED_OWN {
        zh: "记为你自己的小事：{own}（{card}）",
        en: "Credited to your own small thing: {own} ({card})",
    }
    CREDITED_NO_DRAW { zh: "记为：{card}", en: "Credited: {card}" }
    NOTHING_TO_UNDO {
        zh: "今天（{date}）还没有打卡，没有可撤销的。",
        en: "Today ({date}) is not checked in: nothing to undo.",
    }
    ROUND_STARTED {
        zh: "第 {} 轮从今天开始，牌序重新洗过。",
        en: "Round {} starts today, with a freshly shuffled deck.",
    }
    ROUND_FIRST_STARTED { zh: "第 1 轮从今天开始。", en: "Round 1 starts today." }
    NO_HISTORY { zh: "还没有记录。", en: "Nothing recorded yet." }
    ASK_FRESH_ROUND {
        zh: "第 {round} 轮还没完成（已打卡 {checked} 天）。从今天开始新的一轮，让它提前结束吗？（y 是 / 回车 不）",
        en: "Round {round} is not finished ({checked} check-ins). Start a new round today and end it early? (y yes / Enter no)",
    }
    NOTHING_CHANGED { zh: "好的，什么都没变。", en: "All right: nothing changed." }
    HINT_BACKFILL {
        zh: "昨天（{date}）漏打了，还能补：xiaoshi done --yesterday（本轮可补卡 {left} 次）",
        en: "Yesterday ({date}) was missed and can still be saved: xiaoshi done --yesterday ({left} backfills left this round)",
    }
    HINT_BACKFILL_CARD {
        zh: "昨天（{date}）漏打了，还能补：xiaoshi done --yesterday --card {card}（那天没有抽牌，按牌的阶梯那天的牌是 {name}；本轮可补卡 {left} 次）",
        en: "Yesterday ({date}) was missed and can still be saved: xiaoshi done --yesterday --card {card} (no card was drawn; the ladder's card for that day is {name}; {left} backfills left this round)",
    }
    HINT_BACKFILL_KEY {
        zh: "昨天（{date}）漏打了，还能补：按 b 补卡（本轮可补卡 {left} 次）",
        en: "Yesterday ({date}) was missed and can still be saved: press b to backfill ({left} left this round)",
    }
    HINT_FRESH_ROUND {
        zh: "已经 {days}没打卡了。想重新开始：xiaoshi round start（第 {round} 轮提前结束，留在历史里）",
        en: "{days} without a check-in. To start afresh: xiaoshi round start (round {round} ends early and stays in history)",
    }
    HINT_FRESH_ROUND_KEY {
        zh: "已经 {days}没打卡了。想重新开始：按 f 开始新的一轮",
        en: "{days} without a check-in. To start afresh: press f for a fresh round",
    }
    HINT_LOVE_DAY_KEY {
        zh: "今天做了爱邻日小事？按 a 记为红王并打卡",
        en: "Did a 爱邻日 thing today? Press a to check in with the red joker",
    }
    HINT_LOVE_DAY {
        zh: "今天做了爱邻日小事？xiaoshi done --card joker-red",
        en: "Did a 爱邻日 thing today? xiaoshi done --card joker-red",
    }
    NO_CARD_DRAWN { zh: "（那天没有抽牌）", en: "(no card drawn that day)" }
    DRAWN_NONE { zh: "没有", en: "none" }
    HISTORY_DONE_INSTEAD { zh: "做的是：{card}", en: "done instead: {card}" }
    HISTORY_EARLIER_NOTES { zh: "先前的备注：{notes}", en: "earlier notes: {notes}" }
    COL_DATE { zh: "日期", en: "DATE" }
    COL_DONE { zh: "完成", en: "DONE" }
    COL_CARD { zh: "牌", en: "CARD" }
    COL_NOTE { zh: "备注", en: "NOTE" }
    IMPORTED {
        zh: "导入 {added} 条新记录（共 {total} 条，其余已存在）。",
        en: "New events imported: {added} ({total} in the file; the rest were already here).",
    }
    // `why`.
    WHY_HEADER { zh: "本轮与当前连续打卡，逐日回放：", en: "The current round and streak, day by day:" }
    WHY_EMPTY {
        zh: "还没有打卡记录：第一次打卡后，这里会逐日说明规则。",
        en: "No check-ins yet: after the first one, this replays the rules day by day.",
    }
    WHY_DAY {
        zh: "连续 {streak}  可请假 {freezes}  第 {round} 轮 {checked}/21",
        en: "streak {streak}  freezes {freezes}  round {round} {checked}/21",
    }
    WHY_TOTAL {
        zh: "结果（与 status 一致）：连续 {current} 天（最长 {best}），可请假 {freezes} 天，可补卡 {backfills} 次，第 {round} 轮第 {day}/21 天",
        en: "Result (as in status): streak {current} (best {best}), freezes {freezes}, backfills left {backfills}, round {round} day {day}/21",
    }
    WHY_CARD { zh: "（{}）", en: " ({})" }
    RULE_RESTARTED { zh: "重新开始一轮", en: "a new round begins (xiaoshi round start)" }
    RULE_CHECKED_IN { zh: "打卡", en: "checked in" }
    RULE_BACKFILLED { zh: "补卡", en: "checked in late (backfill, 补卡)" }
    RULE_EARNED_FREEZE { zh: "连续满 7 天，攒下一天假", en: "earned a freeze (one per 7 in a row)" }
    RULE_COMPLETED { zh: "21 天完成，本轮结束", en: "21 check-ins: round complete" }
    RULE_FROZEN { zh: "漏打，自动请假一天，连续不断", en: "missed; a freeze kept the streak" }
    RULE_BROKEN { zh: "漏打，没有假可请，连续中断", en: "missed with no freeze left: the streak ended" }
    RULE_MISSED { zh: "漏打（没有在进行的连续）", en: "missed (no streak to keep)" }
    RULE_OPEN { zh: "今天还没打卡：连续算到昨天", en: "today, still open: the streak counts up to yesterday" }
    // The rules in short, on the why screen (docs/streak-rules.md in full).
    RULES_TITLE { zh: "规则", en: "The rules" }
    RULE_SHORT_DAY {
        zh: "一天按本机的日期算；配置里的 day_starts_at 可以推迟一天的开始。",
        en: "A day is your computer's calendar date; day_starts_at in the config can move its start.",
    }
    RULE_SHORT_LADDER {
        zh: "每天抽一张牌，一轮之内不重复。前 7 个打卡日抽 A-4 小牌，第 8-14 天加上 5-10 和黑王，之后加上 J Q K；每月 20 日（第一周以后）抽到红王。",
        en: "One card a day, none twice in a round. Check-in days 1-7 draw A-4, days 8-14 add 5-10 and the black joker, then J Q K join; on the 20th (after the first week) the red joker comes.",
    }
    RULE_SHORT_CREDIT {
        zh: "做的不是抽到的那张：在牌组页选中做过的牌按 c（黑王写你自己的小事）；抽到的牌照样记着。",
        en: "Did another card than the one drawn: select it in the deck and press c (the black joker takes your own words); the card drawn stays on record.",
    }
    RULE_SHORT_ROUND {
        zh: "一轮是 21 个打卡日；漏打的日子不结束一轮。离开 7 天以上，可以按 f 从今天开始新的一轮。",
        en: "A round is 21 check-in days; missed days do not end it. After 7 or more days away, f starts a fresh round from today.",
    }
    RULE_SHORT_LEAVE {
        zh: "连续满 7 天攒一天假（最多 2 天）；漏打一天自动请假，连续不断；没有假可请，连续中断。",
        en: "Every 7 days in a row earn a freeze (2 at most); a missed day spends one and the streak holds; with none left the streak ends.",
    }
    RULE_SHORT_BACKFILL {
        zh: "补卡：昨天漏打还能补（按 b），每轮 2 次；补错了就 xiaoshi undo --yesterday。撤销打卡不会删掉备注。",
        en: "Backfill (补卡): a missed yesterday can still be saved (b), twice a round; undo a mistaken one with xiaoshi undo --yesterday. Undoing a check-in keeps the note.",
    }
    // The TUI.
    APP_NAME { zh: "小事", en: "xiaoshi" }
    SCREEN_HOME { zh: "今日", en: "Today" }
    SCREEN_DECK { zh: "牌组", en: "Deck" }
    SCREEN_HISTORY { zh: "历史", en: "History" }
    SCREEN_WHY { zh: "规则回放", en: "Why" }
    SCREEN_HELP { zh: "帮助", en: "Help" }
    TOO_SMALL {
        zh: "请把终端放大到至少 {min}（现在是 {now}）",
        en: "Please enlarge the terminal to at least {min} (now {now})",
    }
    NOTE_TITLE { zh: "今天的备注", en: "Today's note" }
    CONFIRM_UNDO { zh: "撤销今天的打卡？", en: "Undo today's check-in?" }
    NOT_LOVE_DAY {
        zh: "爱邻日在每月 20 日；别的日子做了爱邻日小事，就在牌组页选中红王按 c",
        en: "爱邻日 is on the 20th; on another day, pick the red joker in the deck and press c",
    }
    CONFIRM_REDRAW { zh: "用掉今天唯一一次换牌机会？", en: "Use today's one redraw?" }
    CONFIRM_REDRAW_LOVE_DAY {
        zh: "今天的红王是爱邻日的牌，换牌就没有它了。",
        en: " Today's red joker is the 爱邻日 card: a redraw gives it up.",
    }
    CONFIRM_NOTE_STAYS { zh: "备注「{note}」会留着。", en: " The note stays: {note}" }
    CONFIRM_RECREDIT {
        zh: "{date} 已经打卡，记为 {before}。改记为 {card}？原来记的会被替换。",
        en: "{date} is checked in as {before}. Credit {card} instead? What it was credited as will be replaced.",
    }
    OWN_WORDS_QUOTED { zh: "自己的小事「{own}」", en: "your own small thing \"{own}\"" }
    CONFIRM_BACKFILL {
        zh: "补卡：把昨天（{date}）记为做了 {card}？本轮可补卡 {left} 次，补完还剩 {after} 次。",
        en: "Backfill yesterday ({date}) as done: {card}? {left} backfills left this round, {after} after this one.",
    }
    CONFIRM_BACKFILL_NO_CARD {
        zh: "昨天（{date}）没有抽牌。按牌的阶梯，那天的牌是 {card}：补卡记为做了它？做的是别的，按 d 去牌组里选。本轮可补卡 {left} 次，补完还剩 {after} 次。",
        en: "Yesterday ({date}) had no card. The ladder's card for that day is {card}: backfill it as done? If you did another, press d to choose it in the deck. {left} backfills left this round, {after} after this one.",
    }
    CONFIRM_FRESH_ROUND {
        zh: "从今天开始新的一轮？第 {round} 轮（打了 {checked} 天）提前结束，留在历史里；连续天数不变。",
        en: "Start a fresh round today? Round {round} ({checked} check-ins) ends early and stays in history; the streak is kept.",
    }
    OWN_TITLE { zh: "你自己做的小事", en: "Your own small thing" }
    CARD_QUOTED { zh: "{face}「{title}」", en: "{face} \"{title}\"" }
    MINUTES_SHORT { zh: "约 {} 分钟", en: "~{} min" }
    CARD_BACK { zh: "社区小事", en: "Small Things" }
    SEARCH_PROMPT { zh: "搜索：", en: "Search: " }
    NO_MATCH { zh: "没有找到", en: "No card matches" }
    SEARCH_RESULTS { zh: "搜索结果（各花色）", en: "Search results (every suit)" }
    PICK_FOR_BACKFILL {
        zh: "为昨天（{date}）补卡：选中那天做的牌，按 c",
        en: "Backfilling yesterday ({date}): select the card you did, press c",
    }
    HEATMAP { zh: "这一年（{years}）", en: "This year ({years})" }
    FINISHED_ROUNDS { zh: "已结束的轮次", en: "Finished rounds" }
    NO_ROUNDS { zh: "还没有结束的轮次", en: "No finished rounds yet" }
    ROUND_DONE { zh: "完成", en: "complete" }
    ROUND_ENDED { zh: "提前结束", en: "ended early" }
    BY_SUIT { zh: "各花色打卡", en: "Check-ins by suit" }
    HEATMAP_KEY {
        zh: "✓ 完成  ✗ 抽了牌未完成  ❄ 请假  ◉ 今天  - 没有抽牌",
        en: "✓ done  ✗ drawn, not done  ❄ frozen  ◉ today  - no card",
    }
    HISTORY_DAYS { zh: "每一天（最近的在上）", en: "Day by day (newest first)" }
    HISTORY_DRAWN { zh: "抽到的牌：{card}", en: "card drawn: {card}" }
    LOADING { zh: "读取中……", en: "Loading..." }
    MORE_ROWS { zh: "…还有 {} 行", en: "… {} more" }
}

/// The rules in short, in order, as the why screen lists them.
pub const RULES_SHORT: [Text; 6] = [
    RULE_SHORT_DAY,
    RULE_SHORT_LADDER,
    RULE_SHORT_CREDIT,
    RULE_SHORT_ROUND,
    RULE_SHORT_LEAVE,
    RULE_SHORT_BACKFILL,
];

/// A joker's name by its id: `joker-red` is 红王, `joker-black` 黑王;
/// another joker (a community deck's) is just 大小王.
pub fn joker_name(id: &str, lang: Lang) -> &'static str {
    match id {
        "joker-red" => JOKER_RED_NAME.get(lang),
        "joker-black" => JOKER_BLACK_NAME.get(lang),
        _ => JOKER.get(lang),
    }
}

/// What starting a round says: the first round has nothing before it to
/// shuffle again.
pub fn round_started(lang: Lang, number: u32) -> String {
    if number <= 1 {
        ROUND_FIRST_STARTED.get(lang).to_string()
    } else {
        fill(ROUND_STARTED.get(lang), number)
    }
}

/// Month names short enough for a label over a calendar column.
pub const MONTHS_SHORT: Localized<[&str; 12]> = crate::text!(
    zh: ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
    en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
);

pub const WEEKDAYS: Localized<[&str; 7]> = crate::text!(
    zh: ["一", "二", "三", "四", "五", "六", "日"],
    en: ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"],
);

/// Every catalogue entry, by module and name: what the tests below check.
pub fn catalogue() -> Vec<(String, Text)> {
    let modules: [(&str, &[(&str, Text)]); 13] = [
        ("i18n", ALL_STRINGS),
        ("cli", cli::ALL_STRINGS),
        ("cli::HELP", cli::HELP),
        ("deck", deck::ALL_STRINGS),
        ("errors", errors::ALL_STRINGS),
        ("export", export::ALL_STRINGS),
        ("group", group::ALL_STRINGS),
        ("input", input::ALL_STRINGS),
        ("journal", journal::ALL_STRINGS),
        ("keys", keys::ALL_STRINGS),
        ("report", report::ALL_STRINGS),
        ("storage", storage::ALL_STRINGS),
        ("workshop", workshop::ALL_STRINGS),
    ];
    modules
        .iter()
        .flat_map(|(module, entries)| {
            entries
                .iter()
                .map(move |(name, text)| (format!("{module}::{name}"), *text))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{placeholders}` of a text, sorted (`{}` counts as one each).
    fn placeholders(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}') else {
                break;
            };
            let inner = &rest[open + 1..open + close];
            // JSON shown in help (`{"date", …}`) is not a placeholder.
            if inner.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                found.push(inner.to_string());
            }
            rest = &rest[open + close + 1..];
        }
        found.sort();
        found
    }

    #[test]
    fn every_message_has_every_language_with_the_same_placeholders() {
        let catalogue = catalogue();
        assert!(catalogue.len() > 300, "{} entries", catalogue.len());
        let mut wrong = Vec::new();
        for (name, text) in &catalogue {
            let first = placeholders(text.get(Lang::ALL[0]));
            for (lang, value) in text.each() {
                if value.trim().is_empty() {
                    wrong.push(format!("{name}: no {} text", lang.code()));
                }
                if placeholders(value) != first {
                    wrong.push(format!(
                        "{name}: {} has {:?}, {} has {first:?}",
                        lang.code(),
                        placeholders(value),
                        Lang::ALL[0].code()
                    ));
                }
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn entries_are_named_once_per_module() {
        let catalogue = catalogue();
        let mut names: Vec<&String> = catalogue.iter().map(|(name, _)| name).collect();
        names.sort();
        let before = names.len();
        names.dedup();
        assert_eq!(names.len(), before);
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(fill(MINUTES_ABOUT.get(Lang::Zh), 30), "约 30 分钟");
        assert_eq!(
            fill_named(
                CHECK_OK.get(Lang::En),
                &[("file", &"a.ron"), ("count", &3), ("kind", &"x")]
            ),
            "a.ron: valid, 3 cards (x)"
        );
    }

    #[test]
    fn counts_follow_each_languages_plurals() {
        assert_eq!(days(1, Lang::Zh), "1 天");
        assert_eq!(days(5, Lang::Zh), "5 天");
        assert_eq!(days(1, Lang::En), "1 day");
        assert_eq!(days(5, Lang::En), "5 days");
    }

    /// A catalogue with the test-only pseudo-language written out: what a
    /// translator adds for a new language.
    mod pseudo_catalogue {
        crate::strings! {
            GREETING { zh: "你好，{name}", en: "Hello, {name}", qps: "Ĥéłłö, {name}" }
        }
    }

    /// Adding a language is a row of language data, its column of the
    /// catalogue, and its text in decks: no code path changes. The pseudo
    /// language (`qps`) exists only in tests, and everything below is the
    /// program's own code running with a third language.
    #[test]
    fn a_third_language_is_data_and_text_only() {
        let qps = Lang::Pseudo;
        assert_eq!(Lang::ALL.len(), 3);
        assert_eq!(Lang::from_code("qps"), Some(qps));

        // Found like any other: the flag, XIAOSHI_LANG, the saved choice, the locale.
        let sources = Sources {
            lang: Some("qps_PLOC.UTF-8"),
            ..Sources::default()
        };
        assert_eq!(Lang::detect(&sources), qps);
        let config = crate::config::Config::parse("(lang: \"qps\")", "c.ron").expect("config");
        assert_eq!(config.lang, Some(qps));
        assert_eq!(Lang::En.next(), qps, "the switch key reaches it");
        assert_eq!(qps.next(), Lang::Zh);

        // Its catalogue column: written where given, its fallback's where not.
        assert_eq!(*pseudo_catalogue::GREETING.get(qps), "Ĥéłłö, {name}");
        assert_eq!(pseudo_catalogue::ALL_STRINGS.len(), 1);
        assert_eq!(*CHECKED_IN.get(qps), *CHECKED_IN.get(Lang::En));

        // Its punctuation, wherever a list or a clause is written.
        assert_eq!(qps.join(&["a", "b"]), "a ¦ b");
        let error = crate::workshop::WorkshopError::UnknownParticipant {
            name: "小红".into(),
            names: vec!["王阿姨".into(), "李叔叔".into()],
        };
        let said = error.describe(qps);
        assert_eq!(
            said.hint.as_deref(),
            Some("the participants are 王阿姨 ¦ 李叔叔")
        );
        assert_eq!(
            said.text(qps),
            format!(
                "{}\n  hint: the participants are 王阿姨 ¦ 李叔叔",
                said.message
            )
        );

        // Typed lists split on its separators too.
        assert_eq!(crate::input::list("王阿姨¦李叔叔"), ["王阿姨", "李叔叔"]);

        // Deck text: `(zh: …, en: …, qps: …)` read by the deck's own loader;
        // a deck without it falls back; an unknown language is an error.
        let deck = |title: &str| {
            format!(
                "(name: (zh: \"测试\", en: \"Test\"), complete: false, cards: [(id: \"hearts-7\", \
                 suit: Hearts, rank: \"7\", title: {title}, \
                 action: (zh: \"行动\", en: \"Act\"), minutes: 5)])"
            )
        };
        let three = deck(r#"(zh: "标题", en: "Title", qps: "Ţîţļé")"#);
        let loaded = crate::deck::load_str(&three, "three.ron").expect("loads");
        let card = &loaded.deck.cards[0];
        assert_eq!(card.title.as_str(qps), "Ţîţļé");
        assert_eq!(card.action.as_str(qps), "Act", "falls back to English");
        let json = serde_json::to_value(crate::deck::json::CardJson::from(card)).expect("json");
        assert_eq!(json["title"]["qps"], "Ţîţļé");
        let unknown = deck(r#"(zh: "标题", en: "Title", fr: "Titre")"#);
        let error = crate::deck::load_str(&unknown, "fr.ron").expect_err("no fr");
        assert!(error.to_string().contains("unknown field `fr`"), "{error}");

        // Printed on paper with its companion beneath.
        let printed = Printed::paired(qps);
        assert_eq!(printed.langs(), [qps, Lang::Zh]);
        assert_eq!(printed.text(CARD_BACK), "Small Things / 社区小事");
    }
}
