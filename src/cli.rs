//! The command line, as clap derive definitions. The same definitions feed
//! `--help`, `xiaoshi completions SHELL` and `xiaoshi man`, so they never disagree.

use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};

use crate::deck::Pile;
use crate::i18n::Lang;

/// 小事 xiaoshi — one small neighbourly act a day, from the 社区小事 card deck.
#[derive(Debug, Parser)]
#[command(name = "xiaoshi", version, about, long_about = None)]
pub struct Cli {
    /// Use this RON deck file instead of the built-in 社区小事 deck.
    #[arg(long, global = true, value_name = "FILE")]
    pub deck: Option<PathBuf>,

    /// Language of the output [default: $XIAOSHI_LANG, then zh if $LANG starts with zh, else en];
    /// `both` is for `export` (cards in Chinese and English, its default)
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,

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

    /// Run a workshop: deal to participants, keep time, record pledges
    /// (the facilitator's TUI; its subcommands do the same from scripts).
    Workshop(Box<WorkshopArgs>),

    /// Make a printable deck: print-and-play PDF sheets (default), SVG cards,
    /// or the 21-day paper tracker.
    Export(ExportArgs),

    /// Print a shell completion script, e.g. `xiaoshi completions bash > ~/.local/share/bash-completion/completions/xiaoshi`.
    Completions {
        /// The shell to write completions for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },

    /// Print the man page (roff), e.g. `xiaoshi man | man -l -`.
    Man,
}

/// `--lang`: a language, or both (cards only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LangArg {
    /// 中文
    Zh,
    /// English
    En,
    /// 中文 and English (export only)
    Both,
}

impl LangArg {
    /// The one language asked for, if one was.
    pub fn single(self) -> Option<Lang> {
        match self {
            LangArg::Zh => Some(Lang::Zh),
            LangArg::En => Some(Lang::En),
            LangArg::Both => None,
        }
    }
}

impl Cli {
    /// Checks what clap cannot: `--lang both` only makes sense for cards.
    pub fn check(&self) -> Result<(), clap::Error> {
        let usage = |message: String| {
            Cli::command().error(clap::error::ErrorKind::ArgumentConflict, message)
        };
        if let Some(Command::Export(args)) = &self.command {
            // The error shows `xiaoshi export`'s usage line, not the top level's.
            return args.check().map_err(|message| {
                let mut cli = Cli::command();
                let export = cli.find_subcommand_mut("export").map(|export| {
                    export
                        .clone()
                        .bin_name("xiaoshi export")
                        .error(clap::error::ErrorKind::ArgumentConflict, &message)
                });
                export.unwrap_or_else(|| usage(message))
            });
        }
        if self.lang == Some(LangArg::Both) {
            return Err(usage(
                "`--lang both` is for `xiaoshi export` (cards in Chinese and English); \
                 other commands speak zh or en"
                    .to_string(),
            ));
        }
        Ok(())
    }

    /// The language for messages: `--lang`, else the environment's.
    pub fn ui_lang(&self) -> Lang {
        Lang::from_env(self.lang.and_then(LangArg::single))
    }
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// pdf: print-and-play sheets; svg: one file a card and back.svg, for
    /// designers; png: the same at 300 dpi.
    #[arg(long, value_enum, default_value = "pdf")]
    pub format: ExportFormat,

    /// The file to write (`-` for standard output), or the folder for svg and png
    /// [default: shequ-xiaoshi-print.pdf, shequ-xiaoshi-svg/, -png/, -tracker.pdf, named after --deck]
    #[arg(long, short, value_name = "PATH")]
    pub out: Option<PathBuf>,

    /// The paper size [default: a4].
    #[arg(long, value_enum)]
    pub paper: Option<crate::export::Paper>,

    /// Add 3 mm of artwork past every card's edge, so a cut a little off shows no white.
    #[arg(long)]
    pub bleed: bool,

    /// How your printer turns the sheet: each back lands behind its front [default: long].
    #[arg(long, value_enum)]
    pub duplex: Option<crate::export::Duplex>,

    /// Move the backs X mm right and Y mm down (negative: left, up), to undo a
    /// printer's duplex shift; `--calibration` measures it.
    #[arg(long, value_name = "X,Y", value_parser = parse_offset, allow_hyphen_values = true)]
    pub back_offset: Option<(f32, f32)>,

