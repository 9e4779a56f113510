//! The printable deck: what `xiaoshi export` spends its time on. Loading the
//! built-in fonts (reading their character maps), drawing the 54 faces and
//! the sheets, and writing the PDF (krilla subsets and compresses the fonts).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use xiaoshi::deck::Deck;
use xiaoshi::export::{
    self, BackStyle, CardLook, CardOptions, CardSize, Fonts, Paper, Printed, SheetOptions, sheets,
};
use xiaoshi::i18n::Lang;

fn options(bleed: bool) -> CardOptions {
    CardOptions {
        sheet: SheetOptions {
            bleed,
            ..SheetOptions::default()
        },
        lang: Printed::paired(Lang::Zh),
        calibration: false,
        back: BackStyle::Patterned,
    }
}

fn look(lang: Printed) -> CardLook {
    CardLook {
        lang,
        size: CardSize::Poker,
        back: BackStyle::Patterned,
        bleed: 0.0,
    }
}

fn bench(c: &mut Criterion) {
    let deck = Deck::builtin().expect("the built-in deck");
    let fonts = Fonts::builtin().expect("the built-in font");

    c.bench_function("load the built-in fonts", |b| {
        b.iter(|| black_box(Fonts::builtin().expect("font")))
    });
    c.bench_function("lay out 54 cards on 12 pages", |b| {
        b.iter(|| black_box(sheets::card_pages(&deck, &fonts, &options(false)).expect("pages")))
    });
    c.bench_function("the 54-card PDF with backs", |b| {
        b.iter(|| black_box(export::deck_pdf(&deck, &fonts, &options(false)).expect("pdf")))
    });
    c.bench_function("the 54-card PDF with backs and bleed", |b| {
        b.iter(|| black_box(export::deck_pdf(&deck, &fonts, &options(true)).expect("pdf")))
    });
    c.bench_function("54 SVG cards and the back", |b| {
        b.iter(|| {
            let svg = export::ImageFormat::Svg;
            black_box(
                export::card_files(&deck, &fonts, look(Printed::paired(Lang::Zh)), svg)
                    .expect("svg"),
            )
        })
    });
    let png = export::ImageFormat::Png { dpi: 300.0 };
    let one_card = Deck {
        cards: deck.cards[..1].to_vec().into(),
        ..deck.clone()
    };
    c.bench_function("one card and the back as 300 dpi PNGs", |b| {
        b.iter(|| {
            black_box(
                export::card_files(&one_card, &fonts, look(Printed::paired(Lang::Zh)), png)
                    .expect("png"),
            )
        })
    });
    let poster = export::stairwell::poster(2026, 12, Printed::paired(Lang::Zh), Paper::A4, &fonts);
    c.bench_function("the month's stairwell poster (layout and PDF)", |b| {
        b.iter(|| black_box(export::poster_pdf(&poster, Paper::A4, &fonts, "p").expect("pdf")))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = bench
}
criterion_main!(benches);
