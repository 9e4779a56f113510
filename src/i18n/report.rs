//! Strings of the workshop's command line and reports.

use super::Text;

pub const DEAL_HEADER: Text = Text::new(
    "种子 {seed} · 场次码 {code} · 花色：{piles}",
    "Seed {seed} · session code {code} · suits: {piles}",
);
pub const ALL_SUITS: Text = Text::new("全部花色和大小王", "all suits and the jokers");
pub const SAVED_AS: Text = Text::new(
    "已保存为工作坊 {}（xiaoshi workshop resume 继续）",
    "saved as session {} (continue with `xiaoshi workshop resume`)",
);
pub const NO_SESSIONS: Text = Text::new(
    "还没有工作坊。`xiaoshi workshop` 开始一场。",
    "No workshop sessions yet. `xiaoshi workshop` starts one.",
);
pub const UNREADABLE: Text = Text::new("无法读取", "cannot be read");
pub const NO_TERMINAL: Text = Text::new(
    "（不是终端：以上是工作坊 {} 的现状；在终端里运行即可继续）",
    "(not a terminal: above is where session {} stands; run this in a terminal to continue it)",
);
pub const PLEDGED: Text = Text::new("{name} 承诺：{card}{by}", "{name} pledged: {card}{by}");
pub const BY: Text = Text::new("，{} 前完成", ", by {}");
pub const PLEDGE_EXPORTED: Text = Text::new(
    "已写出 {name} 的承诺：{file}\n请 {name} 运行：xiaoshi journal import {file}",
    "wrote {name}'s pledge to {file}\n{name} imports it with: xiaoshi journal import {file}",
);

// Reports.
pub const REPORT_TITLE: Text = Text::new(
    "社区小事 · 工作坊 {}",
    "Community Small Things workshop · {}",
);
pub const LABEL_CODE: Text = Text::new("场次码", "Session code");
pub const LABEL_SEED: Text = Text::new("种子", "Seed");
pub const LABEL_DECK: Text = Text::new("牌组", "Deck");
pub const LABEL_HAND: Text = Text::new("每人张数", "Cards each");
pub const LABEL_SUITS: Text = Text::new("花色", "Suits");
pub const LABEL_MINUTES: Text = Text::new("每轮分钟", "Minutes a turn");
pub const LABEL_STATUS: Text = Text::new("状态", "Status");
pub const STATUS_SETUP: Text = Text::new("准备中", "being set up");
pub const STATUS_TURNS: Text = Text::new("进行中", "in progress");
pub const STATUS_ENDED: Text = Text::new("已结束 {}", "ended {}");
pub const PARTICIPANTS: Text = Text::new("参与者", "Participants");
pub const PLEDGES_BY_SUIT: Text = Text::new("按花色的承诺", "Pledges by suit");
pub const COL_NAME: Text = Text::new("姓名", "Name");
pub const COL_HAND: Text = Text::new("手牌", "Hand");
pub const COL_PLEDGE: Text = Text::new("承诺", "Pledge");
pub const COL_BY: Text = Text::new("完成日期", "By");
pub const COL_NOTE: Text = Text::new("备注", "Note");
pub const NO_PLEDGE: Text = Text::new("（未承诺）", "(no pledge)");
pub const NO_PLEDGES: Text = Text::new("还没有人承诺。", "No pledges yet.");
pub const PLEDGE_COUNT: Text =
    Text::new("{pledged}/{count} 人已承诺", "{pledged} of {count} pledged");
/// The pledge notice (`workshop report --format pdf`, and the HTML page).
pub const NOTICE_TITLE: Text = Text::new("我们的邻里承诺", "Our neighbourly pledges");
/// The notice's subtitle, in three parts, each kept on one line.
pub const NOTICE_WHEN: Text = Text::new("{} 工作坊", "Workshop of {}");
pub const NOTICE_PEOPLE: Text = Text::new("{} 位邻居参加", "{} neighbours");
pub const NOTICE_PLEDGED: Text = Text::new("{} 个承诺", "{} pledges");
pub const BY_DATE: Text = Text::new("{}前完成", "by {}");
pub const HELD: Text = Text::new("时间", "When");
pub const PRINT_FOOTER: Text = Text::new(
    "每天一件邻里小事 · 21天打卡 · xiaoshi",
    "One small neighbourly act a day · the 21-day check-in · xiaoshi",
);
