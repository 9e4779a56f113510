//! The command line, as clap derive definitions. The same definitions feed
//! parsing, `--help`, `xiaoshi completions SHELL` and `xiaoshi man`, so they
//! never disagree.
//!
//! The words of `--help` are not here: they are in the catalogue
//! (`i18n::cli`), one entry per command and argument in every language, and
//! [`localize::command`] puts them on the definitions for the user's
//! language. Parsing itself needs no words, so a command line that parses
//! never builds them (start-up stays as fast as it was); only help, an
//! error, completions and the man page do.

pub mod localize;

use std::ffi::OsString;
use std::path::PathBuf;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::config::Config;
use crate::deck::Pile;
use crate::i18n::{self, Describe, Diagnostic, Lang};
use crate::input::{self, DateInput, InputError, InputKind};
use crate::paths::Paths;
use crate::workshop::setup::{self, HAND_SIZES, SetupError, TURN_MINUTES};

#[derive(Debug, Parser)]
#[command(name = "xiaoshi", version)]
pub struct Cli {
    #[arg(long, global = true, value_name = "FILE")]
    pub deck: Option<PathBuf>,

    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,

    #[arg(long, global = true)]
    pub no_color: bool,

    #[arg(long)]
    pub no_anim: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Draw {
        #[arg(long)]
        redraw: bool,
        #[arg(long)]
        json: bool,
    },

    Done {
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        #[arg(long)]
        yesterday: bool,
        #[arg(long, value_name = "ID", conflicts_with = "own")]
        card: Option<String>,
        #[arg(long, value_name = "TEXT")]
        own: Option<String>,
    },

    Undo {
        #[arg(long)]
        yesterday: bool,
    },

    Status {
        #[arg(long)]
        json: bool,
    },

    History {
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        #[arg(long)]
        csv: bool,
    },

    Why,

    #[command(subcommand)]
    Round(RoundCommand),

    #[command(subcommand)]
    Journal(JournalCommand),

    #[command(subcommand)]
    Deck(DeckCommand),

    Workshop(Box<WorkshopArgs>),

    Export(ExportArgs),

    Group(Box<GroupArgs>),

    Rollup(RollupArgs),

    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },

    Man,
}

/// `--lang`: a language, or `both` (cards in Chinese with English beneath).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangArg {
    One(Lang),
    Both,
}

/// Every `--lang` value: each language's code, then `both`.
const LANG_ARGS: [LangArg; Lang::COUNT + 1] = {
    let mut all = [LangArg::Both; Lang::COUNT + 1];
    let mut at = 0;
    while at < Lang::COUNT {
        all[at] = LangArg::One(Lang::ALL[at]);
        at += 1;
    }
    all
};

impl clap::ValueEnum for LangArg {
    fn value_variants<'a>() -> &'a [Self] {
        &LANG_ARGS
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            LangArg::One(lang) => PossibleValue::new(lang.code()).help(lang.name()),
            // Offered only by the commands that print (`localize`).
            LangArg::Both => PossibleValue::new("both").hide(true),
        })
    }
}

/// `--lang`'s values for `--help`: each language, and `both` where the
/// command prints it.
pub(crate) fn lang_values(both: bool) -> clap::builder::PossibleValuesParser {
    let mut values: Vec<PossibleValue> = Lang::ALL
        .iter()
        .map(|lang| PossibleValue::new(lang.code()).help(lang.name()))
        .collect();
    values.push(PossibleValue::new("both").hide(!both));
    clap::builder::PossibleValuesParser::new(values)
}

impl LangArg {
    /// The one language asked for, if one was.
    pub fn single(self) -> Option<Lang> {
        match self {
            LangArg::One(lang) => Some(lang),
            LangArg::Both => None,
        }
    }
}

/// What clap cannot check, refused as a usage error (exit 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsageError {
    /// `--lang both` on a command that prints nothing on paper.
    LangBoth,
    /// `--paper a3` for cards (A3 is for the tracker and the poster).
    A3ForCards,
    /// A PDF sheet option (`--paper`, …) with `--format svg|png`.
    SheetOnly { flag: &'static str },
    /// `--out -` with `--format svg|png`.
    FilesToStdout,
    /// `group review --anonymous` with a format other than JSON.
    AnonymousIsJson,
}

impl UsageError {
    /// The subcommand whose usage line goes with the error.
    pub fn command_path(&self) -> &'static [&'static str] {
        match self {
            UsageError::LangBoth => &[],
            UsageError::AnonymousIsJson => &["group", "review"],
            UsageError::A3ForCards | UsageError::SheetOnly { .. } | UsageError::FilesToStdout => {
                &["export"]
            }
        }
    }
}

impl Describe for UsageError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        use i18n::cli as text;
        match self {
            UsageError::LangBoth => Diagnostic::new(i18n::fill_named(
                text::LANG_BOTH.get(lang),
                &[("langs", &lang.join(&Lang::CODES))],
            )),
            UsageError::SheetOnly { flag } => Diagnostic::new(i18n::fill_named(
                text::SHEET_ONLY.get(lang),
                &[("flag", flag)],
            )),
            UsageError::FilesToStdout => Diagnostic::new(*text::FILES_TO_STDOUT.get(lang)),
            UsageError::A3ForCards => Diagnostic::new(*text::A3_FOR_CARDS.get(lang)),
            UsageError::AnonymousIsJson => Diagnostic::new(*text::ANONYMOUS_IS_JSON.get(lang)),
        }
    }
}