    /// Start with a duplex test sheet: a 100 mm ruler and crosses to read the back offset from.
    #[arg(long)]
    pub calibration: bool,

    /// Set the cards in this OpenType/TrueType font instead of the built-in Noto Sans CJK SC.
    #[arg(long, value_name = "FILE")]
    pub font: Option<PathBuf>,

    /// Write the 21-day paper tracker (one sheet) instead of the deck.
    #[arg(long, conflicts_with_all = ["format", "bleed", "duplex", "back_offset", "calibration"])]
    pub tracker: bool,
}

impl ExportArgs {
    /// What clap cannot check: the sheet options are for the PDF, and one
    /// file a card cannot go to standard output.
    fn check(&self) -> Result<(), String> {
        if self.format == ExportFormat::Pdf {
            return Ok(());
        }
        let sheet_only = [
            ("--paper", self.paper.is_some()),
            ("--duplex", self.duplex.is_some()),
            ("--back-offset", self.back_offset.is_some()),
            ("--calibration", self.calibration),
        ];
        if let Some((flag, _)) = sheet_only.iter().find(|(_, given)| *given) {
            return Err(format!(
                "{flag} is for PDF sheets; SVG and PNG are one file a card"
            ));
        }
        if self
            .out
            .as_deref()
            .is_some_and(|out| out.as_os_str() == "-")
        {
            return Err(
                "SVG and PNG are one file a card: give a folder with --out, not -".to_string(),
            );
        }
        Ok(())
    }
}

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Pdf,
    Svg,
    Png,
}

