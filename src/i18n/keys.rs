//! Words of the two TUIs' key tables (`tui/bindings.rs`): the short
//! label a key has in the footer (`KEY_*`), the sentence it has on the `?`
//! help screen (`HELP_*`) and the help's section titles (`TITLE_*`). The
//! tables themselves are in `tui/keys.rs` and `tui/workshop/keys.rs`; the
//! bindings both TUIs share come first here, as they do there.
//!
//! No ambiguous-width characters (`–`, `·`, `…`): the help's columns must
//! line up in a terminal that draws them two columns wide.

use super::Text;

// Shared by both TUIs.
pub const OTHER_KEYS: Text = Text::new("其他键", "other keys");
pub const TITLE_CONFIRM: Text = Text::new("确认时", "When asked to confirm");

pub const KEY_LANG: Text = Text::new("English", "中文");
pub const HELP_LANG: Text = Text::new("切换中文 / English", "switch 中文 / English");
pub const KEY_HELP: Text = Text::new("帮助", "help");
pub const HELP_HELP: Text = Text::new("按键说明（就是这一页）", "these keys");
pub const KEY_QUIT: Text = Text::new("退出", "quit");
pub const HELP_QUIT: Text = Text::new(
    "退出（一切都已随时保存）",
    "quit (everything is already saved)",
);
pub const HELP_CTRL_C: Text = Text::new(
    "随时退出，输入文字时也可以",
    "quit at any time, even while typing",
);

pub const KEY_YES: Text = Text::new("确定", "yes");
pub const HELP_YES: Text = Text::new("确定，照问的做", "yes: do what was asked");
pub const KEY_NO: Text = Text::new("不了", "no");
pub const HELP_NO: Text = Text::new(
    "不了，什么都不变（Enter 也是「不了」；q 只关掉提问，不退出）",
    "no: nothing changes (Enter means no; q closes the question, it does not quit)",
);

pub const KEY_DONE: Text = Text::new("完成", "done");
pub const HELP_DONE: Text = Text::new(
    "输入完成（保存、搜索或添加）",
    "done typing (save, search or add)",
);
pub const KEY_CANCEL: Text = Text::new("取消", "cancel");
pub const HELP_CANCEL: Text = Text::new("取消，关掉输入框", "cancel: close the field");
pub const HELP_CURSOR: Text = Text::new("移动光标", "move the cursor");
pub const HELP_START_END: Text = Text::new("光标到开头 / 结尾", "cursor to the start / end");
pub const HELP_DELETE: Text = Text::new("删除光标前 / 后的字", "delete before / after the cursor");
pub const HELP_CLEAR: Text = Text::new("清空", "clear the field");
pub const HELP_TYPE: Text = Text::new(
    "输入文字（输入法和粘贴都可以）",
    "type text (input methods and paste work)",
);

// The resident's TUI.
pub const TITLE_HOME: Text = Text::new("今日页", "Today screen");
pub const TITLE_DECK: Text = Text::new("牌组页", "Deck screen");
pub const TITLE_LISTS: Text = Text::new("历史、规则、帮助页", "History, Why, Help");
pub const TITLE_TYPING: Text = Text::new("输入备注或搜索时", "Typing a note or a search");
pub const TITLE_EVERYWHERE: Text = Text::new("任何页面", "Everywhere");

pub const KEY_CHECK_IN: Text = Text::new("打卡", "check in");
pub const HELP_CHECK_IN: Text = Text::new(
    "打卡（今天的小事做好了）",
    "check in: today's small thing is done",
);
pub const KEY_NOTE: Text = Text::new("备注", "note");
pub const HELP_NOTE: Text = Text::new(
    "写备注（可以用输入法打中文，也可以粘贴）",
    "write a note (input methods and paste work)",
);
pub const KEY_UNDO: Text = Text::new("撤销", "undo");
pub const HELP_UNDO: Text = Text::new(
    "撤销今天的打卡（会先确认）",
    "undo today's check-in (asks first)",
);
pub const KEY_REDRAW: Text = Text::new("换牌", "redraw");
pub const HELP_REDRAW: Text = Text::new(
    "换牌，每天一次（会先确认）",
    "redraw, once a day (asks first)",
);

