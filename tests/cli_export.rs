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
/// developer's machine without it the text checks are skipped (`None`) with
/// a visible note and everything else is still checked; in CI a missing
/// pdftotext fails (`common::tools`).
fn page_text(pdf: &Path, n: u32) -> Option<String> {
    common::tools::pdf_text(pdf, Some(n), "the PDF's text")
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
            last_front.contains("爱邻日小事") && last_front.contains("joker-black"),
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

// ---- Paper for the stairwell (issue 14) ----

/// A PDF rectangle as [x1, y1, x2, y2].
fn rect(dict: &lopdf::Dictionary, key: &[u8]) -> Option<[f32; 4]> {
    let array = dict.get(key).ok()?.as_array().ok()?;
    let n: Vec<f32> = array.iter().filter_map(|v| v.as_float().ok()).collect();
    n.try_into().ok()
}

/// A page's MediaBox, TrimBox and BleedBox.
type Boxes = ([f32; 4], Option<[f32; 4]>, Option<[f32; 4]>);

/// Every page's boxes.
fn boxes(doc: &Document) -> Vec<Boxes> {
    doc.get_pages()
        .values()
        .map(|&id| {
            let page = doc.get_dictionary(id).expect("page");
            let media = rect(page, b"MediaBox").expect("MediaBox");
            (media, rect(page, b"TrimBox"), rect(page, b"BleedBox"))
        })
        .collect()
}

/// The catalog's /ViewerPreferences as (PrintScaling, Duplex).
fn viewer_preferences(doc: &Document) -> (String, String) {
    let prefs = doc
        .catalog()
        .expect("catalog")
        .get(b"ViewerPreferences")
        .and_then(Object::as_dict)
        .expect("viewer preferences");
    let name = |key: &[u8]| {
        prefs
            .get(key)
            .and_then(Object::as_name)
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_default()
    };
    (name(b"PrintScaling"), name(b"Duplex"))
}

/// Checks that every page has a TrimBox inside its BleedBox inside its MediaBox.
fn assert_boxes(doc: &Document) {
    for (n, (media, trim, bleed)) in boxes(doc).into_iter().enumerate() {
        let (trim, bleed) = (trim.expect("TrimBox"), bleed.expect("BleedBox"));
        let inside = |inner: [f32; 4], outer: [f32; 4]| {
            inner[0] >= outer[0] - 0.01
                && inner[1] >= outer[1] - 0.01
                && inner[2] <= outer[2] + 0.01
                && inner[3] <= outer[3] + 0.01
        };
        assert!(
            inside(trim, bleed) && inside(bleed, media),
            "page {n}: {trim:?} {bleed:?} {media:?}"
        );
    }
}

#[test]
fn every_page_has_trim_and_bleed_boxes_and_asks_not_to_be_scaled() {
    let home = home();
    for (args, duplex) in [
        (&["export"][..], "DuplexFlipLongEdge"),
        (
            &["export", "--bleed", "--duplex", "short"],
            "DuplexFlipShortEdge",
        ),
        (&["export", "--duplex", "none", "--large"], "Simplex"),
        (&["export", "--tracker"], "Simplex"),
        (&["export", "--poster", "--paper", "a3"], "Simplex"),
    ] {
        let out = home.path().join("boxes.pdf");
        let (code, _, stderr) = run(xiaoshi(home.path()).args(args).arg("-o").arg(&out));
        assert_eq!(code, 0, "{args:?}: {stderr}");
        let doc = open(&out);
        assert_boxes(&doc);
        assert_eq!(
            viewer_preferences(&doc),
            ("None".to_string(), duplex.to_string()),
            "{args:?}"
        );
    }
    // On a card sheet the TrimBox is the grid of cards, 3 × 63 by 3 × 88 mm,
    // and the BleedBox 3 mm more all round.
    let out = home.path().join("deck.pdf");
    run(xiaoshi(home.path()).args(["export", "-o"]).arg(&out));
    let (_, trim, bleed) = boxes(&open(&out))[0];
    let (trim, bleed) = (trim.expect("trim"), bleed.expect("bleed"));
    assert!((trim[2] - trim[0] - 189.0 * PT).abs() < 0.1, "{trim:?}");
    assert!((trim[3] - trim[1] - 264.0 * PT).abs() < 0.1, "{trim:?}");
    assert!((trim[0] - bleed[0] - 3.0 * PT).abs() < 0.1, "{bleed:?}");
    // Readers take the updated catalog: qpdf finds nothing wrong.
    if common::tools::have(&common::tools::QPDF, "qpdf's check of the PDF") {
        let output = std::process::Command::new("qpdf")
            .arg("--check")
            .arg(&out)
            .output()
            .expect("qpdf runs");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stdout)
        );
    }
}

