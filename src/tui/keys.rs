//! Keys to actions, as a pure function of the state (atuin's pattern):
//! table-tested without a terminal.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::app::{Action, App, Edit, Overlay, Screen};

/// What both TUIs do with a key before their screens see it.
pub(crate) enum Before {
    /// A key release (Windows reports them): nothing to do.
    Ignore,
    /// Ctrl-C: in raw mode it is a key like any other, and it always quits.
    Quit,
}

/// Releases are ignored and Ctrl-C quits, on every screen of both TUIs.
pub(crate) fn before_any_screen(key: &KeyEvent) -> Option<Before> {
    if key.kind == KeyEventKind::Release {
        return Some(Before::Ignore);
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    (ctrl && key.code == KeyCode::Char('c')).then_some(Before::Quit)
}

/// The action for a key press. Releases and repeats of non-text keys are
/// ignored (Windows reports both press and release).
pub fn handle_key(app: &App, key: KeyEvent) -> Action {
    match before_any_screen(&key) {
        Some(Before::Ignore) => return Action::None,
        Some(Before::Quit) => return Action::Quit,
        None => {}
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if app.reveal.is_some() {
        return Action::SkipReveal;
    }
    if app.browser.search.is_some() || matches!(app.overlay, Some(Overlay::Note(_))) {
        return editing(key, ctrl);
    }
    if matches!(app.overlay, Some(Overlay::Confirm(_))) {
        return match key.code {
            KeyCode::Char('y' | 'Y') | KeyCode::Enter => Action::Confirm,
            KeyCode::Char('n' | 'N' | 'q') | KeyCode::Esc => Action::Cancel,
            _ => Action::None,
        };
    }
    if let Some(action) = everywhere(key.code) {
        return action;
    }
    match app.screen {
        Screen::Home => match key.code {
            KeyCode::Char('c' | ' ') => Action::CheckIn,
            KeyCode::Char('n') => Action::OpenNote,
            KeyCode::Char('u') => Action::AskUndo,
            KeyCode::Char('r') => Action::AskRedraw,
            _ => Action::None,
        },
        Screen::Deck => match key.code {
            KeyCode::Left | KeyCode::BackTab => Action::Tab(-1),
            KeyCode::Right | KeyCode::Tab => Action::Tab(1),
            KeyCode::Up | KeyCode::Char('k') => Action::Move(-1),
            KeyCode::Down | KeyCode::Char('j') => Action::Move(1),
            KeyCode::PageUp => Action::Move(-10),
            KeyCode::PageDown => Action::Move(10),
            KeyCode::Char('/') => Action::StartSearch,
            _ => Action::None,
        },
        Screen::History | Screen::Why | Screen::Help => match key.code {
            KeyCode::Up | KeyCode::Char('k') => Action::Scroll(-1),
            KeyCode::Down | KeyCode::Char('j') => Action::Scroll(1),
            KeyCode::PageUp => Action::Scroll(-10),
            KeyCode::PageDown => Action::Scroll(10),
            KeyCode::Home => Action::Scroll(-i32::from(u16::MAX)),
            _ => Action::None,
        },
    }
}

/// Keys that mean the same on every screen.
fn everywhere(code: KeyCode) -> Option<Action> {
    Some(match code {
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Esc => Action::Back,
        KeyCode::Char('d') => Action::Show(Screen::Deck),
        KeyCode::Char('h') => Action::Show(Screen::History),
        KeyCode::Char('w') => Action::Show(Screen::Why),
        KeyCode::Char('?') => Action::Show(Screen::Help),
        KeyCode::Char('l') => Action::ToggleLang,
        KeyCode::Char('H') | KeyCode::F(1) => Action::Show(Screen::Home),
        _ => return None,
    })
}

/// Keys while a text field has focus: everything printable is text.
fn editing(key: KeyEvent, ctrl: bool) -> Action {
    match key.code {
        KeyCode::Enter => Action::Submit,
        KeyCode::Esc => Action::Cancel,
        _ => edit_key(key, ctrl).map_or(Action::None, Action::Edit),
    }
}

/// The edit a key makes in a one-line text field, if any (the workshop's
/// fields use it too).
pub(crate) fn edit_key(key: KeyEvent, ctrl: bool) -> Option<Edit> {
    Some(match key.code {
        KeyCode::Backspace => Edit::Backspace,
        KeyCode::Delete => Edit::Delete,
        KeyCode::Left => Edit::Left,
        KeyCode::Right => Edit::Right,
        KeyCode::Home => Edit::Home,
        KeyCode::End => Edit::End,
        KeyCode::Char('a') if ctrl => Edit::Home,
        KeyCode::Char('e') if ctrl => Edit::End,
        KeyCode::Char('u') if ctrl => Edit::Clear,
        KeyCode::Char(c) if !ctrl => Edit::Insert(c.to_string()),
        _ => return None,
    })
}

/// Pasted text (bracketed paste; also how many input methods deliver a
/// phrase) goes to the text field that has focus.
pub fn handle_paste(app: &App, text: &str) -> Action {
    if app.browser.search.is_some() || matches!(app.overlay, Some(Overlay::Note(_))) {
        Action::Edit(Edit::Insert(text.to_string()))
    } else {
        Action::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Deck;
    use crate::i18n::Lang;
    use crate::journal::Today;
    use crate::tui::app::Confirm;
    use crate::tui::editor::LineEditor;
    use crate::tui::theme::Theme;
    use jiff::civil::date;

    fn app() -> App {
        App::new(
            Deck::builtin().expect("deck"),
            Today::empty(date(2026, 11, 20)),
            Lang::En,
            Theme { color: false },
            false,
        )
    }

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn ctrl(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    #[test]
    fn home_keys() {
        let app = app();
        let table = [
            (press(KeyCode::Char('c')), Action::CheckIn),
            (press(KeyCode::Char(' ')), Action::CheckIn),
            (press(KeyCode::Char('n')), Action::OpenNote),
            (press(KeyCode::Char('u')), Action::AskUndo),
            (press(KeyCode::Char('r')), Action::AskRedraw),
            (press(KeyCode::Char('d')), Action::Show(Screen::Deck)),
            (press(KeyCode::Char('h')), Action::Show(Screen::History)),
            (press(KeyCode::Char('w')), Action::Show(Screen::Why)),
            (press(KeyCode::Char('?')), Action::Show(Screen::Help)),
            (press(KeyCode::Char('l')), Action::ToggleLang),
            (press(KeyCode::Char('q')), Action::Quit),
            (press(KeyCode::Esc), Action::Back),
            (ctrl('c'), Action::Quit),
            (press(KeyCode::Char('x')), Action::None),
        ];
        for (key, expected) in table {
            assert_eq!(handle_key(&app, key), expected, "{key:?}");
        }
    }

    #[test]
    fn deck_keys() {
        let mut app = app();
        app.screen = Screen::Deck;
        let table = [
            (press(KeyCode::Right), Action::Tab(1)),
            (press(KeyCode::Tab), Action::Tab(1)),
            (press(KeyCode::Left), Action::Tab(-1)),
            (press(KeyCode::Down), Action::Move(1)),
            (press(KeyCode::Char('k')), Action::Move(-1)),
            (press(KeyCode::Char('/')), Action::StartSearch),
            (press(KeyCode::Char('c')), Action::None),
        ];
        for (key, expected) in table {
            assert_eq!(handle_key(&app, key), expected, "{key:?}");
        }
    }

    #[test]
    fn a_text_field_takes_letters_that_are_commands_elsewhere() {
        let mut app = app();
        app.overlay = Some(Overlay::Note(LineEditor::default()));
        let table = [
            (
                press(KeyCode::Char('q')),
                Action::Edit(Edit::Insert("q".into())),
            ),
            (
                press(KeyCode::Char('好')),
                Action::Edit(Edit::Insert("好".into())),
            ),
            (press(KeyCode::Enter), Action::Submit),
            (press(KeyCode::Esc), Action::Cancel),
            (press(KeyCode::Backspace), Action::Edit(Edit::Backspace)),
            (ctrl('u'), Action::Edit(Edit::Clear)),
            (ctrl('c'), Action::Quit),
        ];
        for (key, expected) in table {
            assert_eq!(handle_key(&app, key), expected, "{key:?}");
        }
        assert_eq!(
            handle_paste(&app, "帮邻居浇花"),
            Action::Edit(Edit::Insert("帮邻居浇花".into()))
        );
    }

    #[test]
    fn confirmations_take_yes_or_no() {
        let mut app = app();
        app.overlay = Some(Overlay::Confirm(Confirm::Undo));
        assert_eq!(handle_key(&app, press(KeyCode::Char('y'))), Action::Confirm);
        assert_eq!(handle_key(&app, press(KeyCode::Enter)), Action::Confirm);
        assert_eq!(handle_key(&app, press(KeyCode::Char('n'))), Action::Cancel);
        assert_eq!(handle_key(&app, press(KeyCode::Char('c'))), Action::None);
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
}
