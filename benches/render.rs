//! How long a full redraw of each TUI screen takes on a 160×48 terminal
//! (the budget is 2 ms), drawn into ratatui's in-memory TestBackend.

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::civil::date;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use xiaoshi::deck::Deck;
use xiaoshi::i18n::Lang;
use xiaoshi::sample;
use xiaoshi::tui::app::{Action, App, Screen};
use xiaoshi::tui::theme::Theme;
use xiaoshi::tui::view;

fn app(screen: Screen) -> App {
    let deck = Deck::builtin().expect("deck");
    let today = date(2026, 11, 20);
    let events = sample::journal(&deck, today, 60);
    let mut app = App::new(
        deck,
        sample::today_of(&events, today),
        Lang::Zh,
        Theme { color: true },
        false,
    );
    app.apply(Action::Show(screen));
    app.set_past(&events);
    app
}

fn full_redraw(c: &mut Criterion) {
    for screen in [Screen::Home, Screen::Deck, Screen::History, Screen::Why] {
        let app = app(screen);
        let mut terminal = Terminal::new(TestBackend::new(160, 48)).expect("terminal");
        c.bench_function(&format!("render {screen:?} 160x48"), |b| {
            b.iter(|| {
                // A cleared screen makes every frame a full redraw.
                terminal.clear().expect("clear");
                terminal
                    .draw(|frame| view::render(&app, frame))
                    .expect("draw");
            })
        });
    }
}

criterion_group!(benches, full_redraw);
criterion_main!(benches);
