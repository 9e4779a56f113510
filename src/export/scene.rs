//! What a page shows, as plain data: filled and stroked paths and placed
//! text, in points with y pointing down. The card designs build scenes; the
//! PDF and SVG writers only translate them, so both formats show the same
//! thing and the designs are tested without either.

use std::ops::Range;

use super::geometry::PT_PER_MM;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub const WHITE: Rgb = Rgb(255, 255, 255);
    pub const BLACK: Rgb = Rgb(0, 0, 0);

    /// This colour mixed with white: `amount` 0 is the colour, 1 is white.
    pub fn tint(self, amount: f32) -> Rgb {
        let mix = |c: u8| (c as f32 + (255.0 - c as f32) * amount).round() as u8;
        Rgb(mix(self.0), mix(self.1), mix(self.2))
    }

    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// One step of a path outline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Segment {
    Move(f32, f32),
    Line(f32, f32),
    Cubic(f32, f32, f32, f32, f32, f32),
    Close,
}

/// A path outline in points.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Path(pub Vec<Segment>);

/// What a writer builds a path with (krilla's and tiny-skia's path builders,
/// the SVG `d` attribute): [`Path::trace`] feeds it the segments.
pub trait Outline {
    fn move_to(&mut self, x: f32, y: f32);
    fn line_to(&mut self, x: f32, y: f32);
    fn cubic_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32);
    fn close(&mut self);
}

/// Implements [`Outline`] for a path builder that has the four methods
/// under the same names (krilla's and tiny-skia's do).
macro_rules! outline_for_builder {
    ($builder:ty) => {
        impl $crate::export::scene::Outline for $builder {
            fn move_to(&mut self, x: f32, y: f32) {
                <$builder>::move_to(self, x, y);
            }
            fn line_to(&mut self, x: f32, y: f32) {
                <$builder>::line_to(self, x, y);
            }
            fn cubic_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
                <$builder>::cubic_to(self, x1, y1, x2, y2, x, y);
            }
            fn close(&mut self) {
                <$builder>::close(self);
            }
        }
    };
}
pub(crate) use outline_for_builder;

impl Path {
    /// Feeds every segment to `outline`, in order.
    pub fn trace(&self, outline: &mut impl Outline) {
        for segment in &self.0 {
            match *segment {
                Segment::Move(x, y) => outline.move_to(x, y),
                Segment::Line(x, y) => outline.line_to(x, y),
                Segment::Cubic(x1, y1, x2, y2, x, y) => outline.cubic_to(x1, y1, x2, y2, x, y),
                Segment::Close => outline.close(),
            }
        }
    }

    pub fn rect(x: f32, y: f32, w: f32, h: f32) -> Path {
        Path(vec![
            Segment::Move(x, y),
            Segment::Line(x + w, y),
            Segment::Line(x + w, y + h),
            Segment::Line(x, y + h),
            Segment::Close,
        ])
    }

    pub fn line(x1: f32, y1: f32, x2: f32, y2: f32) -> Path {
        Path(vec![Segment::Move(x1, y1), Segment::Line(x2, y2)])
    }

    /// A circle, as four cubic arcs (clockwise on the page).
    pub fn circle(cx: f32, cy: f32, r: f32) -> Path {
        let mut path = Path::default();
        path.push_circle(cx, cy, r);
        path
    }

    pub fn push_circle(&mut self, cx: f32, cy: f32, r: f32) {
        // The standard cubic approximation of a quarter circle.
        let k = 0.552_284_8 * r;
        self.0.extend([
            Segment::Move(cx, cy - r),
            Segment::Cubic(cx + k, cy - r, cx + r, cy - k, cx + r, cy),
            Segment::Cubic(cx + r, cy + k, cx + k, cy + r, cx, cy + r),
            Segment::Cubic(cx - k, cy + r, cx - r, cy + k, cx - r, cy),
            Segment::Cubic(cx - r, cy - k, cx - k, cy - r, cx, cy - r),
            Segment::Close,
        ]);
    }

    /// The path scaled by `s` about the origin, then moved by (dx, dy).
    pub fn placed(&self, s: f32, dx: f32, dy: f32) -> Path {
        let p = |x: f32, y: f32| (x * s + dx, y * s + dy);
        Path(
            self.0
                .iter()
                .map(|segment| match *segment {
                    Segment::Move(x, y) => {
                        let (x, y) = p(x, y);
                        Segment::Move(x, y)
                    }
                    Segment::Line(x, y) => {
                        let (x, y) = p(x, y);
                        Segment::Line(x, y)
                    }
                    Segment::Cubic(x1, y1, x2, y2, x, y) => {
                        let (x1, y1) = p(x1, y1);
                        let (x2, y2) = p(x2, y2);
                        let (x, y) = p(x, y);
                        Segment::Cubic(x1, y1, x2, y2, x, y)
                    }
                    Segment::Close => Segment::Close,
                })
                .collect(),
        )
    }
}

/// The two weights of the export's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weight {
    Regular,
    Bold,
}