crate::describe_display!(UsageError);
impl std::error::Error for UsageError {}

/// The everyday subcommands that [`Cli::everyday`] reads without clap, and
/// their options: each `--name`, and whether it takes a value. The same as
/// the derive definitions above (a test compares them).
const EVERYDAY: [(&str, &[(&str, bool)]); 6] = [
    ("draw", &[("redraw", false), ("json", false)]),
    (
        "done",
        &[
            ("note", true),
            ("yesterday", false),
            ("card", true),
            ("own", true),
        ],
    ),
    ("undo", &[("yesterday", false)]),
    ("status", &[("json", false)]),
    ("history", &[("json", false), ("csv", false)]),
    ("why", &[]),
];

/// The global options, taken before or after the subcommand.
const GLOBAL: &[(&str, bool)] = &[("deck", true), ("lang", true), ("no-color", false)];

/// The options of `xiaoshi` itself that are not global: before the
/// subcommand only.
const TOP_LEVEL: &[(&str, bool)] = &[("no-anim", false)];

impl Cli {
    /// The line `xiaoshi --version` prints, when the command line asks for
    /// nothing else: answered before clap builds the command tree (about
    /// half of the instructions `--version` cost; see BENCHMARKS.md).
    /// Pinned to clap's own rendering by a test.
    pub fn version_only(args: &[OsString]) -> Option<String> {
        match args {
            [_, flag] if flag == "--version" || flag == "-V" => {
                Some(format!("xiaoshi {}\n", env!("CARGO_PKG_VERSION")))
            }
            _ => None,
        }
    }

    /// The command lines residents type every day (`status`, `done --note
    /// …`, the TUI, …), read by hand into the very [`Cli`] clap would give,
    /// or `None` for anything else (then [`Cli::parse_args`] reads it, and
    /// says help, errors and suggestions). Why: clap builds the whole
    /// command tree (workshop, group, export and all their arguments) before
    /// it reads a word: 335 k of the 934 k instructions of `xiaoshi status`
    /// on an empty journal, and about 150 KB of its 320 KB heap peak
    /// (valgrind's callgrind and dhat, release build).
    ///
    /// Only forms clap surely reads the same way are taken: `--name value`
    /// and `--name=value`, each option at most once, no value starting with
    /// `-` (clap's hyphen rules), no short flags, no `--`, no `--help`,
    /// UTF-8 only. A proptest pins every line this takes to clap's reading.
    pub fn everyday(args: &[OsString]) -> Option<Cli> {
        let mut words = args.get(1..)?.iter();
        let mut command: Option<(&str, &[(&str, bool)])> = None;
        let mut given: Vec<(&str, Option<&str>)> = Vec::new();
        while let Some(word) = words.next() {
            let word = word.to_str()?;
            let Some(long) = word.strip_prefix("--") else {
                // The subcommand: one, and an everyday one.
                if command.is_some() {
                    return None;
                }
                command = Some(*EVERYDAY.iter().find(|(name, _)| *name == word)?);
                continue;
            };
            let (name, inline) = match long.split_once('=') {
                Some((name, value)) => (name, Some(value)),
                None => (long, None),
            };
            let options = command.map_or(TOP_LEVEL, |(_, options)| options);
            let &(name, takes_value) = GLOBAL
                .iter()
                .chain(options)
                .find(|(known, _)| *known == name)?;
            let value = match (takes_value, inline) {
                (false, None) => None,
                (true, Some(value)) => Some(value),
                (true, None) => Some(words.next()?.to_str()?),
                (false, Some(_)) => return None,
            };
            if value.is_some_and(|value| value.starts_with('-'))
                || given.iter().any(|(known, _)| *known == name)
            {
                return None;
            }
            given.push((name, value));
        }
        let given = |name: &str| {
            given
                .iter()
                .find(|(known, _)| *known == name)
                .map(|(_, value)| *value)
        };
        let flag = |name| given(name).is_some();
        let text = |name| given(name).flatten().map(String::from);
        let command = match command.map(|(name, _)| name) {
            None => None,
            Some("draw") => Some(Command::Draw {
                redraw: flag("redraw"),
                json: flag("json"),
            }),
            // `--card` conflicts with `--own` (clap's `conflicts_with`).
            Some("done") if flag("card") && flag("own") => return None,
            Some("done") => Some(Command::Done {
                note: text("note"),
                yesterday: flag("yesterday"),
                card: text("card"),
                own: text("own"),
            }),
            Some("undo") => Some(Command::Undo {
                yesterday: flag("yesterday"),
            }),
            Some("status") => Some(Command::Status { json: flag("json") }),
            // `--json` conflicts with `--csv`.
            Some("history") if flag("json") && flag("csv") => return None,
            Some("history") => Some(Command::History {
                json: flag("json"),
                csv: flag("csv"),
            }),
            Some("why") => Some(Command::Why),
            Some(_) => return None,
        };
        let lang = match given("lang").flatten() {
            // clap's own matching of `--lang` values (exact case).
            Some(code) => Some(<LangArg as clap::ValueEnum>::from_str(code, false).ok()?),
            None => None,
        };
        let deck = match given("deck").flatten() {
            // clap refuses an empty path.
            Some("") => return None,
            deck => deck.map(PathBuf::from),
        };
        Some(Cli {
            deck,
            lang,
            no_color: flag("no-color"),
            no_anim: flag("no-anim"),
            command,
        })
    }

