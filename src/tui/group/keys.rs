//! The group screen's keys: one table per screen and overlay
//! ([`crate::tui::bindings`]), which drives [`handle_key`], the footer and
//! the help. On the grid a card is typed straight onto a cell: a key that
//! begins a card (`h`, `♥`, `红`…) opens the card field with it, so `h7`
//! then Enter circles ♥7.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::app::{Action, App, Overlay, Screen};
use crate::i18n::keys as k;
use crate::tui::app::Edit;
use crate::tui::bindings::{
    self, ALWAYS, Binding, CONFIRM, Common, EDIT, EVERYWHERE, Layer, Otherwise, Rows, Section, ch,
    key,
};

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

static GRID_KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[
            (ch(' '), Action::Toggle),
            (ch('x'), Action::Toggle),
            (ch('v'), Action::Toggle),
        ],
        footer: Some(k::KEY_TICK),
        help: k::HELP_TICK,
    },
    Binding {
        keys: &[],
        footer: Some(k::KEY_TYPE_CARD),
        help: k::HELP_TYPE_CARD,
    },
    Binding {
        keys: &[(ch('w'), Action::AskSave)],
        footer: Some(k::KEY_SAVE),
        help: k::HELP_SAVE,
    },
    Binding {
        keys: &[
            (key(KeyCode::Delete), Action::Clear),
            (key(KeyCode::Backspace), Action::Clear),
        ],
        footer: Some(k::KEY_CLEAR_CELL),
        help: k::HELP_CLEAR_CELL,
    },
    Binding {
        keys: &[
            (key(KeyCode::Up), Action::Move(-1, 0)),
            (key(KeyCode::Down), Action::Move(1, 0)),
            (key(KeyCode::Left), Action::Move(0, -1)),
            (key(KeyCode::Right), Action::Move(0, 1)),
        ],
        footer: Some(k::KEY_ARROWS),
        help: k::HELP_GRID_MOVE,
    },
    Binding {
        keys: &[(key(KeyCode::Enter), Action::NextRow)],
        footer: None,
        help: k::HELP_NEXT_ROW,
    },
    Binding {
        keys: &[
            (key(KeyCode::PageUp), Action::Move(-10, 0)),
            (key(KeyCode::PageDown), Action::Move(10, 0)),
        ],
        footer: None,
        help: k::HELP_GRID_PAGE,
    },
    Binding {
        keys: &[(ch('['), Action::Week(-1)), (ch(']'), Action::Week(1))],
        footer: Some(k::KEY_WEEK),
        help: k::HELP_WEEK,
    },
];

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
];

static SCREEN_KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[(key(KeyCode::Esc), Action::Back)],
        footer: Some(k::KEY_BACK),
        help: k::HELP_GROUP_BACK,
    },
    Binding {
        keys: &[(ch('t'), Action::Show(Screen::Tea))],
        footer: Some(k::KEY_TEA),
        help: k::HELP_TEA,
    },
    Binding {
        keys: &[(ch('g'), Action::Show(Screen::Grid))],
        footer: Some(k::KEY_GRID),
        help: k::HELP_GRID,
    },
];

