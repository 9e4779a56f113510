//! The JSON shape of a card, shared by every command that prints cards
//! (`deck list --json`, `deck show --json`, and later `draw --json`), so the
//! shape is defined once and stays stable for scripts.

use serde::Serialize;

use super::model::{Card, DeckText};
use crate::i18n::Localized;

/// A card as JSON: `{"id", "suit", "rank", "title": {"zh", "en"}, "action":
/// {"zh", "en"}, "minutes", "tip"}`. `suit` is `hearts`/`spades`/`clubs`/
/// `diamonds`/`joker`; `rank` is `"A"`…`"K"`, or `null` for a joker; `tip`
/// is `null` when the card has none.
#[derive(Debug, Clone, Serialize)]
pub struct CardJson<'a> {
    pub id: &'a str,
    pub suit: &'static str,
    pub rank: Option<&'static str>,
    pub title: &'a Localized<DeckText>,
    pub action: &'a Localized<DeckText>,
    pub minutes: u16,
    pub tip: Option<&'a Localized<DeckText>>,
}

impl<'a> From<&'a Card> for CardJson<'a> {
    fn from(card: &'a Card) -> Self {
        CardJson {
            id: &card.id,
            suit: card.face.suit_key(),
            rank: card.face.rank().map(|rank| rank.label()),
            title: &card.title,
            action: &card.action,
            minutes: card.minutes,
            tip: card.tip.as_ref(),
        }
    }
}
