//! Strings of the leader's group: members, 接龙 pastes, the tea talk, the
//! monthly review, summaries and roll-ups.

use super::Text;

// Cards written by hand.
pub const JOKER_RED: Text = Text::new("大王", "Red joker");
pub const JOKER_BLACK: Text = Text::new("小王", "Black joker");
