//! The TUI's state and how actions change it. No terminal and no files here:
//! [`App::apply`] returns an [`Effect`] for the runtime to carry out, so the
//! whole state machine is tested with plain values.

use jiff::civil::Date;

use super::editor::LineEditor;
use super::theme::Theme;
use crate::deck::{Card, Deck, Suit};
use crate::i18n::Lang;
use crate::journal::Today;
use crate::journal::rules::{FinishedRound, TraceDay};
use crate::journal::view::{self, Status};

/// Frames of the reveal animation; one every [`REVEAL_FRAME_MS`].
pub const REVEAL_FRAMES: u8 = 8;
pub const REVEAL_FRAME_MS: u64 = 70;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    Deck,
    History,
    Why,
    Help,
}

/// What needs confirming before it happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    Undo,
    Redraw,
}

/// A modal layer over the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Note(LineEditor),
    Confirm(Confirm),
}

/// What a key (or paste, or tick) asks for. Produced by [`super::keys`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    None,
    Quit,
    Back,
    Show(Screen),
    ToggleLang,
    CheckIn,
    OpenNote,
    AskUndo,
    AskRedraw,
    Confirm,
    Cancel,
    SkipReveal,
    Tick,
    /// Editing the note or the deck search.
    Edit(Edit),
    Submit,
    StartSearch,
    Move(i32),
    Tab(i32),
    Scroll(i32),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    Insert(String),
    Backspace,
    Delete,
    Left,
    Right,
    Home,
    End,
    Clear,
}

/// Work for the runtime: everything that touches the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Draw {
        redraw: bool,
    },
    CheckIn,
    SaveNote(String),
    Undo,
    LoadPast,
    /// Remember the language chosen (config.ron), for the next start.
    SaveLang(Lang),
}

/// A one-line message under the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// History and the `why` replay: loaded when first shown (they read every
/// event, which the home screen must not wait for).
#[derive(Debug, Clone, Default)]
pub struct Past {
    /// Days with a card: date, card id, done, note.
    pub days: Vec<(Date, String, bool, Option<String>)>,
    pub finished: Vec<FinishedRound>,
    pub why: Vec<TraceDay>,
}

/// The deck screen: a suit tab, a selected card, an optional search.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeckBrowser {
    /// 0–3 the suits, 4 the jokers.
    pub tab: usize,
    pub selected: usize,
    /// Being typed, while `/` search is open.
    pub search: Option<LineEditor>,
    /// The search in force (empty: none).
    pub query: String,
}

pub const TABS: usize = 5;

impl DeckBrowser {
    pub fn tab_suit(&self) -> Option<Suit> {
        Suit::ALL.get(self.tab).copied()
    }

    /// The cards listed: the tab's, or every card matching the search in
    /// either language.
    pub fn cards<'d>(&self, deck: &'d Deck) -> Vec<&'d Card> {
        let query = self
            .search
            .as_ref()
            .map_or(self.query.as_str(), LineEditor::text)
            .trim()
            .to_lowercase();
        if query.is_empty() {
            deck.cards_of(self.tab_suit()).collect()
        } else {
            deck.cards
                .iter()
                .filter(|card| {
                    [&card.title, &card.action]
                        .iter()
                        .flat_map(|text| text.each())
                        .any(|(_, text)| text.to_lowercase().contains(&query))
                        || card.id.contains(&query)
                })
                .collect()
        }
    }
}

pub struct App {
    pub lang: Lang,
    pub theme: Theme,
    pub animate: bool,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    /// The reveal animation's frame, while it plays.
    pub reveal: Option<u8>,
    pub deck: Deck,
    pub today: Today,
    pub past: Option<Past>,
    pub browser: DeckBrowser,
    pub scroll: u16,
    pub message: Option<Message>,
    pub quit: bool,
}

impl App {
    pub fn new(deck: Deck, today: Today, lang: Lang, theme: Theme, animate: bool) -> App {
        App {
            lang,
            theme,
            animate,
            screen: Screen::Home,
            overlay: None,
            reveal: None,
            deck,
            today,
            past: None,
            browser: DeckBrowser::default(),
            scroll: 0,
            message: None,
            quit: false,
        }
    }