/// `--back-offset X,Y` in millimetres, each within ±20 mm (a larger shift is
/// a wrong setting, not a printer's tolerance).
fn parse_offset(value: &str) -> Result<(f32, f32), String> {
    let usage = || format!("`{value}` is not X,Y in millimetres, such as 1.5,-0.5");
    let (x, y) = value.split_once(',').ok_or_else(usage)?;
    let parse = |part: &str| part.trim().parse::<f32>().ok().filter(|v| v.is_finite());
    let (x, y) = (parse(x).ok_or_else(usage)?, parse(y).ok_or_else(usage)?);
    if x.abs() > 20.0 || y.abs() > 20.0 {
        return Err(format!(
            "`{value}`: an offset of more than 20 mm is a wrong printer setting, not a shift"
        ));
    }
    Ok((x, y))
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
pub struct WorkshopArgs {
    #[command(subcommand)]
    pub command: Option<WorkshopCommand>,

    /// Settings to start the new session's setup screen with.
    #[command(flatten)]
    pub setup: SetupArgs,
}

#[derive(Debug, Subcommand)]
pub enum WorkshopCommand {
    /// Deal hands and print them; `--save` also keeps them as a session.
    Deal {
        #[command(flatten)]
        setup: SetupArgs,
        /// Print {"seed", "code", "hands": [{"participant", "cards": [...]}]}.
        #[arg(long)]
        json: bool,
        /// Save the deal as a session, for `pledge`, `report` and `resume`.
        #[arg(long)]
        save: bool,
    },

    /// Continue a saved session in the TUI (the latest one if none is named).
    Resume {
        /// A session's name, the start of it, or its code (see `workshop list`).
        session: Option<String>,
    },

    /// List the saved sessions.
    List {
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },

    /// Record a participant's pledge: a card from their hand, or a joker with their own words.
    Pledge {
        /// The session (see `workshop list`).
        session: String,
        /// The participant, as named in the session.
        name: String,
        /// The card's id, such as hearts-7 or joker-black.
        card: String,
        /// By when they mean to do it (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        by: Option<jiff::civil::Date>,
        /// A note, such as where or with whom.
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        /// For a joker: the small thing in their own words.
        #[arg(long, value_name = "TEXT")]
        words: Option<String>,
    },

    /// A session's report: participants, pledges by suit, dates.
    Report {
        /// The session (the latest one if none is named).
        session: Option<String>,
        /// md (Markdown), csv, json, or html (one A4 page for the notice board).
        #[arg(long, value_enum, default_value = "md")]
        format: crate::workshop::report::Format,
        /// Write to this file instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        out: Option<PathBuf>,
    },

    /// Write a file the participant imports with `xiaoshi journal import`: their
    /// pledged card becomes their card for the day after the session.
    PledgeExport {
        /// The session (see `workshop list`).
        session: String,
        /// The participant, as named in the session.
        name: String,
        /// The day the card is for [default: the day after the session].
        #[arg(long, value_name = "DATE")]
        day: Option<jiff::civil::Date>,
        /// The file to write [default: xiaoshi-pledge-<session>-<n>.json here]; `-` for standard output.
        #[arg(long, short, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

/// How a session is set up. Unset values take the defaults: three cards,
/// every suit and the jokers, five minutes, a random seed.
#[derive(Debug, Clone, Default, Args)]
pub struct SetupArgs {
    /// Participants, separated by commas: "王阿姨,李叔叔,小明" (names or table numbers).
    #[arg(long, value_name = "NAMES", value_parser = parse_participants)]
    pub participants: Option<Names>,

    /// A file with one participant a line (blank lines and # comments skipped).
    #[arg(long, value_name = "FILE", conflicts_with = "participants")]
    pub participants_file: Option<PathBuf>,

    /// Cards per participant, 1 to 5 [default: 3].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=5))]
    pub hand: Option<u8>,

    /// The suits in play, comma-separated [default: all four and the jokers].
    #[arg(long, value_enum, value_delimiter = ',', value_name = "SUITS")]
    pub suits: Vec<Pile>,

    /// Minutes per turn, 1 to 60 [default: 5].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=60))]
    pub minutes: Option<u16>,

    /// The shuffle's seed: the same seed and settings deal the same hands [default: random].
    #[arg(long, value_name = "N", conflicts_with = "code")]
    pub seed: Option<u64>,

    /// A session code (as printed by a deal) instead of --seed.
    #[arg(long, value_name = "CODE", value_parser = parse_code)]
    pub code: Option<u64>,
}

/// Participant names from `--participants`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Names(pub Vec<String>);

/// `--participants`: a comma list, checked like any participant list.
fn parse_participants(value: &str) -> Result<Names, String> {
    let names = crate::workshop::setup::parse_names(value, ',');
    crate::workshop::setup::check_names(&names).map_err(|error| error.to_string())?;
    Ok(Names(names))
}

fn parse_code(value: &str) -> Result<u64, String> {
    crate::workshop::setup::seed_of_code(value).ok_or_else(|| {
        format!("`{value}` is not a session code (letters and digits, as printed by a deal)")
    })
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
    fn back_offsets_are_two_millimetre_numbers() {
        assert_eq!(parse_offset("1.5,-0.5"), Ok((1.5, -0.5)));
        assert_eq!(parse_offset(" -2 , 3 "), Ok((-2.0, 3.0)));
        for bad in ["1.5", "a,b", "1,2,3", "NaN,1", "inf,0", "25,0"] {
            assert!(parse_offset(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn lang_both_is_only_for_export() {
        let export = Cli::try_parse_from(["xiaoshi", "export", "--lang", "both"]).expect("parses");
        assert!(export.check().is_ok());
        let status = Cli::try_parse_from(["xiaoshi", "status", "--lang", "both"]).expect("parses");
        assert!(status.check().is_err());
    }

    #[test]
    fn sheet_options_are_only_for_pdf() {
        let check = |args: &[&str]| Cli::try_parse_from(args).expect("parses").check();
        assert!(check(&["xiaoshi", "export", "--paper", "letter", "--calibration"]).is_ok());
        assert!(
            check(&[
                "xiaoshi", "export", "--format", "png", "--bleed", "-o", "cards"
            ])
            .is_ok()
        );
        for flag in [
            &["--paper", "a4"][..],
            &["--duplex", "short"],
            &["--back-offset", "1,1"],
            &["--calibration"],
            &["-o", "-"],
        ] {
            let mut args = vec!["xiaoshi", "export", "--format", "svg"];
            args.extend_from_slice(flag);
            assert!(check(&args).is_err(), "{flag:?}");
        }
    }

    #[test]
    fn global_flags_work_after_subcommands() {
        let cli =
            Cli::try_parse_from(["xiaoshi", "deck", "list", "--lang", "zh", "--suit", "红桃"])
                .expect("parses");
        assert_eq!(cli.lang, Some(LangArg::Zh));
        match cli.command {
            Some(Command::Deck(DeckCommand::List(args))) => {
                assert_eq!(args.suit, Some(Pile::Hearts));
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}
