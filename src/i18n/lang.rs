//! The languages xiaoshi speaks, as data.
//!
//! Everything that differs between languages and is not a sentence — the
//! code a deck file and `--lang` use, the punctuation between clauses and
//! list items, which language a card shows beneath the main one, plurals —
//! is one row of [`LANGUAGES`]. Code elsewhere asks a [`Lang`] (`lang.colon()`,
//! `lang.join(…)`) instead of matching on it, so adding a language is a new
//! row, its column of the string catalogue, and its text in the decks.
//!
//! Unit tests add a pseudo-language (`qps`, Microsoft's name for one) that
//! exists only under `cfg(test)`: the whole library compiles and runs with a
//! third language, which is the proof that no code path matches on two.

/// A language xiaoshi speaks. The order is the order of [`Lang::ALL`], of
/// the switch key's cycle, and of the languages in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// 中文 (Simplified Chinese): the programme's language, first.
    Zh,
    /// English.
    En,
    /// A test-only pseudo-language: English words, its own punctuation.
    #[cfg(test)]
    Pseudo,
}

/// How a language counts: Chinese has one form for every number, English
/// says "1 day" but "2 days".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    /// One form for every count.
    None,
    /// A form for exactly one, another for every other count.
    OneOther,
}

/// How a language is written, for layout: Han text is set larger on paper
/// and breaks between any two characters; Latin text breaks at spaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Han,
    Latin,
}

/// One language, as data.
#[derive(Debug)]
pub struct Language {
    /// Its code in deck files (`(zh: …, en: …)`), `--lang`, `XIAOSHI_LANG`
    /// and config.ron; also the start of the locale names that choose it
    /// (`zh_CN.UTF-8`).
    pub code: &'static str,
    /// Its BCP 47 tag, for HTML's `lang` attribute.
    pub tag: &'static str,
    /// Its own name for itself, as the language switch shows it.
    pub name: &'static str,
    /// Where a text not written in this language comes from (a catalogue
    /// entry or a deck text may leave it out); `None`: every text must have it.
    pub fallback: Option<Lang>,
    /// The language a card shows under this one (the TUI's card, the
    /// facilitator's big card).
    pub companion: Lang,
    /// Between a label and its value: `提示：…`, `Tip: …`.
    pub colon: &'static str,
    /// Between items of a list: `红桃、梅花`, `hearts, clubs`.
    pub list_sep: &'static str,
    /// Between clauses: `连续 2 天；已完成 0 轮`.
    pub clause_sep: &'static str,
    /// Around an aside: `方块（空间环境）`, `Diamonds (shared space)`.
    pub parens: (&'static str, &'static str),
    /// Characters people typing this language use between list items, all
    /// accepted wherever a list is read (see [`crate::input`]).
    pub typed_list_seps: &'static [char],
    pub plural: Plural,
    pub script: Script,
    /// The words of the operating system and of the libraries xiaoshi uses
    /// (`No such file or directory`, clap's `[default: …]`), which are
    /// English, may be shown as they are; otherwise xiaoshi says it itself.
    pub library_words: bool,
}

/// Every language's row, in [`Lang::ALL`] order.
const LANGUAGES: [Language; Lang::COUNT] = [
    Language {
        code: "zh",
        tag: "zh-CN",
        name: "中文",
        fallback: None,
        companion: Lang::En,
        colon: "：",
        list_sep: "、",
        clause_sep: "；",
        parens: ("（", "）"),
        typed_list_seps: &['，', '、', '；'],
        plural: Plural::None,
        script: Script::Han,
        library_words: false,
    },
    Language {
        code: "en",
        tag: "en",
        name: "English",
        fallback: None,
        companion: Lang::Zh,
        colon: ": ",
        list_sep: ", ",
        clause_sep: "; ",
        parens: (" (", ")"),
        typed_list_seps: &[',', ';'],
        plural: Plural::OneOther,
        script: Script::Latin,
        library_words: true,
    },
    #[cfg(test)]
    Language {
        code: "qps",
        tag: "qps-ploc",
        name: "Pseudo",
        fallback: Some(Lang::En),
        companion: Lang::Zh,
        colon: " :: ",
        list_sep: " ¦ ",
        clause_sep: " ¦¦ ",
        parens: (" ⟦", "⟧"),
        typed_list_seps: &['¦'],
        plural: Plural::OneOther,
        script: Script::Latin,
        library_words: false,
    },
];

