//! A value in every language: the catalogue's strings ([`Text`]) and a
//! deck's texts (`Localized<DeckText>`, written `(zh: "…", en: "…")`).
//!
//! A `Localized` holds one value per [`Lang`], indexed by the language, so
//! the set of languages is [`Lang::ALL`] and nothing here names one. A text
//! may leave out a language that has a fallback (see
//! [`super::lang::Language::fallback`]); every other language is required,
//! by the compiler for the catalogue and by the deck checker for decks.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};

use super::Lang;

/// A value in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Localized<T>([T; Lang::COUNT]);

/// A catalogue string.
pub type Text = Localized<&'static str>;

impl<T> Localized<T> {
    /// The values in [`Lang::ALL`] order, at compile time: the baked deck's
    /// texts (`deck/baked.rs`).
    pub const fn from_array(values: [T; Lang::COUNT]) -> Self {
        Localized(values)
    }

    /// One value per language, made by `make`.
    pub fn from_fn(make: impl FnMut(Lang) -> T) -> Self {
        Localized(Lang::ALL.map(make))
    }

    pub fn get(&self, lang: Lang) -> &T {
        &self.0[lang.index()]
    }

    pub fn get_mut(&mut self, lang: Lang) -> &mut T {
        &mut self.0[lang.index()]
    }

    /// Every language's value, in [`Lang::ALL`] order.
    pub fn each(&self) -> impl Iterator<Item = (Lang, &T)> {
        Lang::ALL.into_iter().zip(self.0.iter())
    }

    pub fn map<U>(&self, mut f: impl FnMut(&T) -> U) -> Localized<U> {
        Localized::from_fn(|lang| f(self.get(lang)))
    }
}

impl<T: Clone> Localized<T> {
    /// A value written in Chinese and English; any other language takes
    /// its fallback's (see [`super::Language::fallback`]).
    ///
    /// # Panics
    ///
    /// If a language has no fallback: its value cannot be made up.
    pub fn zh_en(zh: T, en: T) -> Self {
        let given = |lang: Lang| match lang.code() {
            "zh" => Some(zh.clone()),
            "en" => Some(en.clone()),
            _ => None,
        };
        Localized::from_fn(|lang| {
            given(lang)
                .or_else(|| lang.info().fallback.and_then(given))
                .unwrap_or_else(|| panic!("no {} text and no fallback", lang.code()))
        })
    }
}

impl<T: PartialEq> Localized<T> {
    /// The values as written: a language whose value only copies its
    /// fallback's is left out (it says nothing its fallback does not).
    pub fn written(&self) -> impl Iterator<Item = (Lang, &T)> {
        self.each().filter(|(lang, value)| {
            lang.info()
                .fallback
                .is_none_or(|fallback| self.get(fallback) != *value)
        })
    }
}

impl<T: Copy> Localized<T> {
    /// A value from `(language code, value)` pairs, at compile time: what
    /// [`text!`](crate::text) and [`strings!`](crate::strings) expand to. A
    /// pair for an unknown language, a language given twice, or a required
    /// language left out stops the build.
    pub const fn of(pairs: &[(&str, T)]) -> Self {
        assert!(!pairs.is_empty(), "a catalogue entry needs its texts");
        let mut values = [pairs[0].1; Lang::COUNT];
        let mut given = [false; Lang::COUNT];
        let mut at = 0;
        while at < pairs.len() {
            let Some(lang) = Lang::from_code_const(pairs[at].0) else {
                panic!("a catalogue entry names a language xiaoshi does not have");
            };
            assert!(
                !given[lang.index()],
                "a catalogue entry gives a language twice"
            );
            values[lang.index()] = pairs[at].1;
            given[lang.index()] = true;
            at += 1;
        }
        let mut at = 0;
        while at < Lang::COUNT {
            if !given[at] {
                match Lang::ALL[at].info().fallback {
                    Some(fallback) if given[fallback.index()] => {
                        values[at] = values[fallback.index()];
                    }
                    _ => panic!("a catalogue entry lacks a language"),
                }
            }
            at += 1;
        }
        Localized(values)
    }
}

impl Text {
    /// The two-language shorthand: `Text::new(zh, en)` is `text!(zh: …, en: …)`.
    pub const fn new(zh: &'static str, en: &'static str) -> Text {
        Text::of(&[("zh", zh), ("en", en)])
    }
}

impl Localized<String> {
    pub fn as_str(&self, lang: Lang) -> &str {
        self.get(lang).as_str()
    }
}

