//! The group screen's state: the paper grid (members × days) with the
//! marks typed but not yet saved, the tea talk, and the help. Changes go
//! through [`App::apply`], which returns what the runtime must do (load
//! other days, save); nothing here reads or writes a file.

use std::collections::{BTreeMap, HashMap};

use jiff::Span;
use jiff::civil::Date;

use crate::deck::Deck;
use crate::group::card::{self, CardRef};
use crate::group::record::Mark;
use crate::group::teatalk::TeaTalk;
use crate::group::{Checkins, Group, MemberKey};
use crate::i18n::group as t;
use crate::i18n::{Describe, Lang, fill, fill_named};
use crate::tui::app::{Edit, Message};
use crate::tui::editor::LineEditor;
use crate::tui::theme::Theme;

/// Days the grid shows at once: a week, as the paper sheet's columns.
pub const DAYS: usize = 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Grid,
    Tea,
    Help,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// Typing a card for the cell under the cursor.
    Card(LineEditor),
    Confirm(Confirm),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// Write the marks typed.
    Save,
    /// Quit with marks not saved.
    Discard,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    None,
    Quit,
    ToggleLang,
    Show(Screen),
    Back,
    /// Cursor: rows, columns (a column past the edge moves the week a day).
    Move(i32, i32),
    /// The first column of the next row.
    NextRow,
    /// A week earlier or later.
    Week(i32),
    /// Tick the cell (or take the tick back) and move right.
    Toggle,
    /// Clear the cell: nothing ticked there.
    Clear,
    /// Write the marks typed (asks first).
    AskSave,
    Confirm,
    Cancel,
    Submit,
    Edit(Edit),
    Scroll(i32),
}

/// What the runtime must do for an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Read the days from this one (the grid moved to other days).
    Load(Date),
    /// Write these marks.
    Save(Vec<(MemberKey, Date, Mark)>),
    /// Read everything the tea talk needs.
    LoadTea,
    SaveLang(Lang),
}

/// A day as the group's files have it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Checked in, with the card named, if any.
    Done(Option<String>),
    /// A day off (请假).
    Leave,
}

/// A member's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub key: MemberKey,
    /// Name and room, as the leader knows them.
    pub label: String,
    pub joined: Date,
}

#[derive(Debug, Clone)]
pub struct App {
    pub lang: Lang,
    pub theme: Theme,
    pub deck: Deck,
    pub group: Group,
    pub rows: Vec<Row>,
    pub today: Date,
    /// The first day shown.
    pub from: Date,
    /// What the files say, for the days loaded.
    pub recorded: HashMap<(usize, Date), Cell>,
    /// Marks typed and not yet saved, by row and day.
    pub pending: BTreeMap<(usize, Date), Mark>,
    /// Row and column (0 to [`DAYS`] − 1) of the cursor.
    pub cursor: (usize, usize),
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub message: Option<Message>,
    pub tea: Option<TeaTalk>,
    pub scroll: u16,
    pub quit: bool,
}

impl App {
    pub fn new(
        group: &Group,
        deck: Deck,
        today: Date,
        from: Date,
        lang: Lang,
        theme: Theme,
    ) -> App {
        App {
            lang,
            theme,
            deck,
            group: group.clone(),
            rows: group
                .members
                .iter()
                .map(|m| Row {
                    key: m.key.clone(),
                    label: m.label(),
                    joined: m.joined,
                })
                .collect(),
            today,
            from: clamp_from(from, today),
            recorded: HashMap::new(),
            pending: BTreeMap::new(),
            cursor: (0, 0),
            screen: Screen::Grid,
            overlay: None,
            message: None,
            tea: None,
            scroll: 0,
            quit: false,
        }
    }

    /// Fills the grid from the check-ins read for the days shown.
    pub fn set_checkins(&mut self, checkins: &Checkins) {
        self.recorded.clear();
        let last = self.day(DAYS - 1);
        for (row, member) in self.rows.iter().enumerate() {
            let log = checkins.log(&member.key);
            for (&day, facts) in log.facts().range(self.from..=last) {
                if facts.checked_in {
                    self.recorded
                        .insert((row, day), Cell::Done(facts.card.clone()));
                }
            }
            for (&day, _) in log.leave().range(self.from..=last) {
                self.recorded.entry((row, day)).or_insert(Cell::Leave);
            }
        }
    }

