//! Words every error shares: the labels `error:` and `hint:`, and the
//! reasons the operating system gives for a file it could not read or write
//! (its own messages are English only).

use std::io;
use std::path::Path;

use super::{Lang, Text, fill_named};

crate::strings! {
    /// Before an error on the command line.
    ERROR { zh: "错误：", en: "error: " }
    /// Before the hint under an error.
    HINT { zh: "提示：", en: "hint: " }

    IO_NOT_FOUND { zh: "文件或文件夹不存在", en: "no such file or folder" }
    IO_PERMISSION { zh: "没有权限", en: "permission denied" }
    IO_EXISTS { zh: "已经存在", en: "it already exists" }
    IO_IS_FOLDER { zh: "这是一个文件夹", en: "it is a folder" }
    IO_NOT_FOLDER { zh: "路径中有一部分不是文件夹", en: "a part of the path is not a folder" }
    IO_READ_ONLY { zh: "磁盘是只读的", en: "the disk is read-only" }
    IO_FULL { zh: "磁盘已满", en: "the disk is full" }
    IO_TOO_LARGE { zh: "文件太大", en: "the file is too large" }
    IO_NOT_TEXT { zh: "内容不是 UTF-8 文本", en: "it is not UTF-8 text" }
    IO_CUT_SHORT { zh: "文件提前结束了", en: "the file ends too early" }
    IO_INTERRUPTED { zh: "被中断了", en: "it was interrupted" }
    IO_TIMED_OUT { zh: "等待超时", en: "it timed out" }
    IO_BUSY { zh: "正被别的程序占用", en: "another program is using it" }
    IO_BAD_NAME { zh: "文件名无效", en: "the file name is not valid" }
    IO_UNSUPPORTED { zh: "这个系统不支持这样做", en: "this system does not support it" }
    IO_OTHER { zh: "系统错误（{detail}）", en: "{detail}" }

    // The command line's own errors (`crate::Error`).
    UNKNOWN_CARD { zh: "没有编号为 `{id}` 的牌（{deck}）", en: "there is no card `{id}` in {deck}" }
    UNKNOWN_CARD_SUGGEST {
        zh: "是不是 `{id}`？`xiaoshi deck list` 列出所有编号",
        en: "did you mean `{id}`? `xiaoshi deck list` shows every id",
    }
    UNKNOWN_CARD_HINT { zh: "`xiaoshi deck list` 列出所有编号", en: "`xiaoshi deck list` shows every id" }
    PARTICIPANTS_FILE {
        zh: "无法读取参与者文件 {path}：{reason}",
        en: "cannot read the participants file {path}: {reason}",
    }
    CANNOT_READ { zh: "无法读取 {path}：{reason}", en: "cannot read {path}: {reason}" }
    CANNOT_WRITE { zh: "无法写入 {path}：{reason}", en: "cannot write {path}: {reason}" }
    CANNOT_WRITE_FILES {
        zh: "无法写入 {path}：{reason}（{total} 个文件已写入 {written} 个）",
        en: "cannot write {path}: {reason} ({written} of {total} files were written)",
    }
    NOT_A_FOLDER { zh: "{path} 是文件，不是文件夹", en: "{path} is a file, not a folder" }
    NOT_A_FOLDER_HINT {
        zh: "SVG 和 PNG 是一张牌一个文件：用 --out 给一个文件夹",
        en: "SVG and PNG are one file a card: give a folder with --out",
    }
    NEEDS_TERMINAL { zh: "工作坊界面需要在终端里打开", en: "the workshop screen needs a terminal" }
    NEEDS_TERMINAL_HINT {
        zh: "不用终端也能发牌：`xiaoshi workshop deal --participants \"王阿姨，李叔叔\" --save`",
        en: "`xiaoshi workshop deal --participants \"王阿姨,李叔叔\" --save` deals without one",
    }
    OUTPUT { zh: "无法输出：{reason}", en: "cannot write the output: {reason}" }
    NO_HOME {
        zh: "找不到存放打卡日记的主文件夹",
        en: "cannot find a home folder to keep the journal in",
    }
    NO_HOME_HINT {
        zh: "把 XIAOSHI_HOME 设为一个 xiaoshi 可以存放文件的文件夹",
        en: "set XIAOSHI_HOME to a folder where xiaoshi may keep its files",
    }
    BAD_NOW {
        zh: "XIAOSHI_NOW={value} 不是 RFC 3339 时间戳",
        en: "XIAOSHI_NOW={value} is not an RFC 3339 timestamp",
    }
    BAD_NOW_HINT {
        zh: "写成 2026-11-20T08:00:00+08:00 这样，或者取消这个设置以使用系统时钟",
        en: "write it like 2026-11-20T08:00:00+08:00, or unset it to use the system clock",
    }

    // The config file (`crate::config::ConfigError`).
    CONFIG_READ { zh: "无法读取配置文件 {path}：{reason}", en: "cannot read the config file {path}: {reason}" }
    CONFIG_HINT {
        zh: "配置文件的样子是 (day_starts_at: \"04:00\", lang: \"zh\", ambiguous_width: auto)；每一项都可以不写",
        en: "the config looks like (day_starts_at: \"04:00\", lang: \"zh\", ambiguous_width: auto); every key is optional",
    }
    CONFIG_DAY_START {
        zh: "{path}：day_starts_at 是 {value}：{reason}",
        en: "{path}: day_starts_at is {value}: {reason}",
    }
    CONFIG_AFTER_NOON { zh: "晚于中午", en: "it is after noon" }
    CONFIG_DAY_START_HINT {
        zh: "写一个 \"00:00\" 到 \"12:00\" 之间的时间，例如 \"04:00\"",
        en: "give a time of day between \"00:00\" and \"12:00\", like \"04:00\"",
    }
    CONFIG_LANG {
        zh: "{path}：lang 是 {value}，xiaoshi 会说的语言是 {langs}",
        en: "{path}: lang is {value}; xiaoshi speaks {langs}",
    }
    CONFIG_CANNOT_EDIT {
        zh: "没能把语言写进配置文件 {path}；文件没有改动",
        en: "the language could not be written into the config file {path}; it was left as it is",
    }
    CONFIG_CANNOT_EDIT_HINT { zh: "在文件里手动加一行 lang: \"{code}\",", en: "add the line lang: \"{code}\", to it by hand" }

    // A file of xiaoshi's own that does not parse (a journal month, a session).
    UNCHANGED { zh: "文件没有改动。", en: "It has not been changed." }
    RESTORE_HINT {
        zh: "手动修好这个文件，或者恢复上一个版本：\n    cp '{backup}' '{path}'",
        en: "fix the file by hand, or restore the previous version:\n    cp '{backup}' '{path}'",
    }
    FIX_HINT {
        zh: "在那个位置手动修好这个文件（它没有备份）",
        en: "fix the file by hand at that spot (no backup of it exists)",
    }
    UPDATE_HINT { zh: "更新 xiaoshi 后再用这个文件", en: "update xiaoshi to use this file" }

    // What is wrong at a place in a RON file (see `crate::ronfile::Syntax`).
    RON_NOT_UTF8 { zh: "文件不是 UTF-8 文本", en: "the file is not UTF-8 text" }
    RON_UNCLOSED {
        zh: "文件提前结束了：有括号或引号没有闭合",
        en: "the file ends too early: a bracket or quote is not closed",
    }
    RON_TOO_DEEP {
        zh: "括号嵌套太深（超过 {limit} 层）",
        en: "brackets are nested too deeply (more than {limit} levels)",
    }
    RON_UNKNOWN_FIELD {
        zh: "不认识的字段 `{found}`；这里可以写：{expected}",
        en: "unknown field `{found}`; expected one of: {expected}",
    }
    RON_MISSING_FIELD_OF { zh: "{outer}缺少字段 `{field}`", en: "{outer} is missing the field `{field}`" }
    RON_MISSING_FIELD { zh: "缺少字段 `{field}`", en: "missing the field `{field}`" }
    RON_DUPLICATE_FIELD { zh: "字段 `{field}` 写了两次", en: "the field `{field}` is given twice" }
    RON_COMMA {
        zh: "这里应该有逗号：是不是这里或上一行末尾少了一个？",
        en: "expected a comma: is one missing here or at the end of the line before?",
    }
    RON_NUMBER { zh: "这里应该是整数，例如 30", en: "expected a whole number, such as 30" }
    RON_NUMBER_RANGE { zh: "这个数超出了范围", en: "this number is out of range here" }
    RON_TEXT {
        zh: "这里应该是双引号里的文字，例如 \"打个招呼\"",
        en: "expected text in double quotes, such as \"Say hello\"",
    }
    RON_TEXTS {
        zh: "这里应该是每种语言的文字：{example}",
        en: "expected the text in every language: {example}",
    }
    RON_OPEN { zh: "这里应该用 `(` 开始{name}", en: "expected `(` to open {name}" }
    RON_TRAILING { zh: "最后的 `)` 之后还有多余的内容", en: "unexpected text after the closing `)`" }
    RON_UNKNOWN_VALUE {
        zh: "这里不能写 `{found}`；可以写：{expected}",
        en: "`{found}` is not allowed here; expected one of: {expected}",
    }
    RON_CARD { zh: "这张牌", en: "the card" }
    RON_DECK { zh: "牌组", en: "the deck" }
    RON_CONFIG { zh: "配置", en: "the config" }
    RON_JOURNAL { zh: "日记文件", en: "the journal file" }
    RON_SESSION { zh: "工作坊文件", en: "the session file" }
    RON_OTHER { zh: "这里的写法无法读取{detail}", en: "{detail}" }
}

