//! Words of the two TUIs' key tables (`tui/bindings.rs`): the short
//! label a key has in the footer (`KEY_*`), the sentence it has on the `?`
//! help screen (`HELP_*`) and the help's section titles (`TITLE_*`). The
//! tables themselves are in `tui/keys.rs` and `tui/workshop/keys.rs`; the
//! bindings both TUIs share come first here, as they do there.
//!
//! No ambiguous-width characters (`–`, `·`, `…`): the help's columns must
//! line up in a terminal that draws them two columns wide.

crate::strings! {
    // Shared by both TUIs.
    OTHER_KEYS { zh: "其他键", en: "other keys" }
    TITLE_CONFIRM { zh: "确认时", en: "When asked to confirm" }
    KEY_LANG { zh: "English", en: "中文" }
    HELP_LANG { zh: "切换中文 / English", en: "switch 中文 / English" }
    KEY_HELP { zh: "帮助", en: "help" }
    HELP_HELP { zh: "按键说明（就是这一页）", en: "these keys" }
    KEY_QUIT { zh: "退出", en: "quit" }
    HELP_QUIT { zh: "退出（一切都已随时保存）", en: "quit (everything is already saved)" }
    HELP_CTRL_C { zh: "随时退出，输入文字时也可以", en: "quit at any time, even while typing" }
    KEY_YES { zh: "确定", en: "yes" }
    HELP_YES { zh: "确定，照问的做", en: "yes: do what was asked" }
    KEY_NO { zh: "取消", en: "no" }
    HELP_NO {
        zh: "取消，什么都不变（Enter 也是取消；q 只关掉提问，不退出）",
        en: "no: nothing changes (Enter means no; q closes the question, it does not quit)",
    }
    KEY_DONE { zh: "完成", en: "done" }
    HELP_DONE { zh: "输入完成（保存、搜索或添加）", en: "done typing (save, search or add)" }
    KEY_CANCEL { zh: "取消", en: "cancel" }
    HELP_CANCEL { zh: "取消，关掉输入框", en: "cancel: close the field" }
    HELP_CURSOR { zh: "移动光标", en: "move the cursor" }
    HELP_START_END { zh: "光标到开头 / 结尾", en: "cursor to the start / end" }
    HELP_DELETE { zh: "删除光标前 / 后的字", en: "delete before / after the cursor" }
    HELP_CLEAR { zh: "清空", en: "clear the field" }
    HELP_TYPE { zh: "输入文字（输入法和粘贴都可以）", en: "type text (input methods and paste work)" }
    // The resident's TUI.
    TITLE_HOME { zh: "今日页", en: "Today screen" }
    TITLE_DECK { zh: "牌组页", en: "Deck screen" }
    TITLE_LISTS { zh: "历史、规则、帮助页", en: "History, Why, Help" }
    TITLE_TYPING { zh: "输入备注、自己的小事或搜索时", en: "Typing a note, your own small thing or a search" }
    TITLE_EVERYWHERE { zh: "任何页面", en: "Everywhere" }
    KEY_CHECK_IN { zh: "打卡", en: "check in" }
    HELP_CHECK_IN { zh: "打卡（今天的小事做好了）", en: "check in: today's small thing is done" }
    KEY_NOTE { zh: "备注", en: "note" }
    HELP_NOTE { zh: "写备注（可以用输入法打中文，也可以粘贴）", en: "write a note (input methods and paste work)" }
    KEY_UNDO { zh: "撤销", en: "undo" }
    HELP_UNDO { zh: "撤销今天的打卡（会先确认）", en: "undo today's check-in (asks first)" }
    KEY_REDRAW { zh: "换牌", en: "redraw" }
    HELP_REDRAW { zh: "换牌，每天一次（会先确认）", en: "redraw, once a day (asks first)" }
    KEY_BACKFILL { zh: "补卡", en: "backfill" }
    KEY_UNDO_BACKFILL { zh: "撤销补卡", en: "undo backfill" }
    HELP_UNDO_BACKFILL {
        zh: "撤销昨天的补卡，补卡机会还给你（会先确认，说明是哪张牌；同 xiaoshi undo --yesterday）",
        en: "undo yesterday's backfill and get the backfill back (asks first, naming the card; as xiaoshi undo --yesterday)",
    }
    HELP_BACKFILL {
        zh: "补卡：把昨天补上（会先确认，说明是哪张牌、还剩几次）",
        en: "backfill (补卡) yesterday (asks first, naming the card and the backfills left)",
    }
    KEY_LOVE_DAY { zh: "爱邻日", en: "爱邻日" }
    HELP_LOVE_DAY {
        zh: "每月 20 日：今天做的是爱邻日小事（记为红王并打卡）",
        en: "on the 20th: today's small thing was the 爱邻日 one (check in, crediting the red joker)",
    }
    KEY_FRESH_ROUND { zh: "新一轮", en: "fresh round" }
    HELP_FRESH_ROUND {
        zh: "从今天开始新的一轮（这一轮有打卡时会先确认）",
        en: "start a fresh round from today (asks first when the round has check-ins)",
    }
    KEY_CREDIT { zh: "就做这张", en: "did this one" }
    HELP_CREDIT {
        zh: "今天做的是选中的这张牌（打卡并记为这张；黑王会问你做了什么）",
        en: "today's small thing was the selected card (check in, crediting it; the black joker asks what you did)",
    }
    TITLE_BACKFILL { zh: "补卡时（那天没有抽牌）", en: "Backfilling a day without a card" }
    KEY_PICK { zh: "去牌组选", en: "choose in the deck" }
    HELP_PICK {
        zh: "那天做的是别的牌：到牌组里选中它，按 c",
        en: "another card was done that day: choose it in the deck, then press c",
    }
    KEY_TABS { zh: "花色", en: "suits" }
    HELP_TABS { zh: "切换花色", en: "switch suit" }
    KEY_MOVE { zh: "选牌", en: "select" }
    HELP_MOVE { zh: "选牌", en: "select a card" }
    HELP_MOVE_PAGE { zh: "一次移动十张", en: "move ten cards at a time" }
    KEY_SEARCH { zh: "搜索", en: "search" }
    HELP_SEARCH { zh: "搜索标题和做法（中英文都可以）", en: "search titles and actions (either language)" }
    KEY_SCROLL { zh: "滚动", en: "scroll" }
    HELP_SCROLL { zh: "滚动", en: "scroll" }
    HELP_SCROLL_PAGE { zh: "翻页", en: "scroll a page" }
    HELP_SCROLL_TOP { zh: "回到顶部", en: "back to the top" }
    KEY_BACK { zh: "返回", en: "back" }
    HELP_BACK { zh: "返回；在今日页退出", en: "back; quits from the today screen" }
    KEY_DECK { zh: "牌组", en: "deck" }
    HELP_DECK { zh: "牌组：按花色浏览所有牌", en: "the deck: every card, by suit" }
    KEY_HISTORY { zh: "历史", en: "history" }
    HELP_HISTORY { zh: "历史：年历、已结束的轮次、花色统计", en: "history: the year, finished rounds, suits" }
    KEY_WHY { zh: "规则", en: "why" }
    HELP_WHY { zh: "规则回放：每天算了哪条规则", en: "why: which rule counted each day" }
    HELP_HOME { zh: "回到今日页", en: "back to today" }
    KEY_SKIP { zh: "任意键跳过", en: "any key skips" }
    // The workshop's TUI.
    WS_TITLE_HELP { zh: "按键", en: "Keys" }
    WS_TITLE_TYPING { zh: "输入姓名、种子或承诺时", en: "Typing a name, a seed or a pledge" }
    KEY_DEAL { zh: "发牌", en: "deal" }
    HELP_DEAL { zh: "发牌", en: "deal" }
    KEY_ADD { zh: "添加", en: "add" }
    HELP_ADD { zh: "添加参与者（姓名或桌号）", en: "add participants (names or table numbers)" }
    KEY_REMOVE { zh: "移除", en: "remove" }
    HELP_REMOVE { zh: "移除选中的参与者", en: "remove the selected participant" }
    KEY_REORDER { zh: "上移/下移", en: "move up/down" }
    HELP_REORDER { zh: "把选中的参与者上移 / 下移", en: "move the selected participant up / down" }
    KEY_HAND { zh: "张数", en: "cards" }
    HELP_HAND { zh: "每人张数（1-5）", en: "cards each (1-5)" }
    KEY_MINUTES { zh: "分钟", en: "minutes" }
    HELP_MINUTES { zh: "每轮分钟（1-60）", en: "minutes a turn (1-60)" }
    KEY_SUITS { zh: "花色", en: "suits" }
    HELP_SUITS {
        zh: "花色在用 / 不用：红桃 黑桃 梅花 方块 大小王",
        en: "suits in play or not: hearts spades clubs diamonds joker",
    }
    KEY_SEED { zh: "种子", en: "seed" }
    HELP_SEED { zh: "改种子（同一种子发出同样的牌）", en: "edit the seed (the same seed deals the same hands)" }
    KEY_SELECT { zh: "选择", en: "select" }
    HELP_SELECT { zh: "选择参与者", en: "select a participant" }
    HELP_SELECT_PAGE { zh: "一次移动十位", en: "move ten participants at a time" }
    KEY_SPOTLIGHT { zh: "发言", en: "spotlight" }
    HELP_SPOTLIGHT { zh: "请选中的人发言", en: "give the selected participant the floor" }
    HELP_TO_SPOTLIGHT { zh: "回到发言页", en: "back to the spotlight" }
    KEY_REDEAL { zh: "重发", en: "redeal" }
    HELP_REDEAL { zh: "给所有人重新发牌（会先确认）", en: "deal new hands to everyone (asks first)" }
    KEY_END { zh: "结束", en: "end" }
    HELP_END { zh: "结束工作坊（会先确认）", en: "end the session (asks first)" }
    KEY_CARD { zh: "选牌", en: "card" }
    HELP_CARD { zh: "选牌", en: "select a card" }
    HELP_CARD_NUMBER { zh: "选第几张牌", en: "select a card by its number" }
    KEY_SWAP { zh: "换牌", en: "swap" }
    HELP_SWAP {
        zh: "换掉选中的牌（每人每次发牌一次；承诺了的牌不能换）",
        en: "swap the selected card (once per participant per deal; not a pledged card)",
    }
    KEY_TIMER { zh: "计时", en: "timer" }
    HELP_TIMER { zh: "开始 / 暂停计时", en: "start / pause the timer" }
    KEY_MINUTE { zh: "加一分钟", en: "+1 min" }
    HELP_MINUTE { zh: "加一分钟", en: "one more minute" }
    KEY_NEXT { zh: "下一位", en: "next" }
    HELP_NEXT { zh: "下一位（翻页笔的下一页也可以）", en: "next participant (a presenter remote's next too)" }
    KEY_PREVIOUS { zh: "上一位", en: "previous" }
    HELP_PREVIOUS { zh: "上一位", en: "previous participant" }
    KEY_PLEDGE { zh: "承诺", en: "pledge" }
    HELP_PLEDGE { zh: "用选中的牌承诺", en: "pledge the selected card" }
    KEY_OWN_WORDS { zh: "自己的小事", en: "own words" }
    HELP_OWN_WORDS {
        zh: "用自己的话承诺（黑王牌；爱邻日 20 日用红王牌）",
        en: "pledge in one's own words (the black joker; the red one on the 20th, 爱邻日)",
    }
    KEY_WITHDRAW { zh: "撤回", en: "withdraw" }
    HELP_WITHDRAW { zh: "撤回承诺", en: "withdraw the pledge" }
    KEY_TABLE { zh: "全桌", en: "table" }
    HELP_TABLE { zh: "全桌手牌", en: "the whole table" }
    KEY_LIGHT { zh: "亮色", en: "bright room" }
    HELP_LIGHT {
        zh: "亮色 / 暗色：白底黑字，适合明亮的房间和投影",
        en: "bright / dark theme: black on white, for a projector in a bright room",
    }
    KEY_NOTICE { zh: "公告", en: "notice" }
    HELP_NOTICE { zh: "把承诺公告（PDF，贴楼道公告栏）写到文件夹里", en: "write the pledge notice (PDF, for the stairwell board) into the folder" }
    KEY_CARDS { zh: "承诺卡", en: "cards" }
    HELP_CARDS { zh: "把承诺卡（PDF，每人一张，剪开发）写到文件夹里", en: "write the 承诺卡 sheet (PDF, a card each to cut out) into the folder" }
    KEY_EXPORTS { zh: "承诺文件", en: "pledge files" }
    HELP_EXPORTS {
        zh: "给每位承诺了的人写一个文件（导入打卡日记）到文件夹里",
        en: "write a file for each participant who pledged (for their journal) into the folder",
    }
    KEY_ALL { zh: "全部", en: "all" }
    HELP_ALL {
        zh: "以上全部，再加一份发微信群的文字，写到文件夹里",
        en: "all of these, and the text for the group chat, into the folder",
    }
    KEY_FOLDER { zh: "文件夹", en: "folder" }
    HELP_FOLDER { zh: "换一个文件夹", en: "choose another folder" }
    TITLE_PLEDGE { zh: "写承诺时", en: "Writing a pledge" }
    KEY_FIELD { zh: "下一栏", en: "next field" }
    HELP_FIELD { zh: "下一栏", en: "next field" }
    HELP_FIELD_BACK { zh: "上一栏", en: "previous field" }
    KEY_CLOSE { zh: "关闭", en: "close" }
    HELP_CLOSE { zh: "关闭按键说明", en: "close these keys" }
    WS_HELP_BACK {
        zh: "返回：从全桌回到发言页；在准备、发言、总结页退出（已保存，可用 resume 继续）",
        en: "back: from the table to the spotlight; quits from setup, spotlight and summary (saved: resume it later)",
    }
    // The group's screen (`xiaoshi group`, `group grid`).
    TITLE_GRID { zh: "纸质打卡录入（成员和日期的表格）", en: "Paper grid (members x days)" }
    TITLE_TEA_HELP { zh: "茶话会、帮助页", en: "Tea talk, Help" }
    TITLE_TYPING_CARD { zh: "输入牌时", en: "Typing a card" }
    KEY_TICK { zh: "打勾", en: "tick" }
    HELP_TICK {
        zh: "这一格打勾（再按一次取消），然后移到右边一格",
        en: "tick the cell (again: untick it), then move one cell right",
    }
    KEY_TYPE_CARD { zh: "h7 红7 写牌", en: "h7 s10: card" }
    HELP_TYPE_CARD {
        zh: "写上圈的牌：h7、s10、红7、梅花K、大王，按 Enter；也算打勾",
        en: "the card circled: h7, s10, 红7, 梅花K, 大王, then Enter; it ticks the cell too",
    }
    KEY_CLEAR_CELL { zh: "清除", en: "clear" }
    HELP_CLEAR_CELL {
        zh: "清除这一格：没打勾（已记录的打卡会撤销）",
        en: "clear the cell: not ticked (a check-in recorded is taken back)",
    }
    KEY_ARROWS { zh: "移动", en: "move" }
    HELP_GRID_MOVE {
        zh: "上下左右移动；走到最左或最右一列时日期跟着挪一天",
        en: "move; past the first or last column the days move by one",
    }
    HELP_NEXT_ROW { zh: "下一位成员的第一天", en: "the next member's first day" }
    HELP_GRID_PAGE { zh: "一次移动十位成员", en: "move ten members at a time" }
    KEY_WEEK { zh: "上周 / 下周", en: "week" }
    HELP_WEEK { zh: "看上一周 / 下一周", en: "the week before / after" }
    KEY_SAVE { zh: "保存", en: "save" }
    HELP_SAVE {
        zh: "保存打的勾和写的牌（先确认；没保存就退出也会先问）",
        en: "save the ticks and cards typed (asks first; quitting without saving asks too)",
    }
    HELP_GROUP_BACK { zh: "返回；在录入页退出", en: "back; quits from the grid" }
    KEY_TEA { zh: "茶话会", en: "tea talk" }
    HELP_TEA {
        zh: "茶话会：今天和本周的打卡、同意分享的备注、该打招呼的人",
        en: "the tea talk: today's and this week's check-ins, shared notes, who to say hello to",
    }
    KEY_GRID { zh: "录入", en: "grid" }
    HELP_GRID { zh: "纸质打卡录入表格", en: "the paper grid" }
}
