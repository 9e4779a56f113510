//! The resident's keys: one table per screen and overlay
//! ([`crate::tui::bindings`]), which drives [`handle_key`], the footer and
//! the help screen. `handle_key` is pure (atuin's pattern): it picks the
//! layer the state calls for and looks the key up in it.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::app::{Action, App, Confirm, Overlay, Screen};
use super::bindings::{
    self, ALWAYS, Binding, CONFIRM, Common, EDIT, EVERYWHERE, Layer, Otherwise, Rows, Section, ch,
    key,
};
use crate::i18n::keys as k;

impl From<Common> for Action {
    fn from(common: Common) -> Action {
        match common {
            Common::Quit => Action::Quit,
            Common::Help => Action::Show(Screen::Help),
            Common::Lang => Action::ToggleLang,
            Common::Confirm => Action::Confirm,
            Common::Cancel => Action::Cancel,
            Common::Submit => Action::Submit,
            Common::Edit(edit) => Action::Edit(edit),
        }
    }
}

static HOME_KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[(ch('c'), Action::CheckIn), (ch(' '), Action::CheckIn)],
        footer: Some(k::KEY_CHECK_IN),
        help: k::HELP_CHECK_IN,
    },
    Binding {
        keys: &[(ch('n'), Action::OpenNote)],
        footer: Some(k::KEY_NOTE),
        help: k::HELP_NOTE,
    },
    Binding {
        keys: &[(ch('u'), Action::AskUndo)],
        footer: Some(k::KEY_UNDO),
        help: k::HELP_UNDO,
    },
    Binding {
        keys: &[(ch('r'), Action::AskRedraw)],
        footer: Some(k::KEY_REDRAW),
        help: k::HELP_REDRAW,
    },
    Binding {
        keys: &[(ch('b'), Action::AskBackfill)],
        footer: Some(k::KEY_BACKFILL),
        help: k::HELP_BACKFILL,
    },
    Binding {
        keys: &[(ch('U'), Action::AskUndoBackfill)],
        footer: Some(k::KEY_UNDO_BACKFILL),
        help: k::HELP_UNDO_BACKFILL,
    },
    Binding {
        keys: &[(ch('a'), Action::LoveDay)],
        footer: Some(k::KEY_LOVE_DAY),
        help: k::HELP_LOVE_DAY,
    },
    Binding {
        keys: &[(ch('f'), Action::AskFreshRound)],
        footer: Some(k::KEY_FRESH_ROUND),
        help: k::HELP_FRESH_ROUND,
    },
];

static DECK_KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[
            (key(KeyCode::Left), Action::Tab(-1)),
            (key(KeyCode::Right), Action::Tab(1)),
            (key(KeyCode::Tab), Action::Tab(1)),
            (key(KeyCode::BackTab), Action::Tab(-1)),
        ],
        footer: Some(k::KEY_TABS),
        help: k::HELP_TABS,
    },
    Binding {
        keys: &[
            (key(KeyCode::Up), Action::Move(-1)),
            (key(KeyCode::Down), Action::Move(1)),
            (ch('k'), Action::Move(-1)),
            (ch('j'), Action::Move(1)),
        ],
        footer: Some(k::KEY_MOVE),
        help: k::HELP_MOVE,
    },
    Binding {
        keys: &[
            (key(KeyCode::PageUp), Action::Move(-10)),
            (key(KeyCode::PageDown), Action::Move(10)),
        ],
        footer: None,
        help: k::HELP_MOVE_PAGE,
    },
    Binding {
        keys: &[(ch('/'), Action::StartSearch)],
        footer: Some(k::KEY_SEARCH),
        help: k::HELP_SEARCH,
    },
    Binding {
        keys: &[(ch('c'), Action::CreditSelected)],
        footer: Some(k::KEY_CREDIT),
        help: k::HELP_CREDIT,
    },
];

static BACKFILL_KEYS: &[Binding<Action>] = &[Binding {
    keys: &[(ch('d'), Action::PickBackfill)],
    footer: Some(k::KEY_PICK),
    help: k::HELP_PICK,
}];

/// Scrolling far enough up is the top (the view clamps).
const TOP: i32 = -(u16::MAX as i32);

