//! Writes scenes as a PDF with krilla (typst's PDF engine): fonts embedded
//! and subset to the glyphs used, text kept as text (selectable, searchable,
//! with its Unicode for copy and paste).
//!
//! Every page has a TrimBox and a BleedBox (krilla's page settings), and the
//! document asks print dialogs not to scale it and to flip duplex sheets as
//! the cards were laid out for (`/ViewerPreferences` with `/PrintScaling
//! /None` and `/Duplex`). krilla 0.8 writes no such preferences (its
//! catalog only gets `/DisplayDocTitle` and `/Direction`), so
//! [`with_viewer_preferences`] adds them afterwards as a PDF incremental
//! update: the catalog object is written again, with the preferences, after
//! the end of the file, with a small cross-reference section and a trailer
//! that points back to krilla's. Readers take the newer catalog; nothing
//! krilla wrote is moved or changed.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Pattern, Stroke};
use krilla::surface::Surface;
use krilla::text::{GlyphId, KrillaGlyph};

use super::fonts::Fonts;
use super::geometry::{Duplex, Rect};
use super::scene::{Item, Path, Rgb, TextRun};
use super::{ExportError, Page};

/// How the document asks to be printed: never scaled, and duplex or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Printing {
    /// How the sheet is turned for the second side; `None` says nothing.
    pub duplex: Option<Duplex>,
}

impl Printing {
    /// One-sided pages (posters, trackers).
    pub const SIMPLEX: Printing = Printing {
        duplex: Some(Duplex::None),
    };

    /// The `/ViewerPreferences` dictionary's entries.
    fn entries(self) -> String {
        let duplex = match self.duplex {
            Some(Duplex::Long) => "/Duplex/DuplexFlipLongEdge",
            Some(Duplex::Short) => "/Duplex/DuplexFlipShortEdge",
            Some(Duplex::None) => "/Duplex/Simplex",
            None => "",
        };
        format!("/PrintScaling/None{duplex}")
    }
}

/// The PDF of `pages`, titled `title`. The same input gives the same bytes
/// (no dates or random ids are written), so exports can be compared.
pub fn write(
    pages: &[Page],
    fonts: &Fonts,
    title: &str,
    printing: Printing,
) -> Result<Vec<u8>, ExportError> {
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title.to_string())
            .creator(format!("xiaoshi {}", env!("CARGO_PKG_VERSION")))
            .language("zh-CN".to_string()),
    );
    for page in pages {
        let bad =
            || ExportError::Render(format!("PDF: bad page size {}×{}", page.width, page.height));
        let whole = Rect::new(0.0, 0.0, page.width, page.height);
        let pdf_rect = |rect: Rect| {
            krilla::geom::Rect::from_xywh(rect.x, rect.y, rect.w, rect.h).ok_or_else(bad)
        };
        let settings = PageSettings::from_wh(page.width, page.height)
            .ok_or_else(bad)?
            .with_trim_box(Some(pdf_rect(page.boxes.trim.unwrap_or(whole))?))
            .with_bleed_box(Some(pdf_rect(page.boxes.bleed.unwrap_or(whole))?));
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        draw(&mut surface, &page.scene.items, fonts);
        surface.finish();
        pdf_page.finish();
    }
    let bytes = document
        .finish()
        .map_err(|error| ExportError::Render(format!("PDF: {error:?}")))?;
    with_viewer_preferences(bytes, &printing.entries())
        .map_err(|reason| ExportError::Render(format!("PDF viewer preferences: {reason}")))
}

