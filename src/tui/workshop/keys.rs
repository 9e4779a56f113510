//! The facilitator's keys: one table per screen and overlay
//! ([`crate::tui::bindings`]), which drives [`handle_key`], the footer and
//! the `?` overlay. `handle_key` is pure: it picks the layer the state calls
//! for and looks the key up in it. Presenter remotes send PageUp/PageDown,
//! so those move the spotlight too.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::app::{Action, App, Confirm, Overlay, Papers, Screen};
use crate::deck::Pile;
use crate::i18n::{keys as k, workshop as t};
use crate::tui::app::Edit;
use crate::tui::bindings::{
    self, ALWAYS, Binding, CONFIRM, Common, EDIT, EVERYWHERE, Key, Layer, Otherwise, Rows, Section,
    ch, key,
};

impl From<Common> for Action {
    fn from(common: Common) -> Action {
        match common {
            Common::Quit => Action::Quit,
            Common::Help => Action::Help,
            Common::Lang => Action::ToggleLang,
            Common::Confirm => Action::Confirm,
            // Back closes whatever overlay is open.
            Common::Cancel => Action::Back,
            Common::Submit => Action::Submit,
            Common::Edit(edit) => Action::Edit(edit),
        }
    }
}

/// Moving the cursor (setup, table) or scrolling (summary, help): ↑ ↓ k j.
macro_rules! up_down {
    ($footer:expr, $help:expr) => {
        Binding {
            keys: &[
                (key(KeyCode::Up), Action::Move(-1)),
                (key(KeyCode::Down), Action::Move(1)),
                (ch('k'), Action::Move(-1)),
                (ch('j'), Action::Move(1)),
            ],
            footer: $footer,
            help: $help,
        }
    };
}

/// The same ten at a time: PgUp PgDn.
macro_rules! page {
    ($help:expr) => {
        Binding {
            keys: &[
                (key(KeyCode::PageUp), Action::Move(-10)),
                (key(KeyCode::PageDown), Action::Move(10)),
            ],
            footer: None,
            help: $help,
        }
    };
}

static SETUP_KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[(key(KeyCode::Enter), Action::Deal)],
        footer: Some(k::KEY_DEAL),
        help: k::HELP_DEAL,
    },
    Binding {
        keys: &[
            (ch('a'), Action::StartAdd),
            (key(KeyCode::Insert), Action::StartAdd),
        ],
        footer: Some(k::KEY_ADD),
        help: k::HELP_ADD,
    },
    Binding {
        keys: &[
            (ch('x'), Action::Remove),
            (key(KeyCode::Delete), Action::Remove),
        ],
        footer: Some(k::KEY_REMOVE),
        help: k::HELP_REMOVE,
    },
    Binding {
        keys: &[
            (ch('['), Action::Shift(-1)),
            (ch(']'), Action::Shift(1)),
            (ch('K'), Action::Shift(-1)),
            (ch('J'), Action::Shift(1)),
            (Key::shift(KeyCode::Up), Action::Shift(-1)),
            (Key::shift(KeyCode::Down), Action::Shift(1)),
        ],
        footer: Some(k::KEY_REORDER),
        help: k::HELP_REORDER,
    },
    Binding {
        keys: &[
            (ch('+'), Action::Hand(1)),
            (ch('-'), Action::Hand(-1)),
            (ch('='), Action::Hand(1)),
            (ch('_'), Action::Hand(-1)),
        ],
        footer: Some(k::KEY_HAND),
        help: k::HELP_HAND,
    },
    Binding {
        keys: &[
            (ch('<'), Action::Minutes(-1)),
            (ch('>'), Action::Minutes(1)),
            (ch(','), Action::Minutes(-1)),
            (ch('.'), Action::Minutes(1)),
        ],
        footer: Some(k::KEY_MINUTES),
        help: k::HELP_MINUTES,
    },
    Binding {
        keys: &[
            (ch('1'), Action::TogglePile(Pile::ALL[0])),
            (ch('2'), Action::TogglePile(Pile::ALL[1])),
            (ch('3'), Action::TogglePile(Pile::ALL[2])),
            (ch('4'), Action::TogglePile(Pile::ALL[3])),
            (ch('5'), Action::TogglePile(Pile::ALL[4])),
        ],
        footer: Some(k::KEY_SUITS),
        help: k::HELP_SUITS,
    },
    Binding {
        keys: &[(ch('s'), Action::StartSeed)],
        footer: Some(k::KEY_SEED),
        help: k::HELP_SEED,
    },
    up_down!(None, k::HELP_SELECT),
    page!(k::HELP_SELECT_PAGE),
];

