//! The workshop TUI's state and how actions change it. No terminal, no files
//! and no clock here: the runtime sets the time with [`App::set_time`]
//! before each action, every change goes through [`Session`]'s methods, and
//! [`App::apply`] returns an [`Effect`] (save the session, ring the bell)
//! for the runtime to carry out.

use jiff::Timestamp;
use jiff::civil::Date;

use crate::deck::{Card, Deck, Pile};
use crate::i18n::{self, Describe, Lang, workshop as t};
use crate::tui::app::{Edit, Message};
use crate::tui::editor::LineEditor;
use crate::tui::theme::Theme;
use crate::workshop::report::{card_label, replaced_line};
use crate::workshop::setup::{self, HAND_SIZES, TURN_MINUTES};
use crate::workshop::timer::Timer;
use crate::workshop::{PledgeRequest, Session};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Setup,
    Table,
    Spotlight,
    Summary,
}

/// What needs confirming before it happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    Redeal,
    End,
}

/// A field of the pledge form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Words,
    By,
    Note,
}

/// The pledge being written for the participant in the spotlight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PledgeForm {
    pub card: String,
    /// A joker: the participant's own words are asked for.
    pub joker: bool,
    pub field: Field,
    pub words: LineEditor,
    pub by: LineEditor,
    pub note: LineEditor,
    /// Why the last try was refused.
    pub error: Option<String>,
}

impl PledgeForm {
    /// The fields shown, in order.
    pub fn fields(&self) -> &'static [Field] {
        if self.joker {
            &[Field::Words, Field::By, Field::Note]
        } else {
            &[Field::By, Field::Note]
        }
    }

    pub fn editor(&self, field: Field) -> &LineEditor {
        match field {
            Field::Words => &self.words,
            Field::By => &self.by,
            Field::Note => &self.note,
        }
    }

    fn editor_mut(&mut self) -> &mut LineEditor {
        match self.field {
            Field::Words => &mut self.words,
            Field::By => &mut self.by,
            Field::Note => &mut self.note,
        }
    }

    fn step(&mut self, by: i32) {
        let fields = self.fields();
        let at = fields.iter().position(|f| *f == self.field).unwrap_or(0) as i32;
        let next = (at + by).rem_euclid(fields.len() as i32) as usize;
        self.field = fields[next];
    }
}

/// A modal layer over the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help,
    /// Adding participants, one name after another.
    Add(LineEditor),
    Seed(LineEditor),
    Pledge(Box<PledgeForm>),
    Confirm(Confirm),
    /// The folder the summary writes papers into.
    Folder(LineEditor),
}

/// What the summary writes into its folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Papers {
    /// The pledge notice for the stairwell board (PDF).
    Notice,
    /// The 承诺卡 sheet (PDF).
    Cards,
    /// Each participant's pledge file for their journal.
    Pledges,
    /// All of them, and the text for the group chat.
    All,
}

/// What a key (or paste, or tick) asks for. Produced by [`super::keys`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    None,
    Quit,
    /// Esc: close the overlay, or leave the screen.
    Back,
    Help,
    ToggleLang,
    /// The timer's wake-up.
    Tick,
    Edit(Edit),
    Submit,
    /// Tab in a form (negative: back).
    Field(i32),
    /// The participant cursor (setup, table) or the scroll (summary, help).
    Move(i32),
    // Setup.
    StartAdd,
    Remove,
    Shift(isize),
    Hand(i8),
    Minutes(i16),
    TogglePile(Pile),
    StartSeed,
    Deal,
    // Turns.
    Show(Screen),
    /// Table: give the selected participant the floor.
    SpotlightSelected,
    SelectCard(usize),
    CardBy(i32),
    Swap,
    Turn(isize),
    TimerStartPause,
    TimerMinute,
    OpenPledge,
    OpenOwnWords,
    Withdraw,
    Ask(Confirm),
    Confirm,
    /// The bright-room theme, on or off.
    ToggleLight,
    // Summary.
    Write(Papers),
    StartFolder,
}

/// Work for the runtime.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// The session changed: save it now.
    Save,
    /// Time is up: ring the terminal bell.
    Bell,
    /// Remember the language chosen (config.ron), for the next start.
    SaveLang(Lang),
    /// Write papers into `App::folder`.
    Write(Papers),
}

