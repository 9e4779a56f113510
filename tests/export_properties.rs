//! Properties of the export's pure parts, over generated input: line
//! breaking never loses or reorders text and follows the Chinese rules;
//! shrink-to-fit only ever shrinks; backs land behind their fronts for any
//! offset.

use proptest::prelude::*;
use xiaoshi::export::Fonts;
use xiaoshi::export::geometry::{CardSize, Duplex, LayoutError, Paper, Sheet, SheetOptions};
use xiaoshi::export::scene::{Rgb, Weight};
use xiaoshi::export::typeset::{self, Paragraph, Style};

fn fonts() -> &'static Fonts {
    static FONTS: std::sync::OnceLock<Fonts> = std::sync::OnceLock::new();
    FONTS.get_or_init(|| Fonts::builtin().expect("the built-in font"))
}

/// Text like a card's: Chinese and English words, Chinese punctuation, digits.
fn card_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(vec!["邻居", "楼道", "打招呼", "快递", "社区", "小事", "一起", "花"]).prop_map(str::to_string),
        3 => "[a-z]{1,12}".prop_map(|w| format!("{w} ")),
        2 => prop::sample::select(vec!["，", "。", "、", "！", "？", "：", "「", "」", "（", "）"]).prop_map(str::to_string),
        1 => "[0-9]{1,3}",
        1 => Just("Love-Your-Neighbour ".to_string()),
    ];
    prop::collection::vec(piece, 1..40).prop_map(|pieces| pieces.concat().trim().to_string())
}

const CLOSERS: &str = "，。、！？：」）";