pub const KEY_TABS: Text = Text::new("花色", "suits");
pub const HELP_TABS: Text = Text::new("切换花色", "switch suit");
pub const KEY_MOVE: Text = Text::new("选牌", "select");
pub const HELP_MOVE: Text = Text::new("选牌", "select a card");
pub const HELP_MOVE_PAGE: Text = Text::new("一次移动十张", "move ten cards at a time");
pub const KEY_SEARCH: Text = Text::new("搜索", "search");
pub const HELP_SEARCH: Text = Text::new(
    "搜索标题和做法（中英文都可以）",
    "search titles and actions (either language)",
);

pub const KEY_SCROLL: Text = Text::new("滚动", "scroll");
pub const HELP_SCROLL: Text = Text::new("滚动", "scroll");
pub const HELP_SCROLL_PAGE: Text = Text::new("翻页", "scroll a page");
pub const HELP_SCROLL_TOP: Text = Text::new("回到顶部", "back to the top");

pub const KEY_BACK: Text = Text::new("返回", "back");
pub const HELP_BACK: Text = Text::new("返回；在今日页退出", "back; quits from the today screen");
pub const KEY_DECK: Text = Text::new("牌组", "deck");
pub const HELP_DECK: Text = Text::new("牌组：按花色浏览所有牌", "the deck: every card, by suit");
pub const KEY_HISTORY: Text = Text::new("历史", "history");
pub const HELP_HISTORY: Text = Text::new(
    "历史：年历、已结束的轮次、花色统计",
    "history: the year, finished rounds, suits",
);
pub const KEY_WHY: Text = Text::new("规则", "why");
pub const HELP_WHY: Text = Text::new(
    "规则回放：每天算了哪条规则",
    "why: which rule counted each day",
);
pub const HELP_HOME: Text = Text::new("回到今日页", "back to today");

pub const KEY_SKIP: Text = Text::new("任意键跳过", "any key skips");

// The workshop's TUI.
pub const WS_TITLE_HELP: Text = Text::new("按键", "Keys");
pub const WS_TITLE_TYPING: Text = Text::new(
    "输入姓名、种子或承诺时",
    "Typing a name, a seed or a pledge",
);

pub const KEY_DEAL: Text = Text::new("发牌", "deal");
pub const HELP_DEAL: Text = Text::new("发牌", "deal");
pub const KEY_ADD: Text = Text::new("添加", "add");
pub const HELP_ADD: Text = Text::new(
    "添加参与者（姓名或桌号）",
    "add participants (names or table numbers)",
);
pub const KEY_REMOVE: Text = Text::new("移除", "remove");
pub const HELP_REMOVE: Text = Text::new("移除选中的参与者", "remove the selected participant");
pub const KEY_REORDER: Text = Text::new("上移/下移", "move up/down");
pub const HELP_REORDER: Text = Text::new(
    "把选中的参与者上移 / 下移",
    "move the selected participant up / down",
);
pub const KEY_HAND: Text = Text::new("张数", "cards");
pub const HELP_HAND: Text = Text::new("每人张数（1-5）", "cards each (1-5)");
pub const KEY_MINUTES: Text = Text::new("分钟", "minutes");
pub const HELP_MINUTES: Text = Text::new("每轮分钟（1-60）", "minutes a turn (1-60)");
pub const KEY_SUITS: Text = Text::new("花色", "suits");
pub const HELP_SUITS: Text = Text::new(
    "花色在用 / 不用：红桃 黑桃 梅花 方块 大小王",
    "suits in play or not: hearts spades clubs diamonds joker",
);
pub const KEY_SEED: Text = Text::new("种子", "seed");
pub const HELP_SEED: Text = Text::new(
    "改种子（同一种子发出同样的牌）",
    "edit the seed (the same seed deals the same hands)",
);
pub const KEY_SELECT: Text = Text::new("选择", "select");
pub const HELP_SELECT: Text = Text::new("选择参与者", "select a participant");
pub const HELP_SELECT_PAGE: Text = Text::new("一次移动十位", "move ten participants at a time");

