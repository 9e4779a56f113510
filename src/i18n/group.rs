//! Strings of the leader's group: members, 接龙 pastes, the tea talk, the
//! monthly review, summaries and roll-ups. Worded for a community worker
//! and for residents reading a notice board: plain words, no ids.

use super::Text;

// Cards written by hand.
pub const JOKER_RED: Text = Text::new("大王", "Red joker");
pub const JOKER_BLACK: Text = Text::new("小王", "Black joker");

// Where a check-in came from.
pub const SOURCE_APP: Text = Text::new("小事程序", "xiaoshi app");
pub const SOURCE_PAPER: Text = Text::new("纸质打卡表", "paper");
pub const SOURCE_WECHAT: Text = Text::new("微信接龙", "WeChat 接龙");

// What a 接龙 entry says.
pub const KIND_CHECKED_IN: Text = Text::new("打卡", "checked in");
pub const KIND_LEAVE: Text = Text::new("请假", "day off");
pub const KIND_BACKFILL: Text = Text::new("补卡（昨天）", "backfill (yesterday)");

// The lines of a paste.
pub const ROLE_HEADER: Text = Text::new("接龙开头", "接龙 header");
pub const ROLE_TITLE: Text = Text::new("标题", "title");
pub const ROLE_EXAMPLE: Text = Text::new("示例（跳过）", "example (skipped)");
pub const ROLE_ENTRY: Text = Text::new("第 {} 条", "entry {}");
pub const NOT_NUMBERED: Text = Text::new(
    "没有序号，像是聊天内容，未读入",
    "no list number (looks like chat): not read",
);
pub const NO_NAME: Text = Text::new(
    "有序号，但读不出名字，未读入",
    "numbered, but no name can be read: not read",
);
pub const TOO_LONG: Text = Text::new(
    "这一行太长（超过 {max} 字），未读入",
    "the line is too long (over {max} characters): not read",
);
pub const NOT_PLACED_TITLE: Text = Text::new("没有读入的行", "Lines not read");
pub const NOT_PLACED_HINT: Text = Text::new(
    "这些行没有记录。需要的话，改好后重新粘贴，或手动添加。",
    "Nothing was recorded from these lines. Fix them and paste again, or add them by hand.",
);
pub const PASTE_DATE: Text = Text::new("接龙日期：{date}", "List date: {date}");
pub const PASTE_NO_DATE: Text = Text::new("接龙没有写日期", "The list gives no date");
pub const PASTE_ROUND_DAY: Text = Text::new("第 {} 天", "day {}");

// Matching names to members.
pub const MATCH_EXACT: Text = Text::new("名字一致", "same name");
pub const MATCH_FOLDED: Text = Text::new(
    "名字一致（不计全角半角和空格）",
    "same name (ignoring full-width forms and spaces)",
);
pub const MATCH_NONE: Text = Text::new("小组里没有这个名字", "no member of that name");
pub const MATCH_OFFERED: Text =
    Text::new("不能确定是谁，可能是：", "not sure who this is; perhaps:");
pub const CLOSE_SAME_NAME: Text = Text::new("同名，请按房号选", "same name: choose by room");
pub const CLOSE_SAME_ROOM: Text = Text::new("同一房号", "same room");
pub const CLOSE_ONE_CHAR: Text = Text::new("只差一个字", "one character apart");
pub const CLOSE_CONTAINS: Text = Text::new("名字互相包含", "one name holds the other");

// What recording does.
pub const STEP_RECORDED: Text = Text::new("将记录", "will be recorded");
pub const STEP_LEAVE: Text = Text::new("将记为请假", "will be noted as a day off");
pub const STEP_UNCHANGED: Text = Text::new("已经记录过，不变", "already recorded: unchanged");
pub const REFUSED_IN_FUTURE: Text = Text::new(
    "{day} 还没到，不能记录",
    "{day} has not come yet: nothing recorded for it",
);
pub const REFUSED_NO_BACKFILLS: Text = Text::new(
    "这一轮的 {} 次补卡已经用完",
    "this round's {} backfills (补卡) are used up",
);
pub const REFUSED_NO_BACKFILLS_HINT: Text =
    Text::new("新的一轮开始后又有 {} 次补卡", "a new round brings {} more");
