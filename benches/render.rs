//! How long a full redraw of each TUI screen takes on a 160×48 terminal
//! (the budget is 2 ms), drawn into ratatui's in-memory TestBackend.

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use xiaoshi::i18n::Lang;
use xiaoshi::sample;
use xiaoshi::text::{self, Ambiguous};
use xiaoshi::tui::app::{Action, App, Screen};
use xiaoshi::tui::theme::Theme;
use xiaoshi::tui::view;

fn app(screen: Screen) -> App {
    let mut app = sample::app(Lang::Zh);
    app.theme = Theme { color: true };
    app.apply(Action::Show(screen));
    app
}

fn full_redraw(c: &mut Criterion) {
    for screen in [Screen::Home, Screen::Deck, Screen::History, Screen::Why] {
        let app = app(screen);
        let mut terminal = Terminal::new(TestBackend::new(160, 48)).expect("terminal");
        for (width, label) in [
            (Ambiguous::Narrow, ""),
            (Ambiguous::Wide, ", ambiguous wide"),
        ] {
            c.bench_function(&format!("render {screen:?} 160x48{label}"), |b| {
                text::with_ambiguous(width, || {
                    b.iter(|| {
                        // A cleared screen makes every frame a full redraw.
                        terminal.clear().expect("clear");
                        terminal
                            .draw(|frame| view::render(&app, frame))
                            .expect("draw");
                    })
                })
            });
        }
    }
}

criterion_group!(benches, full_redraw);
criterion_main!(benches);
