// The `session` target's checks (see `session.rs`), shared with the seeds'
// ordinary test (tests/fuzz_seeds.rs includes this file), so a seed
// or a crash reproducer that passes `cargo test` is checked exactly as
// the fuzzer checks it.

use std::path::Path;

use xiaoshi::deck::Deck;
use xiaoshi::export::Printed;
use xiaoshi::i18n::Lang;
use xiaoshi::export::Fonts;
use xiaoshi::workshop::report::{self, Format};
use xiaoshi::workshop::{PledgeRequest, pledge_export, store};

pub fn check(data: &[u8]) {
    let Ok(deck) = Deck::builtin() else {
        return;
    };
    let mut session = match store::parse(data, Path::new("fuzz.ron")) {
        Ok(session) => session,
        Err(error) => {
            assert!(!error.to_string().is_empty());
            return;
        }
    };
    let zone = jiff::tz::TimeZone::UTC;
    for format in [Format::Md, Format::Csv, Format::Json, Format::Html] {
        let mut out = Vec::new();
        report::write(&session, Some(&deck), format, Printed::paired(Lang::Zh), &zone, &mut out)
            .expect("in memory");
    }
    // The notice: laid out as a poster (the PDF writer is krilla's own).
    if let Ok(fonts) = Fonts::builtin() {
        let poster = xiaoshi::workshop::notice::poster(&session, Printed::paired(Lang::Zh), &zone);
        let _ = xiaoshi::export::poster::layout(&poster, xiaoshi::export::Paper::A4, &fonts);
    }
    let now = session.created;
    let _ = session.deal(&deck);
    let _ = session.turn(1);
    let _ = session.swap(0);
    let _ = session.turn(-3);
    let _ = session.redeal();
    for participant in 0..session.setup.participants.len() {
        for card in session.hand(participant).to_vec() {
            let request = PledgeRequest {
                card,
                words: Some("自己的话".into()),
                ..PledgeRequest::default()
            };
            let _ = session.pledge(participant, request, &deck, now);
        }
        let _ = pledge_export::events(&session, participant, None);
    }
    session.end(now);
    let mut out = Vec::new();
    report::write(&session, None, Format::Md, Printed::only(Lang::En), &zone, &mut out).expect("in memory");
}
