//! Key bindings as data (gitui's command infos, ripgrep's one flag table,
//! atuin's keymaps): one table per screen and overlay drives the key
//! handler, the footer and the `?` help of each TUI, so the three cannot
//! disagree, and a test presses every key a table lists.
//!
//! - A [`Binding`] is one line of help: its keys and what each does, a
//!   short label for the footer (or none) and a sentence for the help.
//! - A [`Section`] is a titled group of bindings, as the help shows them.
//! - A [`Layer`] is what the keys do in one state of a TUI: a screen, or a
//!   modal overlay over one. Each TUI's `handle_key` only chooses the layer
//!   (the precedence of modal layers) and looks the key up in it.
//!
//! What both TUIs share is defined here once, over [`Common`], which each
//! TUI's `Action` is made from: [`ALWAYS`] (Ctrl-C), [`EVERYWHERE`]
//! (language, help, quit), [`CONFIRM`] (yes and no) and [`EDIT`] (a text
//! field). The choices, the same in both TUIs:
//! - a key with Ctrl or Alt matches only a binding that names it: Ctrl-L,
//!   Ctrl-U and Ctrl-R are not `l`, `u` and `r`;
//! - in a question, only `y` says yes; Enter, `n`, Esc and `q` all say no
//!   (a question is only asked before something that cannot be taken back,
//!   so the default is no, and `q` closes the question rather than quit);
//!   the question's keys show it: `y 确定  Enter 取消`, the default
//!   highlighted ([`Hint::default`]: a binding whose first key is Enter);
//! - `?` and F1 open the help; `q` quits outside text fields and questions;
//!   Ctrl-C quits everywhere, even while typing.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::i18n::{Text, keys as k};
use crate::tui::app::Edit;

/// A key as the tables name it: a key code, and whether Ctrl or Shift is
/// part of it. Shift is part of a letter or sign already (`K`, `?`), so it
/// is only kept for keys like the arrows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub shift: bool,
}

/// Shorthands for the key tables of every screen: a typed character, and a
/// key without modifiers.
pub const fn ch(c: char) -> Key {
    Key::ch(c)
}

pub const fn key(code: KeyCode) -> Key {
    Key::plain(code)
}

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            ctrl: false,
            shift: false,
        }
    }

    /// A letter, digit or sign as typed.
    pub const fn ch(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    /// Ctrl with a letter (lower case).
    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
            shift: false,
        }
    }

    /// Shift with a key that is not a character (Shift-↑).
    pub const fn shift(code: KeyCode) -> Key {
        Key {
            code,
            ctrl: false,
            shift: true,
        }
    }

    /// The key a terminal's key event stands for, if a table could name
    /// it. Alt (without Ctrl) or the Super keys: none. Ctrl with Alt is how
    /// Windows reports AltGr, so `@` typed with AltGr is `@`.
    pub fn of(event: &KeyEvent) -> Option<Key> {
        let mods = event.modifiers;
        let altgr = mods.contains(KeyModifiers::CONTROL | KeyModifiers::ALT);
        let others =
            KeyModifiers::ALT | KeyModifiers::SUPER | KeyModifiers::HYPER | KeyModifiers::META;
        if mods.intersects(others) && !altgr {
            return None;
        }
        let ctrl = mods.contains(KeyModifiers::CONTROL) && !altgr;
        let (code, shift) = match event.code {
            KeyCode::Char(c) if ctrl => (KeyCode::Char(c.to_ascii_lowercase()), false),
            KeyCode::Char(_) | KeyCode::BackTab => (event.code, false),
            code => (code, mods.contains(KeyModifiers::SHIFT)),
        };
        Some(Key { code, ctrl, shift })
    }

    /// The press a terminal sends for this key (tests press every key a
    /// table lists).
    pub fn event(self) -> KeyEvent {
        let mut modifiers = KeyModifiers::NONE;
        if self.ctrl {
            modifiers |= KeyModifiers::CONTROL;
        }
        if self.shift || self.code == KeyCode::BackTab {
            modifiers |= KeyModifiers::SHIFT;
        }
        KeyEvent::new(self.code, modifiers)
    }

    /// How the footer and the help name the key: `c`, `Space`, `↑`, `PgDn`,
    /// `Ctrl-C`, `Shift-↑`.
    pub fn label(self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) if self.ctrl => c.to_ascii_uppercase().to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::Insert => "Ins".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other}"),
        };
        match (self.ctrl, self.shift) {
            (true, _) => format!("Ctrl-{name}"),
            (false, true) => format!("Shift-{name}"),
            (false, false) => name,
        }
    }
}

