//! A one-line text field that works for Chinese: the cursor moves by
//! character and is placed by display width, so it sits right after a wide
//! character; text typed through an input method or pasted arrives whole.

use super::app::Edit;
use crate::text;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineEditor {
    text: String,
    /// The cursor, as a count of characters before it.
    cursor: usize,
}

impl LineEditor {
    pub fn with_text(text: &str) -> LineEditor {
        LineEditor {
            text: text.to_string(),
            cursor: text.chars().count(),
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    fn byte_at(&self, chars: usize) -> usize {
        self.text
            .char_indices()
            .nth(chars)
            .map_or(self.text.len(), |(index, _)| index)
    }

    pub fn apply(&mut self, edit: Edit) {
        let len = self.text.chars().count();
        match edit {
            Edit::Insert(input) => {
                // A note is one line: pasted line breaks become spaces.
                let clean: String = input
                    .chars()
                    .map(|c| if c.is_control() { ' ' } else { c })
                    .collect();
                let at = self.byte_at(self.cursor);
                self.text.insert_str(at, &clean);
                self.cursor += clean.chars().count();
            }
            Edit::Backspace if self.cursor > 0 => {
                let at = self.byte_at(self.cursor - 1);
                self.text.remove(at);
                self.cursor -= 1;
            }
            Edit::Delete if self.cursor < len => {
                let at = self.byte_at(self.cursor);
                self.text.remove(at);
            }
            Edit::Left => self.cursor = self.cursor.saturating_sub(1),
            Edit::Right => self.cursor = (self.cursor + 1).min(len),
            Edit::Home => self.cursor = 0,
            Edit::End => self.cursor = len,
            Edit::Clear => {
                self.text.clear();
                self.cursor = 0;
            }
            Edit::Backspace | Edit::Delete => {}
        }
    }

    /// What to show in a field `columns` wide, and the cursor's column in it:
    /// the text scrolls so the cursor stays in view, never cutting a character.
    pub fn visible(&self, columns: usize) -> (&str, usize) {
        let before = &self.text[..self.byte_at(self.cursor)];
        let mut start = 0;
        // Drop characters from the left until the cursor fits (one column
        // kept for the cursor itself).
        while text::width(&before[start..]) + 1 > columns.max(1) && start < before.len() {
            start += before[start..].chars().next().map_or(1, char::len_utf8);
        }
        let shown = text::truncate(&self.text[start..], columns.saturating_sub(1));
        (shown, text::width(&before[start..]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(steps: &[Edit]) -> LineEditor {
        let mut editor = LineEditor::default();
        for step in steps {
            editor.apply(step.clone());
        }
        editor
    }

    #[test]
    fn the_cursor_moves_by_character_and_sits_by_width() {
        let editor = typed(&[
            Edit::Insert("收快递".into()),
            Edit::Left,
            Edit::Insert("了".into()),
        ]);
        assert_eq!(editor.text(), "收快了递");
        assert_eq!(editor.visible(40), ("收快了递", 6));
    }

    #[test]
    fn backspace_and_delete_remove_whole_characters() {
        let editor = typed(&[
            Edit::Insert("邻里ab".into()),
            Edit::Home,
            Edit::Delete,
            Edit::End,
            Edit::Backspace,
            Edit::Backspace,
            Edit::Backspace,
            Edit::Backspace,
        ]);
        assert_eq!(editor.text(), "");
    }

    #[test]
    fn pasted_line_breaks_become_spaces() {
        let editor = typed(&[Edit::Insert("第一行\n第二行".into())]);
        assert_eq!(editor.text(), "第一行 第二行");
    }

    #[test]
    fn long_text_scrolls_to_keep_the_cursor_in_view() {
        let editor = LineEditor::with_text("一二三四五六七八九十");
        let (shown, cursor) = editor.visible(9);
        assert_eq!(shown, "七八九十");
        assert_eq!(cursor, 8);
        assert!(text::width(shown) < 9);
    }
}