    /// The day of column `column`.
    pub fn day(&self, column: usize) -> Date {
        self.from
            .checked_add(Span::new().days(column as i64))
            .unwrap_or(self.from)
    }

    /// The day under the cursor.
    pub fn cursor_day(&self) -> Date {
        self.day(self.cursor.1)
    }

    pub fn say(&mut self, text: impl Into<String>, error: bool) {
        self.message = Some(Message {
            text: text.into(),
            error,
        });
    }

    pub fn refuse(&mut self, error: &dyn Describe) {
        let said = error.describe(self.lang);
        self.say(said.one_line(self.lang), true);
    }

    /// Whether a day can be marked: not after today, not before joining.
    pub fn markable(&self, row: usize, day: Date) -> bool {
        day <= self.today && self.rows.get(row).is_some_and(|r| r.joined <= day)
    }

    /// Whether the cell is checked in, counting the marks typed.
    fn done(&self, row: usize, day: Date) -> bool {
        match self.pending.get(&(row, day)) {
            Some(Mark::Done(_)) => true,
            Some(Mark::Clear) => false,
            None => matches!(self.recorded.get(&(row, day)), Some(Cell::Done(_))),
        }
    }

    /// The marks to save, as the group's files name members.
    pub fn marks(&self) -> Vec<(MemberKey, Date, Mark)> {
        self.pending
            .iter()
            .filter_map(|(&(row, day), &mark)| {
                self.rows.get(row).map(|r| (r.key.clone(), day, mark))
            })
            .collect()
    }

    /// Marks `mark` on the cell, or drops a mark that says what the files
    /// already say.
    fn set(&mut self, row: usize, day: Date, mark: Mark) {
        let same = match (&mark, self.recorded.get(&(row, day))) {
            (Mark::Clear, None | Some(Cell::Leave)) => true,
            (Mark::Done(None), Some(Cell::Done(_))) => true,
            (Mark::Done(Some(card)), Some(Cell::Done(Some(id)))) => card.id() == *id,
            _ => false,
        };
        if same {
            self.pending.remove(&(row, day));
        } else {
            self.pending.insert((row, day), mark);
        }
    }

    /// Marks the cursor's cell, if it can be; says why not otherwise.
    fn mark_here(&mut self, mark: impl FnOnce(&App) -> Mark) -> bool {
        let (row, _) = self.cursor;
        let day = self.cursor_day();
        if self.rows.is_empty() {
            return false;
        }
        if day > self.today {
            self.say(fill(t::GRID_FUTURE.get(self.lang), day), true);
            return false;
        }
        if !self.markable(row, day) {
            self.say(fill(t::GRID_BEFORE_JOINED.get(self.lang), day), true);
            return false;
        }
        let mark = mark(self);
        self.set(row, day, mark);
        true
    }

    /// Moves the cursor right, moving the week on at the last column.
    fn step_right(&mut self) -> Option<Effect> {
        self.move_by(0, 1)
    }

    fn move_by(&mut self, rows: i32, columns: i32) -> Option<Effect> {
        let last_row = self.rows.len().saturating_sub(1) as i64;
        self.cursor.0 = (self.cursor.0 as i64 + i64::from(rows)).clamp(0, last_row) as usize;
        let column = self.cursor.1 as i64 + i64::from(columns);
        if column < 0 {
            return self.shift(column);
        }
        if column >= DAYS as i64 {
            let past = column - (DAYS as i64 - 1);
            let before = self.from;
            let effect = self.shift(past);
            if self.from == before {
                self.cursor.1 = DAYS - 1;
            }
            return effect;
        }
        self.cursor.1 = column as usize;
        None
    }

    /// Moves the days shown by `days` (never past today).
    fn shift(&mut self, days: i64) -> Option<Effect> {
        let moved = self
            .from
            .checked_add(Span::new().days(days))
            .map(|from| clamp_from(from, self.today))
            .unwrap_or(self.from);
        if moved == self.from {
            return None;
        }
        self.from = moved;
        Some(Effect::Load(moved))
    }

