//! Strings of the facilitator's TUI (`xiaoshi workshop`).

crate::strings! {
    // Screens.
    SCREEN_SETUP { zh: "准备", en: "Setup" }
    SCREEN_TABLE { zh: "全桌手牌", en: "Table" }
    SCREEN_SPOTLIGHT { zh: "轮到发言", en: "Spotlight" }
    SCREEN_SUMMARY { zh: "总结", en: "Summary" }
    WORKSHOP { zh: "工作坊", en: "workshop" }
    // Setup.
    PARTICIPANTS_COUNT { zh: "参与者（{}）", en: "Participants ({})" }
    NO_PARTICIPANTS {
        zh: "还没有参与者：按 a 添加姓名或桌号。",
        en: "No participants yet: press a to add a name or a table number.",
    }
    SETTINGS { zh: "设置", en: "Settings" }
    SET_HAND { zh: "每人张数", en: "Cards each" }
    SET_MINUTES { zh: "每轮分钟", en: "Minutes a turn" }
    SET_SUITS { zh: "参与的花色", en: "Suits in play" }
    SET_SEED { zh: "种子", en: "Seed" }
    SET_CODE { zh: "场次码", en: "Session code" }
    IN_PLAY { zh: "[✓] 在用", en: "[✓] in play" }
    OUT_OF_PLAY { zh: "[ ] 不用", en: "[ ] left out" }
    CARDS_IN_PLAY { zh: "在用的牌 {pool} 张，发 {asked} 张", en: "{pool} cards in play, {asked} to deal" }
    READY { zh: "✓ 可以发牌：按 Enter", en: "✓ Ready: press Enter to deal" }
    ADD_TITLE { zh: "添加参与者（姓名或桌号）", en: "Add a participant (name or table number)" }
    ADD_HINT {
        zh: "Enter 添加并继续 · 空白时 Enter 或 Esc 结束",
        en: "Enter adds and goes on · Enter on empty or Esc closes",
    }
    SEED_TITLE { zh: "种子（数字，或场次码）", en: "Seed (a number, or a session code)" }
    ADDED { zh: "已添加 {}", en: "Added {}" }
    REMOVED { zh: "已移除 {}", en: "Removed {}" }
    SEED_SET { zh: "种子 {seed} · 场次码 {code}", en: "Seed {seed} · session code {code}" }
    DEALT {
        zh: "已发牌：每人 {} 张。轮到第一位。",
        en: "Dealt {} cards each. The first participant has the floor.",
    }
    // Table.
    HAS_FLOOR { zh: "▶ 发言中", en: "▶ speaking" }
    PLEDGED_MARK { zh: "✓ 已承诺", en: "✓ pledged" }
    SHOE {
        zh: "牌堆余 {shoe} 张 · 弃牌 {discards} 张",
        en: "{shoe} cards in the shoe · {discards} discarded",
    }
    RESHUFFLES { zh: "弃牌已洗回牌堆 {} 次", en: "discards reshuffled into the shoe {} times" }
    RESHUFFLED {
        zh: "牌堆用完了：弃牌已洗回牌堆。",
        en: "The shoe ran out: the discards were shuffled back in.",
    }
    REDEALT { zh: "已重新发牌。", en: "New hands dealt." }
    PLEDGE_COUNT { zh: "承诺 {pledged}/{people}", en: "pledges {pledged}/{people}" }
    // Spotlight.
    CARD_OF { zh: "第 {n}/{count} 张", en: "card {n}/{count}" }
    SELECTED { zh: "▲ 选中", en: "▲ selected" }
    SWAP_FREE { zh: "换牌：这次发牌可换一张", en: "swap: one left this deal" }
    SWAP_USED { zh: "换牌：这次发牌已换过", en: "swap: used this deal" }
    SWAPPED { zh: "{name} 换掉了 {out}，换来 {dealt}", en: "{name} swapped {out} for {dealt}" }
    TIMER_STOPPED { zh: "计时暂停", en: "timer paused" }
    TIMER_RUNNING { zh: "计时中", en: "timer running" }
    OVERTIME { zh: "超时", en: "Overtime" }
    TURN_OF { zh: "第 {n}/{count} 位", en: "{n} of {count}" }
    PLEDGE_SHOWN { zh: "承诺：{}", en: "Pledge: {}" }
    NO_PLEDGE_YET { zh: "还没有承诺", en: "no pledge yet" }
    WITHDRAWN { zh: "已撤回 {} 的承诺", en: "Withdrew {}'s pledge" }
    NOTHING_TO_WITHDRAW { zh: "{} 还没有承诺，无可撤回", en: "{} has no pledge to withdraw" }
    NO_JOKER { zh: "这副牌没有大小王，不能写自己的小事", en: "This deck has no joker to carry one's own words" }
    NO_CARD { zh: "这手牌是空的", en: "This hand is empty" }
    // Pledge overlay.
    PLEDGE_TITLE { zh: "{} 的承诺", en: "{}'s pledge" }
    FIELD_CARD { zh: "牌", en: "Card" }
    FIELD_WORDS { zh: "自己的小事", en: "Own words" }
    FIELD_BY { zh: "完成日期", en: "By when" }
    FIELD_NOTE { zh: "备注", en: "Note" }
    BY_FORMAT { zh: "可不填；例如 2026-12-20 或 12月20日", en: "optional; such as 2026-12-20 or 2026/12/20" }
    REPLACES { zh: "会替换已有的承诺：{}", en: "replaces the pledge already made: {}" }
    // Another screen drives the session; the bright-room theme.
    READ_ONLY_BANNER { zh: "只读：另一个窗口正在带这场工作坊", en: "read-only: another screen is running this session" }
    READ_ONLY {
        zh: "这场工作坊在另一个窗口里打开着，这里只能看，不能改（关掉那个窗口后再打开这里）",
        en: "this session is open on another screen: here it can only be watched (close that one, then open this again)",
    }
    NO_COLOUR_THEME { zh: "没有颜色（NO_COLOR 或 --no-color）时没有亮色主题", en: "without colour (NO_COLOR or --no-color) there is no bright theme" }
    // Summary.
    NOT_PLEDGED_YET { zh: "还没有承诺（{count}）", en: "Not pledged yet ({count})" }
    EVERYONE_PLEDGED { zh: "每个人都承诺了。", en: "Everyone has pledged." }
    PAPERS { zh: "写出文件", en: "Papers" }
    PAPERS_FOLDER { zh: "文件夹：{}", en: "Folder: {}" }
    FOLDER_TITLE { zh: "写到哪个文件夹", en: "Folder to write into" }
    FOLDER_SET { zh: "之后写到：{}", en: "Papers now go to {}" }
    WROTE { zh: "已写出 {count} 个文件到 {folder}", en: "Wrote {count} files to {folder}" }
    ENDED_AT { zh: "结束于 {}", en: "ended {}" }
    NO_PLEDGES { zh: "这场没有人承诺。", en: "Nobody pledged in this session." }
    SESSION_ID { zh: "工作坊编号", en: "Session" }
    ENDED { zh: "工作坊已结束并保存。", en: "The session has ended and is saved." }
    // Confirmations.
    CONFIRM_REDEAL { zh: "给所有人重新发牌？（已做的承诺保留）", en: "Deal new hands to everyone? (pledges stay)" }
    CONFIRM_END {
        zh: "结束这场工作坊？结束后只能看，不能改（xiaoshi workshop reopen 可以重新打开）。",
        en: "End the session? It is read-only after that (`xiaoshi workshop reopen` opens it again).",
    }

    // Why a setup cannot be dealt (`workshop::SetupError`).
    NO_PARTICIPANTS_ERROR { zh: "还没有参与者", en: "there are no participants" }
    NO_PARTICIPANTS_HINT {
        zh: "至少添加一个名字（或桌号）",
        en: "add at least one name (or a table number)",
    }
    BLANK_NAME { zh: "第 {position} 位参与者的名字是空的", en: "participant {position} has an empty name" }
    DUPLICATE_NAME { zh: "“{name}” 在名单里出现了两次", en: "`{name}` is in the list twice" }
    DUPLICATE_NAME_HINT { zh: "区分一下，例如 “{name} 2”", en: "tell them apart, e.g. `{name} 2`" }
    NAME_TOO_LONG {
        zh: "“{name}” 太长，屏幕放不下：最多 {max} 列（一个汉字占 2 列）",
        en: "`{name}` is too long for the screen: at most {max} columns (a Chinese character takes 2)",
    }
    NAME_TOO_LONG_HINT {
        zh: "如果这是几个名字，用逗号、顿号或分号隔开：王阿姨，李叔叔、小明",
        en: "if these are several names, separate them with commas: 王阿姨, 李叔叔, 小明",
    }
    TOO_MANY_PARTICIPANTS {
        zh: "{count} 位参与者超过了一场的上限（{max} 位）",
        en: "{count} participants is more than one session takes ({max})",
    }
    HAND_OUT_OF_RANGE { zh: "每人 {hand} 张超出范围：1 到 5", en: "a hand of {hand} cards is out of range: 1 to 5" }
    MINUTES_OUT_OF_RANGE {
        zh: "每轮 {minutes} 分钟超出范围：1 到 60",
        en: "{minutes} minutes per turn is out of range: 1 to 60",
    }
    NO_PILES { zh: "没有选任何花色", en: "no suits are in play" }
    NO_PILES_HINT {
        zh: "至少选一种：红桃、黑桃、梅花、方块、大小王",
        en: "choose at least one of hearts, spades, clubs, diamonds, joker",
    }
    NOT_ENOUGH_CARDS {
        zh: "{participants} 人 × 每人 {hand} 张 = {asked} 张，但在用的牌只有 {pool} 张",
        en: "{participants} participants × {hand} cards = {asked} cards, but the cards in play hold {pool}",
    }
    FEWER_CARDS {
        zh: "每人最多发 {most} 张，或者多选几种花色",
        en: "deal at most {most} cards each, or put more suits in play",
    }
    SEATS_DIFFER {
        zh: "场次码 {code} 是给 {seats} 位参与者的，这里有 {participants} 位",
        en: "the session code {code} is for {seats} participants; there are {participants} here",
    }
    SEATS_DIFFER_HINT {
        zh: "同一个场次码要同样的人数（{seats} 位）才会发出同样的牌",
        en: "a code deals the same hands only to as many participants ({seats})",
    }
    FEWER_CARDS_ONE { zh: "每人发 1 张，或者多选几种花色", en: "deal 1 card each, or put more suits in play" }
    FEWER_CARDS_NONE {
        zh: "多选几种花色，或者按桌发牌而不是按人",
        en: "put more suits in play, or deal to tables instead of people",
    }

    // Why a card cannot be dealt (`workshop::DealError`).
    NO_CARD_LEFT {
        zh: "没有牌可发了：在用的牌都在大家手里",
        en: "no card is left to deal: every card in play is in someone's hand",
    }
    NO_PARTICIPANT_AT { zh: "没有第 {n} 位参与者", en: "there is no participant {n}" }
    NO_CARD_AT { zh: "手牌里没有第 {slot} 张", en: "there is no card {slot} in the hand" }

    // Why a change to a session is refused (`workshop::WorkshopError`).
    NOT_DEALT { zh: "还没有发牌", en: "the cards are not dealt yet" }
    ALREADY_DEALT {
        zh: "已经发过牌了，设置不能再改",
        en: "the cards are dealt already; the setup can no longer change",
    }
    SESSION_ENDED { zh: "这场工作坊已经结束了，不能再改", en: "the session has ended and can no longer change" }
    SESSION_ENDED_HINT {
        zh: "确实要改的话，先重新打开：xiaoshi workshop reopen 场次",
        en: "to change it after all, reopen it first: xiaoshi workshop reopen SESSION",
    }
    NOT_ENDED { zh: "这场工作坊还没有结束，不用重新打开", en: "the session has not ended: there is nothing to reopen" }
    ALREADY_SWAPPED {
        zh: "{name}这次发牌已经换过一张了（每人每次发牌换一张）",
        en: "{name} has already swapped a card in this deal (one swap each per deal)",
    }
    PLEDGED_CARD {
        zh: "{name}已经用 “{card}” 承诺了，这张牌留在手里",
        en: "{name} has pledged `{card}`: it stays in the hand",
    }
    PLEDGED_CARD_HINT {
        zh: "要换这张，先按 w 撤回承诺",
        en: "to swap it, withdraw the pledge first (w)",
    }
    HAS_PLEDGE { zh: "{name}已经承诺了，不能从名单里移除", en: "{name} has pledged and cannot be taken off the list" }
    HAS_PLEDGE_HINT { zh: "先撤回这个承诺", en: "withdraw the pledge first" }
    LOVE_DAY_JOKER {
        zh: "红王牌是爱邻日（每月 20 日）的牌；这场工作坊在 {date}",
        en: "the red joker is the 爱邻日 card, for the 20th of the month; this session is on {date}",
    }
    LOVE_DAY_JOKER_HINT {
        zh: "用自己的话承诺，请用黑王牌（自选）：joker-black",
        en: "for one's own words, use the free-choice joker: joker-black",
    }
    UNKNOWN_PARTICIPANT { zh: "没有叫 “{name}” 的参与者", en: "there is no participant `{name}`" }
    PARTICIPANTS_ARE { zh: "参与者是：{names}", en: "the participants are {names}" }
    NOT_IN_HAND {
        zh: "{name}的手牌里没有 “{card}”（手牌是 {hand}）",
        en: "`{card}` is not in {name}'s hand ({hand})",
    }
    JOKER_NEEDS_WORDS {
        zh: "用大小王承诺，需要写下自己的小事",
        en: "a joker pledge needs the participant's own words",
    }
    WORDS_NEED_A_JOKER {
        zh: "“自己的小事”只配大小王；手牌里的牌请写在备注里",
        en: "own words go with a joker; for a card from the hand, write a note",
    }
    BY_BEFORE_SESSION {
        zh: "日期 {by} 在工作坊（{date}）之前",
        en: "the date {by} is before the session ({date})",
    }
    DAY_BEFORE_SESSION {
        zh: "{day} 在工作坊（{date}）之前：承诺的牌只能放在工作坊当天或之后",
        en: "{day} is before the session ({date}): a pledged card can only be for the session's day or later",
    }
    TOO_LONG {
        zh: "文字太长：最多 {max} 列（一个汉字占 2 列）",
        en: "the text is too long: at most {max} columns (a Chinese character takes 2)",
    }
    NO_PLEDGES_YET { zh: "这场还没有人承诺，没有可以写出的东西", en: "nobody has pledged yet: there is nothing to write" }
    NO_PLEDGES_YET_HINT {
        zh: "先记录承诺：xiaoshi workshop pledge 场次 名字 牌",
        en: "record pledges first: xiaoshi workshop pledge SESSION NAME CARD",
    }
    NO_PLEDGE_ERROR { zh: "{name}还没有承诺", en: "{name} has not pledged a card yet" }
    UNKNOWN_CARD { zh: "这场工作坊的牌组里没有 “{card}”", en: "there is no card `{card}` in the session's deck" }

    // Session files (`workshop::SessionError`).
    SESSION_IO { zh: "无法使用工作坊文件 {path}：{reason}", en: "cannot use the session file {path}: {reason}" }
    SESSION_TOO_LARGE {
        zh: "{path} 有 {size} 字节，超过工作坊文件的上限（{limit} 字节）",
        en: "{path} is {size} bytes, larger than a session file can be ({limit} bytes)",
    }
    SESSION_CORRUPT {
        zh: "工作坊文件无法解析：{problem}",
        en: "the session file does not parse: {problem}",
    }
    SESSION_HANDS {
        zh: "手牌的份数和参与者人数对不上",
        en: "the table has a different number of hands than participants",
    }
    SESSION_NO_TABLE { zh: "正在进行，却没有发过牌", en: "the phase is `Turns` but there is no table" }
    SESSION_SPOTLIGHT {
        zh: "正在发言的人不在参与者里",
        en: "the spotlight is on a participant who is not there",
    }
    SESSION_NEWER {
        zh: "{path} 是更新版本的 xiaoshi 写的（工作坊文件第 {version} 版；这个 xiaoshi 最多读第 {max} 版）",
        en: "{path} was written by a newer xiaoshi (session version {version}; this one reads {max})",
    }
    SESSION_NOT_FOUND { zh: "没有叫 “{name}” 的工作坊", en: "there is no workshop session `{name}`" }
    SESSION_LIST_HINT { zh: "`xiaoshi workshop list` 列出所有工作坊", en: "`xiaoshi workshop list` shows them" }
    SESSION_AMBIGUOUS { zh: "“{name}” 可能是 {matches} 中的任何一个", en: "`{name}` could be any of {matches}" }
    SESSION_AMBIGUOUS_HINT { zh: "多写几个字，把工作坊的名字写全一些", en: "give more of the session's name" }
    NO_SESSIONS { zh: "还没有工作坊", en: "there are no workshop sessions yet" }
    CODE_TAKEN {
        zh: "场次码 {code} 今天已经是工作坊 {id} 的了（同一天的场次码不重复）",
        en: "the session code {code} is already today's session {id} (codes are unique per day)",
    }
    CODE_TAKEN_HINT {
        zh: "继续那一场：xiaoshi workshop resume {id}；或者换一个种子",
        en: "continue that one with `xiaoshi workshop resume {id}`, or choose another seed",
    }
    NO_SESSIONS_HINT { zh: "`xiaoshi workshop` 开始一场", en: "`xiaoshi workshop` starts one" }
}