/// One line of help: the keys and what each does (most used first), the
/// footer's label (`None`: help only) and the help's sentence. A binding
/// with no keys describes what the layer's other keys do ([`Otherwise`]).
#[derive(Debug)]
pub struct Binding<A: 'static> {
    pub keys: &'static [(Key, A)],
    pub footer: Option<Text>,
    pub help: Text,
}

/// What both TUIs do the same way; each TUI's `Action` is made from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Common {
    Quit,
    Help,
    Lang,
    /// Yes to a question.
    Confirm,
    /// No to a question, or leave a text field without saving.
    Cancel,
    /// Save what a text field holds.
    Submit,
    Edit(Edit),
}

/// Bindings of one TUI's own, or the shared ones of this module.
#[derive(Debug)]
pub enum Rows<A: 'static> {
    Own(&'static [Binding<A>]),
    Shared(&'static [Binding<Common>]),
}

/// A titled group of bindings, as the help shows them.
#[derive(Debug)]
pub struct Section<A: 'static> {
    pub title: Text,
    pub rows: &'static [Rows<A>],
}

/// What a layer does with a key none of its bindings name.
#[derive(Debug)]
pub enum Otherwise<A> {
    Nothing,
    /// A text field: a printable character is typed.
    Type,
    /// Any other key does this (closes the help, skips the reveal).
    Do(A),
}

/// The keys of one state of a TUI: its sections, looked up in order (the
/// first binding that names a key wins), then [`Otherwise`].
#[derive(Debug)]
pub struct Layer<A: 'static> {
    pub sections: &'static [&'static Section<A>],
    pub otherwise: Otherwise<A>,
}

/// A binding as one TUI sees it: shared ones with their actions made into
/// the TUI's own.
#[derive(Debug, Clone, PartialEq)]
pub struct Row<A> {
    pub keys: Vec<(Key, A)>,
    pub footer: Option<Text>,
    pub help: Text,
    /// Always in the footer, however narrow (help and quit).
    pub kept: bool,
}

impl<A> Row<A> {
    /// The help's key column: every key in order, a run of digits as `1-5`;
    /// with no keys, "other keys".
    pub fn shown(&self, lang: crate::i18n::Lang) -> String {
        if self.keys.is_empty() {
            return k::OTHER_KEYS.get(lang).to_string();
        }
        join(self.keys.iter().map(|(key, _)| *key))
    }
}

impl<A: PartialEq> Row<A> {
    /// The footer's key column: the first key of each different action
    /// (`↑ ↓` for ↑ ↓ k j; `c` for c and Space).
    pub fn short(&self) -> String {
        let mut firsts: Vec<&(Key, A)> = Vec::new();
        for pair in &self.keys {
            if !firsts.iter().any(|(_, action)| *action == pair.1) {
                firsts.push(pair);
            }
        }
        join(firsts.into_iter().map(|(key, _)| *key))
    }
}

/// Key labels joined by spaces (never `↑↓`: an arrow is two columns wide in
/// some terminals and would cover the next one), `1 2 3 4 5` as `1-5`.
fn join(keys: impl Iterator<Item = Key>) -> String {
    let labels: Vec<String> = keys.map(Key::label).collect();
    let digit = |label: &str| match label.as_bytes() {
        [d @ b'0'..=b'9'] => Some(*d),
        _ => None,
    };
    let mut out: Vec<String> = Vec::new();
    let mut at = 0;
    while at < labels.len() {
        let mut end = at + 1;
        if let Some(first) = digit(&labels[at]) {
            while end < labels.len() && digit(&labels[end]) == Some(first + (end - at) as u8) {
                end += 1;
            }
        }
        if end - at >= 3 {
            out.push(format!("{}-{}", labels[at], labels[end - 1]));
        } else {
            end = at + 1;
            out.push(labels[at].clone());
        }
        at = end;
    }
    out.join(" ")
}

