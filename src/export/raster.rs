//! Renders a scene to a PNG with tiny-skia, text drawn from the same font's
//! glyph outlines at the same positions as in the PDF, so the picture is the
//! printed card (for websites, chat groups and print shops that want images).

use skrifa::outline::OutlinePen;
use tiny_skia::{FillRule, Mask, Paint, PathBuilder, Pixmap, Stroke, Transform};

use super::ExportError;
use super::fonts::Fonts;
use super::scene::{Item, Path, Rgb, TextRun};

/// The PNG of `items` in the box (x, y, w, h) in points, at `dpi`.
pub fn png(
    items: &[Item],
    x: f32,
    y: f32,
    w: f32,
    h: f32,
    dpi: f32,
    fonts: &Fonts,
) -> Result<Vec<u8>, ExportError> {
    let scale = dpi / 72.0;
    let (width, height) = ((w * scale).round() as u32, (h * scale).round() as u32);
    let mut pixmap = Pixmap::new(width, height)
        .ok_or_else(|| ExportError::Render(format!("PNG: {width}×{height} pixels is too large")))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let base = Transform::from_scale(scale, scale).pre_translate(-x, -y);
    draw(&mut pixmap, items, base, fonts, None);
    encode(&pixmap, dpi).map_err(|error| ExportError::Render(format!("PNG: {error}")))
}

/// The picture as an RGB PNG that says its resolution (a pHYs chunk, in
/// pixels per metre), so a print shop or a word processor places it at
/// its real size. The page is opaque (filled white first), so the alpha
/// channel is left out.
fn encode(pixmap: &Pixmap, dpi: f32) -> Result<Vec<u8>, png::EncodingError> {
    let rgb: Vec<u8> = pixmap
        .data()
        .chunks_exact(4)
        .flat_map(|pixel| [pixel[0], pixel[1], pixel[2]])
        .collect();
    let per_metre = (dpi / 0.0254).round() as u32;
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_pixel_dims(Some(png::PixelDimensions {
        xppu: per_metre,
        yppu: per_metre,
        unit: png::Unit::Meter,
    }));
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&rgb)?;
    writer.finish()?;
    Ok(bytes)
}

fn draw(
    pixmap: &mut Pixmap,
    items: &[Item],
    transform: Transform,
    fonts: &Fonts,
    mask: Option<&Mask>,
) {
    for item in items {
        match item {
            Item::Fill { path, color } => {
                if let Some(path) = skia_path(path) {
                    pixmap.fill_path(&path, &paint(*color), FillRule::Winding, transform, mask);
                }
            }
            Item::Stroke { path, color, width } => {
                if let Some(path) = skia_path(path) {
                    let stroke = Stroke {
                        width: *width,
                        ..Stroke::default()
                    };
                    pixmap.stroke_path(&path, &paint(*color), &stroke, transform, mask);
                }
            }
            Item::Text(run) => text(pixmap, run, transform, fonts, mask),
            Item::Group {
                transform: t,
                items,
            } => {
                let [a, b, c, d, e, f] = t.0;
                let inner = transform.pre_concat(Transform::from_row(a, b, c, d, e, f));
                draw(pixmap, items, inner, fonts, mask);
            }
            Item::Tiled { area, tile } => {
                // The tile repeated over the area's bounds, clipped to the area.
                let Some(clip) = skia_path(area) else {
                    continue;
                };
                let Some(mut area_mask) = Mask::new(pixmap.width(), pixmap.height()) else {
                    continue;
                };
                area_mask.fill_path(&clip, FillRule::Winding, true, transform);
                let bounds = clip.bounds();
                let first_x = (bounds.left() / tile.width).floor() as i32;
                let first_y = (bounds.top() / tile.height).floor() as i32;
                let last_x = (bounds.right() / tile.width).ceil() as i32;
                let last_y = (bounds.bottom() / tile.height).ceil() as i32;
                for row in first_y..last_y {
                    for column in first_x..last_x {
                        let at = transform
                            .pre_translate(column as f32 * tile.width, row as f32 * tile.height);
                        draw(pixmap, &tile.items, at, fonts, Some(&area_mask));
                    }
                }
            }
        }
    }
}

/// One character drawn `px` pixels to the em, as coverage (0–255) row by
/// row: `width` is its advance in pixels, the height `px`, the baseline at
/// 0.88 em (the bottom of the ideographic box), so Chinese fills the box
/// and Latin descenders stay in it. For the workshop's big letters on a
/// terminal; `None` for a character the font lacks.
pub fn coverage(fonts: &Fonts, weight: super::scene::Weight, c: char, px: u16) -> Option<Coverage> {
    let face = fonts.face(weight);
    let (id, advance) = face.glyph(c)?;
    let size = f32::from(px);
    let width = (advance * size).round().max(1.0) as u32;
    let height = u32::from(px);
    let mut pixmap = Pixmap::new(width, height)?;
    let mut pen = Pen {
        builder: PathBuilder::new(),
        x: 0.0,
        y: size * 0.88,
    };
    face.outline(id, size, &mut pen);
    if let Some(path) = pen.builder.finish() {
        pixmap.fill_path(
            &path,
            &paint(Rgb::BLACK),
            FillRule::Winding,
            Transform::identity(),
            None,
        );
    }
    Some(Coverage {
        width,
        height,
        alpha: pixmap.pixels().iter().map(|p| p.alpha()).collect(),
    })
}

