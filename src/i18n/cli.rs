//! The command line's words: `--help` for every command and argument, the
//! words clap would say in English (headings, usage errors), and the usage
//! errors xiaoshi checks itself. `crate::cli::localize` puts them on the
//! command.

use super::Text;

crate::strings! {
    // Help's own words.
    USAGE { zh: "用法：", en: "Usage: " }
    OPTIONS { zh: "选项", en: "Options" }
    ARGUMENTS { zh: "参数", en: "Arguments" }
    COMMANDS { zh: "命令", en: "Commands" }
    /// The subcommand's place in a usage line: `xiaoshi [OPTIONS] [COMMAND]`.
    COMMAND_NAME { zh: "命令", en: "COMMAND" }
    DEFAULT { zh: "［默认：{value}］", en: "[default: {value}]" }
    POSSIBLE_VALUES { zh: "［可选：{values}］", en: "[possible values: {values}]" }
    HELP_FLAG { zh: "显示帮助", en: "Print help" }
    VERSION_FLAG { zh: "显示版本", en: "Print version" }
    HELP_SUBCOMMAND {
        zh: "显示这份帮助，或某个子命令的帮助",
        en: "Print this message or the help of the given subcommand(s)",
    }
    HELP_SUBCOMMAND_ARG { zh: "要看帮助的子命令", en: "Print help for the subcommand(s)" }

    // Usage errors clap finds.
    ARG_CONFLICT { zh: "参数 '{arg}' 不能和 '{other}' 一起用", en: "the argument '{arg}' cannot be used with '{other}'" }
    ARG_TWICE { zh: "参数 '{arg}' 只能用一次", en: "the argument '{arg}' cannot be used multiple times" }
    NO_EQUALS {
        zh: "给 '{arg}' 的值要用等号连着写",
        en: "equal sign is needed when assigning values to '{arg}'",
    }
    VALUE_REQUIRED { zh: "'{arg}' 后面需要一个值", en: "a value is required for '{arg}' but none was supplied" }
    INVALID_VALUE { zh: "'{arg}' 不接受 '{value}'", en: "invalid value '{value}' for '{arg}'" }
    VALUES { zh: "可选的值：{values}", en: "possible values: {values}" }
    UNKNOWN_SUBCOMMAND { zh: "没有 '{name}' 这个子命令", en: "unrecognized subcommand '{name}'" }
    SUBCOMMANDS { zh: "子命令：{values}", en: "subcommands: {values}" }
    MISSING_ARGS { zh: "缺少必需的参数：{args}", en: "the following required arguments were not provided: {args}" }
    MISSING_SUBCOMMAND {
        zh: "'{name}' 后面需要一个子命令",
        en: "'{name}' requires a subcommand but one was not provided",
    }
    INVALID_UTF8 { zh: "参数里有无效的 UTF-8 文字", en: "invalid UTF-8 was detected in one or more arguments" }
    TOO_MANY_VALUES {
        zh: "'{arg}' 多了一个值 '{value}'",
        en: "unexpected value '{value}' for '{arg}' found; no more were expected",
    }
    WRONG_NUMBER_OF_VALUES {
        zh: "'{arg}' 需要 {expected} 个值，但给了 {actual} 个",
        en: "{expected} values required for '{arg}' but {actual} were provided",
    }
    UNKNOWN_ARG { zh: "不认识的参数 '{arg}'", en: "unexpected argument '{arg}' found" }
    BAD_ARGS { zh: "命令行无法读取", en: "the command line cannot be read" }
    TIP_SIMILAR { zh: "也许是 '{name}'", en: "a similar one exists: '{name}'" }
    TIP_TRAILING {
        zh: "如果 '{arg}' 是一个值，写成 '-- {arg}'",
        en: "to pass '{arg}' as a value, use '-- {arg}'",
    }
    MORE_INFO { zh: "加上 --help 可以看到更多说明", en: "for more information, try '--help'" }

    // Usage errors xiaoshi finds (`cli::UsageError`).
    LANG_BOTH {
        zh: "`--lang both`（中文下面印英文）只用于印出来的东西：`xiaoshi export` 和 `xiaoshi workshop report --format html|pdf|cards`；其他命令用一种语言：{langs}",
        en: "`--lang both` (Chinese with English beneath) is for printed things: `xiaoshi export` and `xiaoshi workshop report --format html|pdf|cards`; other commands speak one language: {langs}",
    }
    A3_FOR_CARDS {
        zh: "A3 纸用于打卡表和海报；卡牌用 A4 或 Letter 打印",
        en: "A3 is for the tracker and the poster; cards are printed on A4 or Letter",
    }
    SHEET_ONLY {
        zh: "{flag} 只用于 PDF 打印页；SVG 和 PNG 是一张牌一个文件",
        en: "{flag} is for PDF sheets; SVG and PNG are one file a card",
    }
    ANONYMOUS_IS_JSON {
        zh: "--anonymous 写的是给街道的匿名汇总，只有 JSON 一种格式（xiaoshi rollup 读它）",
        en: "--anonymous writes the names-free summary for the street, which is JSON only (`xiaoshi rollup` reads it)",
    }
    FILES_TO_STDOUT {
        zh: "SVG 和 PNG 是一张牌一个文件：用 --out 给一个文件夹，不能用 -",
        en: "SVG and PNG are one file a card: give a folder with --out, not -",
    }
}

