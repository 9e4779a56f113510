//! `xiaoshi export` through the real binary: the PDF is opened with lopdf and
//! its pages, sizes, fonts and text are checked; SVG folders, the tracker,
//! and every kind of bad input (exit codes, messages, nothing half-written).

mod common;

use std::path::Path;

use common::{home, repo_file, run, xiaoshi};
use lopdf::{Document, Object};

/// Points per millimetre.
const PT: f32 = 72.0 / 25.4;

fn open(path: &Path) -> Document {
    Document::load(path).expect("a PDF lopdf can read")
}

/// Every page's MediaBox as (width, height) in points.
fn page_sizes(doc: &Document) -> Vec<(f32, f32)> {
    doc.get_pages()
        .values()
        .map(|&id| {
            let page = doc.get_dictionary(id).expect("page");
            let media = page
                .get(b"MediaBox")
                .expect("MediaBox")
                .as_array()
                .expect("array");
            let n: Vec<f32> = media
                .iter()
                .map(|v| v.as_float().expect("number"))
                .collect();
            (n[2] - n[0], n[3] - n[1])
        })
        .collect()
}

/// The text of page `n` (1-based), as a PDF reader finds it: poppler's
/// pdftotext (lopdf 0.38 cannot parse the ToUnicode maps krilla writes,
/// which every reader tried reads). `.ci/run` installs poppler-utils; on a
/// machine without it the text checks are skipped (`None`), as the tmux
/// tests are without tmux, and everything else is still checked. In CI a
/// missing pdftotext fails.
fn page_text(pdf: &Path, n: u32) -> Option<String> {
    let page = n.to_string();
    let output = match std::process::Command::new("pdftotext")
        .args(["-f", &page, "-l", &page, "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
    {
        Ok(output) => output,
        Err(error) if std::env::var_os("CI").is_some() => panic!("CI needs pdftotext: {error}"),
        Err(_) => {
            eprintln!("skipped: the PDF's text (no pdftotext: apt-get install poppler-utils)");
            return None;
        }
    };
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    Some(String::from_utf8(output.stdout).expect("UTF-8 text"))
}

/// The names of the embedded fonts, with whether each carries its file.
fn fonts(doc: &Document) -> Vec<(String, bool)> {
    let mut fonts = Vec::new();
    for object in doc.objects.values() {
        if let Object::Dictionary(dict) = object {
            let is_descriptor = dict.get(b"Type").ok().and_then(|t| t.as_name().ok())
                == Some(b"FontDescriptor".as_slice());
            if is_descriptor {
                let name = dict
                    .get(b"FontName")
                    .and_then(Object::as_name)
                    .map(|n| String::from_utf8_lossy(n).into_owned());
                let embedded =
                    dict.has(b"FontFile3") || dict.has(b"FontFile2") || dict.has(b"FontFile");
                fonts.push((name.unwrap_or_default(), embedded));
            }
        }
    }
    fonts.sort();
    fonts
}

#[test]
fn the_default_deck_makes_six_fronts_and_six_backs_a4_pages_under_a_megabyte() {
    let home = home();
    let out = home.path().join("deck.pdf");
    let (code, _, stderr) = run(xiaoshi(home.path()).args(["export", "--out"]).arg(&out));
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("12 pages"), "{stderr}");
    let size = std::fs::metadata(&out).expect("written").len();
    assert!(size < 1024 * 1024, "{size} bytes");

    let doc = open(&out);
    let sizes = page_sizes(&doc);
    assert_eq!(sizes.len(), 12);
    for (w, h) in sizes {
        assert!(
            (w - 210.0 * PT).abs() < 0.5 && (h - 297.0 * PT).abs() < 0.5,
            "{w}×{h}"
        );
    }
    // Fronts and backs alternate; the fronts carry the cards' own words.
    if let (Some(first), Some(back), Some(last_front)) =
        (page_text(&out, 1), page_text(&out, 2), page_text(&out, 11))
    {
        for expected in [
            "先开口打招呼",
            "Say hello first",
            "邻里破冰",
            "hearts-a",
            "100%",
        ] {
            assert!(first.contains(expected), "{expected} on page 1: {first}");
        }
        assert!(back.contains("社区小事") && back.contains("v1.0"), "{back}");
        assert!(!back.contains("先开口打招呼"));
        assert!(
            last_front.contains("爱邻日特别小事") && last_front.contains("joker-black"),
            "{last_front}"
        );
    }

    // The font is embedded, as a subset (a six-letter tag before its name).
    let embedded = fonts(&doc);
    assert!(!embedded.is_empty());
    for (name, has_file) in embedded {
        assert!(has_file, "{name} not embedded");
        assert_eq!(
            name.as_bytes().get(6),
            Some(&b'+'),
            "{name} is not a subset"
        );
        assert!(name.contains("NotoSansCJKsc"), "{name}");
    }
}

#[test]
fn letter_paper_short_edge_and_calibration_sheet() {
    let home = home();
    let out = home.path().join("letter.pdf");
    let (code, _, stderr) = run(xiaoshi(home.path())
        .args([
            "export",
            "--paper",
            "letter",
            "--duplex",
            "short",
            "--calibration",
            "--back-offset",
            "1.5,-0.5",
            "-o",
        ])
        .arg(&out));
    assert_eq!(code, 0, "{stderr}");
    let doc = open(&out);
    let sizes = page_sizes(&doc);
    assert_eq!(sizes.len(), 14, "the test sheet's two sides, then 12");
    for (w, h) in sizes {
        assert!(
            (w - 612.0).abs() < 0.5 && (h - 792.0).abs() < 0.5,
            "{w}×{h}"
        );
    }
    if let (Some(calibration), Some(backs)) = (page_text(&out, 1), page_text(&out, 4)) {
        assert!(
            calibration.contains("--back-offset") && calibration.contains("100 mm"),
            "{calibration}"
        );
        assert!(
            backs.contains("short edge"),
            "backs say how to flip: {backs}"
        );
    }
}

#[test]
fn one_language_and_bleed() {
    let home = home();
    for (lang, present, absent) in [
        ("zh", "先开口打招呼", "Say hello first"),
        ("en", "Say hello first", "先开口打招呼"),
    ] {
        let out = home.path().join(format!("{lang}.pdf"));
        let (code, _, stderr) = run(xiaoshi(home.path())
            .args(["export", "--bleed", "--lang", lang, "-o"])
            .arg(&out));
        assert_eq!(code, 0, "{stderr}");
        if let Some(text) = page_text(&out, 1) {
            assert!(
                text.contains(present) && !text.contains(absent),
                "{lang}: {text}"
            );
        }
    }
}

#[test]
fn letter_has_no_room_for_bleed_and_says_what_to_do() {
    let home = home();
    let out = home.path().join("no.pdf");
    let (code, _, stderr) = run(xiaoshi(home.path())
        .args(["export", "--paper", "letter", "--bleed", "-o"])
        .arg(&out));
    assert_eq!(code, 1);
    assert!(
        stderr.contains("Letter") && stderr.contains("--paper a4"),
        "{stderr}"
    );
    assert!(!out.exists(), "nothing written");
}

#[test]
fn the_pdf_goes_to_standard_output_with_out_dash() {
    let home = home();
    let output = xiaoshi(home.path())
        .args(["export", "--out", "-"])
        .output()
        .expect("runs");
    assert!(output.status.success());
    assert!(output.stdout.starts_with(b"%PDF-"));
    let doc = Document::load_mem(&output.stdout).expect("a PDF");
    assert_eq!(doc.get_pages().len(), 12);
    assert!(!String::from_utf8_lossy(&output.stderr).contains("Wrote"));
}

#[test]
fn the_same_export_twice_gives_the_same_bytes() {
    let home = home();
    let first = xiaoshi(home.path())
        .args(["export", "-o", "-"])
        .output()
        .expect("runs")
        .stdout;
    let second = xiaoshi(home.path())
        .args(["export", "-o", "-"])
        .output()
        .expect("runs")
        .stdout;
    assert!(first == second, "exports differ");
}

#[test]
fn default_file_names_follow_the_deck() {
    let home = home();
    let deck = home.path().join("my-deck.ron");
    std::fs::copy(repo_file("decks/shequ-xiaoshi.ron"), &deck).expect("copy");
    let (code, _, stderr) = run(xiaoshi(home.path())
        .current_dir(home.path())
        .arg("export")
        .arg("--deck")
        .arg(&deck));
    assert_eq!(code, 0, "{stderr}");
    assert!(home.path().join("my-deck-print.pdf").exists(), "{stderr}");
    let (code, _, stderr) = run(xiaoshi(home.path())
        .current_dir(home.path())
        .args(["export", "--tracker"]));
    assert_eq!(code, 0, "{stderr}");
    assert!(
        home.path().join("shequ-xiaoshi-tracker.pdf").exists(),
        "{stderr}"
    );
}

#[test]
fn svg_writes_a_file_a_card_and_the_back() {
    let home = home();
    let dir = home.path().join("svg");
    let (code, _, stderr) = run(xiaoshi(home.path())
        .args(["export", "--format", "svg", "--bleed", "--out"])
        .arg(&dir));
    assert_eq!(code, 0, "{stderr}");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 55, "{names:?}");
    assert!(
        names.contains(&"back.svg".to_string()) && names.contains(&"joker-red.svg".to_string())
    );
    let card = std::fs::read_to_string(dir.join("hearts-a.svg")).expect("svg");
    assert!(
        card.contains(r#"width="69.00mm" height="94.00mm""#),
        "3 mm bleed each side"
    );
    assert!(card.contains(">先开口打招呼</text>") && card.contains(">Say hello first</text>"));
    let back = std::fs::read_to_string(dir.join("back.svg")).expect("svg");
    assert!(back.contains("<pattern") && back.contains(">社区小事</text>"));
}

#[test]
fn the_tracker_is_one_page_with_twenty_one_days() {
    let home = home();
    let out = home.path().join("tracker.pdf");
    let (code, _, stderr) = run(xiaoshi(home.path())
        .args(["export", "--tracker", "-o"])
        .arg(&out));
    assert_eq!(code, 0, "{stderr}");
    let doc = open(&out);
    assert_eq!(page_sizes(&doc).len(), 1);
    if let Some(text) = page_text(&out, 1) {
        for day in ["第 1 天", "Day 21", "21天打卡", "xiaoshi journal import"] {
            assert!(text.contains(day), "{day}: {text}");
        }
    }
}

#[test]
fn a_character_the_font_lacks_fails_the_export_naming_the_card() {
    let home = home();
    // 𠀀 (U+20000, CJK Extension B) is not in GB 2312, so not in the built-in subset.
    let source = std::fs::read_to_string(repo_file("decks/shequ-xiaoshi.ron")).expect("deck");
    let edited = source.replacen("先开口打招呼", "先开口打招呼𠀀", 1);
    assert_ne!(source, edited);
    let deck = home.path().join("rare.ron");
    std::fs::write(&deck, edited).expect("write");
    let out = home.path().join("rare.pdf");
    let (code, _, stderr) = run(xiaoshi(home.path())
        .arg("export")
        .arg("--deck")
        .arg(&deck)
        .arg("-o")
        .arg(&out));
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("hearts-a: 𠀀 (U+20000)"), "{stderr}");
    assert!(stderr.contains("--font"), "{stderr}");
    assert!(!out.exists(), "no tofu printed");
}