    /// What the home screen shows.
    pub fn status(&self) -> Status<'_> {
        Status::new(&self.today, &self.deck)
    }

    /// Today's card from the deck, if drawn and known.
    pub fn todays_card(&self) -> Option<&Card> {
        let id = self.today.facts(self.today.date).card?;
        self.deck.card(&id)
    }

    /// New journal data from the runtime. `revealed` starts the reveal
    /// animation (a card was just drawn).
    pub fn set_today(&mut self, today: Today, revealed: bool) {
        self.today = today;
        self.past = None;
        if revealed && self.animate {
            self.reveal = Some(0);
        }
    }

    pub fn set_past(&mut self, events: &[crate::journal::Event]) {
        let days = view::history(events, &self.deck)
            .into_iter()
            .map(|day| {
                let id = match day.card {
                    view::CardView::Known(card) => card.id.to_string(),
                    view::CardView::Unknown { id } => id,
                };
                (day.date, id, day.done, day.note)
            })
            .collect();
        let why = view::why(events, self.today.date, &self.deck);
        let (progress, _) = self.today.with_today();
        self.past = Some(Past {
            days,
            finished: progress.finished,
            why: why.days,
        });
    }

    pub fn say(&mut self, text: impl Into<String>, error: bool) {
        self.message = Some(Message {
            text: text.into(),
            error,
        });
    }

    /// Says why something was refused, on the status line, in the language.
    pub fn refuse(&mut self, error: &dyn crate::i18n::Describe) {
        let said = error.describe(self.lang).one_line(self.lang);
        self.say(said, true);
    }

    /// Applies an action; returns the journal work it needs, if any.
    pub fn apply(&mut self, action: Action) -> Option<Effect> {
        if !matches!(action, Action::None | Action::Tick) {
            self.message = None;
        }
        match action {
            Action::None => None,
            Action::Quit => {
                self.quit = true;
                None
            }
            Action::Tick => {
                self.reveal = match self.reveal {
                    Some(frame) if frame + 1 < REVEAL_FRAMES => Some(frame + 1),
                    _ => None,
                };
                None
            }
            Action::SkipReveal => {
                self.reveal = None;
                None
            }
            Action::Back => {
                if self.screen == Screen::Home {
                    self.quit = true;
                } else {
                    self.screen = Screen::Home;
                }
                None
            }
            Action::Show(screen) => {
                self.screen = screen;
                self.scroll = 0;
                let needs_past = matches!(screen, Screen::History | Screen::Why);
                (needs_past && self.past.is_none()).then_some(Effect::LoadPast)
            }
            Action::ToggleLang => {
                self.lang = self.lang.next();
                Some(Effect::SaveLang(self.lang))
            }
            Action::CheckIn => Some(Effect::CheckIn),
            Action::OpenNote => {
                let note = self.today.facts(self.today.date).note.unwrap_or_default();
                self.overlay = Some(Overlay::Note(LineEditor::with_text(&note)));
                None
            }
            Action::AskUndo => {
                if self.today.facts(self.today.date).checked_in {
                    self.overlay = Some(Overlay::Confirm(Confirm::Undo));
                } else {
                    self.say(
                        crate::i18n::fill_named(
                            crate::i18n::NOTHING_TO_UNDO.get(self.lang),
                            &[("date", &self.today.date)],
                        ),
                        false,
                    );
                }
                None
            }
            Action::AskRedraw => {
                self.overlay = Some(Overlay::Confirm(Confirm::Redraw));
                None
            }
            Action::Confirm => match self.overlay.take() {
                Some(Overlay::Confirm(Confirm::Undo)) => Some(Effect::Undo),
                Some(Overlay::Confirm(Confirm::Redraw)) => Some(Effect::Draw { redraw: true }),
                other => {
                    self.overlay = other;
                    None
                }
            },
            Action::Cancel => {
                if self.browser.search.take().is_none() {
                    self.overlay = None;
                }
                None
            }
            Action::Edit(edit) => {
                if let Some(editor) = self.editor() {
                    editor.apply(edit);
                }
                if self.browser.search.is_some() {
                    self.browser.selected = 0;
                }
                None
            }
            Action::Submit => {
                if let Some(search) = self.browser.search.take() {
                    self.browser.query = search.text().to_string();
                    self.browser.selected = 0;
                    return None;
                }
                match self.overlay.take() {
                    Some(Overlay::Note(editor)) => {
                        Some(Effect::SaveNote(editor.text().to_string()))
                    }
                    other => {
                        self.overlay = other;
                        None
                    }
                }
            }
            Action::StartSearch => {
                self.browser.search = Some(LineEditor::with_text(&self.browser.query));
                None
            }
            Action::Move(by) => {
                let count = self.browser.cards(&self.deck).len();
                self.browser.selected = step(self.browser.selected, by, count);
                None
            }
            Action::Tab(by) => {
                self.browser.tab = (self.browser.tab as i32 + by).rem_euclid(TABS as i32) as usize;
                self.browser.selected = 0;
                self.browser.query.clear();
                None
            }
            Action::Scroll(by) => {
                self.scroll = (i32::from(self.scroll) + by).clamp(0, i32::from(u16::MAX)) as u16;
                None
            }
        }
    }

    /// The text field keys go to: the note, or the deck search.
    pub fn editor(&mut self) -> Option<&mut LineEditor> {
        if let Some(search) = self.browser.search.as_mut() {
            return Some(search);
        }
        match self.overlay.as_mut() {
            Some(Overlay::Note(editor)) => Some(editor),
            _ => None,
        }
    }
}