impl Localized<std::borrow::Cow<'static, str>> {
    pub fn as_str(&self, lang: Lang) -> &str {
        self.get(lang)
    }
}

/// One catalogue value, its languages named: `text!(zh: "是", en: "yes")`.
#[macro_export]
macro_rules! text {
    ($($lang:ident : $value:expr),+ $(,)?) => {
        $crate::i18n::Localized::of(&[$((stringify!($lang), $value)),+])
    };
}

/// A module's catalogue: `pub const NAME: Text` for every entry, and
/// `ALL_STRINGS` listing them by name for the tests that check every entry
/// has every language with the same placeholders.
///
/// ```ignore
/// strings! {
///     /// Shown when …
///     CHECK_OK { zh: "{file}：有效", en: "{file}: valid" }
/// }
/// ```
#[macro_export]
macro_rules! strings {
    ($($(#[$meta:meta])* $name:ident { $($lang:ident : $value:literal),+ $(,)? })*) => {
        $($(#[$meta])* pub const $name: $crate::i18n::Text = $crate::text!($($lang: $value),+);)*
        /// Every entry of this module's catalogue, by name.
        pub static ALL_STRINGS: &[(&str, $crate::i18n::Text)] = &[$((stringify!($name), $name)),*];
    };
}

/// Deck texts and saved titles read `(zh: "…", en: "…")`: a field per
/// language code. A language with a fallback may be left out and then
/// copies it; an unknown language is an error, as is a required one missing.
impl<'de, T: Deserialize<'de> + Clone> Deserialize<'de> for Localized<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_struct(
            "Localized",
            &Lang::CODES,
            LocalizedVisitor(std::marker::PhantomData),
        )
    }
}

struct LocalizedVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: Deserialize<'de> + Clone> Visitor<'de> for LocalizedVisitor<T> {
    type Value = Localized<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a text in every language ({})", Lang::CODES.join(", "))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Localized<T>, A::Error> {
        let mut values: [Option<T>; Lang::COUNT] = std::array::from_fn(|_| None);
        while let Some(LangKey(lang)) = map.next_key()? {
            let slot = &mut values[lang.index()];
            if slot.is_some() {
                return Err(de::Error::duplicate_field(lang.code()));
            }
            *slot = Some(map.next_value()?);
        }
        for lang in Lang::ALL {
            if values[lang.index()].is_some() {
                continue;
            }
            let copied = lang
                .info()
                .fallback
                .and_then(|fallback| values[fallback.index()].clone());
            match copied {
                Some(value) => values[lang.index()] = Some(value),
                None => return Err(de::Error::missing_field(lang.code())),
            }
        }
        let mut values = values.into_iter().flatten();
        Ok(Localized::from_fn(|_| {
            values
                .next()
                .unwrap_or_else(|| unreachable!("every language was filled above"))
        }))
    }
}

/// A field name of a deck text: a language's code.
struct LangKey(Lang);

impl<'de> Deserialize<'de> for LangKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = LangKey;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a language code")
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<LangKey, E> {
                Lang::ALL
                    .into_iter()
                    .find(|lang| lang.code() == value)
                    .map(LangKey)
                    .ok_or_else(|| de::Error::unknown_field(value, &Lang::CODES))
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

impl<T: Serialize> Serialize for Localized<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("Localized", Lang::COUNT)?;
        for (lang, value) in self.each() {
            out.serialize_field(lang.code(), value)?;
        }
        out.end()
    }
}

/// The language(s) printed on paper: a main one, and optionally another
/// beneath it (smaller) — `xiaoshi export --lang zh|en|both`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Printed {
    pub main: Lang,
    pub beneath: Option<Lang>,
}

impl Printed {
    /// One language alone.
    pub const fn only(lang: Lang) -> Printed {
        Printed {
            main: lang,
            beneath: None,
        }
    }

    /// `lang` with its companion beneath: Chinese with English under it.
    pub const fn paired(lang: Lang) -> Printed {
        Printed {
            main: lang,
            beneath: Some(lang.companion()),
        }
    }

    /// The languages printed, main one first.
    pub fn langs(self) -> Vec<Lang> {
        std::iter::once(self.main).chain(self.beneath).collect()
    }

    /// `text` in the printed language(s), joined by " / ".
    pub fn text(self, text: Text) -> String {
        self.with(|lang| text.get(lang).to_string())
    }

    /// [`Printed::text`] for text made per language.
    pub fn with(self, make: impl Fn(Lang) -> String) -> String {
        self.langs()
            .into_iter()
            .map(make)
            .collect::<Vec<_>>()
            .join(" / ")
    }
}