pub struct App {
    pub lang: Lang,
    pub theme: Theme,
    pub deck: Deck,
    pub session: Session,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    /// The participant cursor on the setup and table screens.
    pub selected: usize,
    /// The selected card of the spotlight's hand.
    pub card: usize,
    pub timer: Timer,
    /// Milliseconds on the runtime's monotonic clock, for the timer.
    pub now_ms: u64,
    /// The wall clock, for pledges and the end of the session.
    pub now: Timestamp,
    /// The zone times are shown in.
    pub zone: jiff::tz::TimeZone,
    pub scroll: u16,
    pub message: Option<Message>,
    pub quit: bool,
    /// The bright-room theme (black on white), for a projector in daylight.
    pub light: bool,
    /// Another screen has this session: this one only watches it.
    pub read_only: bool,
    /// Where the summary writes papers (the runtime sets the folder it was
    /// started in).
    pub folder: String,
    /// What the summary wrote last, to show where it went.
    pub written: Vec<String>,
}

impl App {
    /// The TUI on `session`, on the screen its phase calls for.
    pub fn new(session: Session, deck: Deck, lang: Lang, theme: Theme, now: Timestamp) -> App {
        let screen = screen_of(&session);
        let timer = Timer::new(session.setup.minutes);
        App {
            lang,
            theme,
            deck,
            session,
            screen,
            overlay: None,
            selected: 0,
            card: 0,
            timer,
            now_ms: 0,
            now,
            zone: jiff::tz::TimeZone::UTC,
            scroll: 0,
            message: None,
            quit: false,
            light: false,
            read_only: false,
            folder: ".".to_string(),
            written: Vec::new(),
        }
    }

    /// Whether `action` would change the session (refused on a screen that
    /// only watches one another screen drives).
    fn changes_session(action: &Action) -> bool {
        matches!(
            action,
            Action::StartAdd
                | Action::Remove
                | Action::Shift(_)
                | Action::Hand(_)
                | Action::Minutes(_)
                | Action::TogglePile(_)
                | Action::StartSeed
                | Action::Deal
                | Action::SpotlightSelected
                | Action::Swap
                | Action::Turn(_)
                | Action::OpenPledge
                | Action::OpenOwnWords
                | Action::Withdraw
                | Action::Ask(_)
        )
    }

    /// The session as another screen saved it (this one only watches):
    /// shown on the screen its phase calls for, the table left open.
    pub fn follow(&mut self, session: Session) {
        let phase_changed =
            std::mem::discriminant(&session.phase) != std::mem::discriminant(&self.session.phase);
        self.session = session;
        if phase_changed || self.screen != Screen::Table {
            self.screen = screen_of(&self.session);
        }
        let count = self.session.setup.participants.len();
        self.selected = self.selected.min(count.saturating_sub(1));
        if let Some((who, _)) = self.session.spotlight() {
            let cards = self.session.hand(who).len();
            self.card = self.card.min(cards.saturating_sub(1));
        }
    }

    /// The session as saved last, when a change could not be saved and must
    /// not stand (a deal whose code another session of the day has).
    pub fn back_to(&mut self, session: Session) {
        self.screen = screen_of(&session);
        self.session = session;
        self.overlay = None;
        self.card = 0;
    }

    /// The time, from the runtime, before each action.
    pub fn set_time(&mut self, ms: u64, now: Timestamp) {
        self.now_ms = ms;
        self.now = now;
    }

    pub fn say(&mut self, text: impl Into<String>, error: bool) {
        self.message = Some(Message {
            text: text.into(),
            error,
        });
    }

    /// The participant in the spotlight and whether they used their swap of this deal.
    pub fn spotlight(&self) -> Option<(usize, bool)> {
        self.session.spotlight()
    }

    /// The spotlight's hand as cards (ids the deck lacks are left out).
    pub fn hand(&self, participant: usize) -> Vec<&Card> {
        self.session
            .hand(participant)
            .iter()
            .filter_map(|id| self.deck.card(id))
            .collect()
    }

    /// A session's day, for the pledge form's hint.
    pub fn date(&self) -> Date {
        self.session.date
    }