    pub fn apply(&mut self, action: Action) -> Option<Effect> {
        if !matches!(action, Action::None) {
            self.message = None;
        }
        match action {
            Action::None => None,
            Action::Quit => {
                if self.pending.is_empty() {
                    self.quit = true;
                } else {
                    self.overlay = Some(Overlay::Confirm(Confirm::Discard));
                }
                None
            }
            Action::ToggleLang => {
                self.lang = self.lang.next();
                Some(Effect::SaveLang(self.lang))
            }
            Action::Show(screen) => {
                self.screen = screen;
                self.scroll = 0;
                (screen == Screen::Tea && self.tea.is_none()).then_some(Effect::LoadTea)
            }
            Action::Back => {
                if self.screen == Screen::Grid {
                    return self.apply(Action::Quit);
                }
                self.screen = Screen::Grid;
                None
            }
            Action::Move(rows, columns) => self.move_by(rows, columns),
            Action::NextRow => {
                self.cursor.1 = 0;
                self.move_by(1, 0)
            }
            Action::Week(weeks) => self.shift(i64::from(weeks) * DAYS as i64),
            Action::Toggle => {
                let (row, _) = self.cursor;
                let day = self.cursor_day();
                let marked = self.mark_here(|app| {
                    if app.done(row, day) {
                        Mark::Clear
                    } else {
                        Mark::Done(None)
                    }
                });
                if marked { self.step_right() } else { None }
            }
            Action::Clear => {
                self.mark_here(|_| Mark::Clear);
                None
            }
            Action::AskSave => {
                if self.pending.is_empty() {
                    self.say(t::GRID_NOTHING_TO_SAVE.get(self.lang).to_string(), false);
                } else {
                    self.overlay = Some(Overlay::Confirm(Confirm::Save));
                }
                None
            }
            Action::Confirm => match self.overlay.take() {
                Some(Overlay::Confirm(Confirm::Save)) => Some(Effect::Save(self.marks())),
                Some(Overlay::Confirm(Confirm::Discard)) => {
                    self.quit = true;
                    None
                }
                other => {
                    self.overlay = other;
                    None
                }
            },
            Action::Cancel => {
                self.overlay = None;
                None
            }
            Action::Submit => {
                let Some(Overlay::Card(editor)) = &self.overlay else {
                    return None;
                };
                let typed = editor.text().trim().to_string();
                match card::parse(&typed) {
                    Some(card) => {
                        self.overlay = None;
                        if self.mark_here(|_| Mark::Done(Some(card))) {
                            self.step_right()
                        } else {
                            None
                        }
                    }
                    None => {
                        self.say(
                            fill_named(
                                t::GRID_NOT_A_CARD.get(self.lang),
                                &[
                                    ("typed", &typed),
                                    ("forms", crate::i18n::CARD_FORMS.get(self.lang)),
                                ],
                            ),
                            true,
                        );
                        None
                    }
                }
            }
            Action::Edit(edit) => {
                match &mut self.overlay {
                    Some(Overlay::Card(editor)) => editor.apply(edit),
                    None if self.screen == Screen::Grid => {
                        // A card typed straight onto the grid opens the field.
                        if let Edit::Insert(text) = edit
                            && starts_card(&text)
                        {
                            self.overlay = Some(Overlay::Card(LineEditor::with_text(&text)));
                        }
                    }
                    _ => {}
                }
                None
            }
            Action::Scroll(by) => {
                self.scroll = (i32::from(self.scroll) + by).clamp(0, i32::from(u16::MAX)) as u16;
                None
            }
        }
    }

    /// After saving: the marks written are the files' now; those refused
    /// stay typed, to fix.
    pub fn saved(&mut self, kept: BTreeMap<(usize, Date), Mark>) {
        self.pending = kept;
        self.tea = None;
    }

    /// A cell's card, as typed or recorded.
    pub fn card_of(&self, row: usize, day: Date) -> Option<CardRef> {
        match self.pending.get(&(row, day)) {
            Some(Mark::Done(card)) => *card,
            Some(Mark::Clear) => None,
            None => match self.recorded.get(&(row, day)) {
                Some(Cell::Done(Some(id))) => CardRef::from_id(id),
                _ => None,
            },
        }
    }
}

/// The first day shown, so that the last is not after today.
fn clamp_from(from: Date, today: Date) -> Date {
    let latest = today
        .checked_sub(Span::new().days(DAYS as i64 - 1))
        .unwrap_or(today);
    from.min(latest)
}