    /// Parses the command line as [`Parser::try_parse_from`] does, then
    /// leaves clap's command tree and matches to the process's exit rather
    /// than freeing them: they are hundreds of small allocations, and freeing
    /// them was about a tenth of a daily command's instructions (callgrind;
    /// see BENCHMARKS.md), for memory given back when the process ends.
    pub fn parse_args(args: &[OsString]) -> Result<Cli, clap::Error> {
        let mut command = <Cli as CommandFactory>::command();
        let parsed = match command.try_get_matches_from_mut(args) {
            Ok(mut matches) => {
                let cli = <Cli as FromArgMatches>::from_arg_matches_mut(&mut matches)
                    .map_err(|error| error.format(&mut command));
                std::mem::forget(matches);
                cli
            }
            Err(error) => Err(error),
        };
        std::mem::forget(command);
        parsed
    }

    /// Checks what clap cannot: `--lang both` only makes sense for printed
    /// things, and the sheet options only for PDF sheets.
    pub fn check(&self) -> Result<(), UsageError> {
        if let Some(Command::Export(args)) = &self.command {
            return args.check();
        }
        if let Some(Command::Group(args)) = &self.command
            && let Some(GroupCommand::Review {
                anonymous: true,
                format: Some(format),
                ..
            }) = &args.command
            && *format != ReviewFormat::Json
        {
            return Err(UsageError::AnonymousIsJson);
        }
        let prints_both = match &self.command {
            Some(Command::Workshop(args)) => match &args.command {
                Some(WorkshopCommand::Report { format, .. }) => format.takes_both_languages(),
                _ => false,
            },
            Some(Command::Group(args)) => matches!(
                &args.command,
                Some(GroupCommand::Review {
                    format: Some(ReviewFormat::Pdf),
                    anonymous: false,
                    ..
                }) | Some(GroupCommand::Sheet { .. })
            ),
            _ => false,
        };
        if self.lang == Some(LangArg::Both) && !prints_both {
            return Err(UsageError::LangBoth);
        }
        Ok(())
    }

    /// The language for messages: see [`ui_lang`].
    pub fn ui_lang(&self) -> Lang {
        ui_lang(self.lang.and_then(LangArg::single))
    }
}

/// The language to speak: `--lang` (`flag`), then `XIAOSHI_LANG`, then the
/// language saved in config.ron (the TUIs' switch key saves it), then the
/// locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), then English. The config file
/// is only read when neither of the first two decides.
pub fn ui_lang(flag: Option<Lang>) -> Lang {
    let env = |name| std::env::var(name).ok();
    let xiaoshi_lang = env("XIAOSHI_LANG");
    let decided = flag.or_else(|| xiaoshi_lang.as_deref().and_then(Lang::from_locale));
    let saved = match decided {
        Some(_) => None,
        None => Paths::from_env()
            .ok()
            .and_then(|paths| Config::saved_lang(&paths.config_file)),
    };
    let (lc_all, lc_messages, lang) = (env("LC_ALL"), env("LC_MESSAGES"), env("LANG"));
    Lang::detect(&i18n::Sources {
        flag,
        xiaoshi_lang: xiaoshi_lang.as_deref(),
        saved,
        lc_all: lc_all.as_deref(),
        lc_messages: lc_messages.as_deref(),
        lang: lang.as_deref(),
    })
}

/// `--lang` as written on a command line, read before parsing it (the
/// language of `--help` and of errors is needed to build them).
pub fn lang_flag<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Option<Lang> {
    let mut args = args
        .iter()
        .map(|arg| arg.as_ref().to_str().unwrap_or_default());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if let Some(lang) = value.and_then(Lang::from_code) {
            return Some(lang);
        }
    }
    None
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_enum, default_value = "pdf")]
    pub format: ExportFormat,

    #[arg(long, short, value_name = "PATH")]
    pub out: Option<PathBuf>,

    #[arg(long, value_enum)]
    pub paper: Option<crate::export::Paper>,

    #[arg(long)]
    pub large: bool,

    #[arg(long, value_enum, value_name = "STYLE")]
    pub back: Option<crate::export::BackStyle>,

    #[arg(long)]
    pub bleed: bool,

    #[arg(long, value_enum)]
    pub duplex: Option<crate::export::Duplex>,

    #[arg(long, value_name = "X,Y", value_parser = parse_offset, allow_hyphen_values = true)]
    pub back_offset: Option<(f32, f32)>,

    #[arg(long)]
    pub calibration: bool,

    #[arg(long, value_name = "FILE")]
    pub font: Option<PathBuf>,

    #[arg(long, conflicts_with_all = ["format", "bleed", "duplex", "back_offset", "calibration", "large", "back"])]
    pub tracker: bool,

    #[arg(long, value_name = "DATE", requires = "tracker", value_parser = input::date)]
    pub start: Option<DateInput>,

    #[arg(long, conflicts_with_all = ["format", "bleed", "duplex", "back_offset", "calibration", "large", "back", "tracker"])]
    pub poster: bool,

    #[arg(long, value_name = "YYYY-MM", value_parser = parse_month, requires = "poster")]
    pub month: Option<(i16, i8)>,
}