/// `--help` for every command and argument, by where it is: a command by
/// its path (`""` is `xiaoshi` itself, `"workshop deal"`), an argument by
/// its command's path and its id (`"workshop deal:participants"`). An
/// argument without an entry of its own takes its parent command's
/// (`"workshop:participants"`), which is how the global options (`":deck"`)
/// and the workshop's setup options are written once.
pub static HELP: &[(&str, Text)] = &[
    (
        "",
        crate::text!(
            zh: "小事 xiaoshi —— 每天一件邻里小事，来自社区小事卡牌。",
            en: "小事 xiaoshi — one small neighbourly act a day, from the 社区小事 card deck.",
        ),
    ),
    (
        ":deck",
        crate::text!(
            zh: "用这个 RON 牌组文件，代替内置的社区小事牌组",
            en: "Use this RON deck file instead of the built-in 社区小事 deck",
        ),
    ),
    (
        ":lang",
        crate::text!(
            zh: "输出的语言：zh 或 en ［默认：依次看 $XIAOSHI_LANG、界面里选过的语言（config.ron）、$LC_ALL、$LC_MESSAGES、$LANG，都没有就用英文］",
            en: "Language of the output: zh or en [default: $XIAOSHI_LANG, then the language chosen in the TUI (config.ron), then $LC_ALL, $LC_MESSAGES, $LANG, else en]",
        ),
    ),
    (
        "export:lang",
        crate::text!(
            zh: "印出来的语言：zh、en，或 both（中文下面印英文） ［默认：界面语言是中文就印中文，否则中文下面印英文］",
            en: "Language of what is printed: zh, en, or both (Chinese with English beneath) [default: Chinese when the language is Chinese, else both]",
        ),
    ),
    (
        "workshop report:lang",
        crate::text!(
            zh: "报告的语言：zh 或 en；--format html|pdf|cards 还可以用 both（中文下面印英文）",
            en: "Language of the report: zh or en; with --format html|pdf|cards also both (Chinese with English beneath)",
        ),
    ),
    (
        ":no_color",
        crate::text!(
            zh: "不用颜色（设置了 NO_COLOR 时也是）；界面在黑白下照样清楚",
            en: "No colours (also when NO_COLOR is set); the TUI stays readable in monochrome",
        ),
    ),
    (
        ":no_anim",
        crate::text!(zh: "打开界面时不播放翻牌动画", en: "Open the TUI without the card-reveal animation"),
    ),
    (
        "draw",
        crate::text!(
            zh: "显示今天的牌，需要时先抽一张（一整天都是同一张）",
            en: "Show today's card, drawing it if needed (the same card all day)",
        ),
    ),
    (
        "draw:redraw",
        crate::text!(
            zh: "用掉今天唯一一次换牌：把今天的牌换成下一张",
            en: "Use the day's one redraw: replace today's card with the next one",
        ),
    ),
    (
        "draw:json",
        crate::text!(zh: "以 JSON 输出 {\"date\", \"card\", \"redrawn\"}", en: "Print {\"date\", \"card\", \"redrawn\"} as JSON"),
    ),
    (
        "done",
        crate::text!(
            zh: "打卡：今天的小事做好了（需要时先抽今天的牌）",
            en: "Check in: today's small thing is done (draws today's card first if needed)",
        ),
    ),
    (
        "done:note",
        crate::text!(
            zh: "简短记一下做了什么；再运行一次 done 会更新它",
            en: "A short note about what you did; repeating `done` updates it",
        ),
    ),
    (
        "done:yesterday",
        crate::text!(
            zh: "改为给昨天打卡（补卡：每轮最多 2 次）",
            en: "Check in yesterday instead (补卡, a backfill: at most 2 per round)",
        ),
    ),
    (
        "done:card",
        crate::text!(
            zh: "记为做了另一张牌的事，例如 --card clubs-3，也可以像纸上那样写 c3、梅花3、♣3（抽到的牌照样留在记录里）；昨天没抽牌时补卡也用它选牌",
            en: "Credit another card than the one drawn, e.g. --card clubs-3, or as written on paper: c3, 梅花3, ♣3 (the card drawn stays on record); also picks the card for a backfilled day that had none",
        ),
    ),
    (
        "done:own",
        crate::text!(
            zh: "记为你自己想出的小事（黑王），写上做了什么，例如 --own \"帮楼上阿姨修了晾衣架\"",
            en: "Credit a small thing of your own (the black joker), in your words, e.g. --own \"fixed the clothes rack upstairs\"",
        ),
    ),
    (
        "undo",
        crate::text!(zh: "撤销今天的打卡（备注留着）", en: "Take back today's check-in (the note stays)"),
    ),
    (
        "undo:yesterday",
        crate::text!(
            zh: "改为撤销昨天补错的卡（这次补卡机会还回来）",
            en: "Take back yesterday's mistaken backfill instead (the backfill is yours again)",
        ),
    ),
    (
        "status",
        crate::text!(
            zh: "今天的牌、21 天的这一轮、连续天数和各花色打卡",
            en: "Today's card, the 21-day round, the streak and check-ins per suit",
        ),
    ),
    (
        "status:json",
        crate::text!(zh: "以 JSON 输出（格式见 README）", en: "Print the status as JSON (shape in the README)"),
    ),
    (
        "history",
        crate::text!(
            zh: "每个抽过牌的日子：日期、牌、是否完成、备注",
            en: "Every day that had a card: date, card, done, note",
        ),
    ),
    (
        "history:json",
        crate::text!(zh: "以 JSON 数组输出", en: "Print a JSON array"),
    ),
    (
        "history:csv",
        crate::text!(zh: "以 CSV 输出", en: "Print CSV"),
    ),
    (
        "why",
        crate::text!(
            zh: "逐日回放这一轮和连续打卡：每天算了哪条规则",
            en: "Replay the current round and streak day by day: which rule counted each day",
        ),
    ),
    (
        "round",
        crate::text!(zh: "21 次打卡为一轮", en: "Rounds of 21 check-ins"),
    ),
    (
        "round start",
        crate::text!(
            zh: "从今天开始新的一轮（没完成的一轮提前结束，会先问你）",
            en: "Start a new round from today (an unfinished round ends early: it asks first)",
        ),
    ),
    (
        "round start:yes",
        crate::text!(
            zh: "不问，直接开始（脚本里用）",
            en: "Do not ask (for scripts)",
        ),
    ),
    (
        "journal",
        crate::text!(
            zh: "导出或导入打卡日记（换电脑、同步或合并）",
            en: "Export or import the journal (to move machines, sync, or combine)",
        ),
    ),
    (
        "journal export",
        crate::text!(zh: "输出日记里的每一条记录", en: "Print every event of the journal"),
    ),
    (
        "journal export:format",
        crate::text!(zh: "输出格式", en: "Output format"),
    ),
    (
        "journal import",
        crate::text!(
            zh: "把导出文件里的记录合并进日记；导入两次不会重复",
            en: "Merge events from an export into the journal; importing twice changes nothing",
        ),
    ),
    (
        "journal export:name",
        crate::text!(
            zh: "导出里写上你在小组里的名字（记住，下次不用再写），带领人导入时就知道是谁的",
            en: "Put the name your group knows you by in the export (remembered for next time), so your leader's import knows whose it is",
        ),
    ),
    (
        "journal import:mine",
        crate::text!(
            zh: "这份导出确实是你自己在另一台电脑上的日记：照样合并（否则别人的导出会被拒绝）",
            en: "The export is your own journal from another machine: merge it (someone else's export is refused otherwise)",
        ),
    ),
    (
        "journal import:file",
        crate::text!(
            zh: "`xiaoshi journal export` 生成的文件（JSON 或 CSV）",
            en: "A file made by `xiaoshi journal export` (JSON or CSV)",
        ),
    ),
    (
        "deck",
        crate::text!(zh: "浏览牌组，或检查牌组文件", en: "Look through a deck, or check a deck file"),
    ),
    (
        "deck list",
        crate::text!(zh: "列出牌组里的牌", en: "List the cards of the deck"),
    ),
    (
        "deck list:suit",
        crate::text!(zh: "只列这种花色的牌", en: "Only the cards of this suit"),
    ),
    (
        "deck list:json",
        crate::text!(zh: "以 JSON 数组输出，不用表格", en: "Print a JSON array of cards instead of a table"),
    ),
    (
        "deck show",
        crate::text!(zh: "显示一张牌的全部内容", en: "Show one card in full"),
    ),
    (
        "deck show:id",
        crate::text!(zh: "牌的编号，例如 hearts-7 或 joker-red", en: "The card's id, such as hearts-7 or joker-red"),
    ),
    (
        "deck show:json",
        crate::text!(zh: "以 JSON 对象输出", en: "Print the card as a JSON object"),
    ),
    (
        "deck check",
        crate::text!(
            zh: "检查牌组文件，列出每一个问题（有效时退出码 0，否则 1）",
            en: "Check a deck file and list every problem (exit 0 if valid, 1 if not)",
        ),
    ),
    (
        "deck check:file",
        crate::text!(zh: "要检查的牌组文件", en: "The deck file to check"),
    ),
    (
        "deck check:json",
        crate::text!(
            zh: "以 JSON 输出结果和每个问题（带稳定的代码，如 E041），给工具和编辑器用",
            en: "Print the result and every problem as JSON (with stable codes such as E041), for tools and editors",
        ),
    ),
    (
        "workshop",
        crate::text!(
            zh: "带一场工作坊：给参与者发牌、计时、记录承诺（带领人的界面；子命令可以在脚本里做同样的事）",
            en: "Run a workshop: deal to participants, keep time, record pledges (the facilitator's TUI; its subcommands do the same from scripts)",
        ),
    ),
    (
        "workshop:participants",
        crate::text!(
            zh: "参与者，用逗号、顿号或分号隔开：\"王阿姨，李叔叔、小明\"（名字或桌号）。1 到 54 位，且 人数 × 每人张数 不超过在用的牌（整副 54 张：每人 3 张最多 18 位）",
            en: "Participants, separated by commas: \"王阿姨,李叔叔,小明\" (names or table numbers; ， 、 ; also separate). 1 to 54, and participants × cards each at most the cards in play (54 in the whole deck: 18 people with 3 cards each)",
        ),
    ),
    (
        "workshop:participants_file",
        crate::text!(
            zh: "参与者文件，一行一个（空行和 # 开头的注释会跳过）",
            en: "A file with one participant a line (blank lines and # comments skipped)",
        ),
    ),
    (
        "workshop:hand",
        crate::text!(zh: "每人几张牌，1 到 5［默认：3］", en: "Cards per participant, 1 to 5 [default: 3]"),
    ),
    (
        "workshop:suits",
        crate::text!(
            zh: "参与的花色，用逗号隔开，如 红桃，梅花［默认：四种花色和大小王］",
            en: "The suits in play, comma-separated [default: all four and the jokers]",
        ),
    ),
    (
        "workshop:minutes",
        crate::text!(zh: "每轮几分钟，1 到 60［默认：5］", en: "Minutes per turn, 1 to 60 [default: 5]"),
    ),
    (
        "workshop:seed",
        crate::text!(
            zh: "洗牌的种子：同样的种子和设置发出同样的牌［默认：随机］",
            en: "The shuffle's seed: the same seed and settings deal the same hands [default: random]",
        ),
    ),
    (
        "workshop:code",
        crate::text!(
            zh: "场次码（发牌时印出的），代替 --seed",
            en: "A session code (as printed by a deal) instead of --seed",
        ),
    ),
    (
        "workshop deal",
        crate::text!(
            zh: "发牌并打印出来；加 --save 会保存为一场工作坊",
            en: "Deal hands and print them; `--save` also keeps them as a session",
        ),
    ),
    (
        "workshop deal:json",
        crate::text!(
            zh: "以 JSON 输出 {\"seed\", \"code\", \"hands\": [{\"participant\", \"cards\": [...]}]}",
            en: "Print {\"seed\", \"code\", \"hands\": [{\"participant\", \"cards\": [...]}]}",
        ),
    ),
    (
        "workshop deal:save",
        crate::text!(
            zh: "把这次发牌保存为一场工作坊，供 pledge、report 和 resume 使用",
            en: "Save the deal as a session, for `pledge`, `report` and `resume`",
        ),
    ),
    (
        "workshop resume",
        crate::text!(
            zh: "在界面里继续一场保存的工作坊（不写名字就是最近的一场）",
            en: "Continue a saved session in the TUI (the latest one if none is named)",
        ),
    ),
    (
        "workshop resume:session",
        crate::text!(
            zh: "工作坊的名字、名字的开头，或场次码（见 workshop list）",
            en: "A session's name, the start of it, or its code (see `workshop list`)",
        ),
    ),
    (
        "workshop end",
        crate::text!(
            zh: "结束一场工作坊（和界面里按 e 一样）：之后它是只读的，直到 reopen",
            en: "End a session (as e does on the screen): it is read-only from then on, until `reopen`",
        ),
    ),
    (
        "workshop end:session",
        crate::text!(zh: "哪一场工作坊（见 workshop list）", en: "The session (see `workshop list`)"),
    ),
    (
        "workshop reopen",
        crate::text!(
            zh: "重新打开一场已结束的工作坊：结束后它是只读的（界面和命令都不能改），重新打开才能再改",
            en: "Reopen an ended session: once ended it is read-only (on the screen and here) until reopened",
        ),
    ),
    (
        "workshop reopen:session",
        crate::text!(zh: "哪一场工作坊（见 workshop list）", en: "The session (see `workshop list`)"),
    ),
    (
        "workshop list",
        crate::text!(zh: "列出保存的工作坊", en: "List the saved sessions"),
    ),
    (
        "workshop list:json",
        crate::text!(zh: "以 JSON 数组输出", en: "Print a JSON array"),
    ),
    (
        "workshop pledge",
        crate::text!(
            zh: "记录一位参与者的承诺：手牌里的一张，或用大小王写下自己的小事",
            en: "Record a participant's pledge: a card from their hand, or a joker with their own words",
        ),
    ),
    (
        "workshop pledge:session",
        crate::text!(zh: "哪一场工作坊（见 workshop list）", en: "The session (see `workshop list`)"),
    ),
    (
        "workshop pledge:name",
        crate::text!(zh: "参与者，按工作坊里的名字", en: "The participant, as named in the session"),
    ),
    (
        "workshop pledge:card",
        crate::text!(zh: "牌的编号，例如 hearts-7 或 joker-black", en: "The card's id, such as hearts-7 or joker-black"),
    ),
    (
        "workshop pledge:by",
        crate::text!(
            zh: "打算在哪天之前做到（2026-12-20、2026年12月20日 或 12月20日）",
            en: "By when they mean to do it (2026-12-20, 2026/12/20 or 2026年12月20日)",
        ),
    ),
    (
        "workshop pledge:note",
        crate::text!(zh: "备注，例如在哪里、和谁一起", en: "A note, such as where or with whom"),
    ),
    (
        "workshop pledge:words",
        crate::text!(zh: "大小王：用自己的话写下的小事", en: "For a joker: the small thing in their own words"),
    ),
    (
        "workshop report",
        crate::text!(
            zh: "一场工作坊的报告：参与者、按花色的承诺、日期",
            en: "A session's report: participants, pledges by suit, dates",
        ),
    ),
    (
        "workshop report:session",
        crate::text!(zh: "哪一场工作坊（不写就是最近的一场）", en: "The session (the latest one if none is named)"),
    ),
    (
        "workshop report:format",
        crate::text!(
            zh: "md（Markdown）、csv、json、html（在屏幕上看）、pdf（贴在楼道公告栏的公告）、cards（承诺卡，剪开发给每个人）或 wechat（发到微信群的文字，一行一个承诺）",
            en: "md (Markdown), csv, json, html (for a screen), pdf (the notice for the stairwell board), cards (the 承诺卡 sheet, a card per pledge to cut out) or wechat (text for the group chat, a line per pledge, in Chinese unless --lang says otherwise)",
        ),
    ),
    (
        "workshop report:out",
        crate::text!(zh: "写到这个文件，不输出到屏幕", en: "Write to this file instead of standard output"),
    ),
    (
        "workshop report:paper",
        crate::text!(
            zh: "公告的纸张：a4（默认）、a3 或 letter（配合 --format pdf）",
            en: "The notice's paper: a4 (default), a3 or letter (with --format pdf)",
        ),
    ),
    (
        "workshop report:per_page",
        crate::text!(
            zh: "承诺卡每张 A4 几张：4（大字，带做法）或 8（默认）",
            en: "承诺卡 per A4 page: 4 (large type, with the card's action) or 8 (the default)",
        ),
    ),
    (
        "workshop pledge-export",
        crate::text!(
            zh: "写出承诺文件，参与者用 `xiaoshi journal import` 导入：承诺的牌成为工作坊第二天（或之后第一个还没抽牌的一天）的牌；--all 给每位承诺了的参与者各写一个",
            en: "Write a pledge file the participant imports with `xiaoshi journal import`: the pledged card becomes their card for the day after the session (or the first day after it not yet drawn); `--all` writes one for everyone who pledged",
        ),
    ),
    (
        "workshop pledge-export:session",
        crate::text!(zh: "哪一场工作坊（见 workshop list）", en: "The session (see `workshop list`)"),
    ),
    (
        "workshop pledge-export:name",
        crate::text!(zh: "参与者，按工作坊里的名字", en: "The participant, as named in the session"),
    ),
    (
        "workshop pledge-export:all",
        crate::text!(
            zh: "给每位承诺了的参与者各写一个文件（写到 --out 指定的文件夹，默认当前文件夹）",
            en: "One file for every participant who pledged (into the folder --out names, else here)",
        ),
    ),
    (
        "workshop pledge-export:day",
        crate::text!(
            zh: "这张牌是哪一天的［默认：工作坊的第二天］",
            en: "The day the card is for [default: the day after the session]",
        ),
    ),
    (
        "workshop pledge-export:out",
        crate::text!(
            zh: "要写的文件［默认：当前文件夹里的 xiaoshi-pledge-<工作坊>-<名字>.json］；- 表示输出到屏幕；用 --all 时是文件夹",
            en: "The file to write [default: xiaoshi-pledge-<session>-<name>.json here]; `-` for standard output; with `--all`, a folder",
        ),
    ),
    (
        "export",
        crate::text!(
            zh: "做要打印的东西：可打印的牌组 PDF（默认）或 SVG/PNG 卡牌、21 天纸质打卡表，或本月的楼道海报",
            en: "Make something to print: the deck as print-and-play PDF sheets (default) or SVG/PNG cards, the 21-day paper tracker, or this month's stairwell poster",
        ),
    ),
    (
        "export:format",
        crate::text!(
            zh: "pdf：可打印的页面；svg：一张牌一个文件加 back.svg，给设计的人；png：同样，300 dpi",
            en: "pdf: print-and-play sheets; svg: one file a card and back.svg, for designers; png: the same at 300 dpi",
        ),
    ),
    (
        "export:out",
        crate::text!(
            zh: "要写的文件（- 表示输出到屏幕），svg 和 png 是文件夹［默认：shequ-xiaoshi-print.pdf、shequ-xiaoshi-svg/、-png/、-tracker.pdf、-poster.pdf，按 --deck 命名］",
            en: "The file to write (`-` for standard output), or the folder for svg and png [default: shequ-xiaoshi-print.pdf, shequ-xiaoshi-svg/, -png/, -tracker.pdf, -poster.pdf, named after --deck]",
        ),
    ),
    (
        "export:paper",
        crate::text!(
            zh: "纸张大小［默认：a4］；a3 用于打卡表和海报",
            en: "The paper size [default: a4]; a3 is for the tracker and the poster",
        ),
    ),
    (
        "export:large",
        crate::text!(
            zh: "大字版：70 × 120 毫米的卡牌，一页四张，只印中文（除非 --lang 另有指定），方便老人和远一点看",
            en: "Large print: 70 × 120 mm cards, four to a sheet, Chinese only unless --lang says otherwise, for older residents and reading at arm's length",
        ),
    ),
    (
        "export:back",
        crate::text!(
            zh: "卡牌背面：patterned（深蓝花纹，默认）或 plain（白底，省墨）",
            en: "The card backs: patterned (navy, the default) or plain (white, low ink)",
        ),
    ),
    (
        "export:bleed",
        crate::text!(
            zh: "每张牌四边各多印 3 毫米图案、牌间留 6 毫米，给印刷店的裁纸刀（默认牌挨着牌：相邻两张一刀裁开）",
            en: "Give every card its own 3 mm of artwork past its edges and 6 mm gutters, for a print shop's guillotine (by default cards touch: one cut between neighbours)",
        ),
    ),
    (
        "export:duplex",
        crate::text!(
            zh: "打印机怎么翻纸：每张背面都落在正面后面［默认：long］",
            en: "How your printer turns the sheet: each back lands behind its front [default: long]",
        ),
    ),
    (
        "export:back_offset",
        crate::text!(
            zh: "把背面向右移 X 毫米、向下移 Y 毫米（负数为左、上），抵消打印机的双面偏移；--calibration 可以量出来",
            en: "Move the backs X mm right and Y mm down (negative: left, up), to undo a printer's duplex shift; `--calibration` measures it",
        ),
    ),
    (
        "export:calibration",
        crate::text!(
            zh: "先印一张双面对齐测试页：100 毫米的尺子和十字，用来读出背面偏移",
            en: "Start with a duplex test sheet: a 100 mm ruler and crosses to read the back offset from",
        ),
    ),
    (
        "export:font",
        crate::text!(
            zh: "用这个 OpenType/TrueType 字体排卡牌，代替内置的思源黑体（Noto Sans CJK SC）",
            en: "Set the cards in this OpenType/TrueType font instead of the built-in Noto Sans CJK SC",
        ),
    ),
    (
        "export:tracker",
        crate::text!(
            zh: "写出 21 天纸质打卡表（一页），不写牌组",
            en: "Write the 21-day paper tracker (one sheet) instead of the deck",
        ),
    ),
    (
        "export:start",
        crate::text!(
            zh: "打卡表的第一天，连同之后 21 天的日期印在上面（2026-12-01 或 12月1日）［默认：今天］",
            en: "The tracker's first day, printed on it with the 21 dates that follow (2026-12-01 or 2026年12月1日) [default: today]",
        ),
    ),
    (
        "export:poster",
        crate::text!(
            zh: "写出本月的楼道海报，不写牌组：爱邻日、活动季，还留出茶话会时间和地点的空位",
            en: "Write this month's stairwell poster instead of the deck: the 爱邻日, the activity season, and space for the tea talk's time and place",
        ),
    ),
    (
        "export:month",
        crate::text!(
            zh: "海报的月份：2026-12（或 2026年12月）［默认：本月］",
            en: "The poster's month: 2026-12 (also 2026年12月) [default: this month]",
        ),
    ),
    (
        "group",
        crate::text!(
            zh: "小事带领人的小组：成员、纸质打卡表、微信接龙、居民自己的导出；每日茶话会、月度复盘、给街道的匿名汇总（在终端里不写子命令就打开小组界面）",
            en: "The small-thing leader's group: members, paper trackers, WeChat 接龙 lists, residents' own exports; the daily tea talk, the monthly review, the names-free summary for the street (without a subcommand, in a terminal, opens the group's screen)",
        ),
    ),
    (
        "group:group",
        crate::text!(
            zh: "哪个小组：数据文件夹里小组的名字，或者一个文件夹的路径（带 /，如 ./幸福里，可以放在同步或共享的文件夹里）［默认：只有一个小组时就是它］",
            en: "Which group: a group's name in the data folder, or a folder's path (with a /, such as ./xingfuli; it may be a synced or shared folder) [default: the only group]",
        ),
    ),
    (
        "group:json",
        crate::text!(zh: "以 JSON 输出", en: "Print JSON"),
    ),
    (
        "group:yes",
        crate::text!(
            zh: "预览确认无误：照预览写入（不加就只预览，什么都不写）",
            en: "The preview is right: write what it shows (without this, only the preview is printed and nothing is written)",
        ),
    ),
    (
        "group:out",
        crate::text!(zh: "写到这个文件，不输出到屏幕", en: "Write to this file instead of standard output"),
    ),
    (
        "group:paper",
        crate::text!(zh: "纸张：a4（默认）、a3 或 letter", en: "The paper: a4 (default), a3 or letter"),
    ),
    (
        "group new",
        crate::text!(
            zh: "建一个新小组（放在数据文件夹的 groups/ 里，或 --group 给的文件夹）",
            en: "Make a new group (in the data folder's groups/, or the folder --group names)",
        ),
    ),
    (
        "group new:name",
        crate::text!(zh: "小组的名字，如 康乐小区12号楼", en: "The group's name, such as 康乐小区12号楼"),
    ),
    (
        "group new:street",
        crate::text!(zh: "所属街道，写进给街道的汇总", en: "The street (街道) it belongs to, for the street's roll-up"),
    ),
    (
        "group new:start",
        crate::text!(
            zh: "第一轮 21 天的第 1 天（接龙里的“第5天”从这天算）［默认：今天］",
            en: "Day 1 of the first 21-day round (a 接龙's 第5天 counts from it) [default: today]",
        ),
    ),
    (
        "group add",
        crate::text!(
            zh: "加入成员；同名的邻居用 --room 区分。默认名字和备注都不上海报，除非本人同意",
            en: "Add members; neighbours of one name are told apart by --room. Names and notes stay off posters unless the member agrees",
        ),
    ),
    (
        "group add:names",
        crate::text!(
            zh: "名字，可以一次写几个：\"王阿姨，李叔叔、小明\"",
            en: "Names, several at once if you like: \"王阿姨,李叔叔,小明\"",
        ),
    ),
    (
        "group add:room",
        crate::text!(zh: "楼号和房号，如 3号楼502（只加一位时）", en: "Building and room, such as 3号楼502 (when adding one)"),
    ),
    (
        "group add:joined",
        crate::text!(zh: "加入的日期［默认：今天］", en: "The day they joined [default: today]"),
    ),
    (
        "group add:poster_name",
        crate::text!(zh: "本人同意名字上海报和复盘的小故事", en: "They agree to their name on posters and in the review's stories"),
    ),
    (
        "group add:poster_notes",
        crate::text!(zh: "本人同意备注（做了什么）上海报", en: "They agree to their notes (what they did) on posters"),
    ),
    (
        "group consent",
        crate::text!(
            zh: "改一位成员的同意：名字、备注能不能上海报",
            en: "Change a member's consent: may their name, their notes appear on posters",
        ),
    ),
    (
        "group consent:member",
        crate::text!(zh: "成员：名字或编号（如 m3）", en: "The member: their name or key (such as m3)"),
    ),
    (
        "group consent:name",
        crate::text!(zh: "名字能不能上海报", en: "May their name appear on posters"),
    ),
    (
        "group consent:notes",
        crate::text!(zh: "备注能不能上海报", en: "May their notes appear on posters"),
    ),
    (
        "group list",
        crate::text!(zh: "列出数据文件夹里的小组", en: "List the groups in the data folder"),
    ),
    (
        "group link",
        crate::text!(
            zh: "把和小组一起办的工作坊连到小组：月度复盘算上这个月工作坊里的承诺（不写谁承诺的）",
            en: "Link workshops held with the group: the monthly review counts the month's pledges made there (not who made them)",
        ),
    ),
    (
        "group link:sessions",
        crate::text!(
            zh: "工作坊：名字、名字的开头或场次码（见 xiaoshi workshop list）",
            en: "Workshops: a session's name, the start of it, or its code (see `xiaoshi workshop list`)",
        ),
    ),
    (
        "group show",
        crate::text!(
            zh: "小组和成员：房号、加入日期、同意了什么、打卡次数",
            en: "The group and its members: rooms, when they joined, what they agreed to, check-ins",
        ),
    ),
    (
        "group paste",
        crate::text!(
            zh: "读一段微信接龙（文件，或从标准输入粘贴），先预览每一行读成了什么、对上了哪位成员；加 --yes 才记录",
            en: "Read a WeChat 接龙 list (a file, or pasted on standard input): first a preview of what each line was read as and which member it matched; --yes records it",
        ),
    ),
    (
        "group paste:file",
        crate::text!(zh: "接龙文字的文件［默认：标准输入］", en: "A file holding the list [default: standard input]"),
    ),
    (
        "group paste:date",
        crate::text!(
            zh: "接龙没写日期时，是哪一天的（2026-12-05 或 12月5日）",
            en: "The day of a list that gives no date (2026-12-05 or 2026年12月5日)",
        ),
    ),
    (
        "group paste:pick",
        crate::text!(
            zh: "预览里不能确定的行是谁：行号=名字或编号，如 5=王阿姨 或 5=m3（可以写几次）",
            en: "Who a line the preview was unsure of is: LINE=name or key, such as 5=王阿姨 or 5=m3 (repeat for more)",
        ),
    ),
    (
        "group import",
        crate::text!(
            zh: "导入居民自己的 `xiaoshi journal export` 文件，记到对应的成员名下；先预览，加 --yes 才写；导入两次不会重复",
            en: "Import residents' own `xiaoshi journal export` files to their members: a preview first, --yes writes; importing twice changes nothing",
        ),
    ),
    (
        "group import:files",
        crate::text!(zh: "导出文件（JSON 或 CSV），可以写几个", en: "Export files (JSON or CSV), any number"),
    ),
    (
        "group import:as_member",
        crate::text!(
            zh: "没写名字的导出（旧版本或 CSV）是哪位成员的：名字或编号",
            en: "Whose the exports without a name are (older versions, CSV): a member's name or key",
        ),
    ),
    (
        "group today",
        crate::text!(
            zh: "茶话会看一眼：今天和本周谁做了什么、同意分享的备注、花色、该打个招呼的人",
            en: "The tea talk at a glance: who did what today and this week, notes shared with consent, suits, who to say hello to",
        ),
    ),
    (
        "group grid",
        crate::text!(
            zh: "在界面里按表格录入纸质打卡：成员 × 日期，一个键打勾，也可以写牌（h7、♥7、红7）",
            en: "Type paper check-ins in on a grid of members × days: a key ticks a day, or type a card (h7, ♥7, 红7)",
        ),
    ),
    (
        "group grid:from",
        crate::text!(zh: "表格的第一天［默认：六天前］", en: "The grid's first day [default: six days ago]"),
    ),
    (
        "group review",
        crate::text!(
            zh: "月度复盘：参与、打卡、完成的轮次、花色、做得最多的小事、小故事（经同意）、比上个月；md、csv、json，或贴公告栏的 pdf 海报",
            en: "The monthly review: participation, check-ins, rounds completed, suits, top cards, stories (with consent), change from last month; md, csv, json, or a pdf poster for the notice board",
        ),
    ),
    (
        "group review:month",
        crate::text!(zh: "哪个月：2026-12（或 2026年12月）［默认：本月］", en: "The month: 2026-12 (also 2026年12月) [default: this month]"),
    ),
    (
        "group review:format",
        crate::text!(
            zh: "md（Markdown）、csv、json，或 pdf（海报）［默认：md；--anonymous 时是 json］",
            en: "md (Markdown), csv, json, or pdf (the poster) [default: md; json with --anonymous]",
        ),
    ),
    (
        "group review:anonymous",
        crate::text!(
            zh: "写给街道的匿名汇总（JSON）：只有数字，没有名字和备注；xiaoshi rollup 汇总多个",
            en: "Write the names-free summary for the street (JSON): counts only, no names or notes; `xiaoshi rollup` merges many",
        ),
    ),
    (
        "group export",
        crate::text!(
            zh: "导出所有打卡明细：一次打卡一行（没有名字和备注），给表格、pandas 或 DuckDB",
            en: "Export every check-in, one row each (no names or notes), for a spreadsheet, pandas or DuckDB",
        ),
    ),
    (
        "group export:format",
        crate::text!(
            zh: "csv（带 BOM，Excel 直接打开）或 jsonl（一行一个 JSON）",
            en: "csv (with a BOM, for Excel) or jsonl (JSON Lines)",
        ),
    ),
    (
        "group sheet",
        crate::text!(
            zh: "打印小组打卡表：成员 × 21 天，和录入表格的顺序一样（只印同意上海报的名字）",
            en: "Print the group sheet: members × 21 days, in the grid's order (only names members agreed to show)",
        ),
    ),
    (
        "group sheet:start",
        crate::text!(zh: "打卡表的第一天［默认：今天］", en: "The sheet's first day [default: today]"),
    ),
    (
        "rollup",
        crate::text!(
            zh: "汇总多个小组的匿名汇总（文件或文件夹）：小组数、成员、参与率、打卡、轮次、花色、按街道；同一份读两次不会重复计算",
            en: "Merge groups' names-free summaries (files or folders): groups, members, active rate, check-ins, rounds, suits, by street; the same file twice counts once",
        ),
    ),
    (
        "rollup:paths",
        crate::text!(
            zh: "汇总文件（group review --anonymous 写的），或放着它们的文件夹",
            en: "Summary files (made by `group review --anonymous`), or folders of them",
        ),
    ),
    (
        "rollup:format",
        crate::text!(zh: "md（Markdown）、csv 或 json", en: "md (Markdown), csv or json"),
    ),
    (
        "rollup:out",
        crate::text!(zh: "写到这个文件，不输出到屏幕", en: "Write to this file instead of standard output"),
    ),
    (
        "completions",
        crate::text!(
            zh: "输出 shell 的补全脚本，例如 `xiaoshi completions bash > ~/.local/share/bash-completion/completions/xiaoshi`",
            en: "Print a shell completion script, e.g. `xiaoshi completions bash > ~/.local/share/bash-completion/completions/xiaoshi`",
        ),
    ),
    (
        "completions:shell",
        crate::text!(zh: "为哪种 shell 写补全", en: "The shell to write completions for"),
    ),
    (
        "man",
        crate::text!(
            zh: "输出 man 手册页（roff，英文），例如 `xiaoshi man | man -l -`",
            en: "Print the man page (roff), e.g. `xiaoshi man | man -l -`",
        ),
    ),
];

/// The help for a command (`path`) or one of its arguments (`path:id`): its
/// own entry, or its nearest parent command's.
pub fn help(path: &str, arg: Option<&str>) -> Option<Text> {
    let find = |key: &str| HELP.iter().find(|(k, _)| *k == key).map(|(_, text)| *text);
    let Some(id) = arg else {
        return find(path);
    };
    let mut at = path;
    loop {
        if let Some(text) = find(&format!("{at}:{id}")) {
            return Some(text);
        }
        if at.is_empty() {
            return None;
        }
        at = at.rsplit_once(' ').map_or("", |(parent, _)| parent);
    }
}
