//! Strings of the storage layer ([`crate::storage`]): files that cannot be
//! read or written, locks, names, read-only media, journal events that
//! cannot be kept, session files, and the workshop screen's merge.

use super::Lang;

crate::strings! {
    CANNOT_LOCK {
        zh: "无法使用锁文件 {path}：{reason}",
        en: "cannot use the lock file {path}: {reason}",
    }
    NOTHING_CHANGED {
        zh: "没有改动任何东西。",
        en: "Nothing was changed.",
    }
    READ_ONLY {
        zh: "{path} 在只读的磁盘或文件夹上，无法写入。没有改动任何东西。",
        en: "{path} is on a read-only disk or folder: nothing can be written there. Nothing was changed.",
    }
    READ_ONLY_HINT {
        zh: "查看和导出仍然可以；要写入，把数据文件夹复制到可写的地方，再用 XIAOSHI_HOME 指向它",
        en: "reading and exporting still work; to write, copy the data folder somewhere writable and point XIAOSHI_HOME at it",
    }
    LOCK_IS_LINK {
        zh: "锁文件 {path} 是一个符号链接：为了安全，xiaoshi 不会跟随它",
        en: "the lock file {path} is a symbolic link: for safety, xiaoshi does not follow it",
    }
    LOCK_NOT_FILE {
        zh: "锁文件 {path} 不是普通文件",
        en: "the lock file {path} is not a regular file",
    }
    LOCK_HINT {
        zh: "删除它（rm '{path}'），xiaoshi 下次会新建一个；你的记录不在这个文件里",
        en: "remove it (rm '{path}') and xiaoshi makes a new one; none of your records are in it",
    }
    BUSY {
        zh: "另一个 xiaoshi 正在使用 {path}，等了 {seconds} 秒还没有结束。没有改动任何东西。",
        en: "another xiaoshi is using {path} and has not finished after {seconds} s. Nothing was changed.",
    }
    BUSY_HINT {
        zh: "等它结束后再试一次（例如关掉另一个窗口里的 xiaoshi）",
        en: "try again when it has finished (for example, close xiaoshi in another window)",
    }
    /// Said on standard error while a lock is waited for.
    WAITING {
        zh: "正在等待另一个 xiaoshi 用完 {path}……",
        en: "waiting for another xiaoshi to finish with {path}…",
    }
    TOO_LARGE {
        zh: "{path} 超过 {limit}，太大了，不像是这类文件",
        en: "{path} is larger than {limit}: too large for a file of this kind",
    }
    BAD_NAME {
        zh: "「{name}」不能用作名称：{problem}",
        en: "`{name}` cannot be used as a name: {problem}",
    }
    NAME_HINT {
        zh: "名称可以用汉字、字母、数字、- 和 _，最多 64 个字",
        en: "a name may use letters (Chinese too), digits, - and _, up to 64 characters",
    }
    NAME_EMPTY {
        zh: "它是空的",
        en: "it is empty",
    }
    NAME_TOO_LONG {
        zh: "超过 64 个字",
        en: "it is longer than 64 characters",
    }
    NAME_CHARACTER {
        zh: "含有不能用的字符 {char}",
        en: "it holds the character {char}",
    }
    NAME_LEADING_DASH {
        zh: "不能以 - 开头",
        en: "it starts with -",
    }
    NAME_RESERVED {
        zh: "这是系统保留的设备名",
        en: "it is a device name the system reserves",
    }
    /// Where an event is when it has no line: the n-th record of a file.
    RECORD {
        zh: "{file} 第 {n} 条",
        en: "{file}, record {n}",
    }
    OUT_OF_RANGE {
        zh: "{place}：事件 {id} 的日期 {day} 不在 {first} 至 {last} 年之间",
        en: "{place}: the event {id} is dated {day}, outside the years {first} to {last}",
    }
    OUT_OF_RANGE_HINT {
        zh: "改正这个日期（或删掉这条事件）后再试；没有改动任何东西",
        en: "correct the date (or remove the event) and try again; nothing was changed",
    }
    WRONG_MONTH {
        zh: "{place}：事件 {id} 的日期 {day} 不属于 {month} 这个月的文件",
        en: "{place}: the event {id} is dated {day}, which does not belong in the file of {month}",
    }
    WRONG_MONTH_HINT {
        zh: "把这条事件移到它那个月的文件里（或改正日期）；xiaoshi 不会改动这个文件",
        en: "move the event to its own month's file (or correct the date); xiaoshi leaves this file as it is",
    }
    /// A change written to the journal that does not show when read back.
    NOT_APPLIED {
        zh: "写入的更改（{day} 的 {kind}）读回时没有生效，所以不算成功",
        en: "the change written ({kind} for {day}) does not show when the journal is read back, so it did not succeed",
    }
    NOT_APPLIED_HINT {
        zh: "`xiaoshi why` 和 `xiaoshi journal export` 显示记录里有什么；请把这个情况报告给开发者",
        en: "`xiaoshi why` and `xiaoshi journal export` show what the journal holds; please report this",
    }
    BAD_SESSION_ID {
        zh: "{path}：工作坊文件里的名称 {id} 不能用：{problem}",
        en: "{path}: the session's id {id} cannot be used: {problem}",
    }
    BAD_SESSION_ID_HINT {
        zh: "这个文件不是 xiaoshi 写的，或者被改过；xiaoshi 不会按它写任何文件",
        en: "the file was not written by xiaoshi, or was edited; xiaoshi writes nothing where it says",
    }
    /// The facilitator's screen after saving: pledges made elsewhere were kept.
    MERGED_ELSEWHERE {
        zh: "已保存，并保留了在别处做的承诺更改：{names}。",
        en: "Saved, keeping pledges changed elsewhere: {names}.",
    }
    /// Both here and elsewhere changed the same participant's pledge.
    MERGE_CONFLICT {
        zh: "{names} 的承诺在这里和别处都改了，保留了这里的。",
        en: "{names}: pledge changed here and elsewhere; this screen's is kept.",
    }
    /// A pledge made elsewhere on a card this screen has swapped or dealt away.
    MERGE_DROPPED {
        zh: "{names} 在别处承诺的牌已经不在手里，承诺没有保留：请再承诺一次。",
        en: "{names}: the card pledged elsewhere is no longer in the hand, so that pledge was not kept; pledge again.",
    }
}

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