static TABLE_KEYS: &[Binding<Action>] = &[
    up_down!(Some(k::KEY_SELECT), k::HELP_SELECT),
    page!(k::HELP_SELECT_PAGE),
    Binding {
        keys: &[(key(KeyCode::Enter), Action::SpotlightSelected)],
        footer: Some(k::KEY_SPOTLIGHT),
        help: k::HELP_SPOTLIGHT,
    },
    Binding {
        keys: &[
            (ch('t'), Action::Show(Screen::Spotlight)),
            (key(KeyCode::Tab), Action::Show(Screen::Spotlight)),
        ],
        footer: Some(k::KEY_BACK),
        help: k::HELP_TO_SPOTLIGHT,
    },
    Binding {
        keys: &[(ch('r'), Action::Ask(Confirm::Redeal))],
        footer: Some(k::KEY_REDEAL),
        help: k::HELP_REDEAL,
    },
    Binding {
        keys: &[(ch('e'), Action::Ask(Confirm::End))],
        footer: Some(k::KEY_END),
        help: k::HELP_END,
    },
];

static SPOTLIGHT_KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[
            (key(KeyCode::Left), Action::CardBy(-1)),
            (key(KeyCode::Right), Action::CardBy(1)),
        ],
        footer: Some(k::KEY_CARD),
        help: k::HELP_CARD,
    },
    Binding {
        keys: &[
            (ch('1'), Action::SelectCard(0)),
            (ch('2'), Action::SelectCard(1)),
            (ch('3'), Action::SelectCard(2)),
            (ch('4'), Action::SelectCard(3)),
            (ch('5'), Action::SelectCard(4)),
        ],
        footer: None,
        help: k::HELP_CARD_NUMBER,
    },
    Binding {
        keys: &[(ch('s'), Action::Swap)],
        footer: Some(k::KEY_SWAP),
        help: k::HELP_SWAP,
    },
    Binding {
        keys: &[(ch(' '), Action::TimerStartPause)],
        footer: Some(k::KEY_TIMER),
        help: k::HELP_TIMER,
    },
    Binding {
        keys: &[
            (ch('+'), Action::TimerMinute),
            (ch('='), Action::TimerMinute),
        ],
        footer: Some(k::KEY_MINUTE),
        help: k::HELP_MINUTE,
    },
    Binding {
        keys: &[
            (ch('n'), Action::Turn(1)),
            (key(KeyCode::PageDown), Action::Turn(1)),
            (key(KeyCode::Tab), Action::Turn(1)),
        ],
        footer: Some(k::KEY_NEXT),
        help: k::HELP_NEXT,
    },
    Binding {
        keys: &[
            (ch('p'), Action::Turn(-1)),
            (key(KeyCode::PageUp), Action::Turn(-1)),
            (key(KeyCode::BackTab), Action::Turn(-1)),
        ],
        footer: Some(k::KEY_PREVIOUS),
        help: k::HELP_PREVIOUS,
    },
    Binding {
        keys: &[(key(KeyCode::Enter), Action::OpenPledge)],
        footer: Some(k::KEY_PLEDGE),
        help: k::HELP_PLEDGE,
    },
    Binding {
        keys: &[(ch('o'), Action::OpenOwnWords)],
        footer: Some(k::KEY_OWN_WORDS),
        help: k::HELP_OWN_WORDS,
    },
    Binding {
        keys: &[(ch('w'), Action::Withdraw)],
        footer: Some(k::KEY_WITHDRAW),
        help: k::HELP_WITHDRAW,
    },
    Binding {
        keys: &[(ch('t'), Action::Show(Screen::Table))],
        footer: Some(k::KEY_TABLE),
        help: k::HELP_TABLE,
    },
    Binding {
        keys: &[(ch('r'), Action::Ask(Confirm::Redeal))],
        footer: Some(k::KEY_REDEAL),
        help: k::HELP_REDEAL,
    },
    Binding {
        keys: &[(ch('e'), Action::Ask(Confirm::End))],
        footer: Some(k::KEY_END),
        help: k::HELP_END,
    },
];