/// Why a file operation failed, in words. The operating system's own
/// message is English (xiaoshi does not set a C locale), so other languages
/// say the kind of failure, or its code.
pub fn io_reason(error: &io::Error, lang: Lang) -> String {
    use io::ErrorKind as K;
    let text: Option<Text> = match error.kind() {
        K::NotFound => Some(IO_NOT_FOUND),
        K::PermissionDenied => Some(IO_PERMISSION),
        K::AlreadyExists => Some(IO_EXISTS),
        K::IsADirectory => Some(IO_IS_FOLDER),
        K::NotADirectory => Some(IO_NOT_FOLDER),
        K::ReadOnlyFilesystem => Some(IO_READ_ONLY),
        K::StorageFull | K::QuotaExceeded => Some(IO_FULL),
        K::FileTooLarge => Some(IO_TOO_LARGE),
        K::InvalidData => Some(IO_NOT_TEXT),
        K::UnexpectedEof => Some(IO_CUT_SHORT),
        K::Interrupted => Some(IO_INTERRUPTED),
        K::TimedOut => Some(IO_TIMED_OUT),
        K::ResourceBusy | K::WouldBlock => Some(IO_BUSY),
        K::InvalidFilename => Some(IO_BAD_NAME),
        K::Unsupported => Some(IO_UNSUPPORTED),
        _ => None,
    };
    match text {
        Some(text) => text.get(lang).to_string(),
        None => {
            // The system's own words where they are in this language, else its code.
            let detail = if lang.info().library_words {
                error.to_string()
            } else {
                error.raw_os_error().map_or_else(
                    || format!("{:?}", error.kind()),
                    |code| format!("os error {code}"),
                )
            };
            fill_named(IO_OTHER.get(lang), &[("detail", &detail)])
        }
    }
}

/// What to tell a user whose file does not parse: fix it, or restore the
/// backup xiaoshi kept (with the command to do so).
pub fn restore_hint(path: &Path, lang: Lang) -> String {
    match crate::fsutil::existing_backup(path) {
        Some(backup) => fill_named(
            RESTORE_HINT.get(lang),
            &[("backup", &backup.display()), ("path", &path.display())],
        ),
        None => FIX_HINT.get(lang).to_string(),
    }
}
