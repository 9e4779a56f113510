//! Strings of the storage layer ([`crate::storage`]): files that cannot be
//! read or written, locks, names, read-only media.

use super::{Lang, Text};

pub const CANNOT_READ: Text =
    Text::new("无法读取 {path}：{reason}", "cannot read {path}: {reason}");
pub const CANNOT_WRITE: Text =
    Text::new("无法写入 {path}：{reason}", "cannot write {path}: {reason}");
pub const CANNOT_LOCK: Text = Text::new(
    "无法使用锁文件 {path}：{reason}",
    "cannot use the lock file {path}: {reason}",
);
pub const NOTHING_CHANGED: Text = Text::new("没有改动任何东西。", "Nothing was changed.");

pub const READ_ONLY: Text = Text::new(
    "{path} 在只读的磁盘或文件夹上，无法写入。没有改动任何东西。",
    "{path} is on a read-only disk or folder: nothing can be written there. Nothing was changed.",
);
pub const READ_ONLY_HINT: Text = Text::new(
    "查看和导出仍然可以；要写入，把数据文件夹复制到可写的地方，再用 XIAOSHI_HOME 指向它",
    "reading and exporting still work; to write, copy the data folder somewhere writable and point XIAOSHI_HOME at it",
);

pub const LOCK_IS_LINK: Text = Text::new(
    "锁文件 {path} 是一个符号链接：为了安全，xiaoshi 不会跟随它",
    "the lock file {path} is a symbolic link: for safety, xiaoshi does not follow it",
);
pub const LOCK_NOT_FILE: Text = Text::new(
    "锁文件 {path} 不是普通文件",
    "the lock file {path} is not a regular file",
);
pub const LOCK_HINT: Text = Text::new(
    "删除它（rm '{path}'），xiaoshi 下次会新建一个；你的记录不在这个文件里",
    "remove it (rm '{path}') and xiaoshi makes a new one; none of your records are in it",
);
pub const BUSY: Text = Text::new(
    "另一个 xiaoshi 正在使用 {path}，等了 {seconds} 秒还没有结束。没有改动任何东西。",
    "another xiaoshi is using {path} and has not finished after {seconds} s. Nothing was changed.",
);
pub const BUSY_HINT: Text = Text::new(
    "等它结束后再试一次（例如关掉另一个窗口里的 xiaoshi）",
    "try again when it has finished (for example, close xiaoshi in another window)",
);
/// Said on standard error while a lock is waited for.
pub const WAITING: Text = Text::new(
    "正在等待另一个 xiaoshi 用完 {path}……",
    "waiting for another xiaoshi to finish with {path}…",
);

pub const TOO_LARGE: Text = Text::new(
    "{path} 超过 {limit}，太大了，不像是这类文件",
    "{path} is larger than {limit}: too large for a file of this kind",
);

pub const BAD_NAME: Text = Text::new(
    "「{name}」不能用作名称：{problem}",
    "`{name}` cannot be used as a name: {problem}",
);
pub const NAME_HINT: Text = Text::new(
    "名称可以用汉字、字母、数字、- 和 _，最多 64 个字",
    "a name may use letters (Chinese too), digits, - and _, up to 64 characters",
);
pub const NAME_EMPTY: Text = Text::new("它是空的", "it is empty");
pub const NAME_TOO_LONG: Text = Text::new("超过 64 个字", "it is longer than 64 characters");
pub const NAME_CHARACTER: Text =
    Text::new("含有不能用的字符 {char}", "it holds the character {char}");
pub const NAME_LEADING_DASH: Text = Text::new("不能以 - 开头", "it starts with -");
pub const NAME_RESERVED: Text = Text::new(
    "这是系统保留的设备名",
    "it is a device name the system reserves",
);

// Journal events that cannot be kept.
/// Where an event is when it has no line: the n-th record of a file.
pub const RECORD: Text = Text::new("{file} 第 {n} 条", "{file}, record {n}");
pub const OUT_OF_RANGE: Text = Text::new(
    "{place}：事件 {id} 的日期 {day} 不在 {first} 至 {last} 年之间",
    "{place}: the event {id} is dated {day}, outside the years {first} to {last}",
);
pub const OUT_OF_RANGE_HINT: Text = Text::new(
    "改正这个日期（或删掉这条事件）后再试；没有改动任何东西",
    "correct the date (or remove the event) and try again; nothing was changed",
);
pub const WRONG_MONTH: Text = Text::new(
    "{place}：事件 {id} 的日期 {day} 不属于 {month} 这个月的文件",
    "{place}: the event {id} is dated {day}, which does not belong in the file of {month}",
);
pub const WRONG_MONTH_HINT: Text = Text::new(
    "把这条事件移到它那个月的文件里（或改正日期）；xiaoshi 不会改动这个文件",
    "move the event to its own month's file (or correct the date); xiaoshi leaves this file as it is",
);

/// A change written to the journal that does not show when read back.
pub const NOT_APPLIED: Text = Text::new(
    "写入的更改（{day} 的 {kind}）读回时没有生效，所以不算成功",
    "the change written ({kind} for {day}) does not show when the journal is read back, so it did not succeed",
);
pub const NOT_APPLIED_HINT: Text = Text::new(
    "`xiaoshi why` 和 `xiaoshi journal export` 显示记录里有什么；请把这个情况报告给开发者",
    "`xiaoshi why` and `xiaoshi journal export` show what the journal holds; please report this",
);

// Workshop session files.
pub const BAD_SESSION_ID: Text = Text::new(
    "{path}：工作坊文件里的名称 {id} 不能用：{problem}",
    "{path}: the session's id {id} cannot be used: {problem}",
);
pub const BAD_SESSION_ID_HINT: Text = Text::new(
    "这个文件不是 xiaoshi 写的，或者被改过；xiaoshi 不会按它写任何文件",
    "the file was not written by xiaoshi, or was edited; xiaoshi writes nothing where it says",
);
/// The facilitator's screen after saving: pledges made elsewhere were kept.
pub const MERGED_ELSEWHERE: Text = Text::new(
    "已保存，并保留了在别处做的承诺更改：{names}。",
    "Saved, keeping pledges changed elsewhere: {names}.",
);
/// Both here and elsewhere changed the same participant's pledge.
pub const MERGE_CONFLICT: Text = Text::new(
    "{names} 的承诺在这里和别处都改了，保留了这里的。",
    "{names}: pledge changed here and elsewhere; this screen's is kept.",
);

// Reasons the system gives, in words (its own messages are English only).
pub const IO_NOT_FOUND: Text = Text::new("文件或文件夹不存在", "no such file or folder");
pub const IO_PERMISSION: Text = Text::new("没有权限", "permission denied");
pub const IO_READ_ONLY: Text = Text::new("磁盘是只读的", "the disk is read-only");
pub const IO_FULL: Text = Text::new("磁盘已满", "the disk is full");
pub const IO_IS_FOLDER: Text = Text::new("这是一个文件夹", "it is a folder");
pub const IO_OTHER: Text = Text::new("系统错误（{detail}）", "{detail}");

/// A size in bytes, as a person reads it: `4 MiB`, `256 KiB`, `100 B`.
pub fn size(bytes: u64, _lang: Lang) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * KIB;
    match bytes {
        b if b >= MIB && b % MIB == 0 => format!("{} MiB", b / MIB),
        b if b >= KIB && b % KIB == 0 => format!("{} KiB", b / KIB),
        b => format!("{b} B"),
    }
}