static SUMMARY_KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[(ch('a'), Action::Write(Papers::All))],
        footer: Some(k::KEY_ALL),
        help: k::HELP_ALL,
    },
    Binding {
        keys: &[(ch('n'), Action::Write(Papers::Notice))],
        footer: Some(k::KEY_NOTICE),
        help: k::HELP_NOTICE,
    },
    Binding {
        keys: &[(ch('c'), Action::Write(Papers::Cards))],
        footer: Some(k::KEY_CARDS),
        help: k::HELP_CARDS,
    },
    Binding {
        keys: &[(ch('x'), Action::Write(Papers::Pledges))],
        footer: Some(k::KEY_EXPORTS),
        help: k::HELP_EXPORTS,
    },
    Binding {
        keys: &[(ch('f'), Action::StartFolder)],
        footer: Some(k::KEY_FOLDER),
        help: k::HELP_FOLDER,
    },
    up_down!(None, k::HELP_SCROLL),
    page!(k::HELP_SCROLL_PAGE),
];

static PLEDGE_KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[
            (key(KeyCode::Tab), Action::Field(1)),
            (key(KeyCode::Down), Action::Field(1)),
        ],
        footer: Some(k::KEY_FIELD),
        help: k::HELP_FIELD,
    },
    Binding {
        keys: &[
            (key(KeyCode::BackTab), Action::Field(-1)),
            (key(KeyCode::Up), Action::Field(-1)),
        ],
        footer: None,
        help: k::HELP_FIELD_BACK,
    },
];

/// The workshop's own keys of every screen; the shared ones follow them.
static SCREEN_KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[(key(KeyCode::Esc), Action::Back)],
        footer: None,
        help: k::WS_HELP_BACK,
    },
    Binding {
        keys: &[(ch('b'), Action::ToggleLight)],
        footer: None,
        help: k::HELP_LIGHT,
    },
];

static HELP_KEYS: &[Binding<Action>] = &[
    up_down!(Some(k::KEY_SCROLL), k::HELP_SCROLL),
    page!(k::HELP_SCROLL_PAGE),
    Binding {
        keys: &[(key(KeyCode::Esc), Action::Back)],
        footer: Some(k::KEY_CLOSE),
        help: k::HELP_CLOSE,
    },
    Binding {
        keys: &[],
        footer: None,
        help: k::HELP_CLOSE,
    },
];

pub static SETUP: Section<Action> = Section {
    title: t::SCREEN_SETUP,
    rows: &[Rows::Own(SETUP_KEYS)],
};
pub static TABLE: Section<Action> = Section {
    title: t::SCREEN_TABLE,
    rows: &[Rows::Own(TABLE_KEYS)],
};
pub static SPOTLIGHT: Section<Action> = Section {
    title: t::SCREEN_SPOTLIGHT,
    rows: &[Rows::Own(SPOTLIGHT_KEYS)],
};
pub static SUMMARY: Section<Action> = Section {
    title: t::SCREEN_SUMMARY,
    rows: &[Rows::Own(SUMMARY_KEYS)],
};
pub static PLEDGE: Section<Action> = Section {
    title: k::TITLE_PLEDGE,
    rows: &[Rows::Own(PLEDGE_KEYS)],
};
pub static TYPING: Section<Action> = Section {
    title: k::WS_TITLE_TYPING,
    rows: &[Rows::Shared(EDIT)],
};
pub static QUESTION: Section<Action> = Section {
    title: k::TITLE_CONFIRM,
    rows: &[Rows::Shared(CONFIRM)],
};
pub static ANY_SCREEN: Section<Action> = Section {
    title: k::TITLE_EVERYWHERE,
    rows: &[
        Rows::Own(SCREEN_KEYS),
        Rows::Shared(EVERYWHERE),
        Rows::Shared(ALWAYS),
    ],
};
static IN_HELP: Section<Action> = Section {
    title: k::WS_TITLE_HELP,
    rows: &[
        Rows::Own(HELP_KEYS),
        Rows::Shared(EVERYWHERE),
        Rows::Shared(ALWAYS),
    ],
};

