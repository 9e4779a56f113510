//! Writes a sample leader's group sheet (members × 21 days), the page the
//! `group` command prints, for looking at it and for docs/group-sheet.png.
//!
//! ```sh
//! cargo run --example group_sheet -- OUT.pdf [zh|en|both] [START_DATE] [MEMBERS]
//! ```
//!
//! `START_DATE` defaults to 2026-12-01, `MEMBERS` to 24 sample names.

use std::error::Error;

use jiff::civil::Date;
use xiaoshi::export::{Fonts, Paper, group_sheet_pdf};
use xiaoshi::i18n::{Lang, Printed};

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let out = args
        .next()
        .ok_or("usage: group_sheet OUT.pdf [zh|en|both] [START] [MEMBERS]")?;
    let lang = match args.next().as_deref() {
        Some("en") => Printed::only(Lang::En),
        Some("both") => Printed::paired(Lang::Zh),
        _ => Printed::only(Lang::Zh),
    };
    let start: Date = args.next().as_deref().unwrap_or("2026-12-01").parse()?;
    let count: usize = args.next().as_deref().unwrap_or("24").parse()?;
    let names = [
        "王阿姨",
        "李叔叔",
        "小明(502)",
        "陈老师",
        "刘师傅",
        "张奶奶",
        "赵大姐",
        "孙阿姨",
        "周爷爷",
        "吴姐",
        "郑老师",
        "冯阿婆",
        "Lucy",
        "何叔",
        "马大哥",
        "黄阿姨",
    ];
    let members: Vec<String> = (0..count)
        .map(|i| match names.get(i) {
            Some(name) => name.to_string(),
            None => format!("邻居{}号", i + 1),
        })
        .collect();
    let fonts = Fonts::builtin()?;
    let bytes = group_sheet_pdf(&fonts, Paper::A4, lang, &members, start)?;
    std::fs::write(&out, bytes)?;
    eprintln!("wrote {out}");
    Ok(())
}