impl ExportArgs {
    /// What clap cannot check: the sheet options are for the PDF, and one
    /// file a card cannot go to standard output.
    fn check(&self) -> Result<(), UsageError> {
        let cards = !self.tracker && !self.poster;
        if cards && self.paper == Some(crate::export::Paper::A3) {
            return Err(UsageError::A3ForCards);
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
            return Err(UsageError::SheetOnly { flag });
        }
        if self
            .out
            .as_deref()
            .is_some_and(|out| out.as_os_str() == "-")
        {
            return Err(UsageError::FilesToStdout);
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
/// `2026年12月`, full-width digits too (see [`input::month`]).
pub fn parse_month(value: &str) -> Result<(i16, i8), InputError> {
    input::month(value)
}

/// The largest back offset, in millimetres: a larger shift is a wrong
/// setting, not a printer's tolerance.
const MAX_OFFSET: u32 = 20;

/// `--back-offset X,Y` in millimetres.
fn parse_offset(value: &str) -> Result<(f32, f32), InputError> {
    input::offset(value, MAX_OFFSET)
}

#[derive(Debug, Subcommand)]
pub enum RoundCommand {
    Start {
        #[arg(long, short)]
        yes: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum JournalCommand {
    Export {
        #[arg(long, value_enum, default_value = "json")]
        format: crate::journal::transfer::Format,
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
    },
    Import {
        file: PathBuf,
        #[arg(long)]
        mine: bool,
    },
}

/// `xiaoshi group`: the leader's group.
#[derive(Debug, Args)]
pub struct GroupArgs {
    #[arg(long, short = 'g', global = true, value_name = "NAME|DIR")]
    pub group: Option<String>,

    #[command(subcommand)]
    pub command: Option<GroupCommand>,
}

#[derive(Debug, Subcommand)]
pub enum GroupCommand {
    New {
        name: String,
        #[arg(long, value_name = "TEXT")]
        street: Option<String>,
        #[arg(long, value_name = "DATE", value_parser = input::date)]
        start: Option<DateInput>,
    },

    Add {
        #[arg(required = true, value_name = "NAMES", value_parser = parse_member_names)]
        names: Vec<Names>,
        #[arg(long, value_name = "ROOM")]
        room: Option<String>,
        #[arg(long, value_name = "DATE", value_parser = input::date)]
        joined: Option<DateInput>,
        #[arg(long)]
        poster_name: bool,
        #[arg(long)]
        poster_notes: bool,
    },

    Consent {
        member: String,
        #[arg(long, value_enum, value_name = "yes|no")]
        name: Option<YesNo>,
        #[arg(long, value_enum, value_name = "yes|no")]
        notes: Option<YesNo>,
    },

    List {
        #[arg(long)]
        json: bool,
    },

    Link {
        #[arg(required = true, value_name = "SESSION")]
        sessions: Vec<String>,
    },

    Show {
        #[arg(long)]
        json: bool,
    },

    Paste {
        file: Option<PathBuf>,
        #[arg(long, value_name = "DATE", value_parser = input::date)]
        date: Option<DateInput>,
        #[arg(long, value_name = "LINE=MEMBER", value_parser = parse_pick)]
        pick: Vec<Pick>,
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },

    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long = "as", value_name = "MEMBER")]
        as_member: Option<String>,
        #[arg(long)]
        yes: bool,
    },

    Today {
        #[arg(long)]
        json: bool,
    },

    Grid {
        #[arg(long, value_name = "DATE", value_parser = input::date)]
        from: Option<DateInput>,
    },

    Review {
        #[arg(long, value_name = "YYYY-MM", value_parser = parse_month)]
        month: Option<(i16, i8)>,
        #[arg(long, value_enum)]
        format: Option<ReviewFormat>,
        #[arg(long, short, value_name = "FILE")]
        out: Option<PathBuf>,
        #[arg(long)]
        anonymous: bool,
        #[arg(long, value_enum)]
        paper: Option<crate::export::Paper>,
    },

    Export {
        #[arg(long, value_enum, default_value = "csv")]
        format: FlatFormat,
        #[arg(long, short, value_name = "FILE")]
        out: Option<PathBuf>,
    },

    Sheet {
        #[arg(long, value_name = "DATE", value_parser = input::date)]
        start: Option<DateInput>,
        #[arg(long, short, value_name = "FILE")]
        out: Option<PathBuf>,
        #[arg(long, value_enum)]
        paper: Option<crate::export::Paper>,
    },
}

/// `--name yes|no` of `group consent`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum YesNo {
    #[value(alias = "是", alias = "y")]
    Yes,
    #[value(alias = "否", alias = "n")]
    No,
}

impl YesNo {
    pub fn yes(self) -> bool {
        self == YesNo::Yes
    }
}

/// What `group review` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReviewFormat {
    Md,
    Csv,
    Json,
    /// The notice-board poster.
    Pdf,
}

/// What `group export` writes: the flat check-ins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FlatFormat {
    Csv,
    Jsonl,
}

/// `xiaoshi rollup`.
#[derive(Debug, Args)]
pub struct RollupArgs {
    #[arg(required = true, value_name = "FILE|DIR")]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "md")]
    pub format: RollupFormat,
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RollupFormat {
    Md,
    Csv,
    Json,
}

/// `--pick 5=王阿姨`: the member meant by a paste's line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    pub line: usize,
    pub member: String,
}