    /// Applies an action; returns the runtime's work, if any.
    pub fn apply(&mut self, action: Action) -> Option<Effect> {
        if !matches!(action, Action::None | Action::Tick) {
            self.message = None;
        }
        if self.read_only && App::changes_session(&action) {
            self.say(*t::READ_ONLY.get(self.lang), true);
            return None;
        }
        match action {
            Action::None => None,
            Action::Quit => {
                self.quit = true;
                None
            }
            Action::Tick => self.timer.tick(self.now_ms).then_some(Effect::Bell),
            Action::Back => {
                match (&self.overlay, self.screen) {
                    (Some(_), _) => self.overlay = None,
                    (None, Screen::Table) => self.screen = Screen::Spotlight,
                    (None, _) => self.quit = true,
                }
                None
            }
            Action::Help => {
                self.overlay = match self.overlay {
                    Some(Overlay::Help) => None,
                    _ => Some(Overlay::Help),
                };
                self.scroll = 0;
                None
            }
            Action::ToggleLang => {
                self.lang = self.lang.next();
                Some(Effect::SaveLang(self.lang))
            }
            Action::Edit(edit) => {
                match &mut self.overlay {
                    Some(Overlay::Add(editor)) => editor.apply(pasted_list(edit)),
                    Some(Overlay::Seed(editor) | Overlay::Folder(editor)) => editor.apply(edit),
                    Some(Overlay::Pledge(form)) => {
                        form.editor_mut().apply(edit);
                        form.error = None;
                    }
                    _ => {}
                }
                None
            }
            Action::Field(by) => {
                if let Some(Overlay::Pledge(form)) = &mut self.overlay {
                    form.step(by);
                }
                None
            }
            Action::Submit => self.submit(),
            Action::Move(by) => {
                match (&self.overlay, self.screen) {
                    (None, Screen::Setup | Screen::Table) => {
                        let last = self.session.setup.participants.len().saturating_sub(1);
                        self.selected = self.selected.saturating_add_signed(by as isize).min(last);
                    }
                    _ => self.scroll = self.scroll.saturating_add_signed(by as i16),
                }
                None
            }
            Action::StartAdd => {
                if self.session.setup_mut().is_ok() {
                    self.overlay = Some(Overlay::Add(LineEditor::default()));
                }
                None
            }
            Action::StartSeed => {
                if self.session.setup_mut().is_ok() {
                    let seed = self.session.setup.seed.to_string();
                    self.overlay = Some(Overlay::Seed(LineEditor::with_text(&seed)));
                }
                None
            }
            Action::Remove => match self.session.remove_participant(self.selected) {
                Ok(Some(name)) => {
                    let count = self.session.setup.participants.len();
                    self.selected = self.selected.min(count.saturating_sub(1));
                    self.say(i18n::fill(t::REMOVED.get(self.lang), name), false);
                    Some(Effect::Save)
                }
                Ok(None) => None,
                Err(error) => {
                    self.refuse(&error);
                    None
                }
            },
            Action::Shift(by) => {
                let at = self.selected;
                let setup = self.setup_or_say()?;
                let before = setup.participants.clone();
                self.selected = setup.shift(at, by);
                (self.session.setup.participants != before).then_some(Effect::Save)
            }
            Action::Hand(by) => {
                let setup = self.setup_or_say()?;
                let hand = setup
                    .hand
                    .saturating_add_signed(by)
                    .clamp(*HAND_SIZES.start(), *HAND_SIZES.end());
                let changed = hand != setup.hand;
                setup.hand = hand;
                changed.then_some(Effect::Save)
            }
            Action::Minutes(by) => {
                let setup = self.setup_or_say()?;
                let minutes = setup
                    .minutes
                    .saturating_add_signed(by)
                    .clamp(*TURN_MINUTES.start(), *TURN_MINUTES.end());
                let changed = minutes != setup.minutes;
                setup.minutes = minutes;
                self.timer = Timer::new(minutes);
                changed.then_some(Effect::Save)
            }
            Action::TogglePile(pile) => {
                self.setup_or_say()?.toggle(pile);
                Some(Effect::Save)
            }
            Action::Deal => self.deal(),
            Action::Show(screen) => {
                if self.session.is_ended() {
                    return None;
                }
                if screen != Screen::Setup && self.session.table.is_none() {
                    return None;
                }
                if screen == Screen::Table {
                    self.selected = self.spotlight().map_or(0, |(at, _)| at);
                }
                self.screen = screen;
                None
            }
            Action::SpotlightSelected => {
                let (now, _) = self.spotlight()?;
                let by = self.selected as isize - now as isize;
                self.screen = Screen::Spotlight;
                if by == 0 {
                    return None;
                }
                self.turn(by)
            }
            Action::SelectCard(slot) => {
                let (who, _) = self.spotlight()?;
                if slot < self.session.hand(who).len() {
                    self.card = slot;
                }
                None
            }
            Action::CardBy(by) => {
                let (who, _) = self.spotlight()?;
                let count = self.session.hand(who).len();
                if count > 0 {
                    self.card = (self.card as i32 + by).rem_euclid(count as i32) as usize;
                }
                None
            }
            Action::Swap => self.swap(),
            Action::Turn(by) => self.turn(by),
            Action::TimerStartPause => {
                self.timer.start_pause(self.now_ms);
                None
            }
            Action::TimerMinute => {
                self.timer.add_minute(self.now_ms);
                None
            }
            Action::OpenPledge => self.open_pledge(false),
            Action::OpenOwnWords => self.open_pledge(true),
            Action::Withdraw => {
                let (who, _) = self.spotlight()?;
                let name = self.session.setup.participants.get(who)?.clone();
                match self.session.withdraw(who) {
                    Ok(true) => {
                        self.say(i18n::fill(t::WITHDRAWN.get(self.lang), name), false);
                        Some(Effect::Save)
                    }
                    Ok(false) => {
                        self.say(
                            i18n::fill(t::NOTHING_TO_WITHDRAW.get(self.lang), name),
                            true,
                        );
                        None
                    }
                    Err(error) => {
                        self.refuse(&error);
                        None
                    }
                }
            }
            Action::ToggleLight => {
                if !self.theme.color {
                    self.say(*t::NO_COLOUR_THEME.get(self.lang), true);
                    return None;
                }
                self.light = !self.light;
                None
            }
            Action::Write(papers) => {
                if self.screen != Screen::Summary {
                    return None;
                }
                if self.session.pledges.is_empty() {
                    self.refuse(&crate::workshop::WorkshopError::NoPledges);
                    return None;
                }
                Some(Effect::Write(papers))
            }
            Action::StartFolder => {
                if self.screen == Screen::Summary {
                    self.overlay = Some(Overlay::Folder(LineEditor::with_text(&self.folder)));
                }
                None
            }
            Action::Ask(confirm) => {
                if self.session.table.is_some() && !self.session.is_ended() {
                    self.overlay = Some(Overlay::Confirm(confirm));
                }
                None
            }
            Action::Confirm => {
                let Some(Overlay::Confirm(confirm)) = self.overlay.take() else {
                    return None;
                };
                match confirm {
                    Confirm::Redeal => self.redeal(),
                    Confirm::End => {
                        self.session.end(self.now);
                        self.screen = Screen::Summary;
                        self.scroll = 0;
                        self.say(*t::ENDED.get(self.lang), false);
                        Some(Effect::Save)
                    }
                }
            }
        }
    }

