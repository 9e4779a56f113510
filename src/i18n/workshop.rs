//! Strings of the facilitator's TUI (`xiaoshi workshop`).

use super::Text;

// Screens.
pub const SCREEN_SETUP: Text = Text::new("准备", "Setup");
pub const SCREEN_TABLE: Text = Text::new("全桌手牌", "Table");
pub const SCREEN_SPOTLIGHT: Text = Text::new("轮到发言", "Spotlight");
pub const SCREEN_SUMMARY: Text = Text::new("总结", "Summary");
pub const WORKSHOP: Text = Text::new("工作坊", "workshop");

// Setup.
pub const PARTICIPANTS_COUNT: Text = Text::new("参与者（{}）", "Participants ({})");
pub const NO_PARTICIPANTS: Text = Text::new(
    "还没有参与者：按 a 添加姓名或桌号。",
    "No participants yet: press a to add a name or a table number.",
);
pub const SETTINGS: Text = Text::new("设置", "Settings");
pub const SET_HAND: Text = Text::new("每人张数", "Cards each");
pub const SET_MINUTES: Text = Text::new("每轮分钟", "Minutes a turn");
pub const SET_SUITS: Text = Text::new("参与的花色", "Suits in play");
pub const SET_SEED: Text = Text::new("种子", "Seed");
pub const SET_CODE: Text = Text::new("场次码", "Session code");
pub const IN_PLAY: Text = Text::new("[✓] 在用", "[✓] in play");
pub const OUT_OF_PLAY: Text = Text::new("[ ] 不用", "[ ] left out");
pub const CARDS_IN_PLAY: Text = Text::new(
    "在用的牌 {pool} 张，发 {asked} 张",
    "{pool} cards in play, {asked} to deal",
);
pub const READY: Text = Text::new("✓ 可以发牌：按 Enter", "✓ Ready: press Enter to deal");
pub const ADD_TITLE: Text = Text::new(
    "添加参与者（姓名或桌号）",
    "Add a participant (name or table number)",
);
pub const ADD_HINT: Text = Text::new(
    "Enter 添加并继续 · 空白时 Enter 或 Esc 结束",
    "Enter adds and goes on · Enter on empty or Esc closes",
);
pub const SEED_TITLE: Text = Text::new(
    "种子（数字，或场次码）",
    "Seed (a number, or a session code)",
);
pub const ADDED: Text = Text::new("已添加 {}", "Added {}");
pub const REMOVED: Text = Text::new("已移除 {}", "Removed {}");
pub const BAD_SEED: Text = Text::new(
    "“{}” 不是数字，也不是场次码",
    "`{}` is neither a number nor a session code",
);
pub const SEED_SET: Text = Text::new(
    "种子 {seed} · 场次码 {code}",
    "Seed {seed} · session code {code}",
);
pub const DEALT: Text = Text::new(
    "已发牌：每人 {} 张。轮到第一位。",
    "Dealt {} cards each. The first participant has the floor.",
);

// Table.
pub const HAS_FLOOR: Text = Text::new("▶ 发言中", "▶ speaking");
pub const PLEDGED_MARK: Text = Text::new("✓ 已承诺", "✓ pledged");
pub const SHOE: Text = Text::new(
    "牌堆余 {shoe} 张 · 弃牌 {discards} 张",
    "{shoe} cards in the shoe · {discards} discarded",
);
pub const RESHUFFLES: Text = Text::new(
    "弃牌已洗回牌堆 {} 次",
    "discards reshuffled into the shoe {} times",
);
pub const RESHUFFLED: Text = Text::new(
    "牌堆用完了：弃牌已洗回牌堆。",
    "The shoe ran out: the discards were shuffled back in.",
);
pub const REDEALT: Text = Text::new("已重新发牌。", "New hands dealt.");
pub const PLEDGE_COUNT: Text = Text::new("承诺 {pledged}/{people}", "pledges {pledged}/{people}");

