//! The two languages, how the user's one is found, and every UI string.
//!
//! Strings live here as `Localized` consts (gitui keeps its strings in one
//! module too), so a translation is reviewed in one place and no screen or
//! command invents its own wording.

use serde::{Deserialize, Serialize};

/// A language xiaoshi speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Lang {
    /// 中文
    Zh,
    /// English
    En,
}

impl Lang {
    /// Picks the language: the `--lang` flag, then `XIAOSHI_LANG`, then a
    /// `LANG` that starts with `zh`, else English. Environment values are read
    /// leniently (`zh_CN.UTF-8`, `EN`), and one that names neither language is
    /// skipped rather than an error, because it may be set for other programs.
    pub fn detect(flag: Option<Lang>, xiaoshi_lang: Option<&str>, lang: Option<&str>) -> Lang {
        if let Some(lang) = flag {
            return lang;
        }
        if let Some(lang) = xiaoshi_lang.and_then(Lang::from_env_value) {
            return lang;
        }
        match lang.and_then(Lang::from_env_value) {
            Some(Lang::Zh) => Lang::Zh,
            _ => Lang::En,
        }
    }

    /// Reads the process environment for [`Lang::detect`].
    pub fn from_env(flag: Option<Lang>) -> Lang {
        let xiaoshi_lang = std::env::var("XIAOSHI_LANG").ok();
        let lang = std::env::var("LANG").ok();
        Lang::detect(flag, xiaoshi_lang.as_deref(), lang.as_deref())
    }

    fn from_env_value(value: &str) -> Option<Lang> {
        let value = value.trim().to_ascii_lowercase();
        if value.starts_with("zh") {
            Some(Lang::Zh)
        } else if value.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// A text in both languages, as deck files write it: `(zh: "…", en: "…")`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized<T> {
    pub zh: T,
    pub en: T,
}

impl<T> Localized<T> {
    pub const fn new(zh: T, en: T) -> Self {
        Localized { zh, en }
    }

    pub fn get(&self, lang: Lang) -> &T {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }

    /// Both texts with their language, Chinese first.
    pub fn each(&self) -> [(Lang, &T); 2] {
        [(Lang::Zh, &self.zh), (Lang::En, &self.en)]
    }
}

impl Localized<String> {
    pub fn as_str(&self, lang: Lang) -> &str {
        self.get(lang).as_str()
    }
}

/// A UI string.
pub type Text = Localized<&'static str>;

pub const JOKER: Text = Text::new("大小王", "Joker");
pub const JOKER_THEME: Text = Text::new("自由发挥", "your own idea");

// `deck list` column headings.
pub const COL_ID: Text = Text::new("编号", "ID");
pub const COL_SUIT: Text = Text::new("花色", "SUIT");
pub const COL_RANK: Text = Text::new("点数", "RANK");
pub const COL_MINUTES: Text = Text::new("分钟", "MIN");
pub const COL_TITLE: Text = Text::new("标题", "TITLE");

// `deck show` labels.
pub const LABEL_TITLE: Text = Text::new("标题", "Title");
pub const LABEL_ACTION: Text = Text::new("行动", "Action");
pub const LABEL_TIME: Text = Text::new("时间", "Time");
pub const LABEL_EFFORT: Text = Text::new("投入", "Effort");
pub const LABEL_TIP: Text = Text::new("提示", "Tip");
pub const MINUTES_ABOUT: Text = Text::new("约 {} 分钟", "about {} minutes");

pub const EFFORT_MOMENT: Text = Text::new("几分钟，一位邻居", "a few minutes, one neighbour");
pub const EFFORT_HOUR: Text = Text::new("一小时左右，几户人家", "an hour or so, a few households");
pub const EFFORT_GROUP: Text = Text::new("一群人或整个楼道", "a group or the whole stairwell");
pub const EFFORT_JOKER: Text = Text::new("由你决定", "up to you");

// `deck check`.
pub const CHECK_OK: Text = Text::new(
    "{file}：有效，共 {count} 张牌（{kind}）",
    "{file}: valid, {count} cards ({kind})",
);
pub const KIND_COMPLETE: Text = Text::new("完整牌组", "complete deck");
pub const KIND_PARTIAL: Text = Text::new("部分牌组", "partial deck");
pub const WARNING: Text = Text::new("提醒", "warning");

pub const BUILTIN_DECK: Text = Text::new("内置牌组", "built-in deck");
pub const HINT_NO_TUI: Text = Text::new(
    "提示：用 `xiaoshi deck show 编号` 查看一张牌，`xiaoshi --help` 查看全部命令。",
    "Tip: `xiaoshi deck show ID` shows one card; `xiaoshi --help` lists every command.",
);

/// Fills `{}` (positional) in a UI string.
pub fn fill(template: &str, value: impl std::fmt::Display) -> String {
    template.replacen("{}", &value.to_string(), 1)
}

/// Fills `{name}` placeholders in a UI string.
pub fn fill_named(template: &str, pairs: &[(&str, &dyn std::fmt::Display)]) -> String {
    pairs
        .iter()
        .fold(template.to_string(), |acc, (name, value)| {
            acc.replace(&format!("{{{name}}}"), &value.to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_wins_over_everything() {
        assert_eq!(
            Lang::detect(Some(Lang::En), Some("zh"), Some("zh_CN.UTF-8")),
            Lang::En
        );
        assert_eq!(
            Lang::detect(Some(Lang::Zh), Some("en"), Some("C")),
            Lang::Zh
        );
    }

    #[test]
    fn xiaoshi_lang_wins_over_lang() {
        assert_eq!(
            Lang::detect(None, Some("en"), Some("zh_CN.UTF-8")),
            Lang::En
        );
        assert_eq!(
            Lang::detect(None, Some("zh_TW"), Some("en_GB.UTF-8")),
            Lang::Zh
        );
        assert_eq!(Lang::detect(None, Some("ZH"), None), Lang::Zh);
    }

    #[test]
    fn unusable_xiaoshi_lang_falls_through_to_lang() {
        assert_eq!(
            Lang::detect(None, Some("fr"), Some("zh_CN.UTF-8")),
            Lang::Zh
        );
        assert_eq!(Lang::detect(None, Some(""), Some("zh_SG")), Lang::Zh);
    }

    #[test]
    fn default_is_english() {
        assert_eq!(Lang::detect(None, None, None), Lang::En);
        assert_eq!(Lang::detect(None, None, Some("C.UTF-8")), Lang::En);
        assert_eq!(Lang::detect(None, None, Some("de_DE.UTF-8")), Lang::En);
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(fill(MINUTES_ABOUT.zh, 30), "约 30 分钟");
        assert_eq!(
            fill_named(
                CHECK_OK.en,
                &[("file", &"a.ron"), ("count", &3), ("kind", &"x")]
            ),
            "a.ron: valid, 3 cards (x)"
        );
    }
}