/// Moves a selection by `by` within `count` items, stopping at the ends.
fn step(selected: usize, by: i32, count: usize) -> usize {
    if count == 0 {
        return 0;
    }
    (selected as i64 + i64::from(by)).clamp(0, count as i64 - 1) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn app() -> App {
        let deck = Deck::builtin().expect("deck");
        App::new(
            deck,
            Today::empty(date(2026, 11, 20)),
            Lang::Zh,
            Theme { color: false },
            true,
        )
    }

    #[test]
    fn escape_goes_home_then_quits() {
        let mut app = app();
        app.apply(Action::Show(Screen::Deck));
        app.apply(Action::Back);
        assert_eq!(app.screen, Screen::Home);
        assert!(!app.quit);
        app.apply(Action::Back);
        assert!(app.quit);
    }

    #[test]
    fn history_and_why_load_the_past_once() {
        let mut app = app();
        assert_eq!(
            app.apply(Action::Show(Screen::History)),
            Some(Effect::LoadPast)
        );
        app.set_past(&[]);
        assert_eq!(app.apply(Action::Show(Screen::Why)), None);
    }

    #[test]
    fn undo_asks_only_when_there_is_something_to_undo() {
        let mut app = app();
        assert_eq!(app.apply(Action::AskUndo), None);
        assert!(app.overlay.is_none());
        assert!(
            app.message
                .as_ref()
                .is_some_and(|m| m.text.contains("没有可撤销"))
        );
    }

    #[test]
    fn redraw_happens_only_after_confirmation() {
        let mut app = app();
        assert_eq!(app.apply(Action::AskRedraw), None);
        assert_eq!(app.overlay, Some(Overlay::Confirm(Confirm::Redraw)));
        assert_eq!(
            app.apply(Action::Confirm),
            Some(Effect::Draw { redraw: true })
        );
        assert!(app.overlay.is_none());
        app.apply(Action::AskRedraw);
        assert_eq!(app.apply(Action::Cancel), None);
        assert!(app.overlay.is_none());
    }

    #[test]
    fn the_note_editor_saves_on_submit() {
        let mut app = app();
        app.apply(Action::OpenNote);
        app.apply(Action::Edit(Edit::Insert("帮王阿姨".into())));
        app.apply(Action::Edit(Edit::Insert("收快递".into())));
        app.apply(Action::Edit(Edit::Backspace));
        assert_eq!(
            app.apply(Action::Submit),
            Some(Effect::SaveNote("帮王阿姨收快".into()))
        );
        assert!(app.overlay.is_none());
    }

    #[test]
    fn search_matches_both_languages() {
        let mut app = app();
        app.apply(Action::Show(Screen::Deck));
        app.apply(Action::StartSearch);
        app.apply(Action::Edit(Edit::Insert("快递".into())));
        let zh = app.browser.cards(&app.deck).len();
        assert!(zh >= 1);
        app.apply(Action::Edit(Edit::Clear));
        app.apply(Action::Edit(Edit::Insert("PARCEL".into())));
        assert!(!app.browser.cards(&app.deck).is_empty());
        app.apply(Action::Submit);
        assert!(app.browser.search.is_none());
        assert_eq!(app.browser.query, "PARCEL");
    }

    #[test]
    fn tabs_wrap_and_selection_stops_at_the_ends() {
        let mut app = app();
        app.apply(Action::Tab(-1));
        assert_eq!(app.browser.tab, 4);
        assert_eq!(app.browser.cards(&app.deck).len(), 2);
        app.apply(Action::Move(5));
        assert_eq!(app.browser.selected, 1);
        app.apply(Action::Move(-9));
        assert_eq!(app.browser.selected, 0);
    }

    #[test]
    fn the_reveal_runs_its_frames_then_stops() {
        let mut app = app();
        app.set_today(Today::empty(date(2026, 11, 20)), true);
        for _ in 0..REVEAL_FRAMES {
            assert!(app.reveal.is_some());
            app.apply(Action::Tick);
        }
        assert!(app.reveal.is_none());
        app.animate = false;
        app.set_today(Today::empty(date(2026, 11, 20)), true);
        assert!(app.reveal.is_none());
    }
}
