//! What is said about a value that could not be read (`src/input.rs`):
//! what was typed, and an example that works.

crate::strings! {
    NOT_A_NUMBER { zh: "“{typed}” 不是数字", en: "`{typed}` is not a number" }
    OUT_OF_RANGE {
        zh: "“{typed}” 不在 {min} 到 {max} 之间",
        en: "`{typed}` is out of range: {min} to {max}",
    }
    NUMBER_EXAMPLE {
        zh: "写一个 {min} 到 {max} 之间的整数，例如 {max}",
        en: "give a whole number from {min} to {max}, such as {max}",
    }
    NOT_A_DATE { zh: "“{typed}” 不是日期", en: "`{typed}` is not a date" }
    NO_SUCH_DAY { zh: "没有 {typed} 这一天", en: "there is no day {typed}" }
    DATE_EXAMPLE {
        zh: "可以写 2026-12-20、2026/12/20、2026年12月20日，或今年的 12月20日",
        en: "write it as 2026-12-20, 2026/12/20, 2026年12月20日, or 12月20日 for this year",
    }
    NOT_A_TIME { zh: "“{typed}” 不是钟点", en: "`{typed}` is not a time of day" }
    TIME_EXAMPLE { zh: "写成 时:分，例如 04:00", en: "write it as hours:minutes, such as 04:00" }
    NOT_A_MONTH { zh: "“{typed}” 不是年月", en: "`{typed}` is not a month" }
    MONTH_EXAMPLE {
        zh: "写成 2026-12 或 2026年12月",
        en: "write it like 2026-12 or 2026年12月",
    }
    NOT_A_SEED {
        zh: "“{typed}” 不是数字，也不是场次码",
        en: "`{typed}` is neither a number nor a session code",
    }
    SEED_EXAMPLE {
        zh: "写一个整数（例如 42），或发牌时印出的场次码（例如 N0VZH）",
        en: "give a whole number (such as 42) or the session code a deal printed (such as N0VZH)",
    }
    NOT_A_CODE { zh: "“{typed}” 不是场次码", en: "`{typed}` is not a session code" }
    CODE_EXAMPLE {
        zh: "场次码是发牌时印出的字母和数字，例如 N0VZH",
        en: "a session code is the letters and digits a deal printed, such as N0VZH",
    }
    NOT_AN_OFFSET {
        zh: "“{typed}” 不是以毫米计的 X,Y",
        en: "`{typed}` is not X,Y in millimetres",
    }
    OFFSET_TOO_LARGE {
        zh: "“{typed}” 超过 {max} 毫米：这是打印机设置错了，不是双面偏移",
        en: "`{typed}` is more than {max} mm: that is a wrong printer setting, not a duplex shift",
    }
    OFFSET_EXAMPLE {
        zh: "写成 右移,下移（毫米，负数为左、上），例如 1.5,-0.5",
        en: "write right,down in millimetres (negative: left, up), such as 1.5,-0.5",
    }
    NOT_A_SUIT { zh: "“{typed}” 不是花色", en: "`{typed}` is not a suit" }
    NOT_A_PICK { zh: "“{typed}” 不是“行号=成员”", en: "`{typed}` is not LINE=MEMBER" }
    PICK_EXAMPLE {
        zh: "写成 5=王阿姨 或 5=m3：第 5 行是哪位成员（行号见预览）",
        en: "write 5=王阿姨 or 5=m3: which member line 5 is (the preview shows the lines)",
    }
    SUIT_EXAMPLE {
        zh: "花色写 红桃、黑桃、梅花、方块、大小王（或 hearts、spades、clubs、diamonds、joker）",
        en: "suits are hearts, spades, clubs, diamonds and joker (or 红桃、黑桃、梅花、方块、大小王)",
    }
    LOOKS_LIKE_A_LIST {
        zh: "“{typed}” 像是几个名字连在一起（中间有“{found}”）",
        en: "`{typed}` looks like several names run together (it holds `{found}`)",
    }
    LIST_EXAMPLE {
        zh: "名字之间用逗号、顿号或分号隔开，例如：王阿姨，李叔叔、小明",
        en: "separate names with commas or semicolons, such as: 王阿姨, 李叔叔, 小明",
    }
}