pub static ON_SETUP: Layer<Action> = Layer {
    sections: &[&SETUP, &ANY_SCREEN],
    otherwise: Otherwise::Nothing,
};
pub static ON_TABLE: Layer<Action> = Layer {
    sections: &[&TABLE, &ANY_SCREEN],
    otherwise: Otherwise::Nothing,
};
pub static ON_SPOTLIGHT: Layer<Action> = Layer {
    sections: &[&SPOTLIGHT, &ANY_SCREEN],
    otherwise: Otherwise::Nothing,
};
pub static ON_SUMMARY: Layer<Action> = Layer {
    sections: &[&SUMMARY, &ANY_SCREEN],
    otherwise: Otherwise::Nothing,
};
pub static IN_FIELD: Layer<Action> = Layer {
    sections: &[&TYPING],
    otherwise: Otherwise::Type,
};
pub static IN_PLEDGE: Layer<Action> = Layer {
    sections: &[&TYPING, &PLEDGE],
    otherwise: Otherwise::Type,
};
pub static ASKING: Layer<Action> = Layer {
    sections: &[&QUESTION],
    otherwise: Otherwise::Nothing,
};
pub static READING_HELP: Layer<Action> = Layer {
    sections: &[&IN_HELP],
    otherwise: Otherwise::Do(Action::Back),
};

/// The keys in force: an overlay's, else the screen's.
pub fn layer(app: &App) -> &'static Layer<Action> {
    match (&app.overlay, app.screen) {
        (Some(Overlay::Add(_) | Overlay::Seed(_) | Overlay::Folder(_)), _) => &IN_FIELD,
        (Some(Overlay::Pledge(_)), _) => &IN_PLEDGE,
        (Some(Overlay::Confirm(_)), _) => &ASKING,
        (Some(Overlay::Help), _) => &READING_HELP,
        (None, Screen::Setup) => &ON_SETUP,
        (None, Screen::Table) => &ON_TABLE,
        (None, Screen::Spotlight) => &ON_SPOTLIGHT,
        (None, Screen::Summary) => &ON_SUMMARY,
    }
}

/// What the help overlay lists on `screen`: its keys, the overlays it
/// opens and the keys of every screen, text fields last.
pub fn help(screen: Screen) -> &'static [&'static Section<Action>] {
    static HELP_SETUP: [&Section<Action>; 3] = [&SETUP, &ANY_SCREEN, &TYPING];
    static HELP_TABLE: [&Section<Action>; 3] = [&TABLE, &QUESTION, &ANY_SCREEN];
    static HELP_SPOTLIGHT: [&Section<Action>; 5] =
        [&SPOTLIGHT, &PLEDGE, &QUESTION, &ANY_SCREEN, &TYPING];
    static HELP_SUMMARY: [&Section<Action>; 3] = [&SUMMARY, &ANY_SCREEN, &TYPING];
    match screen {
        Screen::Setup => &HELP_SETUP,
        Screen::Table => &HELP_TABLE,
        Screen::Spotlight => &HELP_SPOTLIGHT,
        Screen::Summary => &HELP_SUMMARY,
    }
}

/// The workshop's sections as the README lists them: text fields and
/// questions take the shared keys, listed once with the resident's.
pub static README: [&Section<Action>; 6] =
    [&SETUP, &TABLE, &SPOTLIGHT, &SUMMARY, &PLEDGE, &ANY_SCREEN];