pub const REFUSED_LEAVE_CHECKED_IN: Text = Text::new(
    "{day} 已经打卡，不再记请假",
    "{day} is checked in: no day off noted",
);
pub const REFUSED_NO_MEMBER: Text = Text::new(
    "不能确定是哪位成员，没有记录",
    "not sure which member this is: nothing recorded",
);
pub const REFUSED_NO_MEMBER_HINT: Text = Text::new(
    "在预览里选定一位成员，或先把这位邻居加入小组",
    "choose the member in the preview, or add this neighbour to the group first",
);
pub const REFUSED_NO_DATE: Text = Text::new(
    "接龙没有写日期，没有记录",
    "the list gives no date: nothing recorded",
);
pub const REFUSED_NO_DATE_HINT: Text =
    Text::new("请说明这是哪一天的接龙", "say which day the list is for");

// Members.
pub const WHAT_NAME: Text = Text::new("名字", "name");
pub const WHAT_ROOM: Text = Text::new("房号", "room");
pub const WHAT_STREET: Text = Text::new("街道", "street");
pub const WHAT_DECK: Text = Text::new("牌组名", "deck name");
pub const MEMBER_EMPTY_NAME: Text = Text::new("名字不能是空的", "the name is empty");
pub const MEMBER_TOO_LONG: Text = Text::new(
    "{what}太长（最多 {max} 个字）：{text}",
    "the {what} is too long (at most {max} characters): {text}",
);
pub const MEMBER_DUPLICATE: Text = Text::new(
    "小组里已经有 {name}（{key}）",
    "{name} is already in the group ({key})",
);
pub const MEMBER_DUPLICATE_HINT: Text = Text::new(
    "两位同名的邻居，请写上各自的房号",
    "two neighbours of one name need their rooms to tell them apart",
);
pub const MEMBER_FULL: Text = Text::new(
    "小组已满（最多 {} 位成员）",
    "the group is full (at most {} members)",
);

// Group files.
pub const FILE_CORRUPT: Text = Text::new(
    "{path}:{line}:{column}：小组文件读不了：{message}",
    "{path}:{line}:{column}: the group file does not parse: {message}",
);
pub const FILE_UNCHANGED_HINT: Text = Text::new(
    "文件没有被改动。请改正这一处，或用旁边的 .bak 备份恢复。",
    "It has not been changed. Fix that place, or restore the .bak backup beside it.",
);
pub const FILE_NEWER: Text = Text::new(
    "{path} 是更新版本的小事写的（版本 {version}，这个小事只读到版本 {newest}）",
    "{path} was written by a newer xiaoshi (version {version}; this one reads up to {newest})",
);
pub const FILE_NEWER_HINT: Text = Text::new(
    "文件没有被改动。请更新小事后再用。",
    "It has not been changed. Update xiaoshi to use it.",
);
pub const FILE_INVALID: Text = Text::new(
    "{path}：小组文件有问题，没有使用：",
    "{path}: the group file has problems and was not used:",
);
pub const FILE_OUTSIDE_MONTH: Text = Text::new(
    "{path}：第 {record} 条的日期 {day} 不在这个文件的月份里",
    "{path}: entry {record} is dated {day}, outside the file's month",
);
pub const PROBLEM_NO_NAME: Text = Text::new("小组没有名字", "the group has no name");
pub const PROBLEM_TOO_MANY: Text = Text::new(
    "有 {count} 位成员，最多 {max} 位",
    "it has {count} members; at most {max}",
);
pub const PROBLEM_KEY_TWICE: Text =
    Text::new("成员编号 {} 用了两次", "the member key {} is used twice");
pub const PROBLEM_MEMBER_NO_NAME: Text = Text::new("成员 {} 没有名字", "member {} has no name");
pub const PROBLEM_KEY_NOT_BELOW_NEXT: Text = Text::new(
    "成员编号 {key} 不小于 next_member（{next}），新成员会重复这个编号",
    "member key {key} is not below next_member ({next}): a new member would reuse it",
);

// Months.
pub const BAD_MONTH: Text = Text::new("“{}” 不是月份", "`{}` is not a month");
pub const BAD_MONTH_HINT: Text = Text::new("写成 2026-12 或 2026年12月", "write it like 2026-12");

// The monthly review.
pub const REVIEW_TITLE: Text =
    Text::new("{group} · {month} 月度复盘", "{group} · review of {month}");