/// One glyph of a text run: which glyph, how far it advances (in ems), and
/// which bytes of the run's text it stands for (so the PDF's text can be
/// selected, searched and copied).
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedGlyph {
    pub id: u32,
    pub advance: f32,
    pub text: Range<usize>,
}

/// A line of text, its baseline starting at (x, y).
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    pub x: f32,
    pub y: f32,
    pub size: f32,
    pub weight: Weight,
    pub color: Rgb,
    pub text: String,
    pub glyphs: Vec<PlacedGlyph>,
}

impl TextRun {
    /// Width in points.
    pub fn width(&self) -> f32 {
        self.glyphs.iter().map(|g| g.advance).sum::<f32>() * self.size
    }
}

/// A 2-D affine transform `[a b c d e f]`: x' = a·x + c·y + e, y' = b·x + d·y + f.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Transform(pub [f32; 6]);

impl Transform {
    pub fn translate(dx: f32, dy: f32) -> Transform {
        Transform([1.0, 0.0, 0.0, 1.0, dx, dy])
    }

    /// A half turn about (cx, cy): the bottom corner index of a card.
    pub fn half_turn(cx: f32, cy: f32) -> Transform {
        Transform([-1.0, 0.0, 0.0, -1.0, 2.0 * cx, 2.0 * cy])
    }
}

/// Something drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Fill {
        path: Path,
        color: Rgb,
    },
    Stroke {
        path: Path,
        color: Rgb,
        width: f32,
    },
    Text(TextRun),
    Group {
        transform: Transform,
        items: Vec<Item>,
    },
    /// `area` filled with `tile` repeated: the PDF stores the tile as a
    /// pattern (one per place on the page it is drawn at), where drawing
    /// every repeat would weigh 200 KB a page.
    Tiled {
        area: Path,
        tile: Tile,
    },
}

/// A pattern cell: shapes (no text) in a `width` × `height` box at the
/// origin, repeated from the origin of the coordinates it is drawn in (a
/// card's corner).
#[derive(Debug, Clone, PartialEq)]
pub struct Tile {
    pub width: f32,
    pub height: f32,
    pub items: Vec<Item>,
}

/// What one page or one card shows, in drawing order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scene {
    pub items: Vec<Item>,
}

impl Scene {
    pub fn fill(&mut self, path: Path, color: Rgb) {
        self.items.push(Item::Fill { path, color });
    }

    pub fn stroke(&mut self, path: Path, color: Rgb, width: f32) {
        self.items.push(Item::Stroke { path, color, width });
    }

    pub fn text(&mut self, run: TextRun) {
        self.items.push(Item::Text(run));
    }

    /// Appends another scene's items, transformed.
    pub fn group(&mut self, transform: Transform, scene: Scene) {
        self.items.push(Item::Group {
            transform,
            items: scene.items,
        });
    }

    pub fn tiled(&mut self, area: Path, tile: Tile) {
        self.items.push(Item::Tiled { area, tile });
    }

    pub fn extend(&mut self, scene: Scene) {
        self.items.extend(scene.items);
    }

    /// Every text run, groups included, in drawing order.
    pub fn texts(&self) -> Vec<&TextRun> {
        fn walk<'a>(items: &'a [Item], out: &mut Vec<&'a TextRun>) {
            for item in items {
                match item {
                    Item::Text(run) => out.push(run),
                    Item::Group { items, .. } => walk(items, out),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.items, &mut out);
        out
    }
}

/// Millimetres to points.
pub fn pt(mm: f32) -> f32 {
    mm * PT_PER_MM
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tints_run_from_the_colour_to_white() {
        let red = Rgb(200, 20, 40);
        assert_eq!(red.tint(0.0), red);
        assert_eq!(red.tint(1.0), Rgb::WHITE);
        assert_eq!(red.tint(0.5), Rgb(228, 138, 148));
        assert_eq!(red.hex(), "#c81428");
    }

    #[test]
    fn a_half_turn_maps_a_box_onto_itself() {
        let Transform([a, b, c, d, e, f]) = Transform::half_turn(10.0, 20.0);
        let apply = |x: f32, y: f32| (a * x + c * y + e, b * x + d * y + f);
        assert_eq!(apply(0.0, 0.0), (20.0, 40.0));
        assert_eq!(apply(10.0, 20.0), (10.0, 20.0));
    }

    #[test]
    fn texts_are_found_inside_groups() {
        let run = TextRun {
            x: 0.0,
            y: 0.0,
            size: 10.0,
            weight: Weight::Bold,
            color: Rgb::BLACK,
            text: "红桃".into(),
            glyphs: vec![
                PlacedGlyph {
                    id: 1,
                    advance: 1.0,
                    text: 0..3,
                },
                PlacedGlyph {
                    id: 2,
                    advance: 1.0,
                    text: 3..6,
                },
            ],
        };
        assert_eq!(run.width(), 20.0);
        let mut inner = Scene::default();
        inner.text(run.clone());
        let mut scene = Scene::default();
        scene.fill(Path::rect(0.0, 0.0, 1.0, 1.0), Rgb::BLACK);
        scene.group(Transform::half_turn(0.0, 0.0), inner);
        assert_eq!(scene.texts(), vec![&run]);
    }
}