#[test]
fn bad_fonts_and_options_are_refused() {
    let home = home();
    let not_a_font = home.path().join("font.ttf");
    std::fs::write(&not_a_font, b"not a font").expect("write");
    let (code, _, stderr) = run(xiaoshi(home.path())
        .args(["export", "-o", "-", "--font"])
        .arg(&not_a_font));
    assert_eq!(code, 1);
    assert!(
        stderr.contains("font.ttf") && stderr.contains("not a font"),
        "{stderr}"
    );

    let (code, _, stderr) =
        run(xiaoshi(home.path()).args(["export", "--font", "/no/such/font.otf"]));
    assert_eq!(code, 1);
    assert!(stderr.contains("/no/such/font.otf"), "{stderr}");

    for args in [
        &["export", "--paper", "a5"][..],
        &["export", "--duplex", "sideways"],
        &["export", "--back-offset", "1"],
        &["export", "--back-offset", "30,0"],
        &["export", "--format", "gif"],
        &["export", "--tracker", "--bleed"],
        &["status", "--lang", "both"],
    ] {
        let (code, _, stderr) = run(xiaoshi(home.path()).args(args));
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(!stderr.is_empty());
    }
}

#[test]
fn a_custom_font_is_used_for_every_card() {
    // Any font file will do that has the deck's characters: the built-in one.
    let home = home();
    let font = repo_file("assets/fonts/NotoSansSC-Regular-subset.otf");
    let out = home.path().join("custom.pdf");
    let (code, _, stderr) = run(xiaoshi(home.path())
        .args(["export", "-o"])
        .arg(&out)
        .arg("--font")
        .arg(&font));
    assert_eq!(code, 0, "{stderr}");
    let names: Vec<String> = fonts(&open(&out))
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    assert!(
        names.iter().all(|n| n.ends_with("NotoSansCJKsc-Regular")),
        "{names:?}"
    );
}