/// The pHYs chunk of a PNG: (x pixels, y pixels, unit).
fn phys(png: &[u8]) -> Option<(u32, u32, u8)> {
    let mut at = 8;
    while at + 12 <= png.len() {
        let length = u32::from_be_bytes(png[at..at + 4].try_into().ok()?) as usize;
        let kind = &png[at + 4..at + 8];
        let data = png.get(at + 8..at + 8 + length)?;
        if kind == b"pHYs" {
            let x = u32::from_be_bytes(data[0..4].try_into().ok()?);
            let y = u32::from_be_bytes(data[4..8].try_into().ok()?);
            return Some((x, y, data[8]));
        }
        at += 12 + length;
    }
    None
}

#[test]
fn png_cards_say_they_are_300_dpi() {
    let home = home();
    let dir = home.path().join("png");
    let (code, _, stderr) = run(xiaoshi(home.path())
        .args(["export", "--format", "png", "--back", "plain", "-o"])
        .arg(&dir));
    assert_eq!(code, 0, "{stderr}");
    for name in ["hearts-a.png", "joker-red.png", "back.png"] {
        let bytes = std::fs::read(dir.join(name)).expect(name);
        let (x, y, unit) = phys(&bytes).expect("a pHYs chunk");
        // 300 dots an inch is 11,811 dots a metre (unit 1).
        assert_eq!((x, y, unit), (11811, 11811, 1), "{name}");
        assert!((f64::from(x) * 0.0254 - 300.0).abs() < 0.01);
    }
}

#[test]
fn the_tracker_asks_for_no_ids_or_commands_in_either_language() {
    let home = home();
    for lang in ["zh", "en", "both"] {
        let out = home.path().join(format!("tracker-{lang}.pdf"));
        let (code, _, stderr) = run(xiaoshi(home.path())
            .args([
                "export",
                "--tracker",
                "--start",
                "2026-12-01",
                "--lang",
                lang,
                "-o",
            ])
            .arg(&out));
        assert_eq!(code, 0, "{stderr}");
        assert_eq!(page_sizes(&open(&out)).len(), 1);
        let Some(text) = page_text(&out, 1) else {
            continue;
        };
        let expected: &[&str] = match lang {
            "zh" => &[
                "第 1 天",
                "12月1日 周二",
                "第 21 天",
                "爱邻日",
                "A",
                "10",
                "K",
                "做了什么",
            ],
            "en" => &[
                "Day 1",
                "Tue 1 Dec",
                "Day 21",
                "Neighbour Day",
                "What I did",
            ],
            _ => &["第 20 天", "21-day check-in"],
        };
        for words in expected {
            assert!(text.contains(words), "{lang}: {words} in {text}");
        }
        for banned in [
            "hearts-",
            "spades-",
            "clubs-",
            "diamonds-",
            "joker-",
            "journal",
            "import",
            "README",
            "export",
            "--",
        ] {
            assert!(!text.contains(banned), "{lang}: {banned} in {text}");
        }
        if lang == "zh" {
            // The only Latin letters on the Chinese sheet are the ranks.
            for word in text.split(|c: char| !c.is_ascii_alphabetic()) {
                assert!(
                    word.is_empty() || ["A", "J", "Q", "K"].contains(&word),
                    "{word:?} in {text}"
                );
            }
        }
    }
}