/// Appends an incremental update to `pdf` whose catalog has a
/// `/ViewerPreferences` dictionary with `entries` (added to one krilla
/// wrote, if any). Fails, rather than writing a broken file, if the file is
/// not shaped as krilla writes it (a classic cross-reference table and an
/// uncompressed catalog).
pub fn with_viewer_preferences(mut pdf: Vec<u8>, entries: &str) -> Result<Vec<u8>, String> {
    let trailer_at = rfind(&pdf, b"trailer").ok_or("no trailer")?;
    let startxref_at = rfind(&pdf, b"startxref").ok_or("no startxref")?;
    let trailer = String::from_utf8_lossy(&pdf[trailer_at..startxref_at]).into_owned();
    let previous: usize = String::from_utf8_lossy(&pdf[startxref_at + b"startxref".len()..])
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .ok_or("no cross-reference offset")?;
    let root = reference_after(&trailer, "/Root").ok_or("no /Root")?;
    let size = number_after(&trailer, "/Size").ok_or("no /Size")?;
    let info = reference_after(&trailer, "/Info");
    let id = trailer
        .find("/ID")
        .and_then(|at| trailer[at..].find(']').map(|end| &trailer[at..=at + end]));

    // The catalog as krilla wrote it: "N G obj" at a line start, then its dictionary.
    let header = format!("\n{} {} obj", root.0, root.1);
    let object_at = find(&pdf, header.as_bytes()).ok_or("no catalog object")? + 1;
    let dict_at =
        object_at + find(&pdf[object_at..], b"<<").ok_or("the catalog is not a dictionary")?;
    let dict_end = dict_at + dictionary_length(&pdf[dict_at..]).ok_or("an unclosed catalog")?;
    let catalog = String::from_utf8_lossy(&pdf[dict_at..dict_end]).into_owned();
    let catalog = match catalog.find("/ViewerPreferences") {
        Some(at) => {
            let open = catalog[at..]
                .find("<<")
                .map(|o| at + o + 2)
                .ok_or("/ViewerPreferences is not a dictionary")?;
            format!("{}{entries}{}", &catalog[..open], &catalog[open..])
        }
        None => {
            let close = catalog.len() - 2;
            format!("{}/ViewerPreferences<<{entries}>>>>", &catalog[..close])
        }
    };

    if !pdf.ends_with(b"\n") {
        pdf.push(b'\n');
    }
    let object_offset = pdf.len();
    pdf.extend_from_slice(format!("{} {} obj\n{catalog}\nendobj\n", root.0, root.1).as_bytes());
    let xref_offset = pdf.len();
    let mut update = format!(
        "xref\n{} 1\n{object_offset:010} {:05} n \ntrailer\n<</Size {size}/Root {} {} R",
        root.0, root.1, root.0, root.1
    );
    if let Some((number, generation)) = info {
        update.push_str(&format!("/Info {number} {generation} R"));
    }
    if let Some(id) = id {
        update.push_str(id);
    }
    update.push_str(&format!(
        "/Prev {previous}>>\nstartxref\n{xref_offset}\n%%EOF\n"
    ));
    pdf.extend_from_slice(update.as_bytes());
    Ok(pdf)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// "N G R" after `key` in a trailer.
fn reference_after(text: &str, key: &str) -> Option<(u32, u32)> {
    let at = text.find(key)? + key.len();
    let mut parts = text[at..].split(|c: char| c.is_whitespace() || c == '/');
    let parts: Vec<&str> = parts.by_ref().filter(|p| !p.is_empty()).take(3).collect();
    match parts.as_slice() {
        [number, generation, r] if r.starts_with('R') => {
            Some((number.parse().ok()?, generation.parse().ok()?))
        }
        _ => None,
    }
}

fn number_after(text: &str, key: &str) -> Option<u32> {
    let at = text.find(key)? + key.len();
    let digits: String = text[at..]
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// The length of the dictionary `<< … >>` at the start of `bytes`, nested
/// dictionaries and literal strings (which may hold brackets) included.
fn dictionary_length(bytes: &[u8]) -> Option<usize> {
    let mut depth = 0usize;
    let mut string = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], bytes.get(i + 1)) {
            (b'\\', _) if string > 0 => i += 1,
            (b'(', _) => string += 1,
            (b')', _) if string > 0 => string -= 1,
            (b'<', Some(b'<')) if string == 0 => {
                depth += 1;
                i += 1;
            }
            (b'>', Some(b'>')) if string == 0 => {
                depth = depth.checked_sub(1)?;
                i += 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn draw(surface: &mut Surface<'_>, items: &[Item], fonts: &Fonts) {
    for item in items {
        match item {
            Item::Fill { path, color } => {
                if let Some(path) = krilla_path(path) {
                    surface.set_stroke(None);
                    surface.set_fill(Some(fill(*color)));
                    surface.draw_path(&path);
                }
            }
            Item::Stroke { path, color, width } => {
                if let Some(path) = krilla_path(path) {
                    surface.set_fill(None);
                    surface.set_stroke(Some(Stroke {
                        paint: paint(*color).into(),
                        width: *width,
                        ..Stroke::default()
                    }));
                    surface.draw_path(&path);
                }
            }
            Item::Text(run) => text(surface, run, fonts),
            Item::Tiled { area, tile } => {
                if let Some(path) = krilla_path(area) {
                    let mut builder = surface.stream_builder();
                    let mut cell = builder.surface();
                    draw(&mut cell, &tile.items, fonts);
                    cell.finish();
                    let pattern = Pattern {
                        stream: builder.finish(),
                        transform: krilla::geom::Transform::identity(),
                        width: tile.width,
                        height: tile.height,
                    };
                    surface.set_stroke(None);
                    surface.set_fill(Some(Fill {
                        paint: pattern.into(),
                        opacity: NormalizedF32::ONE,
                        rule: FillRule::NonZero,
                    }));
                    surface.draw_path(&path);
                }
            }
            Item::Group { transform, items } => {
                let [a, b, c, d, e, f] = transform.0;
                surface.push_transform(&krilla::geom::Transform::from_row(a, b, c, d, e, f));
                draw(surface, items, fonts);
                surface.pop();
            }
        }
    }
}

fn text(surface: &mut Surface<'_>, run: &TextRun, fonts: &Fonts) {
    let glyphs: Vec<KrillaGlyph> = run
        .glyphs
        .iter()
        .map(|glyph| KrillaGlyph {
            glyph_id: GlyphId::new(glyph.id),
            text_range: glyph.text.clone(),
            x_advance: glyph.advance,
            x_offset: 0.0,
            y_offset: 0.0,
            y_advance: 0.0,
            location: None,
        })
        .collect();
    surface.set_stroke(None);
    surface.set_fill(Some(fill(run.color)));
    surface.draw_glyphs(
        Point::from_xy(run.x, run.y),
        &glyphs,
        fonts.face(run.weight).font.clone(),
        &run.text,
        run.size,
        false,
    );
}

fn paint(color: Rgb) -> rgb::Color {
    rgb::Color::new(color.0, color.1, color.2)
}

fn fill(color: Rgb) -> Fill {
    Fill {
        paint: paint(color).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

fn krilla_path(path: &Path) -> Option<krilla::geom::Path> {
    let mut builder = PathBuilder::new();
    path.trace(&mut builder);
    builder.finish()
}

super::scene::outline_for_builder!(PathBuilder);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::PageBoxes;
    use crate::export::scene::Scene;

    fn page(boxes: PageBoxes) -> Page {
        let mut scene = Scene::default();
        scene.fill(Path::rect(10.0, 10.0, 100.0, 100.0), Rgb::BLACK);
        Page {
            width: 200.0,
            height: 300.0,
            scene,
            boxes,
        }
    }

    fn numbers(object: &lopdf::Object) -> Vec<f32> {
        object
            .as_array()
            .expect("an array")
            .iter()
            .map(|n| n.as_float().expect("a number"))
            .collect()
    }

    #[test]
    fn every_page_has_its_boxes_and_the_catalog_its_printing_preferences() {
        let fonts = Fonts::builtin().expect("font");
        let boxes = PageBoxes {
            trim: Some(Rect::new(20.0, 30.0, 100.0, 200.0)),
            bleed: Some(Rect::new(10.0, 20.0, 120.0, 220.0)),
        };
        for (duplex, name) in [
            (Duplex::Long, "DuplexFlipLongEdge"),
            (Duplex::Short, "DuplexFlipShortEdge"),
            (Duplex::None, "Simplex"),
        ] {
            let printing = Printing {
                duplex: Some(duplex),
            };
            let bytes = write(
                &[page(boxes), page(PageBoxes::whole())],
                &fonts,
                "t",
                printing,
            )
            .expect("pdf");
            let doc = lopdf::Document::load_mem(&bytes).expect("lopdf reads the update");
            let catalog = doc.catalog().expect("catalog");
            let prefs = catalog
                .get(b"ViewerPreferences")
                .and_then(lopdf::Object::as_dict)
                .expect("viewer preferences");
            assert_eq!(
                prefs
                    .get(b"PrintScaling")
                    .and_then(lopdf::Object::as_name)
                    .ok(),
                Some(b"None".as_slice())
            );
            assert_eq!(
                prefs.get(b"Duplex").and_then(lopdf::Object::as_name).ok(),
                Some(name.as_bytes())
            );
            assert!(
                catalog.get(b"Pages").is_ok(),
                "the rest of the catalog is kept"
            );
            let pages: Vec<_> = doc.get_pages().into_values().collect();
            assert_eq!(pages.len(), 2);
            let first = doc.get_dictionary(pages[0]).expect("page");
            // y up in PDF: the trim's top at 30 from the top is 270 from the bottom.
            assert_eq!(
                numbers(first.get(b"TrimBox").expect("TrimBox")),
                [20.0, 70.0, 120.0, 270.0]
            );
            assert_eq!(
                numbers(first.get(b"BleedBox").expect("BleedBox")),
                [10.0, 60.0, 130.0, 280.0]
            );
            let second = doc.get_dictionary(pages[1]).expect("page");
            assert_eq!(
                numbers(second.get(b"TrimBox").expect("TrimBox")),
                [0.0, 0.0, 200.0, 300.0]
            );
        }
    }

    #[test]
    fn a_catalog_with_preferences_gets_the_new_ones_inside() {
        let pdf = b"%PDF-1.7\n1 0 obj\n<</Type/Catalog/Pages 2 0 R/Lang (zh>>CN)/ViewerPreferences<</Direction/L2R>>>>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<</Size 3/Root 1 0 R>>\nstartxref\n100\n%%EOF".to_vec();
        let out = with_viewer_preferences(pdf, "/PrintScaling/None").expect("updated");
        let text = String::from_utf8_lossy(&out);
        assert!(
            text.contains("/ViewerPreferences<</PrintScaling/None/Direction/L2R>>>>\nendobj"),
            "{text}"
        );
        assert!(text.contains("/Prev 100>>"), "{text}");
        assert!(with_viewer_preferences(b"%PDF-1.7 junk".to_vec(), "").is_err());
    }
}