#[test]
fn a_paper_round_typed_in_as_the_readme_shows_is_imported() {
    let home = home();
    let csv = home.path().join("paper.csv");
    std::fs::write(
        &csv,
        "id,day,at,kind,card,backfill,note,seed\n\
         paper-1-card,2026-12-01,2026-12-01T12:00:00Z,drawn,hearts-7,,,\n\
         paper-1-done,2026-12-01,2026-12-01T12:00:00Z,checked_in,,,,\n\
         paper-1-note,2026-12-01,2026-12-01T12:00:00Z,note_set,,,帮王阿姨收了快递,\n\
         paper-2-card,2026-12-02,2026-12-02T12:00:00Z,drawn,clubs-3,,,\n\
         paper-2-done,2026-12-02,2026-12-02T12:00:00Z,checked_in,,,,\n",
    )
    .expect("write");
    let now = ("XIAOSHI_NOW", "2026-12-02T20:00:00+08:00");
    let (code, _, stderr) = run(xiaoshi(home.path())
        .env(now.0, now.1)
        .args(["journal", "import"])
        .arg(&csv));
    assert_eq!(code, 0, "{stderr}");
    let (code, stdout, stderr) = run(xiaoshi(home.path())
        .env(now.0, now.1)
        .env("TZ", "Asia/Shanghai")
        .args(["history", "--json"]));
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("hearts-7")
            && stdout.contains("帮王阿姨收了快递")
            && stdout.contains("clubs-3"),
        "{stdout}"
    );
}