/// Whether typed text begins a card: a suit letter, a suit symbol, a
/// Chinese suit or joker word, the joker emoji.
pub fn starts_card(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    matches!(
        first.to_ascii_lowercase(),
        'h' | 's'
            | 'c'
            | 'd'
            | '♥'
            | '♡'
            | '♠'
            | '♤'
            | '♣'
            | '♧'
            | '♦'
            | '♢'
            | '🃏'
            | '红'
            | '黑'
            | '梅'
            | '方'
            | '草'
            | '大'
            | '小'
    ) || matches!(first, 'ｈ' | 'ｓ' | 'ｃ' | 'ｄ' | 'Ｈ' | 'Ｓ' | 'Ｃ' | 'Ｄ')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::group::Consent;
    use jiff::civil::date;

    fn app() -> App {
        let mut group = Group::new("幸福里", None, "shequ-xiaoshi", date(2026, 12, 1)).expect("g");
        for name in ["王阿姨", "李叔叔", "张奶奶"] {
            group
                .add_member(name, None, date(2026, 12, 1), Consent::default())
                .expect("add");
        }
        let deck = Deck::builtin().expect("deck");
        App::new(
            &group,
            deck,
            date(2026, 12, 20),
            date(2026, 12, 14),
            Lang::Zh,
            Theme { color: false },
        )
    }

    #[test]
    fn ticks_move_right_and_a_card_is_typed() {
        let mut app = app();
        assert_eq!(app.apply(Action::Toggle), None);
        assert_eq!(app.cursor, (0, 1));
        app.apply(Action::Edit(Edit::Insert("h".into())));
        assert!(matches!(app.overlay, Some(Overlay::Card(_))));
        app.apply(Action::Edit(Edit::Insert("7".into())));
        app.apply(Action::Submit);
        assert_eq!(app.overlay, None);
        assert_eq!(app.cursor, (0, 2));
        let marks = app.marks();
        assert_eq!(marks.len(), 2);
        assert_eq!(marks[1].2, Mark::Done(CardRef::from_id("hearts-7")));
        // Toggling a typed tick takes it back out.
        app.apply(Action::Move(0, -2));
        app.apply(Action::Toggle);
        assert_eq!(app.marks().len(), 1);
    }

    #[test]
    fn not_a_card_is_said_and_the_field_stays() {
        let mut app = app();
        app.apply(Action::Edit(Edit::Insert("红十".into())));
        app.apply(Action::Submit);
        assert!(matches!(app.overlay, Some(Overlay::Card(_))));
        assert!(app.message.as_ref().is_some_and(|m| m.error));
        // Letters that start no card do nothing on the grid.
        let mut app = self::app();
        app.apply(Action::Edit(Edit::Insert("z".into())));
        assert_eq!(app.overlay, None);
    }

    #[test]
    fn the_week_never_runs_past_today() {
        let mut app = app();
        assert_eq!(app.apply(Action::Week(1)), None, "already ends today");
        assert_eq!(
            app.apply(Action::Week(-1)),
            Some(Effect::Load(date(2026, 12, 7)))
        );
        app.cursor.1 = DAYS - 1;
        assert_eq!(
            app.apply(Action::Move(0, 1)),
            Some(Effect::Load(date(2026, 12, 8)))
        );
        assert_eq!(app.cursor.1, DAYS - 1);
    }

    #[test]
    fn quitting_with_marks_asks_first() {
        let mut app = app();
        app.apply(Action::Toggle);
        app.apply(Action::Quit);
        assert_eq!(app.overlay, Some(Overlay::Confirm(Confirm::Discard)));
        assert!(!app.quit);
        app.apply(Action::Cancel);
        assert_eq!(app.apply(Action::AskSave), None);
        assert!(matches!(
            app.apply(Action::Confirm),
            Some(Effect::Save(marks)) if marks.len() == 1
        ));
    }

    #[test]
    fn cards_start_with_what_people_type() {
        for text in ["h7", "♥7", "红7", "梅花K", "Ｈ７", "大王", "🃏"] {
            assert!(starts_card(text), "{text}");
        }
        for text in ["", "7", "z", "q", "l"] {
            assert!(!starts_card(text), "{text}");
        }
    }
}