/// A key and its label, as the footer shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub keys: String,
    pub label: Text,
    /// What Enter does here: shown first in its hint (`Enter 取消`) and
    /// highlighted, so a question never takes Enter silently.
    pub default: bool,
}

/// The footer of a layer: `hints` as many as fit, then always `kept`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Footer {
    pub hints: Vec<Hint>,
    pub kept: Vec<Hint>,
}

impl<A: Clone + From<Common>> Rows<A> {
    /// The bindings, with shared actions made into `A`.
    pub fn rows(&self) -> Vec<Row<A>> {
        match self {
            Rows::Own(bindings) => bindings
                .iter()
                .map(|b| Row {
                    keys: b.keys.to_vec(),
                    footer: b.footer,
                    help: b.help,
                    kept: false,
                })
                .collect(),
            Rows::Shared(bindings) => bindings
                .iter()
                .map(|b| Row {
                    keys: b
                        .keys
                        .iter()
                        .map(|(k, a)| (*k, A::from(a.clone())))
                        .collect(),
                    footer: b.footer,
                    help: b.help,
                    kept: b
                        .keys
                        .iter()
                        .any(|(_, a)| matches!(a, Common::Help | Common::Quit)),
                })
                .collect(),
        }
    }

    fn lookup(&self, key: Key) -> Option<A> {
        fn find<T: Clone>(bindings: &[Binding<T>], key: Key) -> Option<T> {
            bindings
                .iter()
                .flat_map(|b| b.keys.iter())
                .find(|(k, _)| *k == key)
                .map(|(_, action)| action.clone())
        }
        match self {
            Rows::Own(bindings) => find(bindings, key),
            Rows::Shared(bindings) => find(bindings, key).map(A::from),
        }
    }
}

impl<A: Clone + From<Common>> Section<A> {
    pub fn rows(&self) -> Vec<Row<A>> {
        self.rows.iter().flat_map(Rows::rows).collect()
    }
}

impl<A: Clone + PartialEq + From<Common>> Layer<A> {
    /// Every binding of the layer, in order.
    pub fn rows(&self) -> Vec<Row<A>> {
        self.sections.iter().flat_map(|s| s.rows()).collect()
    }

    /// What `event` does here; `None`: nothing.
    pub fn lookup(&self, event: &KeyEvent) -> Option<A> {
        let key = Key::of(event);
        if let Some(key) = key {
            let found = self
                .sections
                .iter()
                .flat_map(|s| s.rows.iter())
                .find_map(|rows| rows.lookup(key));
            if found.is_some() {
                return found;
            }
        }
        match &self.otherwise {
            Otherwise::Nothing => None,
            Otherwise::Do(action) => Some(action.clone()),
            Otherwise::Type => typed(event).map(|text| A::from(Common::Edit(Edit::Insert(text)))),
        }
    }

    /// The footer: each binding with a footer label, unless all it does is
    /// `idle` right now (the deck key on the deck screen).
    pub fn footer(&self, idle: impl Fn(&A) -> bool) -> Footer {
        let mut footer = Footer::default();
        for row in self.rows() {
            let Some(label) = row.footer else { continue };
            if !row.keys.is_empty() && row.keys.iter().all(|(_, a)| idle(a)) {
                continue;
            }
            let default = row.keys.first().is_some_and(|(key, _)| *key == ENTER);
            let hint = Hint {
                keys: row.short(),
                label,
                default,
            };
            if row.kept {
                footer.kept.push(hint);
            } else {
                footer.hints.push(hint);
            }
        }
        footer
    }
}

