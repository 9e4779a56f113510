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
    /// `both` (Chinese with English beneath) is for `export` and `workshop report --format html|pdf`
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

    /// Make something to print: the deck as print-and-play PDF sheets (default)
    /// or SVG/PNG cards, the 21-day paper tracker, or this month's stairwell poster.
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
    /// 中文 and English (printed things only)
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
    /// Checks what clap cannot: `--lang both` only makes sense for printed things.
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
        let prints_both = match &self.command {
            Some(Command::Workshop(args)) => match &args.command {
                Some(WorkshopCommand::Report { format, .. }) => format.takes_both_languages(),
                _ => false,
            },
            _ => false,
        };
        if self.lang == Some(LangArg::Both) && !prints_both {
            return Err(usage(
                "`--lang both` is for printed things: `xiaoshi export` and \
                 `xiaoshi workshop report --format html|pdf`; other commands speak zh or en"
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
    /// [default: shequ-xiaoshi-print.pdf, shequ-xiaoshi-svg/, -png/, -tracker.pdf,
    /// -poster.pdf, named after --deck]
    #[arg(long, short, value_name = "PATH")]
    pub out: Option<PathBuf>,

    /// The paper size [default: a4]; a3 is for the tracker and the poster.
    #[arg(long, value_enum)]
    pub paper: Option<crate::export::Paper>,

    /// Large print: 70 × 120 mm cards, four to a sheet, Chinese only unless
    /// --lang says otherwise, for older residents and reading at arm's length.
    #[arg(long)]
    pub large: bool,

    /// The card backs: patterned (navy, the default) or plain (white, low ink).
    #[arg(long, value_enum, value_name = "STYLE")]
    pub back: Option<crate::export::BackStyle>,

    /// Give every card its own 3 mm of artwork past its edges and 6 mm gutters, for a print
    /// shop's guillotine (by default cards touch: one cut between neighbours).
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
    #[arg(long, conflicts_with_all = ["format", "bleed", "duplex", "back_offset", "calibration", "large", "back"])]
    pub tracker: bool,

    /// The tracker's first day, printed on it with the 21 dates that follow
    /// (YYYY-MM-DD) [default: today].
    #[arg(long, value_name = "DATE", requires = "tracker")]
    pub start: Option<jiff::civil::Date>,

    /// Write this month's stairwell poster instead of the deck: the 爱邻日,
    /// the activity season, and space for the tea talk's time and place.
    #[arg(long, conflicts_with_all = ["format", "bleed", "duplex", "back_offset", "calibration", "large", "back", "tracker"])]
    pub poster: bool,

    /// The poster's month: 2026-12 (also 2026年12月) [default: this month].
    #[arg(long, value_name = "YYYY-MM", value_parser = parse_month, requires = "poster")]
    pub month: Option<(i16, i8)>,
}

impl ExportArgs {
    /// What clap cannot check: the sheet options are for the PDF, and one
    /// file a card cannot go to standard output.
    fn check(&self) -> Result<(), String> {
        let cards = !self.tracker && !self.poster;
        if cards && self.paper == Some(crate::export::Paper::A3) {
            return Err(
                "A3 is for the tracker and the poster; cards are printed on A4 or Letter"
                    .to_string(),
            );
        }
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

/// `--month`: a year and a month, as `2026-12`, `2026/12`, `2026.12` or
/// `2026年12月`, in full-width digits too (a Chinese input method's).
pub fn parse_month(value: &str) -> Result<(i16, i8), String> {
    let usage = || format!("`{value}` is not a month: write it like 2026-12 or 2026年12月");
    let plain: String = value
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(u32::from(c) - 0xFF10 + u32::from('0')).unwrap_or(c),
            '－' | '／' | '．' | '年' | '/' | '.' => '-',
            c => c,
        })
        .collect();
    let plain = plain.strip_suffix('月').unwrap_or(&plain);
    let (year, month) = plain.split_once('-').ok_or_else(usage)?;
    let digits = |part: &str, most: usize| {
        let part = part.trim();
        (!part.is_empty() && part.len() <= most && part.chars().all(|c| c.is_ascii_digit()))
            .then(|| part.parse::<i16>().ok())
            .flatten()
    };
    let (year, month) = (
        digits(year, 4).ok_or_else(usage)?,
        digits(month, 2).ok_or_else(usage)?,
    );
    if !(1..=12).contains(&month) || !(2000..=2999).contains(&year) {
        return Err(usage());
    }
    Ok((year, month as i8))
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
        /// md (Markdown), csv, json, html (for a screen), or pdf (the notice for
        /// the stairwell board).
        #[arg(long, value_enum, default_value = "md")]
        format: crate::workshop::report::Format,
        /// Write to this file instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        out: Option<PathBuf>,
        /// The notice's paper: a4 (default), a3 or letter (with --format pdf).
        #[arg(long, value_enum)]
        paper: Option<crate::export::Paper>,
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
    fn lang_both_is_only_for_printed_things() {
        let check = |args: &[&str]| Cli::try_parse_from(args).expect("parses").check();
        assert!(check(&["xiaoshi", "export", "--lang", "both"]).is_ok());
        for format in ["html", "pdf"] {
            let args = [
                "xiaoshi", "workshop", "report", "--format", format, "--lang", "both",
            ];
            assert!(check(&args).is_ok(), "{format}");
        }
        assert!(check(&["xiaoshi", "workshop", "report", "--lang", "both"]).is_err());
        assert!(check(&["xiaoshi", "status", "--lang", "both"]).is_err());
    }

    #[test]
    fn a3_is_for_the_tracker_and_the_poster() {
        let check = |args: &[&str]| Cli::try_parse_from(args).expect("parses").check();
        assert!(check(&["xiaoshi", "export", "--poster", "--paper", "a3"]).is_ok());
        assert!(check(&["xiaoshi", "export", "--tracker", "--paper", "a3"]).is_ok());
        assert!(check(&["xiaoshi", "export", "--paper", "a3"]).is_err());
        assert!(Cli::try_parse_from(["xiaoshi", "export", "--poster", "--large"]).is_err());
        assert!(Cli::try_parse_from(["xiaoshi", "export", "--month", "2026-12"]).is_err());
        assert!(Cli::try_parse_from(["xiaoshi", "export", "--start", "2026-12-01"]).is_err());
    }

    #[test]
    fn months_are_read_as_people_write_them() {
        for good in [
            "2026-12",
            " 2026/12 ",
            "2026.1",
            "2026年12月",
            "２０２６年１２月",
            "2026-01",
        ] {
            assert!(parse_month(good).is_ok(), "{good}");
        }
        assert_eq!(parse_month("2026年3月"), Ok((2026, 3)));
        for bad in [
            "", "2026", "2026-13", "2026-0", "26-12", "2026-1-1", "12-2026x", "一月", "2026--1",
            "+202-1",
        ] {
            assert!(parse_month(bad).is_err(), "{bad}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_month_text_is_read_or_refused_and_a_month_reads_back(
            text in "\\PC{0,12}",
            year in 2000i16..3000,
            month in 1i8..=12,
        ) {
            let _ = parse_month(&text);
            proptest::prop_assert_eq!(parse_month(&format!("{year}-{month:02}")), Ok((year, month)));
            proptest::prop_assert_eq!(parse_month(&format!("{year}年{month}月")), Ok((year, month)));
        }
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
