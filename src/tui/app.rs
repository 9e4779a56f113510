//! The TUI's state and how actions change it. No terminal and no files here:
//! [`App::apply`] returns an [`Effect`] for the runtime to carry out, so the
//! whole state machine is tested with plain values.

use jiff::civil::Date;

use super::editor::LineEditor;
use super::theme::Theme;
use crate::deck::{Card, Deck, Suit};
use crate::i18n::Describe;
use crate::i18n::Lang;
use crate::journal::Today;
use crate::journal::actions::{self, ActionError, Credit};
use crate::journal::draw::LOVE_DAY_CARD;
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    Undo,
    Redraw,
    /// 补卡 for yesterday, crediting `card`: yesterday's card, or (when it
    /// had none, `drawn` false) the ladder's card for that day.
    Backfill {
        card: String,
        drawn: bool,
    },
    /// `round start` on a round that has check-ins.
    FreshRound,
    /// Take back yesterday's backfill, which credited `card`.
    UndoBackfill {
        card: String,
    },
    /// `c` in the deck browser on a day already checked in: credit `card`
    /// instead of what the check-in counts for now (today's, or yesterday's
    /// when choosing a backfill's card).
    Recredit {
        card: String,
        yesterday: bool,
    },
}

/// A modal layer over the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Note(LineEditor),
    /// What the resident did, in their own words (the black joker).
    Own(LineEditor),
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
    /// 补卡 yesterday: asks, naming the card and the backfills left.
    AskBackfill,
    /// Take back yesterday's backfill (`undo --yesterday`): asks, naming
    /// the card.
    AskUndoBackfill,
    /// From the backfill question about a day without a card: choose the
    /// card in the deck browser.
    PickBackfill,
    /// 爱邻日: today's check-in credits the red joker.
    LoveDay,
    /// The deck browser: today's (or the backfilled day's) check-in
    /// credits the selected card; the black joker asks for own words.
    CreditSelected,
    /// A fresh round from today (asks first when the round has check-ins).
    AskFreshRound,
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
    /// Check in `day` (today, or yesterday as a backfill) crediting `credit`
    /// (`None`: the day's card).
    CheckInWith {
        yesterday: bool,
        credit: Option<Credit>,
    },
    SaveNote(String),
    Undo,
    /// `undo --yesterday`: takes back yesterday's backfill.
    UndoBackfill,
    StartRound,
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

/// A day of history: the card drawn, what the check-in credits, the note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastDay {
    pub date: Date,
    /// The card drawn (`None` for a backfilled day that had none).
    pub card: Option<String>,
    pub done: bool,
    /// What the check-in credits when it is not the card drawn.
    pub credited: Option<String>,
    pub own: Option<String>,
    pub note: Option<String>,
    pub earlier_notes: Vec<String>,
}