/// The action for a key press: Ctrl-C quits whatever the state, else the
/// key does what the layer in force says; releases do nothing.
pub fn handle_key(app: &App, key: KeyEvent) -> Action {
    bindings::press(layer(app), &key).unwrap_or(Action::None)
}

/// Pasted text (also how many input methods deliver a phrase) goes to the
/// field that has focus.
pub fn handle_paste(app: &App, text: &str) -> Action {
    match layer(app).otherwise {
        Otherwise::Type => Action::Edit(Edit::Insert(text.to_string())),
        _ => Action::None,
    }
}

/// The keys table of the README's "Workshops" section.
pub fn markdown() -> String {
    bindings::markdown(&README)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::tui::bindings::tests::{
        assert_every_listed_key_does_what_the_help_says,
        assert_no_key_does_what_the_layer_does_not_list, footer_text, states,
    };
    use crate::tui::editor::LineEditor;
    use crate::tui::workshop::app::tests::app;
    use ratatui::crossterm::event::{KeyEventKind, KeyModifiers};

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn on(screen: Screen, overlay: Option<Overlay>) -> App {
        let mut app = app(&["王阿姨", "李叔叔"]);
        if screen != Screen::Setup {
            app.apply(Action::Deal);
        }
        app.screen = screen;
        app.overlay = overlay;
        app
    }

    /// An app in each state that has a layer of its own, with that layer.
    fn every_state() -> Vec<(&'static str, App, &'static Layer<Action>)> {
        let mut pledging = on(Screen::Spotlight, None);
        pledging.apply(Action::OpenPledge);
        vec![
            ("setup", on(Screen::Setup, None), &ON_SETUP),
            ("table", on(Screen::Table, None), &ON_TABLE),
            ("spotlight", on(Screen::Spotlight, None), &ON_SPOTLIGHT),
            ("summary", on(Screen::Summary, None), &ON_SUMMARY),
            (
                "add",
                on(Screen::Setup, Some(Overlay::Add(LineEditor::default()))),
                &IN_FIELD,
            ),
            (
                "seed",
                on(Screen::Setup, Some(Overlay::Seed(LineEditor::default()))),
                &IN_FIELD,
            ),
            ("pledge", pledging, &IN_PLEDGE),
            (
                "question",
                on(Screen::Table, Some(Overlay::Confirm(Confirm::End))),
                &ASKING,
            ),
            (
                "help",
                on(Screen::Spotlight, Some(Overlay::Help)),
                &READING_HELP,
            ),
        ]
    }

    #[test]
    fn every_listed_key_does_what_the_help_says() {
        let apps = every_state();
        assert_every_listed_key_does_what_the_help_says(&states(&apps, layer, handle_key));
    }

    #[test]
    fn no_key_does_anything_the_layer_does_not_list() {
        let apps = every_state();
        let states = states(&apps, layer, handle_key);
        assert_no_key_does_what_the_layer_does_not_list(&states, Action::None);
    }

    #[test]
    fn the_footer_and_the_help_come_from_the_layer() {
        for (name, app, layer) in every_state() {
            let shown = footer_text(&layer.footer(|_| false), Lang::En);
            for row in layer.rows() {
                if let Some(label) = row.footer {
                    let hint = format!("{} {}", row.short(), label.get(Lang::En));
                    assert!(shown.contains(&hint), "{name}: {hint:?} not in {shown:?}");
                }
            }
            // Every section a screen uses is in its help overlay.
            if app.overlay.is_none() {
                for section in layer.sections {
                    assert!(
                        help(app.screen).iter().any(|s| std::ptr::eq(*s, *section)),
                        "{name}: a section missing from the help"
                    );
                }
            }
            // And every section is in the README's table, but those of the
            // shared keys only (listed with the resident's) and the help's.
            for section in layer.sections {
                let shared = section.rows.iter().all(|r| matches!(r, Rows::Shared(_)));
                assert!(
                    README.iter().any(|s| std::ptr::eq(*s, *section)) || shared || name == "help",
                    "{name}: a section missing from the README"
                );
            }
        }
        assert_eq!(
            footer_text(&ON_TABLE.footer(|_| false), Lang::En),
            "↑ ↓ select  Enter spotlight  t back  r redeal  e end  l 中文  ? help  q quit"
        );
    }

    #[test]
    fn the_issue_12_keys() {
        let spotlight = on(Screen::Spotlight, None);
        for c in ['l', 'r', 'e', 's', 'q'] {
            let ctrl = KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
            assert_eq!(handle_key(&spotlight, ctrl), Action::None, "Ctrl-{c}");
        }
        // In a question, q and Enter say no (and close it); only y says yes.
        let asking = on(Screen::Table, Some(Overlay::Confirm(Confirm::End)));
        for code in [KeyCode::Char('q'), KeyCode::Enter, KeyCode::Esc] {
            assert_eq!(handle_key(&asking, press(code)), Action::Back, "{code:?}");
        }
        assert_eq!(
            handle_key(&asking, press(KeyCode::Char('y'))),
            Action::Confirm
        );
        // Presenter remotes: PgDn and PgUp move the spotlight.
        assert_eq!(
            handle_key(&spotlight, press(KeyCode::PageDown)),
            Action::Turn(1)
        );
        let setup = on(Screen::Setup, None);
        assert_eq!(
            handle_key(&setup, KeyEvent::new(KeyCode::Down, KeyModifiers::SHIFT)),
            Action::Shift(1)
        );
        assert_eq!(handle_key(&setup, press(KeyCode::Down)), Action::Move(1));
        assert_eq!(
            handle_key(&setup, press(KeyCode::Char('5'))),
            Action::TogglePile(Pile::Joker)
        );
        assert_eq!(handle_key(&setup, press(KeyCode::Char('6'))), Action::None);
    }

    #[test]
    fn text_fields_take_every_printable_key() {
        let add = on(Screen::Setup, Some(Overlay::Add(LineEditor::default())));
        for c in ['q', 'l', '?', 'a', 'y', '王'] {
            assert_eq!(
                handle_key(&add, press(KeyCode::Char(c))),
                Action::Edit(Edit::Insert(c.to_string()))
            );
        }
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(handle_key(&add, ctrl_c), Action::Quit);
        assert_eq!(
            handle_paste(&add, "王阿姨"),
            Action::Edit(Edit::Insert("王阿姨".into()))
        );
        assert_eq!(
            handle_paste(&on(Screen::Spotlight, None), "x"),
            Action::None
        );
    }

    #[test]
    fn the_help_closes_on_other_keys_and_releases_do_nothing() {
        let help = on(Screen::Spotlight, Some(Overlay::Help));
        assert_eq!(handle_key(&help, press(KeyCode::Char('x'))), Action::Back);
        assert_eq!(handle_key(&help, press(KeyCode::Char('?'))), Action::Help);
        assert_eq!(handle_key(&help, press(KeyCode::Down)), Action::Move(1));
        let mut release = press(KeyCode::Char('q'));
        release.kind = KeyEventKind::Release;
        assert_eq!(handle_key(&help, release), Action::None);
    }

    #[test]
    fn the_help_overlay_lists_every_binding_of_the_screen() {
        for lang in [Lang::Zh, Lang::En] {
            for screen in [
                Screen::Setup,
                Screen::Table,
                Screen::Spotlight,
                Screen::Summary,
            ] {
                let mut app = on(screen, Some(Overlay::Help));
                app.lang = lang;
                let shown = bindings::draw(200, 50, |frame| {
                    crate::tui::workshop::view::render(&app, frame)
                });
                for section in help(screen) {
                    assert!(shown.contains(section.title.get(lang)), "{shown}");
                    for row in section.rows() {
                        assert!(
                            bindings::lists(&shown, &row, lang),
                            "{screen:?}: {:?} missing:\n{shown}",
                            row.help
                        );
                    }
                }
            }
        }
    }
}
