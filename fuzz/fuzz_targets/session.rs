//! Fuzzes workshop session files: `workshop::store::parse` must give a
//! session or an error, never a panic. A session that loads (it may have
//! been edited by hand) is then put through what `resume`, `report` and
//! `pledge-export` do with it: every report format, turns, swaps, a new
//! deal, a pledge of each card in hand, the pledge export, and ending.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use xiaoshi::deck::Deck;
use xiaoshi::i18n::Lang;
use xiaoshi::workshop::report::{self, Format};
use xiaoshi::workshop::{PledgeRequest, pledge_export, store};

fuzz_target!(|data: &[u8]| {
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
    for format in [Format::Md, Format::Csv, Format::Json, Format::Html] {
        let mut out = Vec::new();
        report::write(&session, Some(&deck), format, Lang::Zh, &mut out).expect("in memory");
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
    report::write(&session, None, Format::Md, Lang::En, &mut out).expect("in memory");
});