    /// The setup, or the model's reason it cannot change, said.
    fn setup_or_say(&mut self) -> Option<&mut crate::workshop::Setup> {
        if let Err(error) = self.session.setup_mut() {
            self.refuse(&error);
            return None;
        }
        self.session.setup_mut().ok()
    }

    /// Says why something was refused, on the status line, in the language.
    pub fn refuse(&mut self, error: &dyn Describe) {
        let said = error.describe(self.lang).one_line(self.lang);
        self.say(said, true);
    }

    fn submit(&mut self) -> Option<Effect> {
        match self.overlay.take() {
            Some(Overlay::Add(mut editor)) => {
                // One name, or a list typed or pasted (`王阿姨，李叔叔`).
                let typed = editor.text().to_string();
                if crate::input::list(&typed).is_empty() {
                    return None;
                }
                let setup = self.setup_or_say()?;
                let added = setup.add(&typed);
                let last = setup.participants.len().saturating_sub(1);
                match added {
                    Ok(added) => {
                        self.selected = last;
                        editor.apply(Edit::Clear);
                        self.overlay = Some(Overlay::Add(editor));
                        let names = self.lang.join(&added);
                        self.say(i18n::fill(t::ADDED.get(self.lang), names), false);
                        Some(Effect::Save)
                    }
                    Err(error) => {
                        self.overlay = Some(Overlay::Add(editor));
                        self.refuse(&error);
                        None
                    }
                }
            }
            Some(Overlay::Seed(editor)) => {
                let typed = match setup::parse_seed_or_code(editor.text()) {
                    Ok(typed) => typed,
                    Err(error) => {
                        self.refuse(&error);
                        self.overlay = Some(Overlay::Seed(editor));
                        return None;
                    }
                };
                let setup = self.setup_or_say()?;
                // A number is a seed; a code sets the whole deal it stands for.
                let applied = match &typed {
                    setup::SeedOrCode::Seed(seed) => {
                        setup.seed = *seed;
                        Ok(())
                    }
                    setup::SeedOrCode::Code(key) => setup.apply_key(key),
                };
                if let Err(error) = applied {
                    self.overlay = Some(Overlay::Seed(editor));
                    self.refuse(&error);
                    return None;
                }
                let (seed, code) = (setup.seed, setup.code());
                self.timer = Timer::new(self.session.setup.minutes);
                let text = i18n::fill_named(
                    t::SEED_SET.get(self.lang),
                    &[("seed", &seed), ("code", &code)],
                );
                self.say(text, false);
                Some(Effect::Save)
            }
            Some(Overlay::Pledge(form)) => self.pledge(*form),
            Some(Overlay::Folder(editor)) => {
                let typed = editor.text().trim();
                if !typed.is_empty() {
                    self.folder = typed.to_string();
                }
                let text = i18n::fill(t::FOLDER_SET.get(self.lang), &self.folder);
                self.say(text, false);
                None
            }
            Some(Overlay::Confirm(confirm)) => {
                self.overlay = Some(Overlay::Confirm(confirm));
                self.apply(Action::Confirm)
            }
            other => {
                self.overlay = other;
                None
            }
        }
    }

