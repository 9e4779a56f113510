//! Strings of the workshop's command line and reports.

crate::strings! {
    DEAL_HEADER {
        zh: "种子 {seed} · 场次码 {code} · 花色：{piles}",
        en: "Seed {seed} · session code {code} · suits: {piles}",
    }
    ALL_SUITS { zh: "全部花色和大小王", en: "all suits and the jokers" }
    SAVED_AS {
        zh: "已保存为工作坊 {}（xiaoshi workshop resume 继续）",
        en: "saved as session {} (continue with `xiaoshi workshop resume`)",
    }
    NO_SESSIONS {
        zh: "还没有工作坊。`xiaoshi workshop` 开始一场。",
        en: "No workshop sessions yet. `xiaoshi workshop` starts one.",
    }
    UNREADABLE { zh: "无法读取", en: "cannot be read" }
    /// A participant named by a session code's seat number.
    SEAT { zh: "{}号", en: "Seat {}" }
    ENDED_NOW {
        zh: "工作坊 {} 已结束：之后只能看，不能改（xiaoshi workshop reopen 可以重新打开）",
        en: "session {} has ended: it is read-only now (`xiaoshi workshop reopen` opens it again)",
    }
    REOPENED {
        zh: "已重新打开工作坊 {}：可以再改了（xiaoshi workshop resume 继续）",
        en: "reopened session {}: it can change again (continue with `xiaoshi workshop resume`)",
    }
    NO_TERMINAL {
        zh: "（不是终端：以上是工作坊 {} 的现状；在终端里运行即可继续）",
        en: "(not a terminal: above is where session {} stands; run this in a terminal to continue it)",
    }
    PLEDGED { zh: "{name} 承诺：{card}{by}", en: "{name} pledged: {card}{by}" }
    BY { zh: "，{} 前完成", en: ", by {}" }
    REPLACED { zh: "替换了之前的承诺：{}", en: "replaces the earlier pledge: {}" }
    NOTE_KEPT { zh: "；备注保留：{}", en: "; note kept: {}" }
    NOTE_WAS { zh: "；之前的备注是：{}", en: "; the note was: {}" }
    NOT_PLEDGED { zh: "还没有承诺（没有写文件）：{}", en: "no pledge yet (no file written): {}" }
    PLEDGE_EXPORTED {
        zh: "已写出 {name} 的承诺：{file}\n请 {name} 运行：xiaoshi journal import {file}",
        en: "wrote {name}'s pledge to {file}\n{name} imports it with: xiaoshi journal import {file}",
    }
    // Reports.
    REPORT_TITLE { zh: "社区小事 · 工作坊 {}", en: "Community Small Things workshop · {}" }
    LABEL_CODE { zh: "场次码", en: "Session code" }
    LABEL_SEED { zh: "种子", en: "Seed" }
    LABEL_DECK { zh: "牌组", en: "Deck" }
    LABEL_HAND { zh: "每人张数", en: "Cards each" }
    LABEL_SUITS { zh: "花色", en: "Suits" }
    LABEL_MINUTES { zh: "每轮分钟", en: "Minutes a turn" }
    LABEL_STATUS { zh: "状态", en: "Status" }
    STATUS_SETUP { zh: "准备中", en: "being set up" }
    STATUS_TURNS { zh: "进行中", en: "in progress" }
    STATUS_ENDED { zh: "已结束 {}", en: "ended {}" }
    PARTICIPANTS { zh: "参与者", en: "Participants" }
    PLEDGES_BY_SUIT { zh: "按花色的承诺", en: "Pledges by suit" }
    COL_NAME { zh: "姓名", en: "Name" }
    COL_HAND { zh: "手牌", en: "Hand" }
    COL_PLEDGE { zh: "承诺", en: "Pledge" }
    COL_BY { zh: "完成日期", en: "By" }
    COL_NOTE { zh: "备注", en: "Note" }
    NO_PLEDGE { zh: "（未承诺）", en: "(no pledge)" }
    NO_PLEDGES { zh: "还没有人承诺。", en: "No pledges yet." }
    PLEDGE_COUNT { zh: "{pledged}/{count} 人已承诺", en: "{pledged} of {count} pledged" }
    /// The pledge notice (`workshop report --format pdf`, and the HTML page).
    NOTICE_TITLE { zh: "我们的邻里承诺", en: "Our neighbourly pledges" }
    /// The notice's subtitle, in three parts, each kept on one line.
    NOTICE_WHEN { zh: "{} 工作坊", en: "Workshop of {}" }
    NOTICE_PEOPLE { zh: "{} 位邻居参加", en: "{} neighbours" }
    NOTICE_PLEDGED { zh: "{} 个承诺", en: "{} pledges" }
    BY_DATE { zh: "{}前完成", en: "by {}" }
    HELD { zh: "时间", en: "When" }
    PRINT_FOOTER {
        zh: "每天一件邻里小事 · 21天打卡 · xiaoshi",
        en: "One small neighbourly act a day · the 21-day check-in · xiaoshi",
    }
    /// The 承诺卡 sheet (`workshop report --format cards`).
    CARDS_TITLE { zh: "承诺卡", en: "Pledge cards" }
    CARDS_HEADING { zh: "我的承诺", en: "My pledge" }
    CARDS_DONE { zh: "做到了就打个勾", en: "tick when done" }
    CARDS_BY_BLANK { zh: "完成日期：________", en: "By: ________" }
    /// The pledges for the group chat (`workshop report --format wechat`).
    WECHAT_HEADING { zh: "【{} 社区小事工作坊 · 我们的承诺】", en: "[Our pledges · Community Small Things workshop, {}]" }
    WECHAT_CARD { zh: "{card}「{title}」", en: "{card}: {title}" }
    WECHAT_OWN { zh: "自己的小事「{}」", en: "in their own words: {}" }
    WECHAT_BY { zh: "，{}前完成", en: ", by {}" }
}
