//! The command line, as clap derive definitions. The same definitions feed
//! `--help`, `xiaoshi completions SHELL` and `xiaoshi man`, so they never disagree.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::deck::Pile;
use crate::i18n::Lang;

/// 小事 xiaoshi — one small neighbourly act a day, from the 社区小事 card deck.
#[derive(Debug, Parser)]
#[command(name = "xiaoshi", version, about, long_about = None)]
pub struct Cli {
    /// Use this RON deck file instead of the built-in 社区小事 deck.
    #[arg(long, global = true, value_name = "FILE")]
    pub deck: Option<PathBuf>,

    /// Language of the output [default: $XIAOSHI_LANG, then zh if $LANG starts with zh, else en]
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<Lang>,

    /// No colours (also when NO_COLOR is set); the TUI stays readable in monochrome.
    #[arg(long, global = true)]
    pub no_color: bool,

    /// Open the TUI without the card-reveal animation.
    #[arg(long)]
    pub no_anim: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show today's card, drawing it if needed (the same card all day).
    Draw {
        /// Use the day's one redraw: replace today's card with the next one.
        #[arg(long)]
        redraw: bool,
        /// Print {"date", "card", "redrawn"} as JSON.
        #[arg(long)]
        json: bool,
    },

    /// Check in: today's small thing is done (draws today's card first if needed).
    Done {
        /// A short note about what you did; repeating `done` updates it.
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        /// Check in yesterday instead (补卡, a backfill: at most 2 per round).
        #[arg(long)]
        yesterday: bool,
    },

    /// Take back today's check-in.
    Undo,

    /// Today's card, the 21-day round, the streak and check-ins per suit.
    Status {
        /// Print the status as JSON (shape in the README).
        #[arg(long)]
        json: bool,
    },

    /// Every day that had a card: date, card, done, note.
    History {
        /// Print a JSON array.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print CSV.
        #[arg(long)]
        csv: bool,
    },

    /// Replay the current round and streak day by day: which rule counted each day.
    Why,

    /// Rounds of 21 check-ins.
    #[command(subcommand)]
    Round(RoundCommand),

    /// Export or import the journal (to move machines, sync, or combine).
    #[command(subcommand)]
    Journal(JournalCommand),

    /// Look through a deck, or check a deck file.
    #[command(subcommand)]
    Deck(DeckCommand),

    /// Print a shell completion script, e.g. `xiaoshi completions bash > ~/.local/share/bash-completion/completions/xiaoshi`.
    Completions {
        /// The shell to write completions for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },

    /// Print the man page (roff), e.g. `xiaoshi man | man -l -`.
    Man,
}

#[derive(Debug, Subcommand)]
pub enum RoundCommand {
    /// Start a new round from today (an unfinished round ends early).
    Start,
}

#[derive(Debug, Subcommand)]
pub enum JournalCommand {
    /// Print every event of the journal.
    Export {
        /// Output format.
        #[arg(long, value_enum, default_value = "json")]
        format: crate::journal::transfer::Format,
    },
    /// Merge events from an export into the journal; importing twice changes nothing.
    Import {
        /// A file made by `xiaoshi journal export` (JSON or CSV).
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum DeckCommand {
    /// List the cards of the deck.
    List(ListArgs),

    /// Show one card in full.
    Show(ShowArgs),

    /// Check a deck file and list every problem (exit 0 if valid, 1 if not).
    Check {
        /// The deck file to check.
        file: PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only the cards of this suit.
    #[arg(long, value_enum, value_name = "SUIT")]
    pub suit: Option<Pile>,

    /// Print a JSON array of cards instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The card's id, such as hearts-7 or joker-red.
    pub id: String,

    /// Print the card as a JSON object.
    #[arg(long)]
    pub json: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn definitions_are_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn global_flags_work_after_subcommands() {
        let cli =
            Cli::try_parse_from(["xiaoshi", "deck", "list", "--lang", "zh", "--suit", "红桃"])
                .expect("parses");
        assert_eq!(cli.lang, Some(Lang::Zh));
        match cli.command {
            Some(Command::Deck(DeckCommand::List(args))) => {
                assert_eq!(args.suit, Some(Pile::Hearts));
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}