static LIST_KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[
            (key(KeyCode::Up), Action::Scroll(-1)),
            (key(KeyCode::Down), Action::Scroll(1)),
            (ch('k'), Action::Scroll(-1)),
            (ch('j'), Action::Scroll(1)),
        ],
        footer: Some(k::KEY_SCROLL),
        help: k::HELP_SCROLL,
    },
    Binding {
        keys: &[
            (key(KeyCode::PageUp), Action::Scroll(-10)),
            (key(KeyCode::PageDown), Action::Scroll(10)),
        ],
        footer: None,
        help: k::HELP_SCROLL_PAGE,
    },
    Binding {
        keys: &[(key(KeyCode::Home), Action::Scroll(TOP))],
        footer: None,
        help: k::HELP_SCROLL_TOP,
    },
];

/// The resident's own keys of every screen; the shared ones follow them.
static SCREEN_KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[(key(KeyCode::Esc), Action::Back)],
        footer: Some(k::KEY_BACK),
        help: k::HELP_BACK,
    },
    Binding {
        keys: &[(ch('d'), Action::Show(Screen::Deck))],
        footer: Some(k::KEY_DECK),
        help: k::HELP_DECK,
    },
    Binding {
        keys: &[(ch('h'), Action::Show(Screen::History))],
        footer: Some(k::KEY_HISTORY),
        help: k::HELP_HISTORY,
    },
    Binding {
        keys: &[(ch('w'), Action::Show(Screen::Why))],
        footer: Some(k::KEY_WHY),
        help: k::HELP_WHY,
    },
    Binding {
        keys: &[(ch('H'), Action::Show(Screen::Home))],
        footer: None,
        help: k::HELP_HOME,
    },
];

static REVEAL_KEYS: &[Binding<Action>] = &[Binding {
    keys: &[],
    footer: Some(k::KEY_SKIP),
    help: k::KEY_SKIP,
}];

pub static HOME: Section<Action> = Section {
    title: k::TITLE_HOME,
    rows: &[Rows::Own(HOME_KEYS)],
};
pub static DECK: Section<Action> = Section {
    title: k::TITLE_DECK,
    rows: &[Rows::Own(DECK_KEYS)],
};
pub static LISTS: Section<Action> = Section {
    title: k::TITLE_LISTS,
    rows: &[Rows::Own(LIST_KEYS)],
};
pub static TYPING: Section<Action> = Section {
    title: k::TITLE_TYPING,
    rows: &[Rows::Shared(EDIT)],
};
pub static QUESTION: Section<Action> = Section {
    title: k::TITLE_CONFIRM,
    rows: &[Rows::Shared(CONFIRM)],
};
pub static BACKFILL_QUESTION: Section<Action> = Section {
    title: k::TITLE_BACKFILL,
    rows: &[Rows::Own(BACKFILL_KEYS)],
};
pub static ANY_SCREEN: Section<Action> = Section {
    title: k::TITLE_EVERYWHERE,
    rows: &[
        Rows::Own(SCREEN_KEYS),
        Rows::Shared(EVERYWHERE),
        Rows::Shared(ALWAYS),
    ],
};
static REVEAL: Section<Action> = Section {
    title: k::KEY_SKIP,
    rows: &[Rows::Own(REVEAL_KEYS)],
};

/// The sections of the help screen, in order.
pub static HELP: [&Section<Action>; 7] = [
    &HOME,
    &DECK,
    &LISTS,
    &TYPING,
    &QUESTION,
    &BACKFILL_QUESTION,
    &ANY_SCREEN,
];

pub static ON_HOME: Layer<Action> = Layer {
    sections: &[&HOME, &ANY_SCREEN],
    otherwise: Otherwise::Nothing,
};
pub static ON_DECK: Layer<Action> = Layer {
    sections: &[&DECK, &ANY_SCREEN],
    otherwise: Otherwise::Nothing,
};
pub static ON_LIST: Layer<Action> = Layer {
    sections: &[&LISTS, &ANY_SCREEN],
    otherwise: Otherwise::Nothing,
};
pub static IN_FIELD: Layer<Action> = Layer {
    sections: &[&TYPING],
    otherwise: Otherwise::Type,
};
pub static ASKING: Layer<Action> = Layer {
    sections: &[&QUESTION],
    otherwise: Otherwise::Nothing,
};
/// The question of a backfill for a day without a card: `d` chooses
/// another card in the deck.
pub static ASKING_CARD: Layer<Action> = Layer {
    sections: &[&QUESTION, &BACKFILL_QUESTION],
    otherwise: Otherwise::Nothing,
};
pub static REVEALING: Layer<Action> = Layer {
    sections: &[&REVEAL],
    otherwise: Otherwise::Do(Action::SkipReveal),
};