pub const THROUGH: Text = Text::new("统计到 {}", "counted through {}");
pub const LABEL_MEMBERS: Text = Text::new("成员", "Members");
pub const LABEL_ACTIVE: Text = Text::new("参与打卡的成员", "Members who checked in");
pub const LABEL_CHECKINS: Text = Text::new("打卡次数", "Check-ins");
pub const LABEL_BACKFILLS: Text = Text::new("其中补卡", "of which backfills");
pub const LABEL_ROUNDS: Text = Text::new("完成的 21 天轮次", "21-day rounds completed");
pub const LABEL_STREAKS: Text = Text::new("连续打卡天数分布", "How long members' streaks are");
pub const LABEL_STREAK_BAND: Text = Text::new("连续 {} 天", "{} days in a row");
pub const LABEL_LONGEST: Text = Text::new("最长的连续", "Longest streak");
pub const LABEL_BY_SUIT: Text = Text::new("各花色的打卡", "Check-ins per suit");
pub const LABEL_TOP_CARDS: Text = Text::new("做得最多的小事", "The small things done most");
pub const LABEL_STORIES: Text = Text::new("本月的小故事", "Stories of the month");
pub const LABEL_CHANGE: Text = Text::new("比上个月", "Change from last month");
pub const LABEL_BY_SOURCE: Text = Text::new("打卡方式", "How members checked in");
pub const LABEL_NO_CARD: Text = Text::new("没写是哪张牌", "no card named");
pub const LABEL_OTHER_CARD: Text = Text::new("其他", "other");
pub const A_NEIGHBOUR: Text = Text::new("一位邻居", "A neighbour");

// The tea talk.
pub const TEA_TITLE: Text = Text::new("每日茶话会 · {}", "Tea talk · {}");
pub const TEA_TODAY: Text = Text::new("今天打卡（{} 人）", "Checked in today ({})");
pub const TEA_NOBODY_YET: Text = Text::new("今天还没有人打卡", "Nobody has checked in yet today");
pub const TEA_WEEK: Text = Text::new(
    "本周 {from} ~ {to}：{checkins} 次打卡，{active} 人参与",
    "This week, {from} ~ {to}: {checkins} check-ins by {active} members",
);
pub const TEA_SUIT_BALANCE: Text = Text::new("本周的花色", "Suits this week");
pub const TEA_SAY_HELLO: Text = Text::new(
    "打个招呼吧（{} 天以上没打卡；只给带领人看，不上海报）",
    "Say hello ({}+ days quiet; for the leader only, never on a poster)",
);
pub const TEA_QUIET_DAYS: Text = Text::new("{} 天没打卡", "quiet for {} days");
pub const TEA_ON_LEAVE: Text = Text::new("请假", "On a day off");
pub const TEA_LOVE_DAY: Text = Text::new(
    "今天是爱邻日（每月 20 日）",
    "Today is 爱邻日, Love-Your-Neighbour Day (the 20th)",
);
pub const TEA_SEASON: Text = Text::new(
    "现在是活动季（每月 15–25 日）",
    "It is the activity season (the 15th to the 25th)",
);

// Summaries and the roll-up.
pub const ROLLUP_TITLE: Text = Text::new("街道汇总", "Street roll-up");
pub const LABEL_GROUPS: Text = Text::new("小组", "Groups");
pub const LABEL_ACTIVE_RATE: Text = Text::new("参与率", "Share who checked in");
pub const LABEL_STREET: Text = Text::new("街道", "Street");
pub const STREET_UNKNOWN: Text = Text::new("（未写街道）", "(no street given)");
pub const SUPERSEDED: Text = Text::new(
    "小组 {group} 的 {month} 有一份更新的汇总（统计到 {kept}），旧的一份（统计到 {left_out}）没有计入",
    "group {group}, {month}: a newer summary (through {kept}) was counted, not the older one (through {left_out})",
);
pub const SUMMARY_INVALID: Text = Text::new(
    "{path}:{line}:{column}：不是小事的小组汇总：{message}",
    "{path}:{line}:{column}: not a xiaoshi group summary: {message}",
);
pub const SUMMARY_HINT: Text = Text::new(
    "汇总由带领人生成（group review --anonymous），每个小组每月一份",
    "summaries are made by leaders (group review --anonymous), one per group and month",
);
pub const SUMMARY_NOT_ONE: Text = Text::new(
    "{path}：这是“{kind}”文件，不是小组汇总",
    "{path}: this is a `{kind}` file, not a group summary",
);
pub const SUMMARY_NEWER: Text = Text::new(
    "{path}：汇总格式是版本 {schema}，这个小事只读到版本 {newest}",
    "{path}: the summary is schema {schema}; this xiaoshi reads up to {newest}",
);
pub const SUMMARY_INCONSISTENT: Text = Text::new(
    "{path}：汇总里的数字对不上（比如参与的人比成员还多），没有计入",
    "{path}: the summary's numbers do not add up (more active members than members, say): not counted",
);
pub const SUMMARY_INCONSISTENT_HINT: Text = Text::new(
    "请这个小组的带领人重新生成汇总",
    "ask the group's leader to make the summary again",
);
