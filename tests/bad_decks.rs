//! Every broken deck gets exit 1, a message that says where (line and column,
//! or the card id) and what is wrong, fits on a screen, and never a panic.

mod common;

use std::path::Path;

use common::{home, repo_file, run, xiaoshi};

/// Each file under tests/data/bad-decks/ and what its message must contain.
const CORPUS: &[(&str, &[&str])] = &[
    ("bad-rank.ron", &[":7: card `hearts-z`", "rank \"Z\""]),
    (
        "control-character.ron",
        &[":7: card `hearts-7`", "control character"],
    ),
    (
        "duplicate-id.ron",
        &[":23: card `hearts-7`", "used by an earlier card"],
    ),
    (
        "empty-text.ron",
        &[":7: card `hearts-7`", "title.en: the text is empty"],
    ),
    ("empty.ron", &["empty.ron is empty"]),
    (
        "fourteen-hearts.ron",
        &[":111: card `hearts-14`", "rank \"14\""],
    ),
    ("id-mismatch.ron", &["card `hearts-8`", "`hearts-7`"]),
    (
        "invalid-utf8.ron",
        &["invalid-utf8.ron:10:24:", "not UTF-8"],
    ),
    ("joker-with-rank.ron", &["card `joker-red`", "no rank"]),
    ("minutes-zero.ron", &["card `hearts-7`", "minutes is 0"]),
    (
        "missing-field.ron",
        &["missing-field.ron:12:5:", "missing the field `action`"],
    ),
    (
        "missing-suit.ron",
        &["whole diamonds suit", "complete: false"],
    ),
    ("newer-format.ron", &["format 2", "update xiaoshi"]),
    ("no-cards.ron", &["no cards"]),
    (
        "over-long-text.ron",
        &["card `hearts-7`", "action.zh", "limit is 120"],
    ),
    (
        "syntax-missing-comma.ron",
        &["syntax-missing-comma.ron:9:9:", "comma"],
    ),
    (
        "syntax-unclosed-bracket.ron",
        &["syntax-unclosed-bracket.ron:14:7:", "ends too early"],
    ),
    (
        "syntax-unclosed-string.ron",
        &["syntax-unclosed-string.ron:11:"],
    ),
    ("three-jokers.ron", &["3 jokers"]),
    ("top-level-list.ron", &["top-level-list.ron:1:1:"]),
    (
        "unknown-field.ron",
        &["unknown-field.ron:13:9:", "unknown field `colour`"],
    ),
    ("unknown-suit.ron", &["unknown-suit.ron:8:15:", "`Stars`"]),
    ("whitespace-only.ron", &["is empty"]),
    (
        "wrong-type-minutes.ron",
        &["wrong-type-minutes.ron:12:17:", "whole number"],
    ),
    (
        "wrong-type-negative-minutes.ron",
        &["wrong-type-negative-minutes.ron:12:19:"],
    ),
    (
        "wrong-type-title.ron",
        &["wrong-type-title.ron:10:16:", "in every language"],
    ),
];

/// Asserts the failure contract for one bad deck, through both `deck check`
/// and `--deck` on an ordinary command.
fn assert_rejected(deck: &Path, expected: &[&str]) {
    let home = home();
    for args in [vec!["deck", "check"], vec!["deck", "list", "--deck"]] {
        let (code, stdout, stderr) = run(xiaoshi(home.path()).args(&args).arg(deck));
        let shown = format!("{args:?} {}:\n{stderr}", deck.display());
        assert_eq!(code, 1, "{shown}");
        assert!(stdout.is_empty(), "{shown}");
        assert!(!stderr.contains("panicked"), "{shown}");
        for needle in expected {
            assert!(stderr.contains(needle), "missing {needle:?} in {shown}");
        }
        assert!(
            stderr.lines().count() <= 24,
            "longer than a screen: {shown}"
        );
    }
}

#[test]
fn every_bad_deck_in_the_corpus_is_rejected_clearly() {
    let dir = repo_file("tests/data/bad-decks");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    on_disk.sort();
    let listed: Vec<String> = CORPUS.iter().map(|(name, _)| name.to_string()).collect();
    assert_eq!(
        on_disk, listed,
        "every corpus file has an expectation, and no more"
    );
    assert!(CORPUS.len() >= 15);
    for (name, expected) in CORPUS {
        assert_rejected(&dir.join(name), expected);
    }
}

#[test]
fn a_missing_file_and_a_folder_are_named() {
    let home = home();
    assert_rejected(&home.path().join("nope.ron"), &["nope.ron", "no such file"]);
    assert_rejected(home.path(), &["is a folder"]);
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let home = home();
    let deck = home.path().join("nested.ron");
    let mut text =
        String::from("(name: (zh: \"深\", en: \"Deep\"), cards: [(id: \"hearts-a\", tip: ");
    text.push_str(&"(".repeat(200_000));
    std::fs::write(&deck, &text).expect("write");
    assert_rejected(&deck, &["nested.ron:1:"]);
    std::fs::write(&deck, "(".repeat(200_000)).expect("write");
    assert_rejected(&deck, &["nested.ron:1:"]);
}

#[test]
fn a_ten_megabyte_file_is_refused_before_reading() {
    let home = home();
    let deck = home.path().join("huge.ron");
    let card = std::fs::read_to_string(repo_file("decks/shequ-xiaoshi.ron")).expect("deck");
    let mut text = String::new();
    while text.len() < 10 * 1024 * 1024 {
        text.push_str(&card);
    }
    std::fs::write(&deck, &text).expect("write");
    assert_rejected(&deck, &["huge.ron is", "at most 2097152 bytes"]);
}

#[test]
fn many_problems_fit_on_a_screen_except_in_deck_check() {
    let home = home();
    let deck = home.path().join("many.ron");
    let cards: String = (0..40)
        .map(|i| {
            format!(
                "(id: \"hearts-{i}\", suit: Hearts, rank: \"{i}x\", title: (zh: \"\", en: \"t\"), \
                 action: (zh: \"a\", en: \"a\"), minutes: 5),\n"
            )
        })
        .collect();
    std::fs::write(
        &deck,
        format!("(name: (zh: \"多\", en: \"Many\"), complete: false, cards: [\n{cards}])"),
    )
    .expect("write");
    let (code, _, stderr) = run(xiaoshi(home.path())
        .args(["deck", "list", "--deck"])
        .arg(&deck));
    assert_eq!(code, 1);
    assert!(stderr.lines().count() <= 24, "{stderr}");
    assert!(stderr.contains("more: `xiaoshi deck check"), "{stderr}");
    let (code, _, stderr) = run(xiaoshi(home.path()).args(["deck", "check"]).arg(&deck));
    assert_eq!(code, 1);
    assert_eq!(
        stderr.matches("hint:").count(),
        80,
        "two problems per card, all listed"
    );
    assert!(
        stderr.ends_with("is not a valid deck: 80 problems\n"),
        "{stderr}"
    );
}
