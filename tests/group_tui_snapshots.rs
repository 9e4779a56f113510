//! The group screen (`xiaoshi group`, `group grid`) rendered on ratatui's
//! TestBackend at 80×24 and 100×30, in Chinese and English, on the sample
//! group (`xiaoshi::sample::group_app`), pinned with insta snapshots. The
//! screens are the list in `common::screens::group`, which the wide-terminal
//! checks walk too.

mod common;

use common::assert_no_cut_characters;
use common::screens::render_group;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use xiaoshi::i18n::Lang;
use xiaoshi::sample;
use xiaoshi::tui::group::app::App;
use xiaoshi::tui::group::view;

const SIZES: [(u16, u16); 2] = [(80, 24), (100, 30)];
const LANGS: [(Lang, &str); 2] = [(Lang::Zh, "zh"), (Lang::En, "en")];

fn render(app: &App, (width, height): (u16, u16)) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| {
            view::draw(app, frame);
        })
        .expect("draw");
    terminal.backend().to_string()
}

#[test]
fn every_group_screen_in_both_languages() {
    for (name, _) in common::screens::group() {
        for (lang, lang_name) in LANGS {
            for size in SIZES {
                let shown = render_group(name, lang, size);
                assert_no_cut_characters(&shown);
                crate::assert_screen!(format!("{name}_{}x{}_{lang_name}", size.0, size.1), shown);
            }
        }
    }
}

#[test]
fn the_grid_reads_like_the_paper_sheet() {
    let app = sample::group_app(Lang::Zh, 8);
    let shown = render(&app, (100, 30));
    // A row a member in the roster's order, a column a day.
    let rows: Vec<&str> = shown
        .lines()
        .filter(|line| sample::GROUP_NAMES.iter().any(|name| line.contains(name)))
        .collect();
    assert_eq!(rows.len(), 8, "{shown}");
    for (row, name) in rows.iter().zip(sample::GROUP_NAMES) {
        assert!(row.contains(name), "{row}");
    }
    assert!(
        shown.contains("12/14") && shown.contains("12/20"),
        "{shown}"
    );
    // 刘师傅's day off on the 18th, 陈老师 quiet since the 16th.
    assert!(rows[4].contains('假'), "{}", rows[4]);
    // With 100 members the cursor's row stays in view as it moves down.
    let mut many = sample::group_app(Lang::En, 100);
    for _ in 0..60 {
        many.apply(xiaoshi::tui::group::app::Action::Move(1, 0));
    }
    let shown = render(&many, (80, 24));
    assert!(shown.contains("> 邻居61"), "{shown}");
}