#[test]
fn the_stairwell_poster_is_one_page_with_the_months_days() {
    let home = home();
    for (lang, paper, expected, size) in [
        (
            "zh",
            "a4",
            ["12月20日", "星期日", "12月15日至25日", "茶话会"],
            (210.0, 297.0),
        ),
        (
            "en",
            "a3",
            ["20 December", "Sunday", "15 to 25 December", "Tea talk"],
            (297.0, 420.0),
        ),
    ] {
        let out = home.path().join(format!("poster-{lang}.pdf"));
        let (code, _, stderr) = run(xiaoshi(home.path())
            .args([
                "export", "--poster", "--month", "2026-12", "--lang", lang, "--paper", paper,
            ])
            .arg("-o")
            .arg(&out));
        assert_eq!(code, 0, "{stderr}");
        let sizes = page_sizes(&open(&out));
        assert_eq!(sizes.len(), 1);
        assert!((sizes[0].0 - size.0 * PT).abs() < 0.5 && (sizes[0].1 - size.1 * PT).abs() < 0.5);
        if let Some(text) = page_text(&out, 1) {
            for words in expected {
                assert!(text.contains(words), "{words}: {text}");
            }
        }
    }
    // The month as a Chinese input method types it; a month that is not one.
    let (code, _, stderr) = run(xiaoshi(home.path()).args([
        "export",
        "--poster",
        "--month",
        "２０２６年１月",
        "-o",
        "-",
    ]));
    assert_eq!(code, 0, "{stderr}");
    for bad in [
        &["export", "--poster", "--month", "2026-13"][..],
        &["export", "--month", "2026-12"],
    ] {
        let (code, _, stderr) = run(xiaoshi(home.path()).args(bad));
        assert_eq!(code, 2, "{bad:?}: {stderr}");
    }
}

#[test]
fn large_print_is_four_cards_a_sheet_in_chinese_and_the_reader_decides_the_language() {
    let home = home();
    let out = home.path().join("large.pdf");
    let (code, _, stderr) = run(xiaoshi(home.path())
        .args(["export", "--large", "-o"])
        .arg(&out));
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("28 pages"), "{stderr}");
    if let Some(text) = page_text(&out, 1) {
        assert!(
            text.contains("先开口打招呼") && !text.contains("Say hello first"),
            "{text}"
        );
    }
    // A Chinese reader gets Chinese cards; anyone else both languages.
    let zh = home.path().join("zh.pdf");
    let (code, _, stderr) = run(xiaoshi(home.path())
        .env("LANG", "zh_CN.UTF-8")
        .args(["export", "-o"])
        .arg(&zh));
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("已写入"), "{stderr}");
    if let (Some(zh), Some(both)) = (page_text(&zh, 1), page_text(&out, 1)) {
        assert!(
            zh.contains("先开口打招呼") && !zh.contains("Say hello first"),
            "{zh}"
        );
        assert!(!both.is_empty());
    }
    let both = home.path().join("both.pdf");
    run(xiaoshi(home.path()).args(["export", "-o"]).arg(&both));
    if let Some(text) = page_text(&both, 1) {
        assert!(
            text.contains("先开口打招呼") && text.contains("Say hello first"),
            "{text}"
        );
    }
    // A3 is for posters and trackers, not card sheets.
    let (code, _, stderr) = run(xiaoshi(home.path()).args(["export", "--paper", "a3"]));
    assert_eq!(code, 2, "{stderr}");
}

/// A saved session of `names`, every one of whom pledged the first card in
/// their hand by 2026-12-17 with `note`, ended at 15:30 Shanghai time.
fn pledged_session(home: &Path, names: &[String], note: &str) -> String {
    let now = ("XIAOSHI_NOW", "2026-11-24T14:00:00+08:00");
    let list = names.join(",");
    let output = xiaoshi(home)
        .env(now.0, now.1)
        .args([
            "workshop", "deal", "--hand", "1", "--seed", "42", "--save", "--json",
        ])
        .arg("--participants")
        .arg(&list)
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let deal: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let session = deal["session"].as_str().expect("saved").to_string();
    for hand in deal["hands"].as_array().expect("hands") {
        let name = hand["participant"].as_str().expect("name");
        let card = hand["cards"][0]["id"].as_str().expect("card");
        let mut cmd = xiaoshi(home);
        cmd.env(now.0, now.1).args([
            "workshop",
            "pledge",
            &session,
            name,
            card,
            "--by",
            "2026-12-17",
            "--note",
            note,
        ]);
        if card.starts_with("joker") {
            cmd.args(["--words", "教隔壁阿婆用手机挂号"]);
        }
        let (code, _, stderr) = run(&mut cmd);
        assert_eq!(code, 0, "{stderr}");
    }
    // End it as the facilitator's screen would, at 07:30 UTC.
    let file = home.join("workshops").join(format!("{session}.ron"));
    let text = std::fs::read_to_string(&file).expect("session file");
    let start = text.find("phase: Turns").expect("in turns");
    let end = start + text[start..].find("),").expect("end of phase") + 1;
    let ended = format!(
        "{}phase: Ended(at: \"2026-11-24T07:30:00Z\"){}",
        &text[..start],
        &text[end..]
    );
    std::fs::write(&file, ended).expect("write");
    session
}