/// `5=m1`, `５＝王阿姨`.
fn parse_pick(value: &str) -> Result<Pick, InputError> {
    let folded = input::fold(value);
    let bad = || InputError::new(value, InputKind::NotAPick);
    let (line, member) = folded.split_once('=').ok_or_else(bad)?;
    let line = input::number(line.trim(), 1..=100_000u32).map_err(|_| bad())? as usize;
    let member = member.trim();
    if member.is_empty() {
        return Err(bad());
    }
    Ok(Pick {
        line,
        member: member.to_string(),
    })
}

/// Members' names for `group add`: a list as people type it.
fn parse_member_names(value: &str) -> Result<Names, InputError> {
    input::names(value).map(Names)
}

#[derive(Debug, Subcommand)]
pub enum DeckCommand {
    List(ListArgs),

    Show(ShowArgs),

    Check {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct WorkshopArgs {
    #[command(subcommand)]
    pub command: Option<WorkshopCommand>,

    #[command(flatten)]
    pub setup: SetupArgs,
}

#[derive(Debug, Subcommand)]
pub enum WorkshopCommand {
    Deal {
        #[command(flatten)]
        setup: SetupArgs,
        #[arg(long)]
        json: bool,
        #[arg(long)]
        save: bool,
    },

    Resume {
        session: Option<String>,
    },

    End {
        session: String,
    },

    Reopen {
        session: String,
    },

    List {
        #[arg(long)]
        json: bool,
    },

    Pledge {
        session: String,
        name: String,
        card: String,
        #[arg(long, value_name = "DATE", value_parser = input::date)]
        by: Option<DateInput>,
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        #[arg(long, value_name = "TEXT")]
        words: Option<String>,
    },

    Report {
        session: Option<String>,
        #[arg(long, value_enum, default_value = "md")]
        format: crate::workshop::report::Format,
        #[arg(long, short, value_name = "FILE")]
        out: Option<PathBuf>,
        #[arg(long, value_enum)]
        paper: Option<crate::export::Paper>,
        #[arg(long, value_enum, value_name = "N")]
        per_page: Option<crate::workshop::pledge_cards::PerPage>,
    },

    PledgeExport {
        session: String,
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        name: Option<String>,
        #[arg(long)]
        all: bool,
        #[arg(long, value_name = "DATE", value_parser = input::date)]
        day: Option<DateInput>,
        #[arg(long, short, value_name = "PATH")]
        out: Option<PathBuf>,
    },
}

/// How a session is set up. Unset values take the defaults: three cards,
/// every suit and the jokers, five minutes, a random seed.
#[derive(Debug, Clone, Default, Args)]
pub struct SetupArgs {
    #[arg(long, value_name = "NAMES", value_parser = parse_participants)]
    pub participants: Option<Names>,

    #[arg(long, value_name = "FILE", conflicts_with = "participants")]
    pub participants_file: Option<PathBuf>,

    #[arg(long, value_name = "N", value_parser = parse_hand)]
    pub hand: Option<u8>,

    #[arg(long, value_name = "SUITS", value_parser = parse_piles)]
    pub suits: Vec<Piles>,

    #[arg(long, value_name = "N", value_parser = parse_minutes)]
    pub minutes: Option<u16>,

    #[arg(long, value_name = "N", conflicts_with = "code", value_parser = input::seed)]
    pub seed: Option<u64>,

    #[arg(
        long,
        value_name = "CODE",
        value_parser = setup::parse_code,
        conflicts_with_all = ["hand", "suits"]
    )]
    pub code: Option<setup::DealKey>,
}

/// Participant names from `--participants`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Names(pub Vec<String>);

/// `--participants`: a list as people type it (`王阿姨，李叔叔、小明`),
/// checked like any participant list.
fn parse_participants(value: &str) -> Result<Names, SetupError> {
    setup::parse_names(value).map(Names)
}

fn parse_hand(value: &str) -> Result<u8, InputError> {
    input::number(value, HAND_SIZES)
}

fn parse_minutes(value: &str) -> Result<u16, InputError> {
    input::number(value, TURN_MINUTES)
}

/// Piles named in one `--suits` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piles(pub Vec<Pile>);

/// One pile's name: `hearts`, `红桃`, `♥`, `ｈｅａｒｔｓ`.
fn parse_pile(value: &str) -> Result<Pile, InputError> {
    let folded = input::fold(value);
    <Pile as clap::ValueEnum>::from_str(folded.trim(), true)
        .map_err(|_| InputError::new(value, InputKind::NotASuit))
}

/// `--suit`: one pile's name as [`parse_pile`] reads it, with the names
/// clap lists in help and completions.
#[derive(Debug, Clone, Copy)]
struct PileParser;

impl TypedValueParser for PileParser {
    type Value = Pile;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Pile, clap::Error> {
        // clap's own parser of a function, so the error keeps its source.
        let parse: fn(&str) -> Result<Pile, InputError> = parse_pile;
        parse.parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        let values = Pile::ALL
            .into_iter()
            .filter_map(|pile| <Pile as clap::ValueEnum>::to_possible_value(&pile));
        Some(Box::new(values))
    }
}

