//! The command line in the user's language: `--help` of every command, the
//! usage line, and clap's usage errors.
//!
//! [`command`] is [`Cli`]'s clap command with every `about` and `help` from
//! the catalogue (`i18n::cli::HELP`). Where the language does not read
//! clap's own English words (`Options:`, `[default: …]`), they are replaced
//! too: headings, the usage label, defaults and possible values. clap's
//! usage errors are worded by [`clap_error`] from their kind and context,
//! never from clap's English text.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory};

use super::Cli;
use crate::i18n::cli as text;
use crate::i18n::{Describe, Diagnostic, Lang, fill_named};

/// The whole command line, worded in `lang`.
pub fn command(lang: Lang) -> Command {
    let version = Arg::new("version")
        .short('V')
        .long("version")
        .action(ArgAction::Version)
        .help(*text::VERSION_FLAG.get(lang));
    let mut cmd = localize(Cli::command(), "", lang)
        .disable_version_flag(true)
        .arg(heading(version, lang));
    cmd.build();
    name_help_subcommands(&mut cmd, lang);
    offer_both_where_it_works(&mut cmd, "", lang);
    cmd
}

/// The commands whose `--lang` takes `both` (Chinese with English beneath):
/// what is printed on paper. Everywhere else `both` is refused
/// ([`super::UsageError::LangBoth`]) and not offered in `--help`.
pub const PRINTS_BOTH: [&str; 2] = ["export", "workshop report"];

/// `--lang` is global, so every command has it as the root defines it, with
/// `both` hidden; the commands that print take it, and say so.
fn offer_both_where_it_works(cmd: &mut Command, path: &str, lang: Lang) {
    for sub in cmd.get_subcommands_mut() {
        let name = sub.get_name().to_string();
        let path = if path.is_empty() {
            name
        } else {
            format!("{path} {name}")
        };
        let mut taken = std::mem::take(sub);
        if PRINTS_BOTH.contains(&path.as_str()) {
            taken = taken.mut_arg("lang", |arg| {
                let values = super::lang_values(true);
                localize_arg(arg.value_parser(values), &path, lang)
            });
        }
        offer_both_where_it_works(&mut taken, &path, lang);
        *sub = taken;
    }
}

/// Whether clap's own (English) words may be shown in `lang`.
fn clap_words(lang: Lang) -> bool {
    lang.info().library_words
}

fn localize(cmd: Command, path: &str, lang: Lang) -> Command {
    let about = text::help(path, None).map(|text| *text.get(lang));
    let help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .help(*text::HELP_FLAG.get(lang));
    let mut cmd = cmd
        .about(about)
        .long_about(None)
        .mut_args(|arg| localize_arg(arg, path, lang))
        .disable_help_flag(true)
        .arg(heading(help, lang));
    if !clap_words(lang) {
        cmd = cmd
            .help_template(format!(
                "{{before-help}}{{about-with-newline}}\n{}{{usage}}\n\n{{all-args}}{{after-help}}",
                text::USAGE.get(lang)
            ))
            .subcommand_help_heading(*text::COMMANDS.get(lang))
            .subcommand_value_name(*text::COMMAND_NAME.get(lang));
    }
    cmd.mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        let path = if path.is_empty() {
            name
        } else {
            format!("{path} {name}")
        };
        localize(sub, &path, lang)
    })
}

fn localize_arg(arg: Arg, path: &str, lang: Lang) -> Arg {
    let id = arg.get_id().as_str().to_string();
    let mut help = text::help(path, Some(&id))
        .map(|text| text.get(lang).to_string())
        .unwrap_or_default();
    let mut arg = arg;
    if !clap_words(lang) && arg.get_action().takes_values() {
        // clap would add `[default: …]` and `[possible values: …]` in English.
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|value| !value.is_hide_set())
            .map(|value| value.get_name().to_string())
            .collect();
        if !values.is_empty() {
            help.push_str(&fill_named(
                text::POSSIBLE_VALUES.get(lang),
                &[("values", &lang.join(&values))],
            ));
        }
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|value| value.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty() {
            help.push_str(&fill_named(
                text::DEFAULT.get(lang),
                &[("value", &lang.join(&defaults))],
            ));
        }
        arg = arg.hide_possible_values(true).hide_default_value(true);
    }
    heading(arg.help(help), lang)
}