// Spotlight.
pub const CARD_OF: Text = Text::new("第 {n}/{count} 张", "card {n}/{count}");
pub const SELECTED: Text = Text::new("▲ 选中", "▲ selected");
pub const SWAP_FREE: Text = Text::new("换牌：本轮可换一次", "swap: one this turn");
pub const SWAP_USED: Text = Text::new("换牌：本轮已用", "swap: used this turn");
pub const SWAPPED: Text = Text::new(
    "{name} 换掉了 {out}，换来 {dealt}",
    "{name} swapped {out} for {dealt}",
);
pub const TIMER_STOPPED: Text = Text::new("计时暂停", "timer paused");
pub const TIMER_RUNNING: Text = Text::new("计时中", "timer running");
pub const TIMES_UP: Text = Text::new("时间到！", "Time's up!");
pub const TURN_OF: Text = Text::new("第 {n}/{count} 位", "{n} of {count}");
pub const PLEDGE_SHOWN: Text = Text::new("承诺：{}", "Pledge: {}");
pub const NO_PLEDGE_YET: Text = Text::new("还没有承诺", "no pledge yet");
pub const WITHDRAWN: Text = Text::new("已撤回 {} 的承诺", "Withdrew {}'s pledge");
pub const NOTHING_TO_WITHDRAW: Text =
    Text::new("{} 还没有承诺，无可撤回", "{} has no pledge to withdraw");
pub const NO_JOKER: Text = Text::new(
    "这副牌没有大小王，不能写自己的小事",
    "This deck has no joker to carry one's own words",
);
pub const NO_CARD: Text = Text::new("这手牌是空的", "This hand is empty");

// Pledge overlay.
pub const PLEDGE_TITLE: Text = Text::new("{} 的承诺", "{}'s pledge");
pub const FIELD_CARD: Text = Text::new("牌", "Card");
pub const FIELD_WORDS: Text = Text::new("自己的小事", "Own words");
pub const FIELD_BY: Text = Text::new("完成日期", "By when");
pub const FIELD_NOTE: Text = Text::new("备注", "Note");
pub const BY_FORMAT: Text = Text::new("可不填；格式 YYYY-MM-DD", "optional; YYYY-MM-DD");
pub const BAD_DATE: Text = Text::new(
    "“{}” 不是日期：请写成 YYYY-MM-DD，例如 2026-12-01",
    "`{}` is not a date: write it as YYYY-MM-DD, e.g. 2026-12-01",
);
pub const REPLACES: Text = Text::new(
    "会替换已有的承诺：{}",
    "replaces the pledge already made: {}",
);

// Summary.
pub const ENDED_AT: Text = Text::new("结束于 {}", "ended {}");
pub const NO_PLEDGES: Text = Text::new("这场没有人承诺。", "Nobody pledged in this session.");
pub const NEXT_STEPS: Text = Text::new("之后", "Next");
pub const CMD_REPORT: Text = Text::new(
    "承诺公告（PDF，打印贴在楼道公告栏）",
    "the pledge notice (PDF, to print for the stairwell board)",
);
pub const CMD_REPORT_MD: Text = Text::new("报告（Markdown）", "report (Markdown)");
pub const CMD_EXPORT: Text = Text::new(
    "每人的承诺文件（导入打卡日记）",
    "each pledge as a file for the participant's journal",
);
pub const CMD_RESUME: Text = Text::new("再打开这个总结", "open this summary again");
pub const SESSION_ID: Text = Text::new("工作坊编号", "Session");
pub const ENDED: Text = Text::new(
    "工作坊已结束并保存。",
    "The session has ended and is saved.",
);

// Confirmations.
pub const CONFIRM_REDEAL: Text = Text::new(
    "给所有人重新发牌？（已做的承诺保留）",
    "Deal new hands to everyone? (pledges stay)",
);
pub const CONFIRM_END: Text = Text::new(
    "结束这场工作坊？结束后不能再改。",
    "End the session? It cannot change after that.",
);
