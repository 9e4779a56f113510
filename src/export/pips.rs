//! The suit symbols and the jokers' home, drawn as outlines.
//!
//! They are paths rather than font glyphs so they look the same with any
//! `--font` (many fonts lack ♣ or draw ♥ as an outline), can be as large as
//! the design wants, and need no glyph check.

use super::scene::{Path, Segment};
use crate::deck::Suit;

/// The shape of `suit` in a box `size` points square, top-left at (x, y).
pub fn suit(suit: Suit, x: f32, y: f32, size: f32) -> Path {
    unit(suit).placed(size, x, y)
}

/// The jokers' motif, a home with a heart for a window (邻里: the people
/// next door), in a box `size` points square, top-left at (x, y). One path:
/// the heart is wound the other way round from the house, so it is a hole
/// and the ground shows through it.
pub fn home(x: f32, y: f32, size: f32) -> Path {
    use Segment::{Close, Line, Move};
    let mut path = Path(vec![
        // The roof, the chimney and the walls, counter-clockwise on the page.
        Move(0.5, 0.04),
        Line(0.0, 0.47),
        Line(1.0, 0.47),
        Close,
        Move(0.68, 0.1),
        Line(0.68, 0.3),
        Line(0.82, 0.3),
        Line(0.82, 0.1),
        Close,
        Move(0.13, 0.4),
        Line(0.13, 0.98),
        Line(0.87, 0.98),
        Line(0.87, 0.4),
        Close,
    ]);
    // The suits' heart is drawn clockwise: a hole in the walls.
    path.0.extend(unit(Suit::Hearts).placed(0.4, 0.3, 0.5).0);
    path.placed(size, x, y)
}

/// The suit's outline in the unit square.
fn unit(suit: Suit) -> Path {
    use Segment::{Close, Cubic, Line, Move};
    match suit {
        Suit::Hearts => Path(vec![
            Move(0.5, 0.96),
            Cubic(0.16, 0.7, 0.0, 0.5, 0.0, 0.3),
            Cubic(0.0, 0.13, 0.12, 0.03, 0.27, 0.03),
            Cubic(0.38, 0.03, 0.46, 0.09, 0.5, 0.19),
            Cubic(0.54, 0.09, 0.62, 0.03, 0.73, 0.03),
            Cubic(0.88, 0.03, 1.0, 0.13, 1.0, 0.3),
            Cubic(1.0, 0.5, 0.84, 0.7, 0.5, 0.96),
            Close,
        ]),
        Suit::Diamonds => Path(vec![
            Move(0.5, 0.0),
            Line(0.86, 0.5),
            Line(0.5, 1.0),
            Line(0.14, 0.5),
            Close,
        ]),
        Suit::Spades => Path(vec![
            Move(0.5, 0.02),
            Cubic(0.84, 0.3, 1.0, 0.46, 1.0, 0.63),
            Cubic(1.0, 0.78, 0.89, 0.86, 0.76, 0.86),
            Cubic(0.65, 0.86, 0.57, 0.81, 0.53, 0.74),
            Cubic(0.54, 0.86, 0.59, 0.94, 0.68, 1.0),
            Line(0.32, 1.0),
            Cubic(0.41, 0.94, 0.46, 0.86, 0.47, 0.74),
            Cubic(0.43, 0.81, 0.35, 0.86, 0.24, 0.86),
            Cubic(0.11, 0.86, 0.0, 0.78, 0.0, 0.63),
            Cubic(0.0, 0.46, 0.16, 0.3, 0.5, 0.02),
            Close,
        ]),
        Suit::Clubs => {
            let mut path = Path::default();
            path.push_circle(0.5, 0.27, 0.23);
            path.push_circle(0.25, 0.58, 0.23);
            path.push_circle(0.75, 0.58, 0.23);
            path.push_circle(0.5, 0.52, 0.14);
            path.0.extend([
                Move(0.46, 0.55),
                Line(0.54, 0.55),
                Cubic(0.55, 0.8, 0.6, 0.93, 0.7, 1.0),
                Line(0.3, 1.0),
                Cubic(0.4, 0.93, 0.45, 0.8, 0.46, 0.55),
                Close,
            ]);
            path
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points(path: &Path) -> Vec<(f32, f32)> {
        path.0
            .iter()
            .flat_map(|segment| match *segment {
                Segment::Move(x, y) | Segment::Line(x, y) => vec![(x, y)],
                Segment::Cubic(x1, y1, x2, y2, x, y) => vec![(x1, y1), (x2, y2), (x, y)],
                Segment::Close => vec![],
            })
            .collect()
    }

    #[test]
    fn every_shape_stays_in_its_box() {
        let mut shapes: Vec<Path> = Suit::ALL
            .iter()
            .map(|&s| suit(s, 10.0, 20.0, 8.0))
            .collect();
        shapes.push(home(10.0, 20.0, 8.0));
        for shape in shapes {
            assert!(matches!(shape.0.first(), Some(Segment::Move(..))));
            for (x, y) in points(&shape) {
                assert!(
                    (10.0..=18.0).contains(&x) && (20.0..=28.0).contains(&y),
                    "{x},{y}"
                );
            }
        }
    }

    #[test]
    fn suits_are_symmetric_left_to_right() {
        for s in Suit::ALL {
            let pts = points(&unit(s));
            let (min, max) = pts
                .iter()
                .fold((1.0f32, 0.0f32), |(lo, hi), &(x, _)| (lo.min(x), hi.max(x)));
            assert!((min + max - 1.0).abs() < 0.02, "{s:?}: {min}..{max}");
        }
    }
}