/// `--suits hearts,clubs`, `红桃、梅花`, `♥，♣`…: a list of pile names.
fn parse_piles(value: &str) -> Result<Piles, InputError> {
    let folded = input::fold(value);
    let names = input::list(&folded);
    if names.is_empty() {
        return Err(InputError::new(value, InputKind::NotASuit));
    }
    names
        .iter()
        .map(|name| parse_pile(name))
        .collect::<Result<Vec<Pile>, InputError>>()
        .map(Piles)
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_name = "SUIT", value_parser = PileParser)]
    pub suit: Option<Pile>,

    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    pub id: String,

    #[arg(long)]
    pub json: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definitions_are_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn version_only_says_what_clap_says() {
        let clap_says = <Cli as CommandFactory>::command().render_version();
        for flag in ["--version", "-V"] {
            assert_eq!(
                Cli::version_only(&os(&["xiaoshi", flag])).as_deref(),
                Some(clap_says.as_str())
            );
        }
        for args in [
            &["xiaoshi"][..],
            &["xiaoshi", "--version", "status"],
            &["xiaoshi", "--lang", "zh", "--version"],
            &["xiaoshi", "status"],
        ] {
            assert_eq!(Cli::version_only(&os(args)), None, "{args:?}");
        }
    }

    #[test]
    fn parse_args_says_what_clap_says() {
        for args in [
            &["xiaoshi"][..],
            &["xiaoshi", "status", "--json"],
            &[
                "xiaoshi",
                "--lang",
                "zh",
                "done",
                "--note",
                "帮王阿姨拎菜",
                "--yesterday",
            ],
            &["xiaoshi", "deck", "show", "hearts-7", "--deck", "my.ron"],
        ] {
            let ours = Cli::parse_args(&os(args)).expect("parses");
            let clap = Cli::try_parse_from(args).expect("parses");
            assert_eq!(format!("{ours:?}"), format!("{clap:?}"), "{args:?}");
        }
        for args in [
            &["xiaoshi", "--version"][..],
            &["xiaoshi", "--help"],
            &["xiaoshi", "nonsense"],
            &["xiaoshi", "status", "--bogus"],
            &["xiaoshi", "done", "--note"],
        ] {
            let ours = Cli::parse_args(&os(args)).expect_err("not a run");
            let clap = Cli::try_parse_from(args).expect_err("not a run");
            assert_eq!(ours.kind(), clap.kind(), "{args:?}");
            assert_eq!(ours.to_string(), clap.to_string(), "{args:?}");
        }
    }

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    /// `xiaoshi` and the words of `line`.
    fn command_words(line: &str) -> Vec<&str> {
        let mut args = vec!["xiaoshi"];
        args.extend(line.split(' ').filter(|word| !word.is_empty()));
        args
    }

    /// What [`Cli::everyday`] says of `args`, checked against clap: a line
    /// it reads must be read by clap the same way.
    fn everyday_as_clap(args: &[&str]) -> Result<Option<String>, String> {
        let Some(ours) = Cli::everyday(&os(args)) else {
            return Ok(None);
        };
        let ours = format!("{ours:?}");
        match Cli::try_parse_from(args) {
            Ok(clap) if format!("{clap:?}") == ours => Ok(Some(ours)),
            Ok(clap) => Err(format!("{args:?}: we read {ours}, clap {clap:?}")),
            Err(error) => Err(format!("{args:?}: we read {ours}, clap refuses: {error}")),
        }
    }

    #[test]
    fn everyday_reads_the_common_lines_as_clap_does() -> Result<(), String> {
        for line in [
            "",
            "status",
            "status --json",
            "status --json --lang en",
            "--lang zh status",
            "--lang=en status --json",
            "--no-color status",
            "status --no-color --deck my.ron",
            "--deck=my.ron --lang both",
            "--no-anim",
            "--lang zh --no-anim --no-color",
            "--no-anim --lang zh draw",
            "draw",
            "draw --redraw",
            "draw --json --redraw --lang zh",
            "done",
            "done --yesterday",
            "--lang zh done --note 帮王阿姨拎菜 --yesterday",
            "done --note=帮王阿姨拎菜",
            "done --card hearts-7 --note 拎菜",
            "done --own 扫楼道 --yesterday",
            "done --note status",
            "done --note a=b --card=hearts-7",
            "undo",
            "undo --yesterday --lang=en",
            "history",
            "history --json",
            "history --csv --no-color",
            "why",
            "why --lang zh",
        ] {
            let args = command_words(line);
            assert!(
                everyday_as_clap(&args)?.is_some(),
                "everyday declines the common line {args:?}"
            );
        }
        // The forms whose reading we checked against clap's: an empty note
        // is a note (both ways of writing it).
        for args in [
            ["xiaoshi", "done", "--note", ""],
            ["xiaoshi", "done", "--note=", "--yesterday"],
        ] {
            assert!(everyday_as_clap(&args)?.is_some(), "{args:?}");
        }
        Ok(())
    }

    #[test]
    fn everyday_leaves_the_unusual_to_clap() {
        for line in [
            "-h",
            "--help",
            "-V",
            "--version",
            "help",
            "status --help",
            "status -h",
            "--",
            "status --",
            "-- status",
            "Status",
            "stat",
            "nonsense",
            "deck list",
            "status extra",
            "status status",
            "why now",
            "status --json --json",
            "--lang zh status --lang en",
            "--no-color status --no-color",
            "--deck a.ron --deck b.ron",
            "history --json --csv",
            "done --card hearts-7 --own 扫楼道",
            "done --note",
            "--lang",
            "status --deck",
            "status --json=true",
            "--no-color=false",
            "--lang=ZH",
            "--lang Zh",
            "--lang ZH status",
            "--lang= status",
            "--deck= status",
            "status --no-anim",
            "done --note -5",
            "done --note=-5",
            "done --note -",
            "--deck -",
            "status --csv",
            "undo --note x",
            "--json",
            "--redraw draw",
            "--lang-zh",
        ] {
            let args = command_words(line);
            assert!(Cli::everyday(&os(&args)).is_none(), "{args:?}");
        }
        assert!(Cli::everyday(&os(&["xiaoshi", "--deck", ""])).is_none());
        assert!(Cli::everyday(&[]).is_none());
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStringExt;
            let args = [
                OsString::from("xiaoshi"),
                OsString::from("done"),
                OsString::from("--note"),
                OsString::from_vec(b"\xff\xfe".to_vec()),
            ];
            assert!(Cli::everyday(&args).is_none());
        }
    }

    /// The options `command` defines (long name, whether it takes a value),
    /// sorted.
    fn defined(command: &clap::Command) -> Vec<(String, bool)> {
        let mut options: Vec<(String, bool)> = command
            .get_arguments()
            .map(|arg| {
                let long = arg.get_long().expect("an option, not a positional");
                (long.to_string(), arg.get_action().takes_values())
            })
            .collect();
        options.sort();
        options
    }

    fn table(options: &[(&str, bool)]) -> Vec<(String, bool)> {
        let mut options: Vec<(String, bool)> = options
            .iter()
            .map(|&(name, value)| (name.to_string(), value))
            .collect();
        options.sort();
        options
    }

    #[test]
    fn everyday_knows_the_definitions() {
        let cli = Cli::command();
        let top: Vec<_> = GLOBAL.iter().chain(TOP_LEVEL).copied().collect();
        assert_eq!(defined(&cli), table(&top));
        for arg in cli.get_arguments() {
            let long = arg.get_long().unwrap_or_default();
            let global = GLOBAL.iter().any(|(name, _)| *name == long);
            assert_eq!(arg.is_global_set(), global, "--{long}");
        }
        for (name, options) in EVERYDAY {
            let command = cli.find_subcommand(name).expect("a subcommand");
            assert_eq!(defined(command), table(options), "{name}");
        }
    }

    /// Every word [`Cli::everyday`] knows, and tricky words near them.
    const WORDS: &[&str] = &[
        "draw",
        "done",
        "undo",
        "status",
        "history",
        "why",
        "help",
        "deck",
        "list",
        "Status",
        "stat",
        "--redraw",
        "--json",
        "--note",
        "--yesterday",
        "--card",
        "--own",
        "--csv",
        "--lang",
        "--deck",
        "--no-color",
        "--no-anim",
        "--lang=zh",
        "--lang=en",
        "--lang=both",
        "--lang=qps",
        "--lang=ZH",
        "--lang=",
        "--deck=my.ron",
        "--deck=",
        "--note=帮王阿姨拎菜",
        "--note=",
        "--note=-5",
        "--card=hearts-7",
        "--own=a=b",
        "--json=true",
        "--no-color=",
        "--no-anim=true",
        "zh",
        "en",
        "both",
        "qps",
        "ZH",
        " zh",
        "",
        "帮王阿姨拎菜",
        "-5",
        "-",
        "my.ron",
        "hearts-7",
        "a=b",
        "--",
        "-h",
        "--help",
        "-V",
        "--version",
        "--no-col",
        "--Lang",
        "-j",
        "--verbose",
    ];

    /// The pieces of everyday lines, by subcommand (`""`: the TUI): its
    /// flags, and its options with a value.
    const COMMAND_PIECES: &[(&str, &[&[&str]])] = &[
        ("", &[]),
        ("draw", &[&["--redraw"], &["--json"]]),
        (
            "done",
            &[
                &["--note", "帮王阿姨拎菜"],
                &["--note", ""],
                &["--note=拎菜"],
                &["--note", "status"],
                &["--yesterday"],
                &["--card", "hearts-7"],
                &["--card=hearts-7"],
                &["--own", "扫楼道"],
                &["--own=a=b"],
            ],
        ),
        ("undo", &[&["--yesterday"]]),
        ("status", &[&["--json"]]),
        ("history", &[&["--json"], &["--csv"]]),
        ("why", &[]),
    ];

    /// The global options' pieces, taken anywhere.
    const GLOBAL_PIECES: &[&[&str]] = &[
        &["--no-color"],
        &["--lang", "zh"],
        &["--lang", "en"],
        &["--lang=both"],
        &["--lang=qps"],
        &["--deck", "my.ron"],
        &["--deck=我的.ron"],
    ];

    /// Command lines of at most 7 words: any words of [`WORDS`], or lines
    /// put together as the everyday ones are (options before the
    /// subcommand, the subcommand, its options and global ones after), with
    /// at times a word of [`WORDS`] slipped in.
    fn command_line() -> impl proptest::strategy::Strategy<Value = Vec<&'static str>> {
        use proptest::prelude::*;
        use proptest::{collection::vec, option, sample::select};
        let words = vec(select(WORDS), 0..=7);
        let mut before = GLOBAL_PIECES.to_vec();
        before.push(&["--no-anim"]);
        let shaped = select(COMMAND_PIECES)
            .prop_flat_map(move |(command, options)| {
                let after: Vec<&[&str]> = options.iter().chain(GLOBAL_PIECES).copied().collect();
                (
                    vec(select(before.clone()), 0..=2),
                    Just(command),
                    vec(select(after), 0..=3),
                    option::of((0..8usize, select(WORDS))),
                )
            })
            .prop_map(|(before, command, after, slipped)| {
                let mut line: Vec<&str> = before.concat();
                line.extend([command].into_iter().filter(|word| !word.is_empty()));
                line.extend(after.concat());
                if let Some((at, word)) = slipped {
                    line.insert(at.min(line.len()), word);
                }
                line.truncate(7);
                line
            });
        prop_oneof![words, shaped].prop_map(|line| {
            let mut args = vec!["xiaoshi"];
            args.extend(line);
            args
        })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]
        #[test]
        fn everyday_reads_only_what_clap_reads_the_same(args in command_line()) {
            if let Err(differs) = everyday_as_clap(&args) {
                proptest::prop_assert!(false, "{}", differs);
            }
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
        assert_eq!(
            check(&["xiaoshi", "workshop", "report", "--lang", "both"]),
            Err(UsageError::LangBoth)
        );
        assert_eq!(
            check(&["xiaoshi", "status", "--lang", "both"]),
            Err(UsageError::LangBoth)
        );
    }

    #[test]
    fn a3_is_for_the_tracker_and_the_poster() {
        let check = |args: &[&str]| Cli::try_parse_from(args).expect("parses").check();
        assert!(check(&["xiaoshi", "export", "--poster", "--paper", "a3"]).is_ok());
        assert!(check(&["xiaoshi", "export", "--tracker", "--paper", "a3"]).is_ok());
        assert_eq!(
            check(&["xiaoshi", "export", "--paper", "a3"]),
            Err(UsageError::A3ForCards)
        );
        assert!(Cli::try_parse_from(["xiaoshi", "export", "--poster", "--large"]).is_err());
        assert!(Cli::try_parse_from(["xiaoshi", "export", "--month", "2026-12"]).is_err());
        assert!(Cli::try_parse_from(["xiaoshi", "export", "--start", "2026-12-01"]).is_err());
        let start = Cli::try_parse_from([
            "xiaoshi",
            "export",
            "--tracker",
            "--start",
            "２０２６年１２月１日",
        ]);
        assert!(start.is_ok(), "a start date as people write it");
    }

    #[test]
    fn every_language_is_a_lang_value() {
        for lang in Lang::ALL {
            let cli = Cli::try_parse_from(["xiaoshi", "--lang", lang.code()]).expect("parses");
            assert_eq!(cli.lang, Some(LangArg::One(lang)));
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
        assert_eq!(cli.lang, Some(LangArg::One(Lang::Zh)));
        match cli.command {
            Some(Command::Deck(DeckCommand::List(args))) => {
                assert_eq!(args.suit, Some(Pile::Hearts));
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn values_are_read_as_people_type_them() {
        let cli = Cli::try_parse_from([
            "xiaoshi",
            "workshop",
            "deal",
            "--participants",
            "王阿姨，李叔叔、小明",
            "--hand",
            "３",
            "--minutes",
            "１０",
            "--suits",
            "红桃，梅花",
            "--suits",
            "joker",
            "--seed",
            "４２",
        ])
        .expect("parses");
        let Some(Command::Workshop(args)) = cli.command else {
            panic!("workshop");
        };
        let Some(WorkshopCommand::Deal { setup, .. }) = &args.command else {
            panic!("deal");
        };
        assert_eq!(
            setup.participants,
            Some(Names(vec!["王阿姨".into(), "李叔叔".into(), "小明".into()]))
        );
        assert_eq!(
            (setup.hand, setup.minutes, setup.seed),
            (Some(3), Some(10), Some(42))
        );
        assert_eq!(
            setup.suits,
            [
                Piles(vec![Pile::Hearts, Pile::Clubs]),
                Piles(vec![Pile::Joker])
            ]
        );
        let pledge = Cli::try_parse_from([
            "xiaoshi",
            "workshop",
            "pledge",
            "s",
            "n",
            "c",
            "--by",
            "2026年12月20日",
        ])
        .expect("parses");
        let Some(Command::Workshop(args)) = pledge.command else {
            panic!("workshop");
        };
        let Some(WorkshopCommand::Pledge { by, .. }) = args.command else {
            panic!("pledge");
        };
        assert_eq!(by.map(|by| by.to_string()), Some("2026-12-20".into()));
    }

    #[test]
    fn the_lang_flag_is_found_before_parsing() {
        assert_eq!(
            lang_flag(&["xiaoshi", "--lang", "zh", "--help"]),
            Some(Lang::Zh)
        );
        assert_eq!(lang_flag(&["xiaoshi", "deck", "--lang=en"]), Some(Lang::En));
        assert_eq!(lang_flag(&["xiaoshi", "--lang", "both"]), None);
        assert_eq!(lang_flag(&["xiaoshi", "--", "--lang", "zh"]), None);
        assert_eq!(lang_flag(&["xiaoshi", "--language", "zh"]), None);
    }
}
