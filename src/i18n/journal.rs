//! What is said when the resident's journal, an action on it, or an import
//! cannot be done.

crate::strings! {
    JOURNAL_IO { zh: "无法使用位于 {path} 的打卡日记：{reason}", en: "cannot use the journal at {path}: {reason}" }
    JOURNAL_CORRUPT {
        zh: "打卡日记文件无法解析：{problem}",
        en: "the journal file does not parse: {problem}",
    }
    JOURNAL_NEWER {
        zh: "{path} 是更新版本的 xiaoshi 写的（日记第 {version} 版；这个 xiaoshi 最多读第 {max} 版）",
        en: "{path} was written by a newer xiaoshi (journal version {version}; this one reads {max})",
    }

    // Refused actions (`journal::actions::ActionError`).
    ALREADY_REDRAWN {
        zh: "今天唯一一次换牌已经用过了（今天的牌是 {card}）",
        en: "today's one redraw is already used (today's card is {card})",
    }
    NOTHING_ELSE_TO_DRAW {
        zh: "牌组里没有别的牌可换：今天的牌还是 `{card}`，换牌机会没有用掉",
        en: "the deck has no other card to draw: today's card is still `{card}`, and the redraw is not used",
    }
    REDRAW_AFTER_CHECK_IN {
        zh: "今天已经打过卡了，不能再换牌",
        en: "today is already checked in, so the card cannot be redrawn",
    }
    REDRAW_AFTER_CHECK_IN_HINT {
        zh: "先撤销今天的打卡（xiaoshi undo，或在界面里按 u），再换牌",
        en: "undo today's check-in first (xiaoshi undo, or u on the screen), then redraw",
    }
    NO_BACKFILLS {
        zh: "这一轮的 {count} 次补卡已经用完了",
        en: "this round's {count} backfills (补卡) are used up",
    }
    NO_BACKFILLS_HINT { zh: "新的一轮又有 {count} 次", en: "a new round brings {count} more" }
    EMPTY_DECK { zh: "牌组里没有可以抽的牌", en: "the deck has no cards to draw from" }
    UNKNOWN_CARD { zh: "牌组里没有 `{id}` 这张牌", en: "the deck has no card `{id}`" }
    UNKNOWN_CARD_LIKE {
        zh: "是不是 `{like}`？牌可以写成 {forms}",
        en: "did you mean `{like}`? Write a card as {forms}",
    }
    UNKNOWN_CARD_HINT {
        zh: "牌可以写成 {forms}；xiaoshi deck list 列出每张牌的编号",
        en: "write a card as {forms}; xiaoshi deck list shows every card's id",
    }
    BACKFILL_NEEDS_CARD {
        zh: "{day} 那天没有抽牌：补卡要说明那天做的是哪张牌",
        en: "{day} had no card drawn: a backfill needs the card you did that day",
    }
    BACKFILL_NEEDS_CARD_HINT {
        zh: "按牌的阶梯，那天的牌是 {name}：xiaoshi done --yesterday --card {card}（做的是别的，就换成那张牌的编号，或用 --own \"做了什么\"）",
        en: "the ladder's card for that day is {name}: xiaoshi done --yesterday --card {card} (or name the card you did, or use --own \"what you did\")",
    }
    BACKFILL_BEFORE_ROUND {
        zh: "{day} 在第 {round} 轮开始之前：补卡只算在进行中的这一轮，上一轮已经结束了，不能补",
        en: "{day} is before round {round} began: a backfill only counts in the round in progress, and the round before has ended",
    }
    BACKFILL_BEFORE_ROUND_HINT {
        zh: "今天打卡就是新一轮的第 1 天：xiaoshi done",
        en: "today's check-in is the new round's first day: xiaoshi done",
    }
    BACKFILL_BEFORE_START {
        zh: "{day} 你还没开始打卡，也没有抽牌：没有要补的日子",
        en: "you had not begun by {day} (no check-in, no card drawn): there is no day to backfill",
    }
    NOTHING_TO_UNDO {
        zh: "今天（{day}）还没有打卡，没有可撤销的",
        en: "today ({day}) is not checked in: nothing to undo",
    }
    NO_BACKFILL_TO_UNDO {
        zh: "昨天（{day}）没有打卡，没有可撤销的补卡",
        en: "yesterday ({day}) is not checked in: no backfill to undo",
    }
    NOT_A_BACKFILL {
        zh: "{day} 是当天打的卡，不是补卡，不能第二天再撤销",
        en: "{day} was checked in on the day, not backfilled: it cannot be undone the day after",
    }
    NOT_A_BACKFILL_HINT {
        zh: "undo --yesterday 只撤销补错的卡；今天的打卡用 xiaoshi undo 撤销",
        en: "undo --yesterday only takes back a mistaken backfill; xiaoshi undo takes back today's check-in",
    }
    ROUND_UNFINISHED {
        zh: "第 {round} 轮还没完成（已打卡 {checked} 天）：新的一轮会让它提前结束",
        en: "round {round} is not finished ({checked} check-ins): a new round would end it early",
    }
    ROUND_UNFINISHED_HINT {
        zh: "确定要重新开始，就运行 xiaoshi round start --yes（提前结束的一轮留在历史里，连续天数不变）",
        en: "to start afresh anyway, run xiaoshi round start --yes (the round stays in history; the streak is kept)",
    }
    NO_BLACK_JOKER {
        zh: "这副牌没有黑王（joker-black），不能记“自己的小事”",
        en: "this deck has no black joker (joker-black) to credit your own words to",
    }
    NO_BLACK_JOKER_HINT {
        zh: "用 --card 记为牌组里的一张牌，或把你做的写进备注（--note）",
        en: "credit a card of the deck with --card, or write what you did in the note (--note)",
    }
    EMPTY_OWN_WORDS {
        zh: "--own 后面写上你做了什么，例如 --own \"帮楼上阿姨修了晾衣架\"",
        en: "write what you did after --own, e.g. --own \"fixed the clothes rack upstairs\"",
    }

    // `journal import` (`journal::transfer::ImportError`).
    IMPORT_EVENT { zh: "第 {n} 条记录：", en: "event {n}: " }
    IMPORT_LINE { zh: "第 {n} 行：", en: "line {n}: " }
    IMPORT_JSON { zh: "JSON 内容不是导出文件的格式{detail}", en: "not the JSON of an export{detail}" }
    IMPORT_CSV { zh: "这一行 CSV 无法读取{detail}", en: "this CSV row cannot be read{detail}" }
    IMPORT_NEWER {
        zh: "导出文件是第 {version} 版；这个 xiaoshi 最多读第 {max} 版（请更新 xiaoshi）",
        en: "the export is version {version}; this xiaoshi reads {max} (update xiaoshi)",
    }
    IMPORT_EMPTY { zh: "文件是空的", en: "the file is empty" }
    IMPORT_NEEDS { zh: "`{kind}` 记录需要 `{field}`", en: "a `{kind}` event needs a `{field}`" }
    IMPORT_UNKNOWN_KIND { zh: "不认识的记录类型 `{kind}`", en: "unknown event kind `{kind}`" }
    IMPORT_NO_ID { zh: "这条记录没有 id", en: "the event has no id" }
    IMPORT_NOT_YOURS {
        zh: "{path} 是{whose}的日记，是从另一台设备导出的：没有合并（合并了会把别人的打卡算进你的连续天数）",
        en: "{path} is {whose} journal, exported on another device: not merged (their check-ins would count as yours)",
    }
    IMPORT_WHOSE { zh: "“{name}”", en: "{name}'s" }
    IMPORT_WHOSE_UNNAMED { zh: "别人", en: "someone else's" }
    IMPORT_NOT_YOURS_HINT {
        zh: "如果这确实是你自己在另一台电脑上的日记，加上 --mine 再导入。带领人收集居民的导出用 xiaoshi group import。",
        en: "If it is your own journal from another machine, import it again with --mine. A leader gathering residents' exports uses `xiaoshi group import`.",
    }
    IMPORT_BAD_AUTHOR {
        zh: "导出文件写的设备编号读不出来",
        en: "the export's device id cannot be read",
    }
    IMPORT_HINT {
        zh: "导入的应是 `xiaoshi journal export` 生成的文件",
        en: "import takes a file made by `xiaoshi journal export`",
    }

    // A workshop pledge brought in by `journal import` (`journal::pledge`).
    PLEDGE_BEFORE_WORKSHOP {
        zh: "这个承诺要放在 {day}，在工作坊（{held}）之前：没有导入任何记录",
        en: "the pledge asks for {day}, before the workshop ({held}): nothing was imported",
    }
    PLEDGE_PAST_DUE {
        zh: "这个承诺要在 {by} 前完成，可是最早没抽牌的一天是 {first}：没有导入任何记录",
        en: "the pledge is due by {by}, but the first day not yet drawn is {first}: nothing was imported",
    }
    PLEDGE_PAST_DUE_HINT {
        zh: "请带领人改一下完成日期再导出（xiaoshi workshop pledge … --by 日期）",
        en: "ask the facilitator for a later by-when date (xiaoshi workshop pledge … --by DATE) and export again",
    }
    PLEDGE_ALREADY_DONE {
        zh: "这个工作坊的承诺 {day} 已经完成打卡了：没有导入任何记录",
        en: "this workshop's pledge was already done on {day}: nothing was imported",
    }
    PLEDGE_PLACED {
        zh: "工作坊 {held} 承诺的牌（{card}）是 {day} 的牌。",
        en: "The card pledged at the workshop of {held} ({card}) is your card for {day}.",
    }
    PLEDGE_PASSED {
        zh: "{days} 已经抽过牌或打过卡，没有改动。",
        en: "{days}: already drawn or checked in, left as they were.",
    }
    /// `status`: today's card is a workshop pledge.
    PLEDGE_TODAY { zh: "你在 {held} 工作坊承诺的：{thing}", en: "You pledged this at the workshop of {held}: {thing}" }
    PLEDGE_BY { zh: "，{by} 前完成", en: ", by {by}" }
    PLEDGE_NOTE { zh: "（{note}）", en: " ({note})" }
}