/// The text a key types into a field: a character without Ctrl (or with
/// AltGr, which Windows reports as Ctrl-Alt).
fn typed(event: &KeyEvent) -> Option<String> {
    let mods = event.modifiers;
    let altgr = mods.contains(KeyModifiers::CONTROL | KeyModifiers::ALT);
    match event.code {
        KeyCode::Char(c) if altgr || !mods.contains(KeyModifiers::CONTROL) => Some(c.to_string()),
        _ => None,
    }
}

/// What a key press does in `layer`: Ctrl-C ([`ALWAYS`]) quits whatever
/// the layer; other keys do what the layer says. Releases (Windows reports
/// them) do nothing.
pub fn press<A: Clone + PartialEq + From<Common>>(layer: &Layer<A>, event: &KeyEvent) -> Option<A> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let always = Key::of(event).and_then(|key| Rows::<A>::Shared(ALWAYS).lookup(key));
    always.or_else(|| layer.lookup(event))
}

/// The Enter key, as the tables name it.
const ENTER: Key = Key::plain(KeyCode::Enter);

/// Keys that work in every state of both TUIs, before any layer.
pub static ALWAYS: &[Binding<Common>] = &[Binding {
    keys: &[(Key::ctrl('c'), Common::Quit)],
    footer: None,
    help: k::HELP_CTRL_C,
}];

/// Keys of every screen of both TUIs (not in text fields or questions).
pub static EVERYWHERE: &[Binding<Common>] = &[
    Binding {
        keys: &[(Key::ch('l'), Common::Lang)],
        footer: Some(k::KEY_LANG),
        help: k::HELP_LANG,
    },
    Binding {
        keys: &[
            (Key::ch('?'), Common::Help),
            (Key::plain(KeyCode::F(1)), Common::Help),
        ],
        footer: Some(k::KEY_HELP),
        help: k::HELP_HELP,
    },
    Binding {
        keys: &[(Key::ch('q'), Common::Quit)],
        footer: Some(k::KEY_QUIT),
        help: k::HELP_QUIT,
    },
];

/// A question before something that cannot be taken back (undo, redraw,
/// redeal, end): only `y` says yes.
pub static CONFIRM: &[Binding<Common>] = &[
    Binding {
        keys: &[
            (Key::ch('y'), Common::Confirm),
            (Key::ch('Y'), Common::Confirm),
        ],
        footer: Some(k::KEY_YES),
        help: k::HELP_YES,
    },
    Binding {
        // Enter first: the footer names the key Enter takes, and shows it
        // as the default ([`Hint::default`]).
        keys: &[
            (Key::plain(KeyCode::Enter), Common::Cancel),
            (Key::ch('n'), Common::Cancel),
            (Key::ch('N'), Common::Cancel),
            (Key::plain(KeyCode::Esc), Common::Cancel),
            (Key::ch('q'), Common::Cancel),
        ],
        footer: Some(k::KEY_NO),
        help: k::HELP_NO,
    },
];

/// A one-line text field; other characters are typed ([`Otherwise::Type`]).
pub static EDIT: &[Binding<Common>] = &[
    Binding {
        keys: &[(Key::plain(KeyCode::Enter), Common::Submit)],
        footer: Some(k::KEY_DONE),
        help: k::HELP_DONE,
    },
    Binding {
        keys: &[(Key::plain(KeyCode::Esc), Common::Cancel)],
        footer: Some(k::KEY_CANCEL),
        help: k::HELP_CANCEL,
    },
    Binding {
        keys: &[
            (Key::plain(KeyCode::Left), Common::Edit(Edit::Left)),
            (Key::plain(KeyCode::Right), Common::Edit(Edit::Right)),
        ],
        footer: None,
        help: k::HELP_CURSOR,
    },
    Binding {
        keys: &[
            (Key::plain(KeyCode::Home), Common::Edit(Edit::Home)),
            (Key::plain(KeyCode::End), Common::Edit(Edit::End)),
            (Key::ctrl('a'), Common::Edit(Edit::Home)),
            (Key::ctrl('e'), Common::Edit(Edit::End)),
        ],
        footer: None,
        help: k::HELP_START_END,
    },
    Binding {
        keys: &[
            (
                Key::plain(KeyCode::Backspace),
                Common::Edit(Edit::Backspace),
            ),
            (Key::plain(KeyCode::Delete), Common::Edit(Edit::Delete)),
        ],
        footer: None,
        help: k::HELP_DELETE,
    },
    Binding {
        keys: &[(Key::ctrl('u'), Common::Edit(Edit::Clear))],
        footer: None,
        help: k::HELP_CLEAR,
    },
    Binding {
        keys: &[],
        footer: None,
        help: k::HELP_TYPE,
    },
];

