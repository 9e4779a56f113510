//! Keys to actions, as a pure function of the state: table-tested without a
//! terminal. Presenter remotes send PageUp/PageDown, so those move the
//! spotlight too.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::app::{Action, App, Confirm, Overlay, Screen};
use crate::deck::Pile;
use crate::tui::app::Edit;
use crate::tui::keys::{Before, before_any_screen, edit_key};

/// The action for a key press; releases are ignored.
pub fn handle_key(app: &App, key: KeyEvent) -> Action {
    match before_any_screen(&key) {
        Some(Before::Ignore) => return Action::None,
        Some(Before::Quit) => return Action::Quit,
        None => {}
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match &app.overlay {
        Some(Overlay::Add(_) | Overlay::Seed(_)) => return editing(key, ctrl),
        Some(Overlay::Pledge(_)) => {
            return match key.code {
                KeyCode::Tab | KeyCode::Down => Action::Field(1),
                KeyCode::BackTab | KeyCode::Up => Action::Field(-1),
                _ => editing(key, ctrl),
            };
        }
        Some(Overlay::Confirm(_)) => {
            return match key.code {
                KeyCode::Char('y' | 'Y') | KeyCode::Enter => Action::Confirm,
                KeyCode::Char('n' | 'N') | KeyCode::Esc => Action::Back,
                KeyCode::Char('q') => Action::Quit,
                _ => Action::None,
            };
        }
        Some(Overlay::Help) => {
            return match key.code {
                KeyCode::Up | KeyCode::Char('k') => Action::Move(-1),
                KeyCode::Down | KeyCode::Char('j') => Action::Move(1),
                KeyCode::Char('q') => Action::Quit,
                KeyCode::Char('l') => Action::ToggleLang,
                _ => Action::Back,
            };
        }
        None => {}
    }
    match key.code {
        KeyCode::Char('q') => return Action::Quit,
        KeyCode::Esc => return Action::Back,
        KeyCode::Char('?') | KeyCode::F(1) => return Action::Help,
        KeyCode::Char('l') => return Action::ToggleLang,
        _ => {}
    }
    match app.screen {
        Screen::Setup => setup(key),
        Screen::Table => match key.code {
            KeyCode::Up | KeyCode::Char('k') => Action::Move(-1),
            KeyCode::Down | KeyCode::Char('j') => Action::Move(1),
            KeyCode::PageUp => Action::Move(-10),
            KeyCode::PageDown => Action::Move(10),
            KeyCode::Enter => Action::SpotlightSelected,
            KeyCode::Tab | KeyCode::Char('t') => Action::Show(Screen::Spotlight),
            KeyCode::Char('r') => Action::Ask(Confirm::Redeal),
            KeyCode::Char('e') => Action::Ask(Confirm::End),
            _ => Action::None,
        },
        Screen::Spotlight => spotlight(key),
        Screen::Summary => match key.code {
            KeyCode::Up | KeyCode::Char('k') => Action::Move(-1),
            KeyCode::Down | KeyCode::Char('j') => Action::Move(1),
            KeyCode::PageUp => Action::Move(-10),
            KeyCode::PageDown => Action::Move(10),
            _ => Action::None,
        },
    }
}

fn setup(key: KeyEvent) -> Action {
    let shift = key.modifiers.contains(KeyModifiers::SHIFT);
    match key.code {
        KeyCode::Up if shift => Action::Shift(-1),
        KeyCode::Down if shift => Action::Shift(1),
        KeyCode::Char('[') | KeyCode::Char('K') => Action::Shift(-1),
        KeyCode::Char(']') | KeyCode::Char('J') => Action::Shift(1),
        KeyCode::Up | KeyCode::Char('k') => Action::Move(-1),
        KeyCode::Down | KeyCode::Char('j') => Action::Move(1),
        KeyCode::PageUp => Action::Move(-10),
        KeyCode::PageDown => Action::Move(10),
        KeyCode::Char('a') | KeyCode::Insert => Action::StartAdd,
        KeyCode::Char('x') | KeyCode::Delete => Action::Remove,
        KeyCode::Char('+' | '=') => Action::Hand(1),
        KeyCode::Char('-' | '_') => Action::Hand(-1),
        KeyCode::Char('>' | '.') => Action::Minutes(1),
        KeyCode::Char('<' | ',') => Action::Minutes(-1),
        KeyCode::Char(c @ '1'..='5') => {
            let index = usize::from(c as u8 - b'1');
            Pile::ALL
                .get(index)
                .map_or(Action::None, |pile| Action::TogglePile(*pile))
        }
        KeyCode::Char('s') => Action::StartSeed,
        KeyCode::Enter => Action::Deal,
        _ => Action::None,
    }
}

fn spotlight(key: KeyEvent) -> Action {
    match key.code {
        KeyCode::Left | KeyCode::Char('h') => Action::CardBy(-1),
        KeyCode::Right => Action::CardBy(1),
        KeyCode::Char(c @ '1'..='5') => Action::SelectCard(usize::from(c as u8 - b'1')),
        KeyCode::Char('s') => Action::Swap,
        KeyCode::Char(' ') => Action::TimerStartPause,
        KeyCode::Char('+' | '=') => Action::TimerMinute,
        KeyCode::Char('n') | KeyCode::PageDown | KeyCode::Tab => Action::Turn(1),
        KeyCode::Char('p') | KeyCode::PageUp | KeyCode::BackTab => Action::Turn(-1),
        KeyCode::Enter => Action::OpenPledge,
        KeyCode::Char('o') => Action::OpenOwnWords,
        KeyCode::Char('w') => Action::Withdraw,
        KeyCode::Char('t') => Action::Show(Screen::Table),
        KeyCode::Char('r') => Action::Ask(Confirm::Redeal),
        KeyCode::Char('e') => Action::Ask(Confirm::End),
        _ => Action::None,
    }
}

/// Keys while a text field has focus: everything printable is text.
fn editing(key: KeyEvent, ctrl: bool) -> Action {
    match key.code {
        KeyCode::Enter => Action::Submit,
        KeyCode::Esc => Action::Back,
        _ => edit_key(key, ctrl).map_or(Action::None, Action::Edit),
    }
}

/// Pasted text (also how many input methods deliver a phrase) goes to the
/// field that has focus.
pub fn handle_paste(app: &App, text: &str) -> Action {
    match app.overlay {
        Some(Overlay::Add(_) | Overlay::Seed(_) | Overlay::Pledge(_)) => {
            Action::Edit(Edit::Insert(text.to_string()))
        }
        _ => Action::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::editor::LineEditor;
    use crate::tui::workshop::app::tests::app;
    use ratatui::crossterm::event::{KeyEventKind, KeyEventState};

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn with(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
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

    #[test]
    fn keys_by_screen() {
        use KeyCode::*;
        let ctrl = KeyModifiers::CONTROL;
        let shift = KeyModifiers::SHIFT;
        let cases: Vec<(Screen, KeyEvent, Action)> = vec![
            (Screen::Setup, press(Char('a')), Action::StartAdd),
            (Screen::Setup, press(Delete), Action::Remove),
            (Screen::Setup, press(Char('x')), Action::Remove),
            (Screen::Setup, press(Char('[')), Action::Shift(-1)),
            (Screen::Setup, with(Down, shift), Action::Shift(1)),
            (Screen::Setup, press(Down), Action::Move(1)),
            (Screen::Setup, press(Char('+')), Action::Hand(1)),
            (Screen::Setup, press(Char('-')), Action::Hand(-1)),
            (Screen::Setup, press(Char('>')), Action::Minutes(1)),
            (
                Screen::Setup,
                press(Char('1')),
                Action::TogglePile(Pile::Hearts),
            ),
            (
                Screen::Setup,
                press(Char('5')),
                Action::TogglePile(Pile::Joker),
            ),
            (Screen::Setup, press(Char('6')), Action::None),
            (Screen::Setup, press(Char('s')), Action::StartSeed),
            (Screen::Setup, press(Enter), Action::Deal),
            (Screen::Table, press(Enter), Action::SpotlightSelected),
            (
                Screen::Table,
                press(Char('r')),
                Action::Ask(Confirm::Redeal),
            ),
            (Screen::Table, press(Tab), Action::Show(Screen::Spotlight)),
            (Screen::Spotlight, press(Right), Action::CardBy(1)),
            (Screen::Spotlight, press(Char('3')), Action::SelectCard(2)),
            (Screen::Spotlight, press(Char('s')), Action::Swap),
            (Screen::Spotlight, press(Char(' ')), Action::TimerStartPause),
            (Screen::Spotlight, press(Char('+')), Action::TimerMinute),
            (Screen::Spotlight, press(PageDown), Action::Turn(1)),
            (Screen::Spotlight, press(Char('p')), Action::Turn(-1)),
            (Screen::Spotlight, press(Enter), Action::OpenPledge),
            (Screen::Spotlight, press(Char('o')), Action::OpenOwnWords),
            (Screen::Spotlight, press(Char('w')), Action::Withdraw),
            (
                Screen::Spotlight,
                press(Char('e')),
                Action::Ask(Confirm::End),
            ),
            (
                Screen::Spotlight,
                press(Char('t')),
                Action::Show(Screen::Table),
            ),
            (Screen::Summary, press(Down), Action::Move(1)),
            (Screen::Summary, press(Char('s')), Action::None),
            (Screen::Summary, press(Char('q')), Action::Quit),
            (Screen::Spotlight, press(Esc), Action::Back),
            (Screen::Setup, press(Char('?')), Action::Help),
            (Screen::Table, press(Char('l')), Action::ToggleLang),
            (Screen::Spotlight, with(Char('c'), ctrl), Action::Quit),
        ];
        for (screen, key, want) in cases {
            let app = on(screen, None);
            assert_eq!(handle_key(&app, key), want, "{screen:?} {key:?}");
        }
    }

    #[test]
    fn text_fields_take_every_printable_key() {
        let add = on(Screen::Setup, Some(Overlay::Add(LineEditor::default())));
        for c in ['q', 'l', '?', 'a', '王'] {
            assert_eq!(
                handle_key(&add, press(KeyCode::Char(c))),
                Action::Edit(Edit::Insert(c.to_string()))
            );
        }
        assert_eq!(handle_key(&add, press(KeyCode::Esc)), Action::Back);
        assert_eq!(handle_key(&add, press(KeyCode::Enter)), Action::Submit);
        let ctrl_c = with(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(handle_key(&add, ctrl_c), Action::Quit);
        assert_eq!(
            handle_paste(&add, "王阿姨"),
            Action::Edit(Edit::Insert("王阿姨".into()))
        );
        let mut pledge = on(Screen::Spotlight, None);
        pledge.apply(Action::OpenPledge);
        assert_eq!(handle_key(&pledge, press(KeyCode::Tab)), Action::Field(1));
        assert_eq!(
            handle_key(&pledge, press(KeyCode::BackTab)),
            Action::Field(-1)
        );
        assert_eq!(
            handle_key(&pledge, press(KeyCode::Char('2'))),
            Action::Edit(Edit::Insert("2".into()))
        );
        assert_eq!(
            handle_paste(&on(Screen::Spotlight, None), "x"),
            Action::None
        );
    }

    #[test]
    fn confirmations_help_and_releases() {
        let confirm = on(Screen::Table, Some(Overlay::Confirm(Confirm::End)));
        assert_eq!(
            handle_key(&confirm, press(KeyCode::Char('y'))),
            Action::Confirm
        );
        assert_eq!(
            handle_key(&confirm, press(KeyCode::Char('n'))),
            Action::Back
        );
        assert_eq!(
            handle_key(&confirm, press(KeyCode::Char('s'))),
            Action::None
        );
        let help = on(Screen::Spotlight, Some(Overlay::Help));
        assert_eq!(handle_key(&help, press(KeyCode::Char('x'))), Action::Back);
        assert_eq!(handle_key(&help, press(KeyCode::Down)), Action::Move(1));
        let mut release = press(KeyCode::Char('q'));
        release.kind = KeyEventKind::Release;
        release.state = KeyEventState::NONE;
        assert_eq!(handle_key(&help, release), Action::None);
    }
}
