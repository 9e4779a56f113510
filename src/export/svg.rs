//! Writes a scene as an SVG file, for designers: shapes as paths, text as
//! editable `<text>` in the Noto Sans CJK family (installed with most
//! Chinese systems; designers may swap it).

use std::fmt::Write as _;

use super::scene::{Item, Outline, Path, TextRun, Transform, Weight};
use crate::text::escape_markup as escape;

/// Where the export's own font is missing, these draw the same characters.
const FALLBACK_FAMILIES: &str =
    "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif";

/// An SVG document showing `items` in the box (x, y, w, h) in points, sized
/// in millimetres so it opens at print size; text names `family` (the font
/// it was measured in) first.
pub fn document(items: &[Item], (x, y, w, h): (f32, f32, f32, f32), family: &str) -> String {
    let mm = |points: f32| points / super::geometry::PT_PER_MM;
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{:.2}mm" height="{:.2}mm" viewBox="{} {} {} {}">"#,
        mm(w),
        mm(h),
        num(x),
        num(y),
        num(w),
        num(h)
    );
    let family = format!(
        "'{}', {FALLBACK_FAMILIES}",
        family.replace(['\'', '"', '<', '&'], "")
    );
    let mut writer = Writer {
        out: &mut out,
        family: &family,
        patterns: 0,
    };
    writer.items(items, 1);
    out.push_str("</svg>\n");
    out
}

struct Writer<'a> {
    out: &'a mut String,
    family: &'a str,
    patterns: usize,
}

impl Writer<'_> {
    fn items(&mut self, items: &[Item], depth: usize) {
        let indent = "  ".repeat(depth);
        for item in items {
            match item {
                Item::Fill { path, color } => {
                    let _ = writeln!(
                        self.out,
                        r#"{indent}<path d="{}" fill="{}"/>"#,
                        d(path),
                        color.hex()
                    );
                }
                Item::Stroke { path, color, width } => {
                    let _ = writeln!(
                        self.out,
                        r#"{indent}<path d="{}" fill="none" stroke="{}" stroke-width="{}"/>"#,
                        d(path),
                        color.hex(),
                        num(*width)
                    );
                }
                Item::Text(run) => self.text(run, &indent),
                Item::Group { transform, items } => {
                    let Transform([a, b, c, dd, e, f]) = *transform;
                    let _ = writeln!(
                        self.out,
                        r#"{indent}<g transform="matrix({} {} {} {} {} {})">"#,
                        num(a),
                        num(b),
                        num(c),
                        num(dd),
                        num(e),
                        num(f)
                    );
                    self.items(items, depth + 1);
                    let _ = writeln!(self.out, "{indent}</g>");
                }
                Item::Tiled { area, tile } => {
                    self.patterns += 1;
                    let id = format!("tile{}", self.patterns);
                    let _ = writeln!(
                        self.out,
                        r#"{indent}<defs><pattern id="{id}" width="{}" height="{}" patternUnits="userSpaceOnUse">"#,
                        num(tile.width),
                        num(tile.height)
                    );
                    self.items(&tile.items, depth + 1);
                    let _ = writeln!(self.out, "{indent}</pattern></defs>");
                    let _ = writeln!(
                        self.out,
                        r#"{indent}<path d="{}" fill="url(#{id})"/>"#,
                        d(area)
                    );
                }
            }
        }
    }

    fn text(&mut self, run: &TextRun, indent: &str) {
        let weight = match run.weight {
            Weight::Regular => "normal",
            Weight::Bold => "bold",
        };
        let _ = writeln!(
            self.out,
            r#"{indent}<text x="{}" y="{}" font-family="{}" font-size="{}" font-weight="{weight}" fill="{}" xml:space="preserve">{}</text>"#,
            num(run.x),
            num(run.y),
            self.family,
            num(run.size),
            run.color.hex(),
            escape(&run.text)
        );
    }
}

/// The SVG `d` attribute of a path.
fn d(path: &Path) -> String {
    struct D(String);
    impl Outline for D {
        fn move_to(&mut self, x: f32, y: f32) {
            let _ = write!(self.0, "M{} {}", num(x), num(y));
        }
        fn line_to(&mut self, x: f32, y: f32) {
            let _ = write!(self.0, "L{} {}", num(x), num(y));
        }
        fn cubic_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
            let points = [x1, y1, x2, y2, x, y].map(num).join(" ");
            let _ = write!(self.0, "C{points}");
        }
        fn close(&mut self) {
            self.0.push('Z');
        }
    }
    let mut out = D(String::new());
    path.trace(&mut out);
    out.0
}

/// A coordinate with at most three decimals and no trailing zeros.
fn num(value: f32) -> String {
    let text = format!("{value:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_string()
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::scene::{PlacedGlyph, Rgb, Scene};

    #[test]
    fn a_scene_becomes_a_print_sized_svg_with_real_text() {
        let mut scene = Scene::default();
        scene.fill(Path::rect(0.0, 0.0, 10.0, 10.0), Rgb(0xc6, 0x28, 0x39));
        let mut inner = Scene::default();
        inner.text(TextRun {
            x: 1.5,
            y: 20.0,
            size: 9.0,
            weight: Weight::Bold,
            color: Rgb::BLACK,
            text: "邻里 <破冰> & \"你\"".into(),
            glyphs: vec![PlacedGlyph {
                id: 1,
                advance: 1.0,
                text: 0..3,
            }],
        });
        scene.group(Transform::half_turn(5.0, 5.0), inner);
        let svg = document(&scene.items, (0.0, 0.0, 178.583, 249.449), "LXGW WenKai");
        assert!(svg.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" width="63.00mm" height="88.00mm" viewBox="0 0 178.583 249.449">"#), "{svg}");
        assert!(
            svg.contains(r##"<path d="M0 0L10 0L10 10L0 10Z" fill="#c62839"/>"##),
            "{svg}"
        );
        assert!(
            svg.contains(r#"<g transform="matrix(-1 0 0 -1 10 10)">"#),
            "{svg}"
        );
        assert!(
            svg.contains(">邻里 &lt;破冰&gt; &amp; &quot;你&quot;</text>"),
            "{svg}"
        );
        assert!(svg.contains(r#"font-weight="bold""#));
        assert!(
            svg.contains(r#"font-family="'LXGW WenKai', 'Noto Sans CJK SC'"#),
            "{svg}"
        );
        assert!(svg.trim_end().ends_with("</svg>"));
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(-0.0001), "0");
        assert_eq!(num(2.5), "2.5");
        assert_eq!(num(1.23456), "1.235");
    }
}