/// The heading an argument is listed under, where clap's English ones are
/// not read.
fn heading(arg: Arg, lang: Lang) -> Arg {
    if clap_words(lang) {
        return arg;
    }
    let heading = if arg.is_positional() {
        text::ARGUMENTS
    } else {
        text::OPTIONS
    };
    arg.help_heading(*heading.get(lang))
}

/// clap adds a `help` subcommand while building; word it too.
fn name_help_subcommands(cmd: &mut Command, lang: Lang) {
    for sub in cmd.get_subcommands_mut() {
        let taken = std::mem::take(sub);
        *sub = if taken.get_name() == "help" {
            taken
                .about(*text::HELP_SUBCOMMAND.get(lang))
                .mut_args(|arg| heading(arg.help(*text::HELP_SUBCOMMAND_ARG.get(lang)), lang))
        } else {
            let mut taken = taken;
            name_help_subcommands(&mut taken, lang);
            taken
        };
    }
}

/// A usage error of clap's, worded in `lang`: what is wrong (with a tip
/// where clap has one) and the usage line; the hint points to `--help`.
pub fn clap_error(error: &clap::Error, lang: Lang) -> Diagnostic {
    let get = |kind| match error.get(kind) {
        Some(ContextValue::String(value)) => Some(value.clone()),
        Some(ContextValue::Strings(values)) => Some(lang.join(values)),
        Some(ContextValue::StyledStr(value)) => Some(value.to_string()),
        Some(ContextValue::StyledStrs(values)) => {
            let values: Vec<String> = values.iter().map(ToString::to_string).collect();
            Some(lang.join(&values))
        }
        Some(ContextValue::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let t = |text: crate::i18n::Text| *text.get(lang);
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    let value = get(ContextKind::InvalidValue).unwrap_or_default();
    let mut hint = None;
    let mut message = match error.kind() {
        ErrorKind::ArgumentConflict => match get(ContextKind::PriorArg) {
            Some(other) if other != arg => {
                fill_named(t(text::ARG_CONFLICT), &[("arg", &arg), ("other", &other)])
            }
            _ => fill_named(t(text::ARG_TWICE), &[("arg", &arg)]),
        },
        ErrorKind::NoEquals => fill_named(t(text::NO_EQUALS), &[("arg", &arg)]),
        ErrorKind::InvalidValue if value.is_empty() => {
            fill_named(t(text::VALUE_REQUIRED), &[("arg", &arg)])
        }
        ErrorKind::InvalidValue => {
            let mut said = fill_named(t(text::INVALID_VALUE), &[("arg", &arg), ("value", &value)]);
            if let Some(values) = get(ContextKind::ValidValue) {
                said.push_str(&format!(
                    "\n  {}",
                    fill_named(t(text::VALUES), &[("values", &values)])
                ));
            }
            said
        }
        ErrorKind::InvalidSubcommand => fill_named(
            t(text::UNKNOWN_SUBCOMMAND),
            &[(
                "name",
                &get(ContextKind::InvalidSubcommand).unwrap_or_default(),
            )],
        ),
        ErrorKind::MissingRequiredArgument => fill_named(t(text::MISSING_ARGS), &[("args", &arg)]),
        ErrorKind::MissingSubcommand => {
            let mut said = fill_named(
                t(text::MISSING_SUBCOMMAND),
                &[(
                    "name",
                    &get(ContextKind::InvalidSubcommand).unwrap_or_default(),
                )],
            );
            if let Some(values) = get(ContextKind::ValidSubcommand) {
                said.push_str(&format!(
                    "\n  {}",
                    fill_named(t(text::SUBCOMMANDS), &[("values", &values)])
                ));
            }
            said
        }
        ErrorKind::InvalidUtf8 => t(text::INVALID_UTF8).to_string(),
        ErrorKind::TooManyValues => fill_named(
            t(text::TOO_MANY_VALUES),
            &[("arg", &arg), ("value", &value)],
        ),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => fill_named(
            t(text::WRONG_NUMBER_OF_VALUES),
            &[
                ("arg", &arg),
                (
                    "expected",
                    &get(ContextKind::ExpectedNumValues)
                        .or_else(|| get(ContextKind::MinValues))
                        .unwrap_or_default(),
                ),
                (
                    "actual",
                    &get(ContextKind::ActualNumValues).unwrap_or_default(),
                ),
            ],
        ),
        ErrorKind::UnknownArgument => fill_named(t(text::UNKNOWN_ARG), &[("arg", &arg)]),
        ErrorKind::ValueValidation => match value_error(error, lang) {
            // xiaoshi's own parsers say what was typed and what works.
            Some(why) => {
                hint = why.hint;
                format!("{arg}{}{}", lang.colon(), why.message)
            }
            None => fill_named(t(text::INVALID_VALUE), &[("arg", &arg), ("value", &value)]),
        },
        _ => t(text::BAD_ARGS).to_string(),
    };
    let similar = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .find_map(get);
    if let Some(name) = similar {
        let tip = fill_named(t(text::TIP_SIMILAR), &[("name", &name)]);
        message.push_str(&format!("\n\n  {tip}"));
    } else if matches!(
        error.get(ContextKind::TrailingArg),
        Some(ContextValue::Bool(true))
    ) {
        let tip = fill_named(t(text::TIP_TRAILING), &[("arg", &arg)]);
        message.push_str(&format!("\n\n  {tip}"));
    }
    if let Some(usage) = get(ContextKind::Usage) {
        message.push_str(&format!(
            "\n\n{}{}\n",
            t(text::USAGE),
            options_in(strip_usage_label(&usage), lang)
        ));
    }
    Diagnostic {
        message,
        hint: Some(hint.unwrap_or_else(|| t(text::MORE_INFO).to_string())),
    }
}

/// A value xiaoshi's own parsers refused, in words (they say what was
/// typed and show an example).
fn value_error(error: &clap::Error, lang: Lang) -> Option<Diagnostic> {
    let source = std::error::Error::source(error)?;
    if let Some(input) = source.downcast_ref::<crate::input::InputError>() {
        return Some(input.describe(lang));
    }
    if let Some(setup) = source.downcast_ref::<crate::workshop::SetupError>() {
        return Some(setup.describe(lang));
    }
    None
}

/// clap renders the usage with its English label; the line without it.
fn strip_usage_label(usage: &str) -> &str {
    let usage = usage.trim();
    usage.strip_prefix("Usage:").map_or(usage, str::trim_start)
}

/// The usage line of the command at `path` (`["export"]`), in `lang`.
/// Help as printed in `lang`: clap ends each heading with an ASCII colon
/// (`选项:`); in a language with its own colon the headings take it, as
/// `用法：` does.
pub fn help_text(help: &str, lang: Lang) -> String {
    if clap_words(lang) {
        return help.to_string();
    }
    let headings =
        [text::OPTIONS, text::ARGUMENTS, text::COMMANDS].map(|heading| *heading.get(lang));
    options_in(help, lang)
        .split_inclusive('\n')
        .map(|line| {
            let bare = line.trim_end_matches('\n');
            match bare.strip_suffix(':') {
                Some(heading) if headings.contains(&heading) => {
                    format!("{heading}{}{}", lang.colon(), &line[bare.len()..])
                }
                _ => line.to_string(),
            }
        })
        .collect()
}

pub fn usage(path: &[&str], lang: Lang) -> String {
    let mut cmd = command(lang);
    let mut name = String::from("xiaoshi");
    for part in path {
        name.push(' ');
        name.push_str(part);
        let found = cmd.find_subcommand(part).cloned();
        match found {
            Some(sub) => cmd = sub.bin_name(name.clone()),
            None => break,
        }
    }
    let usage = cmd.render_usage().to_string();
    format!(
        "{}{}",
        text::USAGE.get(lang),
        options_in(strip_usage_label(&usage), lang)
    )
}

/// clap writes `[OPTIONS]` into every usage line in English; in another
/// language it names the options in that language (`[选项]`).
fn options_in(text_in: &str, lang: Lang) -> String {
    if clap_words(lang) {
        return text_in.to_string();
    }
    text_in.replace("[OPTIONS]", &format!("[{}]", text::OPTIONS.get(lang)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and argument, by its catalogue key.
    fn keys(cmd: &Command, path: &str, out: &mut Vec<(String, Option<String>)>) {
        out.push((path.to_string(), None));
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            if !matches!(id, "help" | "version") {
                out.push((path.to_string(), Some(id.to_string())));
            }
        }
        for sub in cmd.get_subcommands() {
            let name = sub.get_name();
            let path = if path.is_empty() {
                name.to_string()
            } else {
                format!("{path} {name}")
            };
            keys(sub, &path, out);
        }
    }

    #[test]
    fn every_command_and_argument_has_help_and_every_entry_is_used() {
        let mut all = Vec::new();
        keys(&Cli::command(), "", &mut all);
        let mut used = std::collections::HashSet::new();
        for (path, arg) in &all {
            assert!(
                text::help(path, arg.as_deref()).is_some(),
                "no help for {path:?} {arg:?}"
            );
            used.insert(match arg {
                Some(id) => format!("{path}:{id}"),
                None => path.clone(),
            });
        }
        for (key, _) in text::HELP {
            // An argument's entry may serve its subcommands (`workshop:hand`);
            // `--lang` is worded again where it takes `both`.
            let both = PRINTS_BOTH
                .iter()
                .any(|path| *key == format!("{path}:lang"));
            let serves = both
                || used.contains(*key)
                || key.split_once(':').is_some_and(|(path, id)| {
                    all.iter().any(|(p, a)| {
                        a.as_deref() == Some(id)
                            && (p == path || p.starts_with(&format!("{path} ")) || path.is_empty())
                    })
                });
            assert!(serves, "the catalogue entry {key:?} is for nothing");
        }
    }

    #[test]
    fn help_is_in_the_language_asked_for() {
        let zh = command(Lang::Zh).render_help().to_string();
        assert!(zh.contains("用法："), "{zh}");
        assert!(zh.contains("每天一件邻里小事"), "{zh}");
        assert!(zh.contains("选项"), "{zh}");
        // Full-width colons after the headings, as after 用法.
        let printed = help_text(&zh, Lang::Zh);
        assert!(
            printed.contains("\n选项：\n") && printed.contains("\n命令：\n"),
            "{printed}"
        );
        assert!(
            !printed.contains("选项:") && !printed.contains("命令:"),
            "{printed}"
        );
        assert!(
            !zh.contains("Options:") && !zh.contains("Print help"),
            "{zh}"
        );
        let en = command(Lang::En).render_help().to_string();
        assert!(en.contains("Usage: xiaoshi"), "{en}");
        assert!(en.contains("Print help"), "{en}");
    }

    #[test]
    fn usage_errors_are_worded_in_the_language() {
        let error = command(Lang::Zh)
            .try_get_matches_from(["xiaoshi", "deck", "list", "--frobnicate"])
            .expect_err("unknown flag");
        let said = clap_error(&error, Lang::Zh);
        assert!(
            said.message.starts_with("不认识的参数 '--frobnicate'"),
            "{said:?}"
        );
        assert!(said.message.contains("用法：xiaoshi deck list"), "{said:?}");
        let error = command(Lang::Zh)
            .try_get_matches_from(["xiaoshi", "workshop", "deal", "--hand", "９"])
            .expect_err("out of range");
        let said = clap_error(&error, Lang::Zh);
        assert!(said.message.contains("“９” 不在 1 到 5 之间"), "{said:?}");
        assert!(said.hint.is_some_and(|hint| hint.contains("1 到 5")));
    }

    #[test]
    fn usage_lines_name_the_subcommand() {
        assert!(usage(&["export"], Lang::Zh).starts_with("用法：xiaoshi export"));
        assert!(usage(&[], Lang::En).starts_with("Usage: xiaoshi"));
    }
}