/// Chinese text as a card or a pledge has it: characters, punctuation, now and then a number.
fn chinese_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => prop::sample::select(vec!["邻", "居", "楼", "道", "打", "招", "呼", "花", "浇", "水", "一", "起"]).prop_map(str::to_string),
        2 => prop::sample::select(vec!["，", "。", "、", "！", "「", "」"]).prop_map(str::to_string),
        1 => "[0-9]{1,3}",
    ];
    prop::collection::vec(piece, 2..80).prop_map(|pieces| pieces.concat())
}
const OPENERS: &str = "「（";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn wrapping_keeps_every_character_in_order_and_breaks_by_the_rules(
        text in card_text(),
        width in 30.0f32..200.0,
        size in 5.0f32..14.0,
    ) {
        let lines = typeset::wrap(fonts(), Weight::Regular, size, &text, width);
        let squeeze = |s: &str| s.chars().filter(|c| *c != ' ').collect::<String>();
        prop_assert_eq!(squeeze(&lines.concat()), squeeze(&text));
        for (i, line) in lines.iter().enumerate() {
            prop_assert!(!line.is_empty());
            prop_assert_eq!(line.trim_end(), line.as_str(), "no trailing space");
            let first = line.chars().next().unwrap_or(' ');
            if i > 0 {
                prop_assert!(!CLOSERS.contains(first), "{:?} starts with {}", line, first);
            }
            if i + 1 < lines.len() {
                let last = line.chars().last().unwrap_or(' ');
                prop_assert!(!OPENERS.contains(last), "{:?} ends with {}", line, last);
            }
            // A line may only be too wide when it is one unbreakable piece.
            let wide = typeset::measure(fonts(), Weight::Regular, size, line) > width + 0.01;
            if wide {
                let pieces = typeset::wrap(fonts(), Weight::Regular, size, line, 0.0);
                prop_assert_eq!(pieces.len(), 1, "{:?} is wider than {} and breakable", line, width);
            }
        }
    }

    #[test]
    fn fitting_shrinks_only_when_needed_and_stays_in_the_box(
        text in card_text(),
        width in 60.0f32..160.0,
        height in 20.0f32..200.0,
    ) {
        let paragraph = Paragraph {
            text,
            style: Style { weight: Weight::Regular, size: 9.0, color: Rgb::BLACK, leading: 1.4 },
            space_after: 0.0,
        };
        let full = typeset::set(fonts(), std::slice::from_ref(&paragraph), 0.0, 0.0, width, 1.0);
        match typeset::fit(fonts(), std::slice::from_ref(&paragraph), (0.0, 0.0, width, height), &typeset::SCALES) {
            Some(set) => {
                prop_assert!(set.height <= height + 0.01);
                let fits_as_is = !full.1 && full.0.height <= height + 0.01;
                prop_assert_eq!(set.scale == 1.0, fits_as_is);
                for run in &set.runs {
                    prop_assert!(run.width() <= width + 0.01);
                    prop_assert!((run.size - 9.0 * set.scale).abs() < 1e-4);
                }
            }
            None => {
                let smallest = typeset::SCALES[typeset::SCALES.len() - 1];
                let (set, overflow) = typeset::set(fonts(), &[paragraph], 0.0, 0.0, width, smallest);
                prop_assert!(overflow || set.height > height);
            }
        }
    }

    #[test]
    fn a_paragraph_never_ends_on_a_single_han_character(
        text in chinese_text(),
        width in 40.0f32..240.0,
        size in 8.0f32..16.0,
    ) {
        let lines = typeset::wrap(fonts(), Weight::Regular, size, &text, width);
        prop_assert_eq!(lines.concat(), text.clone(), "nothing lost");
        if let [.., before, last] = lines.as_slice() {
            // The rebalancing can only fail when the line before holds one
            // piece, or when its last piece and the 孤字 together are wider
            // than the column (then no break avoids it: `邻，` `邻，` in a
            // column three characters wide).
            let before_pieces = typeset::wrap(fonts(), Weight::Regular, size, before, 0.0);
            let unavoidable = before_pieces.len() < 2
                || before_pieces.last().is_some_and(|piece| {
                    typeset::measure(fonts(), Weight::Regular, size, &format!("{piece}{last}"))
                        > width + 0.01
                });
            prop_assert!(
                !typeset::is_orphan(last) || unavoidable,
                "{:?} ends on {:?}", lines, last
            );
        }
        // Moving a piece down never makes a line too wide: only an
        // unbreakable piece may be wider than the column.
        for line in &lines {
            let wide = typeset::measure(fonts(), Weight::Regular, size, line) > width + 0.01;
            prop_assert!(!wide || typeset::wrap(fonts(), Weight::Regular, size, line, 0.0).len() == 1);
        }
    }

    #[test]
    fn every_back_lands_behind_its_front_for_any_offset(
        x in -20.0f32..20.0,
        y in -20.0f32..20.0,
        paper in prop::sample::select(vec![Paper::A4, Paper::Letter]),
        duplex in prop::sample::select(vec![Duplex::Long, Duplex::Short, Duplex::None]),
        bleed in any::<bool>(),
        large in any::<bool>(),
    ) {
        let size = if large { CardSize::Large } else { CardSize::Poker };
        let options = SheetOptions { paper, bleed, duplex, back_offset: (x, y), size };
        let sheet = match Sheet::new(options) {
            Ok(sheet) => sheet,
            Err(LayoutError::NoRoom { .. }) => {
                prop_assert!(paper == Paper::Letter && bleed && !large, "only Letter lacks room for bleed");
                return Ok(());
            }
            Err(LayoutError::OffsetOffPaper { max, .. }) => {
                prop_assert!(x.abs() > max.0 || y.abs() > max.1);
                return Ok(());
            }
        };
        for i in 0..sheet.per_page() {
            let front = sheet.front(i).trim;
            let back = sheet.back(i).trim;
            let (cx, cy) = sheet.behind(front.x + front.w / 2.0, front.y + front.h / 2.0);
            prop_assert!((back.x + back.w / 2.0 - (cx + x)).abs() < 1e-3);
            prop_assert!((back.y + back.h / 2.0 - (cy + y)).abs() < 1e-3);
            prop_assert_eq!((back.w, back.h), (front.w, front.h));
            prop_assert!(sheet.page().contains(&back), "on the paper");
        }
    }
}