pub static GRID: Section<Action> = Section {
    title: k::TITLE_GRID,
    rows: &[Rows::Own(GRID_KEYS)],
};
pub static LISTS: Section<Action> = Section {
    title: k::TITLE_TEA_HELP,
    rows: &[Rows::Own(LIST_KEYS)],
};
pub static TYPING: Section<Action> = Section {
    title: k::TITLE_TYPING_CARD,
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

/// The sections of the help screen, in order.
pub static HELP: [&Section<Action>; 5] = [&GRID, &LISTS, &TYPING, &QUESTION, &ANY_SCREEN];

pub static ON_GRID: Layer<Action> = Layer {
    sections: &[&GRID, &ANY_SCREEN],
    otherwise: Otherwise::Type,
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

/// The keys in force: the precedence of the modal layers, top first.
pub fn layer(app: &App) -> &'static Layer<Action> {
    match &app.overlay {
        Some(Overlay::Card(_)) => &IN_FIELD,
        Some(Overlay::Confirm(_)) => &ASKING,
        None => match app.screen {
            Screen::Grid => &ON_GRID,
            Screen::Tea | Screen::Help => &ON_LIST,
        },
    }
}

/// What the footer leaves out: the key to the screen already shown, and
/// Esc on the grid (where `q` quits).
pub fn idle(app: &App, action: &Action) -> bool {
    match action {
        Action::Show(screen) => *screen == app.screen,
        Action::Back => app.screen == Screen::Grid,
        _ => false,
    }
}

/// The action for a key press.
pub fn handle_key(app: &App, key: KeyEvent) -> Action {
    bindings::press(layer(app), &key).unwrap_or(Action::None)
}

/// Pasted text (and what many input methods send for 红7) goes to the
/// card field, or opens it on the grid.
pub fn handle_paste(app: &App, text: &str) -> Action {
    match layer(app).otherwise {
        Otherwise::Type => Action::Edit(Edit::Insert(text.to_string())),
        _ => Action::None,
    }
}

/// The key tables of the README's group section.
pub fn markdown() -> String {
    bindings::markdown(&HELP)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Deck;
    use crate::group::{Consent, Group};
    use crate::i18n::Lang;
    use crate::tui::app::Edit;
    use crate::tui::bindings::tests::{
        assert_every_listed_key_does_what_the_help_says,
        assert_no_key_does_what_the_layer_does_not_list, footer_text, states,
    };
    use crate::tui::editor::LineEditor;
    use crate::tui::group::app::Confirm;
    use crate::tui::theme::Theme;
    use jiff::civil::date;
    use ratatui::crossterm::event::KeyModifiers;

    fn app() -> App {
        let mut group = Group::new("g", None, "shequ-xiaoshi", date(2026, 12, 1)).expect("g");
        group
            .add_member("王阿姨", None, date(2026, 12, 1), Consent::default())
            .expect("add");
        App::new(
            &group,
            Deck::builtin().expect("deck"),
            date(2026, 12, 20),
            date(2026, 12, 14),
            Lang::En,
            Theme { color: false },
        )
    }

    fn every_state() -> Vec<(&'static str, App, &'static Layer<Action>)> {
        let on = |screen| {
            let mut app = app();
            app.screen = screen;
            app
        };
        let mut card = app();
        card.overlay = Some(Overlay::Card(LineEditor::default()));
        let mut asking = app();
        asking.overlay = Some(Overlay::Confirm(Confirm::Save));
        vec![
            ("grid", on(Screen::Grid), &ON_GRID),
            ("tea", on(Screen::Tea), &ON_LIST),
            ("help", on(Screen::Help), &ON_LIST),
            ("card", card, &IN_FIELD),
            ("question", asking, &ASKING),
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
    fn a_card_is_typed_straight_onto_the_grid() {
        let grid = app();
        let press = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(
            handle_key(&grid, press('h')),
            Action::Edit(Edit::Insert("h".into()))
        );
        assert_eq!(handle_key(&grid, press('q')), Action::Quit);
        assert_eq!(handle_key(&grid, press('l')), Action::ToggleLang);
        assert_eq!(
            handle_paste(&grid, "红7"),
            Action::Edit(Edit::Insert("红7".into()))
        );
    }

    #[test]
    fn the_footer_comes_from_the_layer() {
        let grid = app();
        let footer = footer_text(&ON_GRID.footer(|a| idle(&grid, a)), Lang::En);
        assert!(
            footer.starts_with("Space tick   h7 s10: card  w save"),
            "{footer}"
        );
        assert!(
            footer.contains("w save") && footer.ends_with("q quit"),
            "{footer}"
        );
        for (name, _, layer) in every_state() {
            for section in layer.sections {
                assert!(
                    HELP.iter().any(|s| std::ptr::eq(*s, *section)),
                    "{name}: a section missing from the help"
                );
            }
        }
    }
}