/// The keys in force: the precedence of the modal layers, top first.
pub fn layer(app: &App) -> &'static Layer<Action> {
    if app.reveal.is_some() {
        &REVEALING
    } else if app.browser.search.is_some()
        || matches!(app.overlay, Some(Overlay::Note(_) | Overlay::Own(_)))
    {
        &IN_FIELD
    } else if matches!(
        app.overlay,
        Some(Overlay::Confirm(Confirm::Backfill { drawn: false, .. }))
    ) {
        &ASKING_CARD
    } else if matches!(app.overlay, Some(Overlay::Confirm(_))) {
        &ASKING
    } else {
        match app.screen {
            Screen::Home => &ON_HOME,
            Screen::Deck => &ON_DECK,
            Screen::History | Screen::Why | Screen::Help => &ON_LIST,
        }
    }
}

/// What the footer leaves out (the help lists it all): a key to the screen
/// already shown; the keys to the other screens except on the home screen
/// (elsewhere Esc goes back to it); and Esc on the home screen (where it
/// quits, and `q quit` is shown).
/// The keys that matter only sometimes (backfill and its undo, 爱邻日, a
/// fresh round) are shown when they do: when yesterday can be backfilled
/// (or was), on the 20th
/// (unless today's card is the 爱邻日 card), after a week away.
pub fn idle(app: &App, action: &Action) -> bool {
    match action {
        Action::Show(Screen::Help) => app.screen == Screen::Help,
        Action::Show(screen) => *screen == app.screen || app.screen != Screen::Home,
        Action::Back => app.screen == Screen::Home,
        Action::AskBackfill => !app.status().backfill_yesterday,
        Action::AskUndoBackfill => app.backfilled_yesterday().is_none(),
        Action::LoveDay => !app.status().love_day_offer,
        Action::AskFreshRound => !app.status().fresh_round_offer,
        _ => false,
    }
}

/// The action for a key press: Ctrl-C quits whatever the state, else the
/// key does what the layer in force says; releases do nothing.
pub fn handle_key(app: &App, key: KeyEvent) -> Action {
    bindings::press(layer(app), &key).unwrap_or(Action::None)
}

/// Pasted text (bracketed paste; also how many input methods deliver a
/// phrase) goes to the text field that has focus.
pub fn handle_paste(app: &App, text: &str) -> Action {
    match layer(app).otherwise {
        Otherwise::Type => Action::Edit(super::app::Edit::Insert(text.to_string())),
        _ => Action::None,
    }
}