/// The help of `sections` as a Markdown table per section, in both
/// languages: the README's key tables are this, checked by a test.
pub fn markdown<A: Clone + From<Common>>(sections: &[&Section<A>]) -> String {
    use crate::i18n::Lang;
    let cell = |s: &str| s.replace('|', "\\|");
    let mut out = String::new();
    for (at, section) in sections.iter().enumerate() {
        if at > 0 {
            out.push('\n');
        }
        out.push_str(&format!(
            "**{}** ({})\n\n| key | what it does | 作用 |\n|---|---|---|\n",
            section.title.get(Lang::En),
            section.title.get(Lang::Zh)
        ));
        for row in section.rows() {
            let keys = if row.keys.is_empty() {
                format!("*{}*", k::OTHER_KEYS.get(Lang::En))
            } else {
                row.shown(Lang::En)
                    .split(' ')
                    .map(|key| format!("`{key}`"))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            out.push_str(&format!(
                "| {} | {} | {} |\n",
                cell(&keys),
                cell(row.help.get(Lang::En)),
                cell(row.help.get(Lang::Zh))
            ));
        }
    }
    out
}

/// Whether `screen` (a rendered terminal) lists `row`: its keys, then its
/// sentence on the same line or (for a long list of keys) the next.
#[cfg(test)]
pub(crate) fn lists<A>(screen: &str, row: &Row<A>, lang: crate::i18n::Lang) -> bool {
    let shown = format!(" {} ", row.shown(lang));
    let help: String = row.help.get(lang).chars().take(8).collect();
    let lines: Vec<&str> = screen.lines().collect();
    lines.iter().enumerate().any(|(at, line)| {
        line.contains(&shown)
            && (line.contains(&help) || lines.get(at + 1).is_some_and(|next| next.contains(&help)))
    })
}

/// A TUI drawn on a test terminal of `width` x `height`, as text.
#[cfg(test)]
pub(crate) fn draw(width: u16, height: u16, render: impl FnOnce(&mut ratatui::Frame)) -> String {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height))
        .expect("a test terminal");
    terminal.draw(render).expect("draw");
    terminal.backend().to_string()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Presses a person could make: every ASCII character, some Chinese,
    /// the special keys, each alone and with Shift, Ctrl and Alt.
    pub(crate) fn candidate_keys() -> Vec<KeyEvent> {
        use KeyCode::*;
        let mut codes: Vec<KeyCode> = (' '..='~').chain(['好', '。', '，']).map(Char).collect();
        codes.extend([
            Backspace, Enter, Left, Right, Up, Down, Home, End, PageUp, PageDown, Tab, BackTab,
            Delete, Insert, Esc,
        ]);
        codes.extend((1..=12).map(F));
        let mut events = Vec::new();
        for code in codes {
            for mods in [
                KeyModifiers::NONE,
                KeyModifiers::SHIFT,
                KeyModifiers::CONTROL,
                KeyModifiers::ALT,
            ] {
                events.push(KeyEvent::new(code, mods));
            }
        }
        events
    }

    /// A TUI in one state, the layer it must be in and what its
    /// `handle_key` makes of a key there.
    pub(crate) struct State<'a, A: 'static> {
        pub name: &'static str,
        pub layer: &'static Layer<A>,
        pub chosen: &'static Layer<A>,
        pub handle: Box<dyn Fn(KeyEvent) -> A + 'a>,
    }

    /// The states of a TUI as [`State`]s: `(name, app, the layer it must
    /// be in)`, with the TUI's `layer` and `handle_key`.
    pub(crate) fn states<'a, S, A>(
        apps: &'a [(&'static str, S, &'static Layer<A>)],
        layer: fn(&S) -> &'static Layer<A>,
        handle_key: fn(&S, KeyEvent) -> A,
    ) -> Vec<State<'a, A>> {
        apps.iter()
            .map(|(name, app, expected)| State {
                name,
                layer: expected,
                chosen: layer(app),
                handle: Box::new(move |key| handle_key(app, key)),
            })
            .collect()
    }

    /// Each state is in its layer, and every key each binding of the layer
    /// lists does what the binding says (EXAMPLES.md §1).
    pub(crate) fn assert_every_listed_key_does_what_the_help_says<A>(states: &[State<A>])
    where
        A: Clone + PartialEq + std::fmt::Debug + From<Common>,
    {
        for state in states {
            let name = state.name;
            assert!(
                std::ptr::eq(state.chosen, state.layer),
                "{name}: another layer"
            );
            for row in state.layer.rows() {
                for (key, action) in &row.keys {
                    let what = (key.label(), row.help.get(Lang::En));
                    assert_eq!((state.handle)(key.event()), *action, "{name}: {what:?}");
                }
            }
        }
    }

    /// No key does anything but what its layer lists (Ctrl-C first), or
    /// the layer's [`Otherwise`]: nothing is handled outside the tables.
    pub(crate) fn assert_no_key_does_what_the_layer_does_not_list<A>(states: &[State<A>], none: A)
    where
        A: Clone + PartialEq + std::fmt::Debug + From<Common>,
    {
        let always = Rows::<A>::Shared(ALWAYS).rows();
        for state in states {
            let rows = state.layer.rows();
            for event in candidate_keys() {
                let listed = Key::of(&event).and_then(|key| {
                    always
                        .iter()
                        .chain(&rows)
                        .flat_map(|row| row.keys.iter())
                        .find(|(k, _)| *k == key)
                        .map(|(_, action)| action.clone())
                });
                let typed = match event.code {
                    KeyCode::Char(c) if !event.modifiers.contains(KeyModifiers::CONTROL) => {
                        A::from(Common::Edit(Edit::Insert(c.to_string())))
                    }
                    _ => none.clone(),
                };
                let expected = match (listed, &state.layer.otherwise) {
                    (Some(action), _) => action,
                    (None, Otherwise::Nothing) => none.clone(),
                    (None, Otherwise::Do(action)) => action.clone(),
                    (None, Otherwise::Type) => typed,
                };
                assert_eq!((state.handle)(event), expected, "{}: {event:?}", state.name);
            }
        }
    }

    /// A footer as the screen shows it, without the styles.
    pub(crate) fn footer_text(footer: &Footer, lang: Lang) -> String {
        footer
            .hints
            .iter()
            .chain(&footer.kept)
            .map(|hint| format!("{} {}", hint.keys, hint.label.get(lang)))
            .collect::<Vec<_>>()
            .join("  ")
    }

    /// The resident's TUI on its home screen, in Chinese.
    fn resident() -> crate::tui::app::App {
        crate::tui::app::App::new(
            crate::deck::Deck::builtin().expect("deck"),
            crate::journal::Today::empty(jiff::civil::date(2026, 11, 20)),
            Lang::Zh,
            crate::tui::theme::Theme { color: false },
            false,
        )
    }

    /// The workshop's TUI on the spotlight of a dealt session, in Chinese.
    fn workshop() -> crate::tui::workshop::app::App {
        let mut app = crate::tui::workshop::app::tests::app(&["王阿姨", "李叔叔"]);
        app.apply(crate::tui::workshop::app::Action::Deal);
        app.lang = Lang::Zh;
        app
    }

    /// The shared tables are one definition, so both TUIs map the same keys;
    /// this checks that they also do the same thing with them.
    #[test]
    fn the_shared_keys_do_the_same_in_both_tuis() {
        use crate::tui::app::{Confirm as ResidentConfirm, Effect, Overlay as R, Screen};
        use crate::tui::editor::LineEditor;
        use crate::tui::keys as rk;
        use crate::tui::workshop::app::{Confirm as WorkshopConfirm, Overlay as W};
        use crate::tui::workshop::keys as wk;

        for (key, common) in EVERYWHERE.iter().chain(ALWAYS).flat_map(|b| b.keys) {
            let (mut r, mut w) = (resident(), workshop());
            r.apply(rk::handle_key(&r, key.event()));
            w.apply(wk::handle_key(&w, key.event()));
            let what = key.label();
            match common {
                Common::Quit => assert!(r.quit && w.quit, "{what}"),
                Common::Lang => assert!(r.lang == Lang::En && w.lang == Lang::En, "{what}"),
                Common::Help => assert!(
                    r.screen == Screen::Help && w.overlay == Some(W::Help),
                    "{what}"
                ),
                other => panic!("{other:?} is not a key of every screen"),
            }
        }

        for (key, common) in CONFIRM.iter().flat_map(|b| b.keys) {
            let (mut r, mut w) = (resident(), workshop());
            r.overlay = Some(R::Confirm(ResidentConfirm::Redraw));
            w.overlay = Some(W::Confirm(WorkshopConfirm::End));
            let effect = r.apply(rk::handle_key(&r, key.event()));
            w.apply(wk::handle_key(&w, key.event()));
            let what = key.label();
            assert!(r.overlay.is_none() && w.overlay.is_none(), "{what} closes");
            assert!(!r.quit && !w.quit, "{what} does not quit");
            let yes = *common == Common::Confirm;
            assert_eq!(effect == Some(Effect::Draw { redraw: true }), yes, "{what}");
            assert_eq!(w.session.is_ended(), yes, "{what}");
        }

        for (key, common) in EDIT.iter().flat_map(|b| b.keys) {
            // A name being added in the workshop's setup, a note at home;
            // the cursor one character in from the end.
            let (mut r, mut w) = (resident(), crate::tui::workshop::app::tests::app(&[]));
            r.overlay = Some(R::Note(LineEditor::with_text("王阿姨")));
            w.overlay = Some(W::Add(LineEditor::with_text("王阿姨")));
            r.apply(crate::tui::app::Action::Edit(Edit::Left));
            w.apply(crate::tui::workshop::app::Action::Edit(Edit::Left));
            let effect = r.apply(rk::handle_key(&r, key.event()));
            w.apply(wk::handle_key(&w, key.event()));
            let what = key.label();
            match common {
                Common::Submit => {
                    assert_eq!(effect, Some(Effect::SaveNote("王阿姨".into())), "{what}");
                    assert_eq!(w.session.setup.participants, ["王阿姨"], "{what}");
                }
                Common::Cancel => {
                    assert_eq!((effect, &r.overlay), (None, &None), "{what}");
                    assert!(w.overlay.is_none() && w.session.setup.participants.is_empty());
                }
                Common::Edit(_) => {
                    let Some(R::Note(r)) = &r.overlay else {
                        panic!("{what} closed the note")
                    };
                    let Some(W::Add(w)) = &w.overlay else {
                        panic!("{what} closed the field")
                    };
                    assert_eq!(r, w, "{what}");
                }
                other => panic!("{other:?} is not a key of a text field"),
            }
        }
    }

    #[test]
    fn keys_from_events() {
        let ev = |code, mods| Key::of(&KeyEvent::new(code, mods));
        use KeyCode::*;
        let (none, shift, ctrl, alt) = (
            KeyModifiers::NONE,
            KeyModifiers::SHIFT,
            KeyModifiers::CONTROL,
            KeyModifiers::ALT,
        );
        assert_eq!(ev(Char('K'), shift), Some(Key::ch('K')));
        assert_eq!(ev(Char('?'), shift), Some(Key::ch('?')));
        assert_eq!(ev(Char('l'), ctrl), Some(Key::ctrl('l')));
        assert_eq!(ev(Char('C'), ctrl | shift), Some(Key::ctrl('c')));
        assert_ne!(ev(Char('l'), ctrl), Some(Key::ch('l')));
        assert_eq!(ev(Char('l'), alt), None);
        assert_eq!(ev(Char('@'), ctrl | alt), Some(Key::ch('@')), "AltGr");
        assert_eq!(ev(Up, shift), Some(Key::shift(Up)));
        assert_ne!(ev(Up, shift), Some(Key::plain(Up)));
        assert_eq!(ev(BackTab, shift), Some(Key::plain(BackTab)));
        assert_eq!(ev(Enter, none), Some(Key::plain(Enter)));
        for key in [
            Key::ch('a'),
            Key::ctrl('c'),
            Key::shift(Down),
            Key::plain(BackTab),
            Key::plain(F(1)),
        ] {
            assert_eq!(Key::of(&key.event()), Some(key), "{key:?}");
        }
    }

    fn shown(keys: Vec<Key>) -> String {
        Row {
            keys: keys.into_iter().map(|key| (key, ())).collect(),
            footer: None,
            help: k::HELP_HELP,
            kept: false,
        }
        .shown(Lang::En)
    }

    #[test]
    fn labels() {
        use KeyCode::*;
        assert_eq!(
            shown(vec![Key::ch('c'), Key::ch(' '), Key::ctrl('c')]),
            "c Space Ctrl-C"
        );
        assert_eq!(shown("12345".chars().map(Key::ch).collect()), "1-5");
        assert_eq!(shown(vec![Key::ch('1'), Key::ch('2')]), "1 2");
        assert_eq!(
            shown(vec![Key::ch('0'), Key::ch('1'), Key::ch('2'), Key::ch('a')]),
            "0-2 a"
        );
        assert_eq!(
            shown(vec![Key::plain(Up), Key::plain(Down), Key::shift(Up)]),
            "↑ ↓ Shift-↑"
        );
        assert_eq!(
            shown(vec![
                Key::plain(PageUp),
                Key::plain(BackTab),
                Key::plain(F(1))
            ]),
            "PgUp Shift-Tab F1"
        );
        assert_eq!(shown(vec![]), "other keys");
    }

    #[test]
    fn the_footer_names_the_first_key_of_each_action() {
        let row = Row {
            keys: vec![
                (Key::plain(KeyCode::Up), -1),
                (Key::plain(KeyCode::Down), 1),
                (Key::ch('k'), -1),
                (Key::ch('j'), 1),
            ],
            footer: None,
            help: k::HELP_SCROLL,
            kept: false,
        };
        assert_eq!(row.short(), "↑ ↓");
        assert_eq!(row.shown(Lang::En), "↑ ↓ k j");
    }

    /// Every question of the three TUIs says what Enter does, and it is
    /// "no": the hint `Enter 取消` / `Enter no`, marked as the default.
    #[test]
    fn every_question_shows_that_enter_says_no() {
        fn check<A: Clone + PartialEq + From<Common> + std::fmt::Debug>(
            name: &str,
            layer: &Layer<A>,
        ) {
            let footer = layer.footer(|_| false);
            let defaults: Vec<&Hint> = footer.hints.iter().filter(|h| h.default).collect();
            assert_eq!(defaults.len(), 1, "{name}: {footer:?}");
            assert_eq!(defaults[0].keys, "Enter", "{name}");
            assert_eq!(defaults[0].label.get(Lang::Zh), &"取消", "{name}");
            let enter = Key::plain(KeyCode::Enter).event();
            assert_eq!(
                layer.lookup(&enter),
                Some(A::from(Common::Cancel)),
                "{name}: Enter says no"
            );
            let yes = footer.hints.iter().find(|h| h.keys == "y");
            assert!(yes.is_some_and(|h| !h.default), "{name}: {footer:?}");
        }
        check("resident", &crate::tui::keys::ASKING);
        check("resident, backfill", &crate::tui::keys::ASKING_CARD);
        check("group", &crate::tui::group::keys::ASKING);
        check("workshop", &crate::tui::workshop::keys::ASKING);
    }
}
