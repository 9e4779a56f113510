//! Strings of the leader's group: members, 接龙 pastes, the tea talk, the
//! monthly review, summaries and roll-ups. Worded for a community worker
//! and for residents reading a notice board: plain words, no ids.

crate::strings! {
    // Cards written by hand.
    JOKER_RED { zh: "大王", en: "Red joker" }
    JOKER_BLACK { zh: "小王", en: "Black joker" }
    // Where a check-in came from.
    SOURCE_APP { zh: "小事程序", en: "xiaoshi app" }
    SOURCE_PAPER { zh: "纸质打卡表", en: "paper" }
    SOURCE_WECHAT { zh: "微信接龙", en: "WeChat 接龙" }
    // What a 接龙 entry says.
    KIND_CHECKED_IN { zh: "打卡", en: "checked in" }
    KIND_LEAVE { zh: "请假", en: "day off" }
    KIND_BACKFILL { zh: "补卡（昨天）", en: "backfill (yesterday)" }
    // The lines of a paste.
    ROLE_HEADER { zh: "接龙开头", en: "接龙 header" }
    ROLE_TITLE { zh: "标题", en: "title" }
    ROLE_EXAMPLE { zh: "示例（跳过）", en: "example (skipped)" }
    ROLE_ENTRY { zh: "第 {} 条", en: "entry {}" }
    NOT_NUMBERED { zh: "没有序号，像是聊天内容，未读入", en: "no list number (looks like chat): not read" }
    NO_NAME { zh: "有序号，但读不出名字，未读入", en: "numbered, but no name can be read: not read" }
    TOO_LONG {
        zh: "这一行太长（超过 {max} 字），未读入",
        en: "the line is too long (over {max} characters): not read",
    }
    NOT_PLACED_TITLE { zh: "没有读入的行", en: "Lines not read" }
    NOT_PLACED_HINT {
        zh: "这些行没有记录。需要的话，改好后重新粘贴，或手动添加。",
        en: "Nothing was recorded from these lines. Fix them and paste again, or add them by hand.",
    }
    PASTE_DATE { zh: "接龙日期：{date}", en: "List date: {date}" }
    PASTE_NO_DATE { zh: "接龙没有写日期", en: "The list gives no date" }
    PASTE_ROUND_DAY { zh: "第 {} 天", en: "day {}" }
    // Matching names to members.
    MATCH_EXACT { zh: "名字一致", en: "same name" }
    MATCH_FOLDED { zh: "名字一致（不计全角半角和空格）", en: "same name (ignoring full-width forms and spaces)" }
    MATCH_NONE { zh: "小组里没有这个名字", en: "no member of that name" }
    MATCH_OFFERED { zh: "不能确定是谁，可能是：", en: "not sure who this is; perhaps:" }
    CLOSE_SAME_NAME { zh: "同名，请按房号选", en: "same name: choose by room" }
    CLOSE_SAME_ROOM { zh: "同一房号", en: "same room" }
    CLOSE_ONE_CHAR { zh: "只差一个字", en: "one character apart" }
    CLOSE_CONTAINS { zh: "名字互相包含", en: "one name holds the other" }
    // What recording does.
    STEP_RECORDED { zh: "将记录", en: "will be recorded" }
    STEP_LEAVE { zh: "将记为请假", en: "will be noted as a day off" }
    STEP_UNCHANGED { zh: "已经记录过，不变", en: "already recorded: unchanged" }
    REFUSED_IN_FUTURE {
        zh: "{day} 还没到，不能记录",
        en: "{day} has not come yet: nothing recorded for it",
    }
    REFUSED_NO_BACKFILLS {
        zh: "这一轮的 {} 次补卡已经用完",
        en: "this round's {} backfills (补卡) are used up",
    }
    REFUSED_NO_BACKFILLS_HINT { zh: "新的一轮开始后又有 {} 次补卡", en: "a new round brings {} more" }
    REFUSED_LEAVE_CHECKED_IN {
        zh: "{day} 已经打卡，不再记请假",
        en: "{day} is checked in: no day off noted",
    }
    REFUSED_NO_MEMBER {
        zh: "不能确定是哪位成员，没有记录",
        en: "not sure which member this is: nothing recorded",
    }
    REFUSED_NO_MEMBER_HINT {
        zh: "在预览里选定一位成员，或先把这位邻居加入小组",
        en: "choose the member in the preview, or add this neighbour to the group first",
    }
    REFUSED_NO_DATE { zh: "接龙没有写日期，没有记录", en: "the list gives no date: nothing recorded" }
    REFUSED_NO_DATE_HINT { zh: "请说明这是哪一天的接龙", en: "say which day the list is for" }
    // Members.
    WHAT_NAME { zh: "名字", en: "name" }
    WHAT_ROOM { zh: "房号", en: "room" }
    WHAT_STREET { zh: "街道", en: "street" }
    WHAT_DECK { zh: "牌组名", en: "deck name" }
    MEMBER_EMPTY_NAME { zh: "名字不能是空的", en: "the name is empty" }
    MEMBER_TOO_LONG {
        zh: "{what}太长（最多 {max} 个字）：{text}",
        en: "the {what} is too long (at most {max} characters): {text}",
    }
    MEMBER_DUPLICATE { zh: "小组里已经有 {name}（{key}）", en: "{name} is already in the group ({key})" }
    MEMBER_DUPLICATE_HINT {
        zh: "两位同名的邻居，请写上各自的房号",
        en: "two neighbours of one name need their rooms to tell them apart",
    }
    MEMBER_FULL { zh: "小组已满（最多 {} 位成员）", en: "the group is full (at most {} members)" }
    // Group files.
    FILE_CORRUPT {
        zh: "{path}:{line}:{column}：小组文件读不了：{message}",
        en: "{path}:{line}:{column}: the group file does not parse: {message}",
    }
    FILE_UNCHANGED_HINT {
        zh: "文件没有被改动。请改正这一处，或用旁边的 .bak 备份恢复。",
        en: "It has not been changed. Fix that place, or restore the .bak backup beside it.",
    }
    FILE_NEWER {
        zh: "{path} 是更新版本的小事写的（版本 {version}，这个小事只读到版本 {newest}）",
        en: "{path} was written by a newer xiaoshi (version {version}; this one reads up to {newest})",
    }
    FILE_NEWER_HINT {
        zh: "文件没有被改动。请更新小事后再用。",
        en: "It has not been changed. Update xiaoshi to use it.",
    }
    FILE_INVALID {
        zh: "{path}：小组文件有问题，没有使用：",
        en: "{path}: the group file has problems and was not used:",
    }
    FILE_OUTSIDE_MONTH {
        zh: "{path}：第 {record} 条的日期 {day} 不在这个文件的月份里",
        en: "{path}: entry {record} is dated {day}, outside the file's month",
    }
    PROBLEM_NO_NAME { zh: "小组没有名字", en: "the group has no name" }
    PROBLEM_TOO_MANY {
        zh: "有 {count} 位成员，最多 {max} 位",
        en: "it has {count} members; at most {max}",
    }
    PROBLEM_KEY_TWICE { zh: "成员编号 {} 用了两次", en: "the member key {} is used twice" }
    PROBLEM_MEMBER_NO_NAME { zh: "成员 {} 没有名字", en: "member {} has no name" }
    PROBLEM_KEY_NOT_BELOW_NEXT {
        zh: "成员编号 {key} 不小于 next_member（{next}），新成员会重复这个编号",
        en: "member key {key} is not below next_member ({next}): a new member would reuse it",
    }
    // Months.
    BAD_MONTH { zh: "“{}” 不是月份", en: "`{}` is not a month" }
    BAD_MONTH_HINT { zh: "写成 2026-12 或 2026年12月", en: "write it like 2026-12" }
    // The monthly review.
    REVIEW_TITLE { zh: "{group} · {month} 月度复盘", en: "{group} · review of {month}" }
    THROUGH { zh: "统计到 {}", en: "counted through {}" }
    LABEL_MEMBERS { zh: "成员", en: "Members" }
    LABEL_ACTIVE { zh: "参与打卡的成员", en: "Members who checked in" }
    LABEL_CHECKINS { zh: "打卡次数", en: "Check-ins" }
    LABEL_BACKFILLS { zh: "其中补卡", en: "of which backfills" }
    LABEL_ROUNDS { zh: "完成的 21 天轮次", en: "21-day rounds completed" }
    LABEL_STREAKS { zh: "连续打卡天数分布", en: "How long members' streaks are" }
    LABEL_STREAK_BAND { zh: "连续 {} 天", en: "{} days in a row" }
    LABEL_LONGEST { zh: "最长的连续", en: "Longest streak" }
    LABEL_BY_SUIT { zh: "各花色的打卡", en: "Check-ins per suit" }
    LABEL_TOP_CARDS { zh: "做得最多的小事", en: "The small things done most" }
    LABEL_STORIES { zh: "本月的小故事", en: "Stories of the month" }
    LABEL_CHANGE { zh: "比上个月", en: "Change from last month" }
    LABEL_BY_SOURCE { zh: "打卡方式", en: "How members checked in" }
    LABEL_NO_CARD { zh: "没写是哪张牌", en: "no card named" }
    LABEL_OTHER_CARD { zh: "其他", en: "other" }
    A_NEIGHBOUR { zh: "一位邻居", en: "A neighbour" }
    // The tea talk.
    TEA_TITLE { zh: "每日茶话会 · {}", en: "Tea talk · {}" }
    TEA_TODAY { zh: "今天打卡（{} 人）", en: "Checked in today ({})" }
    TEA_NOBODY_YET { zh: "今天还没有人打卡", en: "Nobody has checked in yet today" }
    TEA_WEEK {
        zh: "本周 {from} ~ {to}：{checkins} 次打卡，{active} 人参与",
        en: "This week, {from} ~ {to}: {checkins} check-ins by {active} members",
    }
    TEA_SUIT_BALANCE { zh: "本周的花色", en: "Suits this week" }
    TEA_SAY_HELLO {
        zh: "打个招呼吧（{} 天以上没打卡；只给带领人看，不上海报）",
        en: "Say hello ({}+ days quiet; for the leader only, never on a poster)",
    }
    TEA_QUIET_DAYS { zh: "{} 天没打卡", en: "quiet for {} days" }
    TEA_ON_LEAVE { zh: "请假", en: "On a day off" }
    TEA_LOVE_DAY { zh: "今天是爱邻日（每月 20 日）", en: "Today is 爱邻日, Love-Your-Neighbour Day (the 20th)" }
    TEA_SEASON { zh: "现在是活动季（每月 15–25 日）", en: "It is the activity season (the 15th to the 25th)" }
    // Summaries and the roll-up.
    ROLLUP_TITLE { zh: "街道汇总", en: "Street roll-up" }
    LABEL_GROUPS { zh: "小组", en: "Groups" }
    LABEL_ACTIVE_RATE { zh: "参与率", en: "Share who checked in" }
    LABEL_STREET { zh: "街道", en: "Street" }
    STREET_UNKNOWN { zh: "（未写街道）", en: "(no street given)" }
    SUPERSEDED {
        zh: "小组 {group} 的 {month} 有一份更新的汇总（统计到 {kept}），旧的一份（统计到 {left_out}）没有计入",
        en: "group {group}, {month}: a newer summary (through {kept}) was counted, not the older one (through {left_out})",
    }
    SUMMARY_INVALID {
        zh: "{path}:{line}:{column}：不是小事的小组汇总：{message}",
        en: "{path}:{line}:{column}: not a xiaoshi group summary: {message}",
    }
    SUMMARY_HINT {
        zh: "汇总由带领人生成（group review --anonymous），每个小组每月一份",
        en: "summaries are made by leaders (group review --anonymous), one per group and month",
    }
    SUMMARY_NOT_ONE {
        zh: "{path}：这是“{kind}”文件，不是小组汇总",
        en: "{path}: this is a `{kind}` file, not a group summary",
    }
    SUMMARY_NEWER {
        zh: "{path}：汇总格式是版本 {schema}，这个小事只读到版本 {newest}",
        en: "{path}: the summary is schema {schema}; this xiaoshi reads up to {newest}",
    }
    SUMMARY_INCONSISTENT {
        zh: "{path}：汇总里的数字对不上（比如参与的人比成员还多），没有计入",
        en: "{path}: the summary's numbers do not add up (more active members than members, say): not counted",
    }
    SUMMARY_INCONSISTENT_HINT {
        zh: "请这个小组的带领人重新生成汇总",
        en: "ask the group's leader to make the summary again",
    }
}