#[test]
fn the_pledge_notice_is_a_poster_in_local_time_without_settings() {
    let home = home();
    let names: Vec<String> = ["王阿姨", "李叔叔", "小明"].map(String::from).to_vec();
    let session = pledged_session(home.path(), &names, "周六上午");
    let out = home.path().join("notice.pdf");
    let (code, _, stderr) = run(xiaoshi(home.path())
        .env("TZ", "Asia/Shanghai")
        .args([
            "workshop", "report", &session, "--format", "pdf", "--lang", "zh", "-o",
        ])
        .arg(&out));
    assert_eq!(code, 0, "{stderr}");
    let doc = open(&out);
    assert_eq!(page_sizes(&doc).len(), 1);
    assert_boxes(&doc);
    if let Some(text) = page_text(&out, 1) {
        for expected in [
            "我们的邻里承诺",
            "2026年11月24日 15:30",
            "王阿姨",
            "12月17日前完成",
            "周六上午",
        ] {
            assert!(text.contains(expected), "{expected}: {text}");
        }
        for technical in ["001A", "种子 42", "每人张数", "每轮分钟", "UTC"] {
            assert!(!text.contains(technical), "{technical}: {text}");
        }
    }
    // Both languages, on A3.
    let (code, _, stderr) = run(xiaoshi(home.path())
        .args([
            "workshop", "report", &session, "--format", "pdf", "--lang", "both", "--paper", "a3",
            "-o",
        ])
        .arg(&out));
    assert_eq!(code, 0, "{stderr}");
    if let Some(text) = page_text(&out, 1) {
        assert!(text.contains("Our neighbourly pledges"), "{text}");
    }
    // HTML takes both languages too; Markdown does not.
    let (code, html, stderr) = run(xiaoshi(home.path()).env("TZ", "Asia/Shanghai").args([
        "workshop", "report", &session, "--format", "html", "--lang", "both",
    ]));
    assert_eq!(code, 0, "{stderr}");
    assert!(html.contains("15:30") && !html.contains("001A"), "{html}");
    let (code, _, stderr) =
        run(xiaoshi(home.path()).args(["workshop", "report", &session, "--lang", "both"]));
    assert_eq!(code, 2, "{stderr}");
}

#[test]
fn a_full_room_of_pledges_goes_onto_more_pages_at_full_size() {
    let home = home();
    let names: Vec<String> = (1..=40).map(|i| format!("{i}号楼邻居")).collect();
    let note = "周末上午和邻居一起去楼下花园浇水除草，顺便问问三楼的奶奶需不需要帮忙";
    let session = pledged_session(home.path(), &names, note);
    let out = home.path().join("notice.pdf");
    let (code, _, stderr) = run(xiaoshi(home.path())
        .args([
            "workshop", "report", &session, "--format", "pdf", "--lang", "both", "-o",
        ])
        .arg(&out));
    assert_eq!(code, 0, "{stderr}");
    let pages = page_sizes(&open(&out)).len();
    assert!(pages >= 2, "{pages} pages");
    // Every pledge is there, each name whole on one line.
    let mut all = String::new();
    for n in 1..=pages as u32 {
        if let Some(text) = page_text(&out, n) {
            all.push_str(&text);
        }
    }
    if !all.is_empty() {
        for name in &names {
            assert!(all.contains(name.as_str()), "{name}");
        }
    }
}