pub const KEY_SPOTLIGHT: Text = Text::new("发言", "spotlight");
pub const HELP_SPOTLIGHT: Text =
    Text::new("请选中的人发言", "give the selected participant the floor");
pub const HELP_TO_SPOTLIGHT: Text = Text::new("回到发言页", "back to the spotlight");
pub const KEY_REDEAL: Text = Text::new("重发", "redeal");
pub const HELP_REDEAL: Text = Text::new(
    "给所有人重新发牌（会先确认）",
    "deal new hands to everyone (asks first)",
);
pub const KEY_END: Text = Text::new("结束", "end");
pub const HELP_END: Text = Text::new("结束工作坊（会先确认）", "end the session (asks first)");

pub const KEY_CARD: Text = Text::new("选牌", "card");
pub const HELP_CARD: Text = Text::new("选牌", "select a card");
pub const HELP_CARD_NUMBER: Text = Text::new("选第几张牌", "select a card by its number");
pub const KEY_SWAP: Text = Text::new("换牌", "swap");
pub const HELP_SWAP: Text = Text::new(
    "换掉选中的牌（每轮一次）",
    "swap the selected card (once a turn)",
);
pub const KEY_TIMER: Text = Text::new("计时", "timer");
pub const HELP_TIMER: Text = Text::new("开始 / 暂停计时", "start / pause the timer");
pub const KEY_MINUTE: Text = Text::new("加一分钟", "+1 min");
pub const HELP_MINUTE: Text = Text::new("加一分钟", "one more minute");
pub const KEY_NEXT: Text = Text::new("下一位", "next");
pub const HELP_NEXT: Text = Text::new(
    "下一位（翻页笔的下一页也可以）",
    "next participant (a presenter remote's next too)",
);
pub const KEY_PREVIOUS: Text = Text::new("上一位", "previous");
pub const HELP_PREVIOUS: Text = Text::new("上一位", "previous participant");
pub const KEY_PLEDGE: Text = Text::new("承诺", "pledge");
pub const HELP_PLEDGE: Text = Text::new("用选中的牌承诺", "pledge the selected card");
pub const KEY_OWN_WORDS: Text = Text::new("自己的小事", "own words");
pub const HELP_OWN_WORDS: Text = Text::new(
    "用自己的话承诺（大小王）",
    "pledge in one's own words (joker)",
);
pub const KEY_WITHDRAW: Text = Text::new("撤回", "withdraw");
pub const HELP_WITHDRAW: Text = Text::new("撤回承诺", "withdraw the pledge");
pub const KEY_TABLE: Text = Text::new("全桌", "table");
pub const HELP_TABLE: Text = Text::new("全桌手牌", "the whole table");

pub const TITLE_PLEDGE: Text = Text::new("写承诺时", "Writing a pledge");
pub const KEY_FIELD: Text = Text::new("下一栏", "next field");
pub const HELP_FIELD: Text = Text::new("下一栏", "next field");
pub const HELP_FIELD_BACK: Text = Text::new("上一栏", "previous field");

pub const KEY_CLOSE: Text = Text::new("关闭", "close");
pub const HELP_CLOSE: Text = Text::new("关闭按键说明", "close these keys");
pub const WS_HELP_BACK: Text = Text::new(
    "返回：从全桌回到发言页；在准备、发言、总结页退出（已保存，可用 resume 继续）",
    "back: from the table to the spotlight; quits from setup, spotlight and summary (saved: resume it later)",
);