/// The keys tables of the README's "The TUI" section.
pub fn markdown() -> String {
    bindings::markdown(&HELP)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Deck;
    use crate::i18n::Lang;
    use crate::journal::Today;
    use crate::tui::app::{Confirm, Edit};
    use crate::tui::bindings::tests::{
        assert_every_listed_key_does_what_the_help_says,
        assert_no_key_does_what_the_layer_does_not_list, footer_text, states,
    };
    use crate::tui::editor::LineEditor;
    use crate::tui::theme::Theme;
    use jiff::civil::date;
    use ratatui::crossterm::event::{KeyEventKind, KeyModifiers};

    fn app() -> App {
        App::new(
            Deck::builtin().expect("deck"),
            Today::empty(date(2026, 11, 20)),
            Lang::En,
            Theme { color: false },
            false,
        )
    }

    /// An app in each state that has a layer of its own, with that layer.
    fn every_state() -> Vec<(&'static str, App, &'static Layer<Action>)> {
        let on = |screen| {
            let mut app = app();
            app.screen = screen;
            app
        };
        let mut note = app();
        note.overlay = Some(Overlay::Note(LineEditor::default()));
        let mut search = on(Screen::Deck);
        search.browser.search = Some(LineEditor::default());
        let mut asking = app();
        asking.overlay = Some(Overlay::Confirm(Confirm::Undo));
        let mut revealing = app();
        revealing.reveal = Some(2);
        vec![
            ("home", on(Screen::Home), &ON_HOME),
            ("deck", on(Screen::Deck), &ON_DECK),
            ("history", on(Screen::History), &ON_LIST),
            ("why", on(Screen::Why), &ON_LIST),
            ("help", on(Screen::Help), &ON_LIST),
            ("note", note, &IN_FIELD),
            ("search", search, &IN_FIELD),
            ("question", asking, &ASKING),
            ("reveal", revealing, &REVEALING),
        ]
    }

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn ctrl(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
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
    fn the_issue_12_keys() {
        let home = app();
        // Ctrl with a letter is not the letter.
        for c in ['l', 'u', 'r', 'q', 'd'] {
            assert_eq!(handle_key(&home, ctrl(c)), Action::None, "Ctrl-{c}");
        }
        assert_eq!(handle_key(&home, ctrl('c')), Action::Quit);
        // F1 is help, as in the workshop.
        assert_eq!(
            handle_key(&home, press(KeyCode::F(1))),
            Action::Show(Screen::Help)
        );
        // In a question, q and Enter say no; only y says yes.
        let mut asking = app();
        asking.overlay = Some(Overlay::Confirm(Confirm::Redraw));
        for code in [
            KeyCode::Char('q'),
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Char('n'),
        ] {
            assert_eq!(handle_key(&asking, press(code)), Action::Cancel, "{code:?}");
        }
        assert_eq!(
            handle_key(&asking, press(KeyCode::Char('y'))),
            Action::Confirm
        );
        assert_eq!(handle_key(&asking, press(KeyCode::Char('c'))), Action::None);
    }

    #[test]
    fn a_text_field_takes_letters_that_are_commands_elsewhere() {
        let mut app = app();
        app.overlay = Some(Overlay::Note(LineEditor::default()));
        for c in ['q', 'l', '?', 'c', '好'] {
            assert_eq!(
                handle_key(&app, press(KeyCode::Char(c))),
                Action::Edit(Edit::Insert(c.to_string()))
            );
        }
        assert_eq!(handle_key(&app, ctrl('u')), Action::Edit(Edit::Clear));
        assert_eq!(handle_key(&app, ctrl('c')), Action::Quit);
        assert_eq!(
            handle_paste(&app, "帮邻居浇花"),
            Action::Edit(Edit::Insert("帮邻居浇花".into()))
        );
        assert_eq!(handle_paste(&self::app(), "x"), Action::None);
    }

    #[test]
    fn any_key_skips_the_reveal_and_releases_are_ignored() {
        let mut app = app();
        app.reveal = Some(2);
        assert_eq!(
            handle_key(&app, press(KeyCode::Char('c'))),
            Action::SkipReveal
        );
        let mut release = press(KeyCode::Char('c'));
        release.kind = KeyEventKind::Release;
        assert_eq!(handle_key(&app, release), Action::None);
        assert_eq!(handle_paste(&app, "x"), Action::None);
    }

    #[test]
    fn the_footer_and_the_help_come_from_the_layer() {
        for (name, app, layer) in every_state() {
            let footer = layer.footer(|action| idle(&app, action));
            let shown = footer_text(&footer, Lang::En);
            for row in layer.rows() {
                let Some(label) = row.footer else { continue };
                let hint = format!("{} {}", row.short(), label.get(Lang::En));
                let hidden = !row.keys.is_empty() && row.keys.iter().all(|(_, a)| idle(&app, a));
                assert_eq!(
                    shown.contains(&hint),
                    !hidden,
                    "{name}: {hint:?} in {shown:?}"
                );
            }
            // Every section a layer uses is on the help screen, except the
            // reveal's (it says so on the screen while it plays).
            for section in layer.sections {
                assert!(
                    HELP.iter().any(|s| std::ptr::eq(*s, *section)) || name == "reveal",
                    "{name}: a section missing from the help"
                );
            }
        }
        let home = app();
        let footer = footer_text(&ON_HOME.footer(|a| idle(&home, a)), Lang::En);
        assert_eq!(
            footer,
            "c check in  n note  u undo  r redraw  a 爱邻日  d deck  h history  w why  l 中文  ? help  q quit"
        );
    }

    #[test]
    fn the_help_screen_lists_every_binding_of_every_section() {
        for lang in [Lang::Zh, Lang::En] {
            let mut app = app();
            app.lang = lang;
            app.screen = Screen::Help;
            let screen = bindings::draw(120, 80, |frame| crate::tui::view::render(&app, frame));
            for section in HELP {
                assert!(screen.contains(section.title.get(lang)), "{screen}");
                for row in section.rows() {
                    assert!(
                        bindings::lists(&screen, &row, lang),
                        "{:?} missing:\n{screen}",
                        row.help
                    );
                }
            }
        }
    }

    #[test]
    fn scrolling_back_after_the_end_moves_at_once() {
        // The runtime keeps the scroll within what `view::draw` says.
        let mut app = app();
        app.screen = Screen::Help;
        for _ in 0..5 {
            app.apply(handle_key(&app, press(KeyCode::PageDown)));
        }
        let mut max = 0;
        bindings::draw(100, 30, |frame| max = crate::tui::view::draw(&app, frame));
        assert!(0 < max && max < 50, "{max}");
        app.scroll = app.scroll.min(max);
        app.apply(handle_key(&app, press(KeyCode::Up)));
        assert_eq!(app.scroll, max - 1);
    }
}