#[test]
fn png_writes_each_card_at_300_dpi() {
    let home = home();
    let dir = home.path().join("png");
    let (code, _, stderr) = run(xiaoshi(home.path())
        .args(["export", "--format", "png", "--lang", "zh", "-o"])
        .arg(&dir));
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("55 个 PNG"),
        "messages follow --lang too: {stderr}"
    );
    for name in ["hearts-a.png", "joker-black.png", "back.png"] {
        let bytes = std::fs::read(dir.join(name)).expect(name);
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{name}");
        let width = u32::from_be_bytes(bytes[16..20].try_into().expect("4 bytes"));
        let height = u32::from_be_bytes(bytes[20..24].try_into().expect("4 bytes"));
        // 63 × 88 mm at 300 dots an inch.
        assert_eq!((width, height), (744, 1039), "{name}");
    }
}

#[test]
fn exported_files_are_readable_by_others_like_any_saved_file() {
    use std::os::unix::fs::PermissionsExt;
    let home = home();
    let out = home.path().join("shared.pdf");
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "umask 022 && exec '{}' export -o '{}'",
            common::binary().display(),
            out.display()
        ))
        .env("XIAOSHI_HOME", home.path())
        .status()
        .expect("runs");
    assert!(status.success());
    let mode = std::fs::metadata(&out)
        .expect("written")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o644);
}