    fn deal(&mut self) -> Option<Effect> {
        match self.session.deal(&self.deck) {
            Ok(()) => {
                self.screen = Screen::Spotlight;
                self.card = 0;
                self.timer = Timer::new(self.session.setup.minutes);
                let text = i18n::fill(t::DEALT.get(self.lang), self.session.setup.hand);
                self.say(text, false);
                Some(Effect::Save)
            }
            Err(error) => {
                self.refuse(&error);
                None
            }
        }
    }

    fn swap(&mut self) -> Option<Effect> {
        let (who, _) = self.spotlight()?;
        match self.session.swap(self.card) {
            Ok(swap) => {
                let lang = self.lang;
                let label = |id: &str| {
                    self.deck
                        .card(id)
                        .map_or(id.to_string(), |card| short_label(card, lang))
                };
                let mut text = i18n::fill_named(
                    t::SWAPPED.get(lang),
                    &[
                        ("name", &self.session.name(who)),
                        ("out", &label(&swap.out)),
                        ("dealt", &label(&swap.dealt)),
                    ],
                );
                if swap.reshuffled {
                    text = format!("{text} {}", t::RESHUFFLED.get(lang));
                }
                self.say(text, false);
                Some(Effect::Save)
            }
            Err(error) => {
                self.refuse(&error);
                None
            }
        }
    }

    fn turn(&mut self, by: isize) -> Option<Effect> {
        match self.session.turn(by) {
            Ok(next) => {
                self.card = 0;
                self.selected = next;
                self.timer = Timer::new(self.session.setup.minutes);
                Some(Effect::Save)
            }
            Err(error) => {
                self.refuse(&error);
                None
            }
        }
    }

    fn redeal(&mut self) -> Option<Effect> {
        match self.session.redeal() {
            Ok(reshuffled) => {
                self.card = 0;
                self.selected = 0;
                self.timer = Timer::new(self.session.setup.minutes);
                let mut text = t::REDEALT.get(self.lang).to_string();
                if reshuffled {
                    text = format!("{text} {}", t::RESHUFFLED.get(self.lang));
                }
                self.say(text, false);
                Some(Effect::Save)
            }
            Err(error) => {
                self.refuse(&error);
                None
            }
        }
    }

    fn open_pledge(&mut self, own_words: bool) -> Option<Effect> {
        let (who, _) = self.spotlight()?;
        let card = if own_words {
            match self.session.own_words_joker(&self.deck) {
                Some(joker) => joker.id.to_string(),
                None => {
                    self.say(*t::NO_JOKER.get(self.lang), true);
                    return None;
                }
            }
        } else {
            match self.session.hand(who).get(self.card) {
                Some(id) => id.clone(),
                None => {
                    self.say(*t::NO_CARD.get(self.lang), true);
                    return None;
                }
            }
        };
        let joker = self
            .deck
            .card(&card)
            .is_some_and(|card| card.face.suit().is_none());
        // A pledge made again starts from the one it replaces: its date and
        // note always (the form shows what is replaced), its words on the
        // same joker.
        let old = self.session.pledge_of(who);
        let same = old.filter(|p| p.card == card);
        let text = |value: Option<&String>| LineEditor::with_text(value.map_or("", |v| v.as_str()));
        let form = PledgeForm {
            card,
            joker,
            field: if joker { Field::Words } else { Field::By },
            words: text(same.and_then(|p| p.words.as_ref())),
            by: LineEditor::with_text(
                &old.and_then(|p| p.by)
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            ),
            note: text(old.and_then(|p| p.note.as_ref())),
            error: None,
        };
        self.overlay = Some(Overlay::Pledge(Box::new(form)));
        None
    }

    fn pledge(&mut self, mut form: PledgeForm) -> Option<Effect> {
        let (who, _) = self.spotlight()?;
        let typed = form.by.text().trim().to_string();
        let by = if typed.is_empty() {
            None
        } else {
            let date = crate::input::date(&typed).and_then(|date| date.resolve(self.session.date));
            match date {
                Ok(date) => Some(date),
                Err(error) => {
                    form.error = Some(error.describe(self.lang).one_line(self.lang));
                    form.field = Field::By;
                    self.overlay = Some(Overlay::Pledge(Box::new(form)));
                    return None;
                }
            }
        };
        let text = |editor: &LineEditor| Some(editor.text().to_string());
        let request = PledgeRequest {
            card: form.card.clone(),
            words: if form.joker { text(&form.words) } else { None },
            by,
            note: text(&form.note),
        };
        match self.session.pledge(who, request, &self.deck, self.now) {
            Ok(pledged) => {
                let pledge = &pledged.pledge;
                let by = pledge
                    .by
                    .map(|by| i18n::fill(i18n::report::BY.get(self.lang), by))
                    .unwrap_or_default();
                let mut text = i18n::fill_named(
                    i18n::report::PLEDGED.get(self.lang),
                    &[
                        ("name", &pledge.participant),
                        ("card", &card_label(pledge, self.lang)),
                        ("by", &by),
                    ],
                );
                if let Some(old) = &pledged.replaced {
                    text.push_str(self.lang.clause_sep());
                    text.push_str(&replaced_line(old, pledge, self.lang));
                }
                self.say(text, false);
                Some(Effect::Save)
            }
            Err(error) => {
                form.error = Some(error.describe(self.lang).one_line(self.lang));
                self.overlay = Some(Overlay::Pledge(Box::new(form)));
                None
            }
        }
    }
}

