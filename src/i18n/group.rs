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
    MATCH_OFFERED { zh: "不能确定是谁，可能是", en: "not sure who this is; perhaps" }
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
    THROUGH { zh: "统计到 {}", en: "Counted through {}" }
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
        en: "This week, {from} ~ {to}: check-ins: {checkins}; members who checked in: {active}",
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
    // The group's folder.
    NO_GROUP { zh: "{dir} 里没有小组（没有 group.ron）", en: "there is no group in {dir} (no group.ron)" }
    NO_GROUP_HINT {
        zh: "先建一个小组：xiaoshi group new 小组名；已有的小组见 xiaoshi group list",
        en: "make one first: xiaoshi group new NAME; `xiaoshi group list` lists those there are",
    }
    GROUP_EXISTS { zh: "{dir} 里已经有一个小组", en: "{dir} already holds a group" }
    GROUP_EXISTS_HINT {
        zh: "什么都没改。另选一个名字或文件夹（--group）",
        en: "Nothing was changed. Choose another name or folder (--group)",
    }
    NO_GROUPS { zh: "还没有小组（{dir} 里没有）", en: "no group yet (none in {dir})" }
    WHICH_GROUP { zh: "有几个小组：{names}。是哪一个？", en: "there are several groups: {names}. Which one?" }
    WHICH_GROUP_HINT {
        zh: "用 --group 名字 选一个（xiaoshi group list 列出全部）",
        en: "choose one with --group NAME (`xiaoshi group list` lists them)",
    }
    NO_FOLDER_NAME {
        zh: "“{name}” 做不了文件夹名",
        en: "`{name}` cannot name a folder",
    }
    NO_FOLDER_NAME_HINT {
        zh: "用 --group 给一个文件夹名（汉字、字母、数字、- 和 _），或者一个文件夹的路径，如 ./幸福里",
        en: "give a folder name with --group (letters, digits, - and _), or a folder's path such as ./xingfuli",
    }
    WRONG_MONTH {
        zh: "{path} 里记的是 {month} 的打卡，和文件名不符",
        en: "{path} holds the check-ins of {month}, not of the month its name says",
    }
    CANNOT_RENDER { zh: "小组文件无法写出：{detail}", en: "the group file cannot be written: {detail}" }
    NOT_WRITTEN {
        zh: "{path} 写入后读回，没有找到刚记录的打卡",
        en: "{path} was written, but the check-ins just recorded are not in it when read back",
    }
    // Reports.
    LABEL_THIS_MONTH { zh: "本月", en: "This month" }
    LABEL_LAST_MONTH { zh: "上月", en: "Last month" }
    LABEL_STREAK_NONE { zh: "没有连续打卡", en: "no streak" }
    NO_TOP_CARDS { zh: "这个月还没有写明是哪张牌的打卡", en: "No check-in this month named its card" }
    TIMES { zh: "{n} 次", en: "{n} times" }
    TIMES_ONE { zh: "{n} 次", en: "{n} time" }
    NO_STORIES {
        zh: "这个月还没有可以分享的小故事（备注要本人同意才上海报）",
        en: "No stories to share this month yet (notes appear only with the member's consent)",
    }
    TEA_EARLIER { zh: "本周早些时候", en: "Earlier this week" }
    TEA_NOBODY_QUIET { zh: "大家都在打卡", en: "Everyone is keeping it up" }
    TEA_LAST { zh: "最近一次 {}", en: "last on {}" }
    TEA_NEVER { zh: "还没打过卡", en: "no check-in yet" }
    ROLLUP_COUNTS {
        zh: "{groups} 个小组，{summaries} 份月度汇总",
        en: "Groups: {groups}; monthly summaries: {summaries}",
    }
    ALL_STREETS { zh: "合计", en: "All" }
    NO_SUCH_MEMBER { zh: "小组里找不到“{name}”", en: "no member `{name}` in the group" }
    NO_SUCH_MEMBER_HINT {
        zh: "写成员的名字或编号（见 xiaoshi group show），或先用 xiaoshi group add 加入",
        en: "give a member's name or key (see `xiaoshi group show`), or add them first with `xiaoshi group add`",
    }
    PERHAPS_MEMBERS { zh: "是不是：{members}？请写编号", en: "perhaps: {members}? Give the key" }
    ROOM_FOR_ONE {
        zh: "--room 只能在加一位成员时用：请一位一位地加",
        en: "--room is for adding one member: add them one at a time",
    }
    PDF_TO_TERMINAL { zh: "PDF 不能输出到终端", en: "a PDF cannot be written to the terminal" }
    PDF_TO_TERMINAL_HINT { zh: "用 --out 给一个文件名", en: "give a file name with --out" }
    NOTHING_READ {
        zh: "{count} 个文件都读不了，什么都没有用上",
        en: "none of the files given could be read ({count}): nothing was used",
    }
    // `group new`, `add`, `consent`, `list`, `show`.
    MADE_GROUP {
        zh: "已建小组“{name}”（{dir}），第 1 天是 {start}",
        en: "Made the group “{name}” ({dir}); day 1 is {start}",
    }
    MADE_GROUP_NEXT {
        zh: "下一步：xiaoshi group add 名字 加入成员；打卡用 group paste（接龙）、group import（居民的导出）或 group grid（纸质表）",
        en: "Next: add members with `xiaoshi group add NAME`; check-ins come in through `group paste` (接龙), `group import` (residents' exports) or `group grid` (paper)",
    }
    ADDED { zh: "已加入 {name} {key} · {consent}", en: "Added {name} {key} · {consent}" }
    CONSENT_NOW { zh: "{name}：{consent}", en: "{name}: {consent}" }
    CONSENT_WORDS {
        zh: "名字上海报：{name}，备注上海报：{notes}",
        en: "name on posters: {name}, notes on posters: {notes}",
    }
    YES_WORD { zh: "可以", en: "yes" }
    NO_WORD { zh: "不行", en: "no" }
    MEMBER_COUNT { zh: "{n} 位成员", en: "{n} members" }
    MEMBER_COUNT_ONE { zh: "{n} 位成员", en: "{n} member" }
    SHOW_FOLDER { zh: "文件夹 {}", en: "folder {}" }
    SHOW_START { zh: "第 1 天 {}", en: "day 1 {}" }
    COL_KEY { zh: "编号", en: "key" }
    COL_MEMBER { zh: "成员", en: "member" }
    COL_JOINED { zh: "加入", en: "joined" }
    COL_POSTER_NAME { zh: "名字上海报", en: "name on posters" }
    COL_POSTER_NOTES { zh: "备注上海报", en: "notes on posters" }
    COL_CHECKINS { zh: "打卡", en: "check-ins" }
    // `group paste`.
    PASTE_NOW {
        zh: "把接龙粘贴到这里，然后按 Ctrl-D（Windows 上按 Ctrl-Z 再回车）",
        en: "Paste the 接龙 here, then press Ctrl-D (on Windows, Ctrl-Z then Enter)",
    }
    LINE_NUMBER { zh: "第 {} 行", en: "line {}" }
    MATCH_PICKED { zh: "按 --pick 指定", en: "chosen with --pick" }
    STRAY_PICK { zh: "--pick 指定的第 {} 行不是接龙里的一条，没有用上", en: "--pick names line {}, which is not an entry: not used" }
    PASTE_TOTAL {
        zh: "合计：{checkins} 条打卡将记录，{leave} 天请假；{unsure} 行不能确定是谁",
        en: "In all: check-ins to record: {checkins}; days off: {leave}; lines not sure who: {unsure}",
    }
    PICK_HINT {
        zh: "不能确定的行没有记录。用 --pick 行号=名字或编号 说明是谁（如 --pick {example}），或先用 group add 加入这位邻居",
        en: "Lines not sure who are not recorded. Say who with --pick LINE=name or key (such as --pick {example}), or add the neighbour first with `group add`",
    }
    PREVIEW_ONLY {
        zh: "这只是预览，什么都还没写。确认无误后加 --yes 再运行一次。",
        en: "This is only a preview: nothing has been written. When it is right, run it again with --yes.",
    }
    NOTHING_TO_WRITE { zh: "没有要写的：都已经记录过了。", en: "Nothing to write: it is all recorded already." }
    PASTE_WRITTEN {
        zh: "已记录：{checkins} 天打卡，{leave} 天请假（共 {events} 条记录：打卡、卡牌、备注各算一条）。",
        en: "Recorded: days checked in: {checkins}; days off: {leave} ({events} events: a check-in, a card and a note count one each).",
    }
    // `group import`.
    IMPORT_COUNTS {
        zh: "{checkins} 天打卡，{events} 条记录，其中 {new} 条是新的",
        en: "days checked in: {checkins}; events: {events}, new: {new}",
    }
    IMPORT_UNSURE { zh: "不能确定是谁：导出写的名字是“{}”，没有记录", en: "not sure whose: the export says `{}`; nothing recorded" }
    IMPORT_UNKNOWN {
        zh: "不知道是谁的（旧版本或 CSV 的导出不写名字），没有记录",
        en: "unknown member (an older export or a CSV carries no name); nothing recorded",
    }
    IMPORT_BY_DEVICE { zh: "同一台设备导入过", en: "the same device as before" }
    IMPORT_BY_NAME { zh: "导出写的名字", en: "the name in the export" }
    IMPORT_BY_AS { zh: "按 --as 指定", en: "named with --as" }
    IMPORT_LINKS {
        zh: "记住这台设备：以后它的导出不管写什么名字都算这位成员的",
        en: "this device is remembered: its exports are this member's whatever name they carry",
    }
    NOT_READ_FILES { zh: "读不了的文件（没有导入）", en: "Files that could not be read (not imported)" }
    IMPORT_AS_HINT {
        zh: "不知道是谁的文件没有导入。用 --as 名字或编号 说明是谁的（一次导入一位的文件），或请居民用 xiaoshi journal export --name 名字 重新导出",
        en: "Files of no sure member were not imported. Say whose with --as NAME or key (one member's files at a time), or ask the resident to export again with `xiaoshi journal export --name NAME`",
    }
    IMPORT_WRITTEN { zh: "已导入 {} 条新记录。", en: "New events imported: {}." }
    // The review's poster.
    POSTER_SUBTITLE { zh: "{month} 月度复盘 · 统计到 {through}", en: "Review of {month} · through {through}" }
    POSTER_NUMBERS { zh: "这个月", en: "This month" }
    POSTER_ACTIVE { zh: "{n} 位邻居参与打卡", en: "{n} neighbours checked in" }
    POSTER_ACTIVE_ONE { zh: "{n} 位邻居参与打卡", en: "{n} neighbour checked in" }
    POSTER_MEMBERS { zh: "小组共 {n} 位成员", en: "of the group's {n} members" }
    POSTER_MEMBERS_ONE { zh: "小组共 {n} 位成员", en: "of the group's {n} member" }
    POSTER_CHECKINS { zh: "一共 {n} 次打卡", en: "{n} check-ins in all" }
    POSTER_CHECKINS_ONE { zh: "一共 {n} 次打卡", en: "{n} check-in in all" }
    POSTER_CHANGE { zh: "比上个月 {}", en: "{} on last month" }
    POSTER_ROUNDS { zh: "完成 21 天打卡 {n} 轮", en: "{n} rounds of 21 days completed" }
    POSTER_ROUNDS_ONE { zh: "完成 21 天打卡 {n} 轮", en: "{n} round of 21 days completed" }
    POSTER_FOOT {
        zh: "印于 {} · 名字和小故事都经本人同意才印出",
        en: "Printed {} · names and stories only with each neighbour's consent",
    }
    // `rollup`.
    NO_SUCH_FILE { zh: "{}：没有这个文件", en: "{}: no such file" }
    ROLLUP_LEFT_OUT { zh: "{} 个文件没有计入：", en: "Files left out ({}):" }
    ROLLUP_WROTE {
        zh: "已写入 {path}：读了 {read} 份汇总，计入 {summaries} 份（同一小组同一月只算一次）",
        en: "Wrote {path}: {read} summaries read, {summaries} counted (each group and month once)",
    }
    // The group's screen.
    SCREEN_GRID { zh: "纸质打卡录入", en: "Paper grid" }
    SCREEN_TEA { zh: "茶话会", en: "Tea talk" }
    GRID_LEAVE { zh: "假", en: "off" }
    GRID_NO_MEMBERS {
        zh: "小组还没有成员：先用 xiaoshi group add 加入",
        en: "No members yet: add them with `xiaoshi group add`",
    }
    GRID_LEGEND { zh: "✓ 已记录  +✓ 新打的勾  ✗ 将撤销  假 请假", en: "✓ recorded  +✓ new  ✗ taken back  off: day off" }
    GRID_UNSAVED { zh: "{} 处还没保存（w 保存）", en: "{} not saved (w saves)" }
    TEA_NOT_LOADED { zh: "茶话会还没读出来", en: "The tea talk could not be read" }
    GRID_CARD_TITLE { zh: "{name} · {day} 的牌", en: "{name} · card of {day}" }
    GRID_CONFIRM_SAVE {
        zh: "保存：{ticks} 个勾、{cards} 张牌、{clears} 处撤销？",
        en: "Save ticks: {ticks}, cards: {cards}, taken back: {clears}?",
    }
    GRID_CONFIRM_DISCARD {
        zh: "有 {} 处还没保存：不保存就退出？",
        en: "{} marks are not saved: quit without saving?",
    }
    GRID_FUTURE { zh: "{} 还没到，不能打勾", en: "{} has not come yet: it cannot be ticked" }
    GRID_BEFORE_JOINED { zh: "{} 这位成员还没加入", en: "the member had not joined on {}" }
    GRID_NOTHING_TO_SAVE { zh: "没有要保存的", en: "Nothing to save" }
    GRID_NOT_A_CARD {
        zh: "“{typed}” 不是牌：写 {forms}",
        en: "`{typed}` is not a card: write {forms}",
    }
    GRID_SAVED { zh: "已保存 {} 条记录", en: "Saved {} events" }
    GRID_SAVED_REFUSED {
        zh: "已保存 {events} 条记录；{refused} 处没能记录，还留在表格里",
        en: "Saved {events} events; {refused} could not be recorded and stay typed",
    }
    GRID_NEEDS_TERMINAL { zh: "录入表格需要在终端里打开", en: "the grid needs a terminal" }
    GRID_NEEDS_TERMINAL_HINT {
        zh: "不用终端也能记录：xiaoshi group paste（接龙）或 group import（居民的导出）",
        en: "without one, `xiaoshi group paste` (接龙) and `group import` (residents' exports) record check-ins",
    }
    // Workshops linked to the group.
    LINKED {
        zh: "已把工作坊 {id}（{date}）连到小组，{pledges} 个承诺",
        en: "Linked the workshop {id} ({date}) to the group: pledges: {pledges}",
    }
    LABEL_PLEDGES { zh: "工作坊里的承诺", en: "Pledges made in workshops" }
    PLEDGE_BY { zh: "{}前完成", en: "by {}" }
    WORKSHOP_UNREAD {
        zh: "连到小组的工作坊 {id} 读不了，它的承诺没有算进来：{reason}",
        en: "the workshop {id} linked to the group cannot be read, so its pledges are not counted: {reason}",
    }
}
