//! The facilitator's TUI (`xiaoshi workshop`). Being built: see issue 5.

use crate::clock::Clock;
use crate::deck::Deck;
use crate::error::Result;
use crate::i18n::Lang;
use crate::workshop::{Session, Sessions};

/// What the workshop TUI works with: the session (saved after every
/// change), where sessions are kept, its deck and the clock.
pub struct Context {
    pub sessions: Sessions,
    pub session: Session,
    pub deck: Deck,
    pub clock: Clock,
}

/// Opens the workshop TUI on `context.session` and runs it until the user quits.
pub fn run(context: Context, lang: Lang, options: super::Options) -> Result<()> {
    let _ = (context, lang, options);
    Ok(())
}