#[test]
fn out_respects_links_devices_and_folders() {
    let home = home();
    // A link keeps pointing where it did; its target gets the PDF.
    let target = home.path().join("target.pdf");
    let link = home.path().join("link.pdf");
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    let (code, _, stderr) = run(xiaoshi(home.path()).args(["export", "-o"]).arg(&link));
    assert_eq!(code, 0, "{stderr}");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read(&target)
            .expect("target")
            .starts_with(b"%PDF-")
    );
    // A device is written into, not replaced.
    let output = xiaoshi(home.path())
        .args(["export", "-o", "/dev/stdout"])
        .output()
        .expect("runs");
    assert!(output.status.success() && output.stdout.starts_with(b"%PDF-"));
    // A folder is refused, and left alone.
    let (code, _, stderr) = run(xiaoshi(home.path()).args(["export", "-o"]).arg(home.path()));
    assert_eq!(code, 1);
    assert!(stderr.contains("is a folder"), "{stderr}");
}

#[test]
fn the_printer_hint_follows_the_duplex_setting() {
    let home = home();
    for (duplex, says) in [
        ("long", "long edge"),
        ("short", "short edge"),
        ("none", "single-sided"),
    ] {
        let (code, _, stderr) =
            run(xiaoshi(home.path()).args(["export", "-o", "-", "--duplex", duplex]));
        assert_eq!(code, 0, "{stderr}");
        assert!(stderr.contains(says), "{duplex}: {stderr}");
    }
}

#[test]
fn sheet_options_with_svg_and_offsets_off_the_paper_are_refused() {
    let home = home();
    for args in [
        &["export", "--format", "svg", "--paper", "letter"][..],
        &["export", "--format", "png", "--calibration"],
        &["export", "--format", "svg", "-o", "-"],
    ] {
        let (code, _, stderr) = run(xiaoshi(home.path()).args(args));
        assert_eq!(code, 2, "{args:?}: {stderr}");
    }
    let (code, _, stderr) =
        run(xiaoshi(home.path()).args(["export", "-o", "-", "--back-offset", "12,0"]));
    assert_eq!(code, 1);
    assert!(
        stderr.contains("off the paper") && stderr.contains("10.5 mm"),
        "{stderr}"
    );
}

#[test]
fn a_damaged_font_is_refused_rather_than_printing_blank_cards() {
    let home = home();
    let whole =
        std::fs::read(repo_file("assets/fonts/NotoSansSC-Regular-subset.otf")).expect("font");
    let damaged = home.path().join("damaged.otf");
    std::fs::write(&damaged, &whole[..100_000]).expect("write");
    let out = home.path().join("blank.pdf");
    let (code, _, stderr) = run(xiaoshi(home.path())
        .args(["export", "-o"])
        .arg(&out)
        .arg("--font")
        .arg(&damaged));
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("damaged.otf") && stderr.contains("no glyph"),
        "{stderr}"
    );
    assert!(stderr.lines().count() < 15, "the list is capped: {stderr}");
    assert!(!out.exists());
}

#[test]
fn out_dev_stdout_appends_to_a_redirected_log_instead_of_replacing_it() {
    let home = home();
    let log = home.path().join("log.txt");
    std::fs::write(&log, "LOG\n").expect("write");
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "exec '{}' export -o /dev/stdout >> '{}' 2>&1",
            common::binary().display(),
            log.display()
        ))
        .env("XIAOSHI_HOME", home.path())
        .status()
        .expect("runs");
    assert!(status.success());
    let bytes = std::fs::read(&log).expect("log");
    assert!(
        bytes.starts_with(b"LOG\n%PDF-"),
        "the log's first line is kept"
    );
}