impl Lang {
    /// Every language, in order.
    #[cfg(not(test))]
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];
    #[cfg(test)]
    pub const ALL: [Lang; 3] = [Lang::Zh, Lang::En, Lang::Pseudo];
    pub const COUNT: usize = Lang::ALL.len();

    /// Every language's code, in order (what a deck text's fields are named).
    pub const CODES: [&'static str; Lang::COUNT] = {
        let mut codes = [""; Lang::COUNT];
        let mut at = 0;
        while at < Lang::COUNT {
            codes[at] = LANGUAGES[at].code;
            at += 1;
        }
        codes
    };

    /// Its place in [`Lang::ALL`] (and in a [`super::Localized`]).
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Its row of data.
    pub const fn info(self) -> &'static Language {
        &LANGUAGES[self as usize]
    }

    pub const fn code(self) -> &'static str {
        self.info().code
    }

    /// Its own name: `中文`, `English`.
    pub const fn name(self) -> &'static str {
        self.info().name
    }

    pub const fn colon(self) -> &'static str {
        self.info().colon
    }

    pub const fn list_sep(self) -> &'static str {
        self.info().list_sep
    }

    pub const fn clause_sep(self) -> &'static str {
        self.info().clause_sep
    }

    pub const fn script(self) -> Script {
        self.info().script
    }

    /// The language shown beneath this one on a card.
    pub const fn companion(self) -> Lang {
        self.info().companion
    }

    /// The language after this one, for the switch key (wraps round).
    pub fn next(self) -> Lang {
        Lang::ALL[(self.index() + 1) % Lang::COUNT]
    }

    /// `text` as an aside: `（空间环境）`, ` (shared space)`.
    pub fn parenthesised(self, text: &str) -> String {
        let (open, close) = self.info().parens;
        format!("{open}{text}{close}")
    }

    /// Items as this language lists them: `红桃、梅花`, `hearts, clubs`.
    pub fn join<S: AsRef<str>>(self, items: &[S]) -> String {
        let mut out = String::new();
        for (at, item) in items.iter().enumerate() {
            if at > 0 {
                out.push_str(self.list_sep());
            }
            out.push_str(item.as_ref());
        }
        out
    }

    /// The language a code names (`zh`, `EN`); `None` for any other.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code.trim()))
    }

    /// [`Lang::from_code`] for the catalogue, at compile time.
    pub(crate) const fn from_code_const(code: &str) -> Option<Lang> {
        let mut at = 0;
        while at < Lang::COUNT {
            if str_eq(LANGUAGES[at].code, code) {
                return Some(Lang::ALL[at]);
            }
            at += 1;
        }
        None
    }

    /// The language a locale or environment value names, read leniently:
    /// `zh_CN.UTF-8`, `zh-Hans`, `EN`. `None` when it names none of ours.
    pub fn from_locale(value: &str) -> Option<Lang> {
        let value = value.trim();
        let primary = value.split(['_', '-', '.', '@']).next().unwrap_or_default();
        Lang::from_code(primary)
    }

    /// Where the language came from, in order; the first that names a
    /// language wins (see [`Lang::detect`]).
    pub fn detect(sources: &Sources<'_>) -> Lang {
        if let Some(lang) = sources.flag {
            return lang;
        }
        if let Some(lang) = sources.xiaoshi_lang.and_then(Lang::from_locale) {
            return lang;
        }
        if let Some(lang) = sources.saved {
            return lang;
        }
        // POSIX: the first locale variable that is set decides, whatever it
        // names (`LC_ALL=C` means the C locale, English, even with a Chinese LANG).
        let locale = [sources.lc_all, sources.lc_messages, sources.lang]
            .into_iter()
            .flatten()
            .find(|value| !value.trim().is_empty());
        locale.and_then(Lang::from_locale).unwrap_or(Lang::En)
    }
}

/// What decides the language, in the order it is asked: `--lang`, then
/// `XIAOSHI_LANG` (one that names no language of ours is skipped), then the
/// language saved in config.ron (the TUI's switch key saves it), then the
/// locale (`LC_ALL`, `LC_MESSAGES`, `LANG`: the first one set decides), then
/// English.
#[derive(Debug, Clone, Copy, Default)]
pub struct Sources<'a> {
    pub flag: Option<Lang>,
    pub xiaoshi_lang: Option<&'a str>,
    pub saved: Option<Lang>,
    pub lc_all: Option<&'a str>,
    pub lc_messages: Option<&'a str>,
    pub lang: Option<&'a str>,
}

