#!/usr/bin/env python3
"""The TUI's first frame, timed in a pseudo-terminal that answers the
ambiguous-width probe (src/tui/probe.rs) the way a terminal does.

    python3 benches/first_frame.py BINARY ANSWER RUNS [NAME=VALUE ...]

ANSWER is what the "terminal" says when asked where the cursor went after
the probe's ♥: `narrow` (ESC[1;2R), `wide` (ESC[1;3R), or `silent` (nothing,
not even to "what are you?"). NAME=VALUE pairs are added to the TUI's
environment (e.g. XIAOSHI_AMBIGUOUS=wide, which skips the probe); -NAME
takes NAME out of it (-TZ: the local time zone unset, as from cron).

The TUI runs at 160x48 on the journal in $XIAOSHI_HOME (default
/tmp/bench10y, made by `cargo run --release --example gen_journal --
/tmp/bench10y`) with the clock fixed at 2026-11-23 20:00 in Shanghai. The
clock starts just before fork+exec and stops when the frame's first bytes
(its title bar's date) arrive; the TUI is then sent `q`. Three warm-up runs
are not counted. With STRACE_DIR=folder each run is also traced
(`strace -ttt -f --seccomp-bpf -e trace=execve,write`) and the time from
execve to the first write of a whole frame, and from the probe's question to
its erasing, are reported too. With RAW_OUT=file every time (ms) is appended
to the file, to pool interleaved runs.

FRAME_ARGS (default `--no-anim`), FRAME_NOW (default
2026-11-23T20:00:00+08:00) and FRAME_WAIT (default the date shown,
2026-11-23) run another screen the same way: the group's grid is
`FRAME_ARGS="--no-anim group grid" FRAME_NOW=2026-12-20T20:00:00+08:00
FRAME_WAIT=2026-12-20` (see BENCHMARKS.md).
"""
import fcntl
import os
import pty
import select
import statistics
import struct
import sys
import termios
import time

COLS, ROWS = 160, 48
DATE = os.environ.get("FRAME_WAIT", "2026-11-23").encode()
ARGS = os.environ.get("FRAME_ARGS", "--no-anim").split()
NOW = os.environ.get("FRAME_NOW", "2026-11-23T20:00:00+08:00")
HOME = os.environ.get("XIAOSHI_HOME", "/tmp/bench10y")


def once(binary, answer, extra_env, trace=None):
    env = {
        "HOME": HOME,
        "XIAOSHI_HOME": HOME,
        "TZ": "Asia/Shanghai",
        "XIAOSHI_NOW": NOW,
        "TERM": "xterm-256color",
        "LANG": "zh_CN.UTF-8",
    }
    env.update(extra_env)
    env = {name: value for name, value in env.items() if value is not None}
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        if trace:
            os.execve("/usr/bin/strace", ["strace", "-ttt", "-f", "--seccomp-bpf", "-e",
                                          "trace=execve,write", "-o", trace, binary]
                      + ARGS, env)
        os.execve(binary, [binary] + ARGS, env)
    out = b""
    answered_position = answered_attributes = False
    frame_at = None
    while True:
        ready, _, _ = select.select([fd], [], [], 5)
        if not ready:
            break
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        now = time.perf_counter()
        out += data
        if b"\x1b[6n" in out and not answered_position:
            if answer != "silent":
                os.write(fd, b"\x1b[1;2R" if answer == "narrow" else b"\x1b[1;3R")
            answered_position = True
        if b"\x1b[c" in out and not answered_attributes:
            if answer != "silent":
                os.write(fd, b"\x1b[?62;22c")
            answered_attributes = True
        if DATE in out and frame_at is None:
            frame_at = now
            os.write(fd, b"q")
    os.waitpid(pid, 0)
    os.close(fd)
    first_frame = (frame_at - started) * 1000 if frame_at else None
    return first_frame, answered_position


def traced(path):
    """(execve -> first write of a whole frame, question -> erase), in ms."""
    execve = question = erase = frame = None
    for line in open(path):
        parts = line.split(None, 2)
        if len(parts) < 3:
            continue
        at, call = float(parts[1]), parts[2]
        if call.startswith("execve(") and execve is None:
            execve = at
        elif call.startswith("write(1,"):
            if "\\33[6n" in call and question is None:
                question = at
            elif "\\33[2K" in call and question is not None and erase is None:
                erase = at
            else:
                size = call.rsplit("=", 1)[-1].strip()
                if size.isdigit() and int(size) > 1000 and frame is None:
                    frame = at
    return ((frame - execve) * 1000 if frame and execve else None,
            (erase - question) * 1000 if erase and question else None)


def summary(name, values):
    values = sorted(values)
    return "%s: median %.2f ms, mean %.2f, min %.2f, max %.2f (%d runs)" % (
        name, statistics.median(values), statistics.mean(values), values[0], values[-1],
        len(values))


def main():
    binary, answer, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    extra = dict(
        (arg[1:], None) if arg.startswith("-") else tuple(arg.split("=", 1))
        for arg in sys.argv[4:]
    )
    for _ in range(3):
        once(binary, answer, extra)
    times, asked, frames, waits = [], 0, [], []
    trace_dir = os.environ.get("STRACE_DIR")
    for run in range(runs):
        trace = f"{trace_dir}/run{run}.txt" if trace_dir else None
        first_frame, was_asked = once(binary, answer, extra, trace)
        asked += was_asked
        if first_frame is not None:
            times.append(first_frame)
        if trace:
            frame, wait = traced(trace)
            if frame is not None:
                frames.append(frame)
            if wait is not None:
                waits.append(wait)
    if os.environ.get("RAW_OUT"):
        with open(os.environ["RAW_OUT"], "a") as raw:
            raw.write("".join(f"{t:.3f}\n" for t in times))
    print(f"{binary} answer={answer} {extra}: probe asked in {asked} of {runs} runs")
    print(summary("first frame (pty)", times))
    if frames:
        print(summary("execve to first frame write (strace)", frames))
    if waits:
        print(summary("probe question to erase (strace)", waits))


if __name__ == "__main__":
    main()
