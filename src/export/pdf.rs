//! Writes scenes as a PDF with krilla (typst's PDF engine): fonts embedded
//! and subset to the glyphs used, text kept as text (selectable, searchable,
//! with its Unicode for copy and paste).

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
use super::scene::{Item, Path, Rgb, TextRun};
use super::{ExportError, Page};

/// The PDF of `pages`, titled `title`. The same input gives the same bytes
/// (no dates or random ids are written), so exports can be compared.
pub fn write(pages: &[Page], fonts: &Fonts, title: &str) -> Result<Vec<u8>, ExportError> {
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title.to_string())
            .creator(format!("xiaoshi {}", env!("CARGO_PKG_VERSION")))
            .language("zh-CN".to_string()),
    );
    for page in pages {
        let settings = PageSettings::from_wh(page.width, page.height).ok_or_else(|| {
            ExportError::Render(format!("PDF: bad page size {}×{}", page.width, page.height))
        })?;
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        draw(&mut surface, &page.scene.items, fonts);
        surface.finish();
        pdf_page.finish();
    }
    document
        .finish()
        .map_err(|error| ExportError::Render(format!("PDF: {error:?}")))
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
