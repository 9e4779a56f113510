//! Strings of the deck: the suits, and everything said about a deck file
//! that cannot be used (its errors, and `deck check`'s problems).

crate::strings! {
    SUIT_HEARTS { zh: "红桃", en: "Hearts" }
    SUIT_SPADES { zh: "黑桃", en: "Spades" }
    SUIT_CLUBS { zh: "梅花", en: "Clubs" }
    SUIT_DIAMONDS { zh: "方块", en: "Diamonds" }
    THEME_HEARTS { zh: "邻里破冰", en: "neighbour icebreaking" }
    THEME_SPADES { zh: "兴趣社群", en: "interest groups" }
    THEME_CLUBS { zh: "互助友好", en: "mutual aid" }
    THEME_DIAMONDS { zh: "空间环境", en: "shared space" }

    /// The built-in deck, where a message names a deck.
    BUILTIN { zh: "内置牌组", en: "the built-in deck" }

    // A deck file that cannot be loaded.
    CANNOT_READ { zh: "无法读取牌组文件 {origin}：{reason}", en: "cannot read the deck file {origin}: {reason}" }
    CANNOT_READ_HINT { zh: "检查 --deck 后面的路径", en: "check the path given to --deck" }
    IS_FOLDER { zh: "{origin} 是文件夹，不是牌组文件", en: "{origin} is a folder, not a deck file" }
    IS_FOLDER_HINT { zh: "给出一个 .ron 牌组文件的路径", en: "give the path of a .ron deck file" }
    TOO_LARGE {
        zh: "{origin} 有 {size} 字节；牌组文件最多 {limit} 字节",
        en: "{origin} is {size} bytes; a deck file is at most {limit} bytes",
    }
    TOO_LARGE_HINT {
        zh: "是不是选错了文件？54 张牌的牌组大约 20 KB",
        en: "is this the right file? A 54-card deck is about 20 KB",
    }
    EMPTY { zh: "{origin} 是空的", en: "{origin} is empty" }
    EMPTY_HINT {
        zh: "牌组文件以 `(` 开头，列出所有的牌；可以参考 decks/shequ-xiaoshi.ron",
        en: "a deck file starts with `(` and lists its cards; see decks/shequ-xiaoshi.ron",
    }
    NOT_UTF8 { zh: "文件不是 UTF-8 文本", en: "the file is not UTF-8 text" }
    NOT_UTF8_HINT {
        zh: "另存为 UTF-8 编码（多数编辑器：另存为，然后选编码 UTF-8）",
        en: "save it as UTF-8 (in most editors: Save As, then Encoding: UTF-8)",
    }
    SYNTAX_HINT {
        zh: "对照 decks/shequ-xiaoshi.ron 里的一张牌，检查这里附近的括号、逗号和引号",
        en: "compare with a card in decks/shequ-xiaoshi.ron; check brackets, commas and quotes near this spot",
    }
    NOT_VALID { zh: "{origin} 不是有效的牌组：{problems}", en: "{origin} is not a valid deck: {problems}" }
    PROBLEMS { zh: "{n} 个问题", en: "{n} problems" }
    PROBLEMS_ONE { zh: "{n} 个问题", en: "{n} problem" }
    AND_MORE {
        zh: "……还有 {count} 个：`xiaoshi deck check {origin}` 会全部列出",
        en: "... and {count} more: `xiaoshi deck check {origin}` lists them all",
    }
    /// Before a problem: `error[E041 duplicate-id]`.
    ERROR { zh: "错误", en: "error" }
    /// Where a problem is: `card `hearts-7``.
    CARD { zh: "牌 `{card}`", en: "card `{card}`" }

    // `deck check`'s problems (see `deck::validate::ProblemKind`).
    NEWER_FORMAT {
        zh: "这个牌组是第 {format} 版格式，这个 xiaoshi 最多读第 {max} 版",
        en: "the deck is in format {format}, but this xiaoshi reads format {max} at most",
    }
    NEWER_FORMAT_HINT {
        zh: "更新 xiaoshi，或者向牌组作者要一份第 {max} 版格式的文件",
        en: "update xiaoshi, or ask the deck's author for a format {max} copy",
    }
    NO_CARDS { zh: "牌组里没有牌", en: "the deck has no cards" }
    NO_CARDS_HINT { zh: "在 `cards: [ ... ]` 里至少加一张牌", en: "add at least one card to `cards: [ ... ]`" }
    TOO_MANY_JOKERS {
        zh: "牌组有 {count} 张大小王；最多 {max} 张",
        en: "the deck has {count} jokers; a deck has at most {max}",
    }
    TOO_MANY_JOKERS_HINT {
        zh: "删掉多出的大小王，或者给它们花色和点数",
        en: "remove the extra jokers or give them a suit and rank",
    }
    MISSING_SUIT {
        zh: "整个{suit}（{theme}）都缺了：完整的牌组有 4 种花色 × 13 个点数",
        en: "the whole {suit} suit ({theme}) is missing: a complete deck has 4 suits × 13 ranks",
    }
    MISSING_CARDS { zh: "缺少 {n} 张{suit}：{ids}", en: "{n} {suit} cards are missing: {ids}" }
    MISSING_CARDS_ONE { zh: "缺少 {n} 张{suit}：{ids}", en: "{n} {suit} card is missing: {ids}" }
    MISSING_HINT {
        zh: "补上缺的牌；如果本来就是部分牌组，在文件开头写 `complete: false,`",
        en: "add the missing cards, or write `complete: false,` at the top of the deck if it is meant to be a partial deck",
    }
    BAD_ID { zh: "编号 {id} 无效", en: "the id {id} is not a valid id" }
    BAD_ID_HINT {
        zh: "编号是 1 到 40 个小写字母、数字和连字符，例如 `hearts-7`",
        en: "ids are 1 to 40 lowercase letters, digits and dashes, like `hearts-7`",
    }
    DUPLICATE_ID { zh: "编号 `{id}` 前面已经有一张牌用过了", en: "the id `{id}` is used by an earlier card too" }
    DUPLICATE_ID_HINT {
        zh: "每张牌要有自己的编号；每种花色每个点数只有一张（A 到 K）",
        en: "each card needs its own id; a suit has one card per rank (A–K)",
    }
    JOKER_WITH_RANK { zh: "大小王没有点数", en: "a joker has no rank" }
    JOKER_WITH_RANK_HINT { zh: "删掉大小王的 `rank:` 一行", en: "remove the `rank:` line from the joker" }
    JOKER_ID {
        zh: "大小王的编号 `{id}` 不是以 `joker-` 开头",
        en: "the joker's id `{id}` does not start with `joker-`",
    }
    JOKER_ID_HINT {
        zh: "大小王的编号写成 `joker-red`、`joker-black` 这样",
        en: "name jokers like `joker-red` and `joker-black`",
    }
    MISSING_RANK { zh: "{suit}的牌需要点数", en: "a {suit} card needs a rank" }
    BAD_RANK { zh: "点数 {rank} 不是牌的点数", en: "the rank {rank} is not a card rank" }
    RANK_HINT {
        zh: "点数写 \"A\"、\"2\" … \"10\"、\"J\"、\"Q\" 或 \"K\"，例如 rank: \"A\"",
        en: "ranks are \"A\", \"2\" … \"10\", \"J\", \"Q\" and \"K\", as in rank: \"A\"",
    }
    ID_MISMATCH {
        zh: "编号 `{id}` 和它的花色、点数（{suit} {rank}）对不上",
        en: "the id `{id}` does not match its suit and rank ({suit} {rank})",
    }
    ID_MISMATCH_HINT { zh: "{suit} {rank} 的编号是 `{expected}`", en: "a {suit} {rank} card has the id `{expected}`" }
    MINUTES {
        zh: "分钟数是 {minutes}；应该在 {min} 到 {max} 之间",
        en: "minutes is {minutes}; it must be from {min} to {max}",
    }
    MINUTES_HINT { zh: "大概估一下做这件事要多久", en: "give a rough estimate of the time the act takes" }
    TEXT_EMPTY { zh: "文字是空的", en: "the text is empty" }
    TEXT_SPACES { zh: "文字开头或结尾有空格", en: "the text starts or ends with spaces" }
    TEXT_CONTROL {
        zh: "文字里有控制字符（U+{code}）；一张牌的文字是一段",
        en: "the text holds a control character (U+{code}); cards are one paragraph",
    }
    TEXT_TOO_WIDE {
        zh: "文字有 {width} 列宽；上限是 {max}（一个汉字算 2 列）",
        en: "the text is {width} columns wide; the limit is {max} (a Chinese character counts 2)",
    }
    TEXT_HINT {
        zh: "每种语言都写上文字，不要超过上限（见 README 的 Deck files）",
        en: "write the text in every language, within the limit (README: Deck files)",
    }
    NAME_HINT {
        zh: "给牌组起一个简短的名字，每种语言都写",
        en: "give the deck a short name in every language",
    }
    AMBIGUOUS {
        zh: "{char}（U+{code}）在有的终端里占一列，有的占两列",
        en: "{char} (U+{code}) is one column wide in some terminals and two in others",
    }
    AMBIGUOUS_HINT {
        zh: "改用全角标点，如「」，。，或者纯 ASCII",
        en: "use full-width punctuation such as 「」，。 or plain ASCII instead",
    }
}