/// A character's coverage, row by row (see [`coverage`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub width: u32,
    pub height: u32,
    pub alpha: Vec<u8>,
}

impl Coverage {
    /// The coverage at (x, y); 0 outside.
    pub fn at(&self, x: u32, y: u32) -> u8 {
        if x >= self.width || y >= self.height {
            return 0;
        }
        self.alpha[(y * self.width + x) as usize]
    }
}

/// Glyph outlines, collected into one path in the run's coordinates.
struct Pen {
    builder: PathBuilder,
    x: f32,
    y: f32,
}

impl OutlinePen for Pen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.builder.move_to(self.x + x, self.y - y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.builder.line_to(self.x + x, self.y - y);
    }
    fn quad_to(&mut self, cx: f32, cy: f32, x: f32, y: f32) {
        self.builder
            .quad_to(self.x + cx, self.y - cy, self.x + x, self.y - y);
    }
    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.builder.cubic_to(
            self.x + cx0,
            self.y - cy0,
            self.x + cx1,
            self.y - cy1,
            self.x + x,
            self.y - y,
        );
    }
    fn close(&mut self) {
        self.builder.close();
    }
}

fn text(
    pixmap: &mut Pixmap,
    run: &TextRun,
    transform: Transform,
    fonts: &Fonts,
    mask: Option<&Mask>,
) {
    let face = fonts.face(run.weight);
    let mut pen = Pen {
        builder: PathBuilder::new(),
        x: run.x,
        y: run.y,
    };
    for glyph in &run.glyphs {
        face.outline(glyph.id, run.size, &mut pen);
        pen.x += glyph.advance * run.size;
    }
    if let Some(path) = pen.builder.finish() {
        pixmap.fill_path(&path, &paint(run.color), FillRule::Winding, transform, mask);
    }
}

fn paint(color: Rgb) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color_rgba8(color.0, color.1, color.2, 255);
    paint.anti_alias = true;
    paint
}

fn skia_path(path: &Path) -> Option<tiny_skia::Path> {
    let mut builder = PathBuilder::new();
    path.trace(&mut builder);
    builder.finish()
}

super::scene::outline_for_builder!(PathBuilder);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::scene::{Scene, Weight};
    use crate::export::typeset::{self, Style};

    #[test]
    fn shapes_and_text_land_where_the_scene_puts_them() {
        let fonts = Fonts::builtin().expect("font");
        let mut scene = Scene::default();
        scene.fill(Path::rect(0.0, 0.0, 36.0, 36.0), Rgb(200, 0, 0));
        let style = Style {
            weight: Weight::Bold,
            size: 30.0,
            color: Rgb::BLACK,
            leading: 1.0,
        };
        scene.text(typeset::run(&fonts, style, 38.0, 66.0, "口"));
        let bytes = png(&scene.items, 0.0, 0.0, 72.0, 72.0, 72.0, &fonts).expect("png");
        let pixmap = Pixmap::decode_png(&bytes).expect("decodes");
        assert_eq!((pixmap.width(), pixmap.height()), (72, 72));
        let at = |x: u32, y: u32| pixmap.pixel(x, y).expect("inside");
        assert_eq!(
            (at(10, 10).red(), at(10, 10).green()),
            (200, 0),
            "the red square"
        );
        assert_eq!(at(60, 10).red(), 255, "white beside it");
        // 口 is a box: its strokes are dark, its middle white.
        let dark = (38..72)
            .flat_map(|x| (36..72).map(move |y| (x, y)))
            .filter(|&(x, y)| at(x, y).red() < 80)
            .count();
        assert!(dark > 40, "{dark} dark pixels of 口");
        assert_eq!(at(53, 53).red(), 255, "the box is hollow");
    }

    #[test]
    fn the_png_says_its_resolution() {
        let fonts = Fonts::builtin().expect("font");
        let bytes = png(&[], 0.0, 0.0, 72.0, 72.0, 300.0, &fonts).expect("png");
        let decoder = ::png::Decoder::new(std::io::Cursor::new(bytes));
        let reader = decoder.read_info().expect("a PNG");
        let dims = reader.info().pixel_dims.expect("a pHYs chunk");
        assert_eq!(
            (dims.xppu, dims.yppu, dims.unit),
            (11811, 11811, ::png::Unit::Meter)
        );
        assert_eq!(reader.info().width, 300);
    }
}