/// `a == b` at compile time.
pub(crate) const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut at = 0;
    while at < a.len() {
        if a[at] != b[at] {
            return false;
        }
        at += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detect(flag: Option<Lang>, xiaoshi_lang: Option<&str>, lang: Option<&str>) -> Lang {
        Lang::detect(&Sources {
            flag,
            xiaoshi_lang,
            lang,
            ..Sources::default()
        })
    }

    #[test]
    fn the_table_is_in_the_enums_order() {
        for (at, lang) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(lang.index(), at);
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(Lang::from_code_const(lang.code()), Some(lang));
            assert_ne!(lang.companion(), lang, "{lang:?}");
            if let Some(fallback) = lang.info().fallback {
                assert!(fallback.info().fallback.is_none(), "one step at most");
            }
        }
        assert_eq!(Lang::CODES[..2], ["zh", "en"]);
    }

    #[test]
    fn flag_wins_over_everything() {
        assert_eq!(
            detect(Some(Lang::En), Some("zh"), Some("zh_CN.UTF-8")),
            Lang::En
        );
        assert_eq!(detect(Some(Lang::Zh), Some("en"), Some("C")), Lang::Zh);
        let saved = Sources {
            flag: Some(Lang::En),
            saved: Some(Lang::Zh),
            ..Sources::default()
        };
        assert_eq!(Lang::detect(&saved), Lang::En);
    }

    #[test]
    fn xiaoshi_lang_wins_over_the_saved_choice_and_the_locale() {
        assert_eq!(detect(None, Some("en"), Some("zh_CN.UTF-8")), Lang::En);
        assert_eq!(detect(None, Some("zh_TW"), Some("en_GB.UTF-8")), Lang::Zh);
        assert_eq!(detect(None, Some("ZH"), None), Lang::Zh);
        let sources = Sources {
            xiaoshi_lang: Some("en"),
            saved: Some(Lang::Zh),
            ..Sources::default()
        };
        assert_eq!(Lang::detect(&sources), Lang::En);
    }

    #[test]
    fn unusable_xiaoshi_lang_falls_through() {
        assert_eq!(detect(None, Some("fr"), Some("zh_CN.UTF-8")), Lang::Zh);
        assert_eq!(detect(None, Some(""), Some("zh_SG")), Lang::Zh);
    }

    #[test]
    fn the_saved_choice_wins_over_the_locale() {
        let sources = Sources {
            saved: Some(Lang::Zh),
            lc_all: Some("en_US.UTF-8"),
            lang: Some("en_US.UTF-8"),
            ..Sources::default()
        };
        assert_eq!(Lang::detect(&sources), Lang::Zh);
    }

    #[test]
    fn lc_all_then_lc_messages_then_lang() {
        let sources = |lc_all, lc_messages, lang| Sources {
            lc_all,
            lc_messages,
            lang,
            ..Sources::default()
        };
        let zh = Some("zh_CN.UTF-8");
        let en = Some("en_GB.UTF-8");
        assert_eq!(Lang::detect(&sources(zh, en, en)), Lang::Zh);
        assert_eq!(Lang::detect(&sources(None, zh, en)), Lang::Zh);
        assert_eq!(Lang::detect(&sources(Some(""), zh, en)), Lang::Zh);
        assert_eq!(Lang::detect(&sources(None, None, zh)), Lang::Zh);
        assert_eq!(Lang::detect(&sources(en, zh, zh)), Lang::En);
        // The first one set decides, even when it names no language of ours.
        assert_eq!(Lang::detect(&sources(Some("C"), None, zh)), Lang::En);
        assert_eq!(Lang::detect(&sources(None, Some("POSIX"), zh)), Lang::En);
    }

    #[test]
    fn default_is_english() {
        assert_eq!(detect(None, None, None), Lang::En);
        assert_eq!(detect(None, None, Some("C.UTF-8")), Lang::En);
        assert_eq!(detect(None, None, Some("de_DE.UTF-8")), Lang::En);
        assert_eq!(
            detect(None, None, Some("zhx")),
            Lang::En,
            "a prefix is not a code"
        );
    }

    #[test]
    fn locales_are_read_leniently() {
        for (value, lang) in [
            ("zh_CN.UTF-8", Some(Lang::Zh)),
            ("zh-Hans", Some(Lang::Zh)),
            (" ZH ", Some(Lang::Zh)),
            ("en_US@euro", Some(Lang::En)),
            ("C", None),
            ("", None),
        ] {
            assert_eq!(Lang::from_locale(value), lang, "{value:?}");
        }
    }

    #[test]
    fn punctuation_is_data() {
        assert_eq!(Lang::Zh.join(&["红桃", "梅花"]), "红桃、梅花");
        assert_eq!(Lang::En.join(&["hearts", "clubs"]), "hearts, clubs");
        assert_eq!(Lang::Zh.parenthesised("空间环境"), "（空间环境）");
        assert_eq!(Lang::En.parenthesised("shared space"), " (shared space)");
        assert_eq!(Lang::Zh.next(), Lang::En);
        let mut lang = Lang::Zh;
        for _ in 0..Lang::COUNT {
            lang = lang.next();
        }
        assert_eq!(lang, Lang::Zh, "the switch visits every language");
    }
}