/// The screen a session's phase calls for.
fn screen_of(session: &Session) -> Screen {
    match session.phase {
        crate::workshop::Phase::Setup => Screen::Setup,
        crate::workshop::Phase::Turns { .. } => Screen::Spotlight,
        crate::workshop::Phase::Ended { .. } => Screen::Summary,
    }
}

/// A sign-up list pasted into the add field (one name a line) stays a
/// list: its lines are joined with `，`, which the field splits on, where a
/// one-line field would otherwise make them one name with spaces.
fn pasted_list(edit: Edit) -> Edit {
    match edit {
        Edit::Insert(text) if text.contains(['\n', '\r']) => {
            Edit::Insert(crate::input::list(&text).join("，"))
        }
        other => other,
    }
}

/// `♥7 敲门问候`: a card in a few columns.
pub fn short_label(card: &Card, lang: Lang) -> String {
    format!("{} {}", corner(card), card.title.as_str(lang))
}

/// `♥7`, `♠10`, `★`: symbol and rank. The symbol is followed by the rank,
/// not a space, where the layout is compact; see [`crate::tui::backend`]
/// for why a wide terminal still lines up.
pub fn corner(card: &Card) -> String {
    let symbol = crate::workshop::report::symbol(Pile::of(card.face));
    match card.face.rank() {
        Some(rank) => format!("{symbol} {}", rank.label()),
        None => format!("{symbol} ★"),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use jiff::civil::date;

    fn now() -> Timestamp {
        "2026-11-24T02:00:00Z".parse().expect("timestamp")
    }

    pub(crate) fn app(names: &[&str]) -> App {
        let (session, deck) = crate::sample::workshop(names);
        App::new(session, deck, Lang::En, Theme { color: false }, now())
    }

    fn type_text(app: &mut App, text: &str) {
        app.apply(Action::Edit(Edit::Insert(text.into())));
    }

    #[test]
    fn setup_adds_reorders_and_refuses_duplicates() {
        let mut app = app(&[]);
        assert_eq!(app.screen, Screen::Setup);
        app.apply(Action::StartAdd);
        for name in ["王阿姨", "李叔叔", "小明"] {
            type_text(&mut app, name);
            assert_eq!(app.apply(Action::Submit), Some(Effect::Save));
        }
        assert!(matches!(app.overlay, Some(Overlay::Add(_))), "stays open");
        type_text(&mut app, " 小明 ");
        assert_eq!(app.apply(Action::Submit), None);
        let message = app.message.clone().expect("an error");
        assert!(
            message.error && message.text.contains("twice"),
            "{message:?}"
        );
        app.apply(Action::Edit(Edit::Clear));
        app.apply(Action::Submit);
        assert_eq!(app.overlay, None, "empty Enter closes");
        assert_eq!(app.selected, 2);
        assert_eq!(app.apply(Action::Shift(-1)), Some(Effect::Save));
        assert_eq!(app.session.setup.participants, ["王阿姨", "小明", "李叔叔"]);
        assert_eq!(app.selected, 1);
        assert_eq!(app.apply(Action::Remove), Some(Effect::Save));
        assert_eq!(app.session.setup.participants, ["王阿姨", "李叔叔"]);
    }

    #[test]
    fn a_pasted_sign_up_list_adds_everyone() {
        let mut app = app(&[]);
        app.apply(Action::StartAdd);
        type_text(&mut app, "# 报名表\r\n王阿姨\r\n李叔叔\r\n\r\n小明\r\n");
        assert_eq!(app.apply(Action::Submit), Some(Effect::Save));
        assert_eq!(app.session.setup.participants, ["王阿姨", "李叔叔", "小明"]);
        let message = app.message.clone().expect("said");
        assert!(message.text.contains("王阿姨, 李叔叔, 小明"), "{message:?}");
    }

    #[test]
    fn setup_settings_stay_in_range_and_the_seed_takes_codes() {
        let mut app = app(&["a"]);
        for _ in 0..9 {
            app.apply(Action::Hand(1));
        }
        assert_eq!(app.session.setup.hand, 5);
        assert_eq!(app.apply(Action::Hand(1)), None, "no change, no save");
        app.apply(Action::Minutes(-10));
        assert_eq!(app.session.setup.minutes, 1);
        assert_eq!(app.timer.left(0), 60_000);
        app.apply(Action::TogglePile(Pile::Joker));
        assert!(!app.session.setup.piles.contains(&Pile::Joker));
        app.apply(Action::StartSeed);
        app.apply(Action::Edit(Edit::Clear));
        type_text(&mut app, "zz!");
        assert_eq!(app.apply(Action::Submit), None);
        assert!(matches!(app.overlay, Some(Overlay::Seed(_))), "kept to fix");
        app.apply(Action::Edit(Edit::Clear));
        type_text(&mut app, "４２");
        assert_eq!(app.apply(Action::Submit), Some(Effect::Save));
        assert_eq!(app.session.setup.seed, 42);
        // A code sets everything it stands for, for as many participants.
        let key = crate::workshop::setup::DealKey {
            seed: 7,
            seats: 1,
            hand: 2,
            piles: vec![Pile::Hearts],
        };
        app.apply(Action::StartSeed);
        app.apply(Action::Edit(Edit::Clear));
        type_text(&mut app, &key.code().to_lowercase());
        assert_eq!(app.apply(Action::Submit), Some(Effect::Save));
        assert_eq!(app.session.setup.key(), key);
        let three = crate::workshop::setup::DealKey { seats: 3, ..key };
        app.apply(Action::StartSeed);
        app.apply(Action::Edit(Edit::Clear));
        type_text(&mut app, &three.code());
        assert_eq!(app.apply(Action::Submit), None, "a code for three");
        assert!(
            app.message
                .as_ref()
                .is_some_and(|m| m.text.contains("for 3 participants"))
        );
    }

    #[test]
    fn a_refused_deal_says_why_and_stays_in_setup() {
        let mut app = app(&["a", "b", "c"]);
        for pile in [Pile::Spades, Pile::Clubs, Pile::Diamonds, Pile::Joker] {
            app.apply(Action::TogglePile(pile));
        }
        for _ in 0..3 {
            app.apply(Action::Hand(1));
        }
        assert_eq!(app.apply(Action::Deal), None);
        assert_eq!(app.screen, Screen::Setup);
        let message = app.message.clone().expect("why");
        assert!(
            message.error && message.text.contains("15 cards"),
            "{message:?}"
        );
        assert!(!message.text.contains('\n'));
    }

    #[test]
    fn turns_swap_once_and_move_the_spotlight() {
        let mut app = app(&["王阿姨", "李叔叔", "小明"]);
        assert_eq!(app.apply(Action::Deal), Some(Effect::Save));
        assert_eq!(app.screen, Screen::Spotlight);
        app.apply(Action::SelectCard(1));
        let before = app.session.hand(0)[1].clone();
        assert_eq!(app.apply(Action::Swap), Some(Effect::Save));
        assert_ne!(app.session.hand(0)[1], before);
        assert_eq!(app.apply(Action::Swap), None);
        assert!(app.message.as_ref().is_some_and(|m| m.error));
        app.apply(Action::SelectCard(7));
        assert_eq!(app.card, 1, "no such card: selection kept");
        app.apply(Action::CardBy(-2));
        assert_eq!(app.card, 2, "wraps round");
        assert_eq!(app.apply(Action::Turn(1)), Some(Effect::Save));
        assert_eq!(app.spotlight(), Some((1, false)));
        assert_eq!(app.card, 0);
        app.apply(Action::Show(Screen::Table));
        assert_eq!(app.selected, 1);
        app.apply(Action::Move(1));
        app.apply(Action::SpotlightSelected);
        assert_eq!(
            (app.screen, app.spotlight()),
            (Screen::Spotlight, Some((2, false)))
        );
    }

    #[test]
    fn a_pledged_card_is_locked_and_a_swap_survives_moving_back_and_forth() {
        let mut app = app(&["王阿姨", "李叔叔"]);
        app.apply(Action::Deal);
        app.apply(Action::SelectCard(1));
        app.apply(Action::OpenPledge);
        app.apply(Action::Field(1));
        type_text(&mut app, "周六上午");
        assert_eq!(app.apply(Action::Submit), Some(Effect::Save));
        assert_eq!(app.apply(Action::Swap), None, "the pledged card stays");
        let said = app.message.clone().expect("why");
        assert!(said.error && said.text.contains("withdraw"), "{said:?}");
        app.apply(Action::SelectCard(0));
        assert_eq!(app.apply(Action::Swap), Some(Effect::Save));
        app.apply(Action::Turn(1));
        app.apply(Action::Turn(-1));
        assert_eq!(app.apply(Action::Swap), None, "p then n gives no new swap");
        assert!(app.message.as_ref().is_some_and(|m| m.error));
        // Pledging another card shows what it replaces and keeps the note.
        app.apply(Action::SelectCard(2));
        app.apply(Action::OpenPledge);
        let Some(Overlay::Pledge(form)) = &app.overlay else {
            panic!("the form");
        };
        assert_eq!(form.note.text(), "周六上午", "the note is carried over");
        assert_eq!(app.apply(Action::Submit), Some(Effect::Save));
        let said = app.message.clone().expect("said");
        assert!(
            said.text.contains("replaces the earlier pledge"),
            "{said:?}"
        );
        assert!(said.text.contains("note kept: 周六上午"), "{said:?}");
    }

    #[test]
    fn the_timer_rings_once_and_a_new_turn_resets_it() {
        let mut app = app(&["a", "b"]);
        app.apply(Action::Deal);
        app.set_time(1_000, now());
        app.apply(Action::TimerStartPause);
        assert!(app.timer.is_running());
        app.set_time(1_000 + 5 * 60_000, now());
        assert_eq!(app.apply(Action::Tick), Some(Effect::Bell));
        assert_eq!(app.apply(Action::Tick), None, "once");
        assert!(app.timer.is_up());
        app.apply(Action::TimerMinute);
        assert!(app.timer.is_running());
        app.apply(Action::Turn(1));
        assert!(!app.timer.is_running() && !app.timer.is_up());
        assert_eq!(app.timer.left(app.now_ms), 5 * 60_000);
    }

    #[test]
    fn pledges_check_the_date_and_joker_words() {
        let mut app = app(&["王阿姨", "李叔叔"]);
        app.apply(Action::Deal);
        app.apply(Action::OpenPledge);
        type_text(&mut app, "2026-13-01");
        assert_eq!(app.apply(Action::Submit), None);
        let Some(Overlay::Pledge(form)) = &app.overlay else {
            panic!("the form stays open");
        };
        assert!(
            form.error
                .as_deref()
                .is_some_and(|e| e.contains("2026-13-01") && e.contains("2026-12-20")),
            "{form:?}"
        );
        app.apply(Action::Edit(Edit::Clear));
        type_text(&mut app, "2026-11-01");
        assert_eq!(app.apply(Action::Submit), None, "before the session");
        app.apply(Action::Edit(Edit::Clear));
        type_text(&mut app, "2026-12-01");
        app.apply(Action::Field(1));
        type_text(&mut app, "周六上午");
        assert_eq!(app.apply(Action::Submit), Some(Effect::Save));
        assert_eq!(app.overlay, None);
        let pledge = app.session.pledge_of(0).expect("pledged");
        assert_eq!(pledge.by, Some(date(2026, 12, 1)));
        assert_eq!(pledge.note.as_deref(), Some("周六上午"));
        assert_eq!(pledge.card, app.session.hand(0)[0]);

        app.apply(Action::OpenOwnWords);
        assert_eq!(app.apply(Action::Submit), None, "a joker needs words");
        type_text(&mut app, "教邻居用智能手机");
        assert_eq!(app.apply(Action::Submit), Some(Effect::Save));
        let pledge = app.session.pledge_of(0).expect("replaced");
        assert_eq!(pledge.words.as_deref(), Some("教邻居用智能手机"));

        assert_eq!(app.apply(Action::Withdraw), Some(Effect::Save));
        assert_eq!(app.apply(Action::Withdraw), None);
        assert!(app.session.pledges.is_empty());
    }

    #[test]
    fn ending_needs_a_confirmation_and_shows_the_summary() {
        let mut app = app(&["a", "b"]);
        app.apply(Action::Deal);
        app.apply(Action::Ask(Confirm::End));
        assert_eq!(app.apply(Action::Back), None);
        assert!(!app.session.is_ended(), "Esc cancels");
        app.apply(Action::Ask(Confirm::End));
        assert_eq!(app.apply(Action::Confirm), Some(Effect::Save));
        assert!(app.session.is_ended());
        assert_eq!(app.screen, Screen::Summary);
        app.apply(Action::Show(Screen::Spotlight));
        assert_eq!(app.screen, Screen::Summary, "an ended session stays ended");
        assert_eq!(app.apply(Action::Turn(1)), None);
        app.apply(Action::Back);
        assert!(app.quit);
    }

    #[test]
    fn redealing_keeps_pledges() {
        let mut app = app(&["a", "b"]);
        app.apply(Action::Deal);
        app.apply(Action::OpenOwnWords);
        type_text(&mut app, "x");
        app.apply(Action::Submit);
        app.apply(Action::Ask(Confirm::Redeal));
        assert_eq!(app.apply(Action::Submit), Some(Effect::Save));
        assert_eq!(app.session.pledges.len(), 1);
        assert_eq!(app.spotlight(), Some((0, false)));
    }
}