/// History and the `why` replay: loaded when first shown (they read every
/// event, which the home screen must not wait for).
#[derive(Debug, Clone, Default)]
pub struct Past {
    /// Days with a card, oldest first.
    pub days: Vec<PastDay>,
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
    /// Choosing the card of a backfilled day that had none (yesterday).
    pub for_backfill: bool,
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
        if today.date != self.today.date {
            // A new day: yesterday's message, question or choice is stale.
            self.message = None;
            self.overlay = None;
            self.browser.for_backfill = false;
        }
        self.today = today;
        self.past = None;
        if revealed && self.animate {
            self.reveal = Some(0);
        }
    }

    pub fn set_past(&mut self, events: &[crate::journal::Event]) {
        let days = view::history(events, &self.deck)
            .into_iter()
            .map(|day| PastDay {
                date: day.date,
                card: day.card.as_ref().map(|card| card.id().to_string()),
                done: day.done,
                credited: day.credited.as_ref().map(|card| card.id().to_string()),
                own: day.own,
                note: day.note,
                earlier_notes: day.earlier_notes,
            })
            .collect();
        let why = view::why(events, self.today.date, &self.deck);
        let (progress, _) = self.today.with_today();
        self.past = Some(Past {
            days,
            finished: progress.rounds_over(),
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
                // Say at once why not, rather than ask and then refuse.
                let facts = self.today.facts(self.today.date);
                match actions::redraw_refusal(&facts, &self.deck) {
                    Some(ActionError::RedrawAfterCheckIn) => {
                        self.say(*crate::i18n::REDRAW_AFTER_CHECK_IN_TUI.get(self.lang), true);
                    }
                    Some(refusal) => self.refuse(&refusal),
                    None => self.overlay = Some(Overlay::Confirm(Confirm::Redraw)),
                }
                None
            }
            Action::AskBackfill => {
                self.ask_backfill();
                None
            }
            Action::AskUndoBackfill => {
                match self.backfilled_yesterday() {
                    Some(card) => {
                        self.overlay = Some(Overlay::Confirm(Confirm::UndoBackfill { card }))
                    }
                    None => self.say(
                        crate::i18n::fill_named(
                            crate::i18n::NO_BACKFILL_TO_UNDO_TUI.get(self.lang),
                            &[("date", &self.today.yesterday())],
                        ),
                        false,
                    ),
                }
                None
            }
            Action::PickBackfill => {
                self.overlay = None;
                self.browser.for_backfill = true;
                self.screen = Screen::Deck;
                None
            }
            Action::LoveDay => self.love_day(),
            Action::CreditSelected => self.credit_selected(),
            Action::AskFreshRound => {
                let status = self.status();
                if status.round.checked_in > 0 && !status.round.complete {
                    self.overlay = Some(Overlay::Confirm(Confirm::FreshRound));
                    None
                } else {
                    Some(Effect::StartRound)
                }
            }
            Action::Confirm => match self.overlay.take() {
                Some(Overlay::Confirm(Confirm::Undo)) => Some(Effect::Undo),
                Some(Overlay::Confirm(Confirm::Redraw)) => Some(Effect::Draw { redraw: true }),
                Some(Overlay::Confirm(Confirm::Backfill { card, drawn })) => {
                    Some(Effect::CheckInWith {
                        yesterday: true,
                        credit: (!drawn).then_some(Credit { card, own: None }),
                    })
                }
                Some(Overlay::Confirm(Confirm::FreshRound)) => Some(Effect::StartRound),
                Some(Overlay::Confirm(Confirm::UndoBackfill { .. })) => Some(Effect::UndoBackfill),
                Some(Overlay::Confirm(Confirm::Recredit { card, yesterday })) => {
                    self.browser.for_backfill = false;
                    self.screen = Screen::Home;
                    Some(Effect::CheckInWith {
                        yesterday,
                        credit: Some(Credit { card, own: None }),
                    })
                }
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
                    Some(Overlay::Own(editor)) => {
                        match Credit::own(&self.deck, editor.text()) {
                            Ok(credit) => {
                                let yesterday = std::mem::take(&mut self.browser.for_backfill);
                                Some(Effect::CheckInWith {
                                    yesterday,
                                    credit: Some(credit),
                                })
                            }
                            Err(error) => {
                                // Nothing typed: the field stays open.
                                self.overlay = Some(Overlay::Own(editor));
                                self.refuse(&error);
                                None
                            }
                        }
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

    /// The text field keys go to: the note, own words, or the deck search.
    pub fn editor(&mut self) -> Option<&mut LineEditor> {
        if let Some(search) = self.browser.search.as_mut() {
            return Some(search);
        }
        match self.overlay.as_mut() {
            Some(Overlay::Note(editor) | Overlay::Own(editor)) => Some(editor),
            _ => None,
        }
    }

    /// The card yesterday's backfill credited, if yesterday was backfilled
    /// (and so can be taken back).
    pub fn backfilled_yesterday(&self) -> Option<String> {
        let facts = self.today.facts(self.today.yesterday());
        if !(facts.checked_in && facts.backfill) {
            return None;
        }
        facts.credited.or(facts.card)
    }

    /// 补卡 yesterday: a question naming the card and the backfills left,
    /// or a message saying why not.
    fn ask_backfill(&mut self) {
        let yesterday = self.today.yesterday();
        let facts = self.today.facts(yesterday);
        let lang = self.lang;
        // The same rule as `status`'s hint and `done --yesterday`.
        let refused = if facts.checked_in {
            Some(crate::i18n::fill_named(
                crate::i18n::ALREADY_CHECKED_IN.get(lang),
                &[("date", &yesterday)],
            ))
        } else {
            actions::yesterday_refusal(&self.today).map(|error| error.describe(lang).one_line(lang))
        };
        if let Some(text) = refused {
            self.say(text, true);
            return;
        }
        let confirm = match facts.card {
            Some(card) => Confirm::Backfill { card, drawn: true },
            None => match actions::ladder_card_for(&self.today, &self.deck, yesterday) {
                Some(card) => Confirm::Backfill { card, drawn: false },
                None => {
                    // No card order yet: choose the card in the deck.
                    self.browser.for_backfill = true;
                    self.screen = Screen::Deck;
                    return;
                }
            },
        };
        self.overlay = Some(Overlay::Confirm(confirm));
    }

    /// `a` on the 20th: today's check-in credits the 爱邻日 card.
    fn love_day(&mut self) -> Option<Effect> {
        let lang = self.lang;
        if !view::Occasion::of(self.today.date).love_neighbour_day {
            self.say(*crate::i18n::NOT_LOVE_DAY.get(lang), false);
            return None;
        }
        match Credit::card(&self.deck, LOVE_DAY_CARD) {
            Ok(credit) => Some(Effect::CheckInWith {
                yesterday: false,
                credit: Some(credit),
            }),
            Err(error) => {
                self.refuse(&error);
                None
            }
        }
    }

    /// `c` in the deck browser: the selected card is what was done (today,
    /// or yesterday when choosing a backfill's card); the black joker asks
    /// what, in the resident's words.
    fn credit_selected(&mut self) -> Option<Effect> {
        let card = self
            .browser
            .cards(&self.deck)
            .get(self.browser.selected)
            .map(|card| card.id.to_string())?;
        if card.eq_ignore_ascii_case(actions::OWN_IDEA_CARD) {
            self.overlay = Some(Overlay::Own(LineEditor::default()));
            return None;
        }
        let day = if self.browser.for_backfill {
            self.today.yesterday()
        } else {
            self.today.date
        };
        // A day already done: what it counts for (maybe in the resident's
        // own words) would be replaced, so ask first, naming it.
        let facts = self.today.facts(day);
        let replaces = facts
            .done_card()
            .is_some_and(|done| !done.eq_ignore_ascii_case(&card) || facts.own.is_some());
        if replaces {
            self.overlay = Some(Overlay::Confirm(Confirm::Recredit {
                card,
                yesterday: self.browser.for_backfill,
            }));
            return None;
        }
        let yesterday = std::mem::take(&mut self.browser.for_backfill);
        self.screen = Screen::Home;
        Some(Effect::CheckInWith {
            yesterday,
            credit: Some(Credit { card, own: None }),
        })
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
    fn undo_backfill_asks_naming_the_card_and_only_after_a_backfill() {
        let mut app = app();
        assert_eq!(app.apply(Action::AskUndoBackfill), None);
        assert!(app.overlay.is_none());
        assert!(
            app.message
                .as_ref()
                .is_some_and(|m| m.text.contains("不是补的卡")),
            "{:?}",
            app.message
        );
        // Yesterday (the 19th) had no card; backfilled crediting ♣3.
        let day = date(2026, 11, 20);
        let yesterday = date(2026, 11, 19);
        let mut events = crate::sample::journal(&app.deck, day, 40);
        events.retain(|event| event.day < yesterday);
        let now = "2026-11-20T01:00:00Z".parse().expect("time");
        let credit = Credit::card(&app.deck, "clubs-3").expect("card");
        let journal = Today::from_events(&events, day);
        let (more, _) = actions::check_in_with(&journal, &app.deck, now, None, true, Some(&credit))
            .expect("a backfill");
        events.extend(more);
        app.set_today(Today::from_events(&events, day), false);
        assert_eq!(app.backfilled_yesterday().as_deref(), Some("clubs-3"));
        app.apply(Action::AskUndoBackfill);
        assert_eq!(
            app.overlay,
            Some(Overlay::Confirm(Confirm::UndoBackfill {
                card: "clubs-3".into()
            }))
        );
        assert_eq!(app.apply(Action::Cancel), None);
        assert!(app.overlay.is_none());
        app.apply(Action::AskUndoBackfill);
        assert_eq!(app.apply(Action::Confirm), Some(Effect::UndoBackfill));
    }

    /// The app on 2026-11-20 with the sample journal, today checked in
    /// crediting the resident's own words.
    fn checked_in_in_own_words() -> App {
        let mut app = app();
        let day = date(2026, 11, 20);
        let mut events = crate::sample::journal(&app.deck, day, 40);
        events.retain(|event| event.day < day);
        let now = "2026-11-20T01:00:00Z".parse().expect("time");
        let credit = Credit::own(&app.deck, "修好了晾衣架").expect("own words");
        let journal = Today::from_events(&events, day);
        let (more, _) =
            actions::check_in_with(&journal, &app.deck, now, None, false, Some(&credit))
                .expect("a check-in");
        events.extend(more);
        app.set_today(Today::from_events(&events, day), false);
        app
    }

    /// Issue 13: `r` on a day checked in says why not at once; no question.
    #[test]
    fn redraw_after_check_in_is_refused_without_a_question() {
        let mut app = checked_in_in_own_words();
        assert_eq!(app.apply(Action::AskRedraw), None);
        assert_eq!(app.overlay, None);
        let message = app.message.as_ref().expect("a message");
        assert!(
            message.error && message.text.contains("先按 u 撤销打卡"),
            "{message:?}"
        );
    }

    /// Issue 13: `c` in the deck browser on a day already done asks first
    /// (what it counts for would be replaced); Enter says no, `y` credits.
    #[test]
    fn crediting_a_day_already_done_asks_first() {
        let mut app = checked_in_in_own_words();
        app.apply(Action::Show(Screen::Deck));
        let card = app.browser.cards(&app.deck)[0].id.to_string();
        assert_eq!(app.apply(Action::CreditSelected), None);
        let asked = Some(Overlay::Confirm(Confirm::Recredit {
            card: card.clone(),
            yesterday: false,
        }));
        assert_eq!(app.overlay, asked);
        assert_eq!(app.apply(Action::Cancel), None);
        assert_eq!(app.screen, Screen::Deck, "nothing replaced");
        app.apply(Action::CreditSelected);
        assert_eq!(
            app.apply(Action::Confirm),
            Some(Effect::CheckInWith {
                yesterday: false,
                credit: Some(Credit { card, own: None }),
            })
        );
        assert_eq!(app.screen, Screen::Home);
    }

    /// The runtime wakes at midnight (or the day's start) and hands the new
    /// day to `set_today`: yesterday's message and question go.
    #[test]
    fn a_new_day_clears_yesterdays_message_and_question() {
        let mut app = app();
        app.apply(Action::AskRedraw);
        app.say("已撤销 2026-11-20 的打卡", false);
        app.set_today(Today::empty(date(2026, 11, 20)), false);
        assert!(app.message.is_some(), "the same day keeps it");
        assert!(app.overlay.is_some());
        app.set_today(Today::empty(date(2026, 11, 21)), false);
        assert_eq!(app.message, None);
        assert_eq!(app.overlay, None);
        assert_eq!(app.today.date, date(2026, 11, 21));
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
