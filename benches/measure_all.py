#!/usr/bin/env python3
"""Every figure of BENCHMARKS.md, measured again in one run on the current
binary, with the command that measured it.

    python3 benches/measure_all.py [--quick] [--no-build] [--work DIR]
                                   [--only SECTION[,SECTION...]]
                                   [--skip-criterion] [--skip-compare]
                                   [--fill BENCHMARKS.md] [--from RESULTS.json]

Sections (in this order; `--only startup,group` runs just those):

  startup    `--version`, `deck list`, `status`, `status --json` on the
             10-year journal, beside the floor (a Rust hello-world, as rustc
             links it and as xiaoshi is linked); `status` cold (summary
             deleted); peak RSS; callgrind instructions (also of `--help`,
             `--lang zh --help` and a usage error); the binary's size.
  tui        the TUI's first frame in a pty (benches/first_frame.py): the
             width probe answered narrow / wide, skipped by
             XIAOSHI_AMBIGUOUS, a terminal that never answers, and under
             strace; CPU and wake-ups of the idle TUI (tmux); its peak RSS
             on the home screen and after History and Why.
  workshop   `workshop deal` to 40 (text and --json); the workshop TUI's CPU
             and wake-ups, timer stopped and running (tmux).
  export     every kind of paper: the deck PDF (default, bleed, zh, large,
             plain backs), SVG, PNG, the tracker, the poster (A4, A3), the
             workshop notice (`workshop report --format pdf`, 40 pledges):
             time, user CPU, pages, bytes; peak RSS of `export`.
  group      `group review` warm, JSON and cold (100 members x 1 year),
             `rollup` of 600 summaries, the grid's first frame (pty).
  criterion  `cargo bench --bench NAME` for every bench of benches/*.rs,
             short times, medians read from criterion's estimates.json.
  compare    benches/compare.py (the peers and the floor), its output kept
             whole.

Sections whose figures can depend on the time zone run twice: `TZ` unset
(the zone from /etc/localtime, as for most people) and `TZ=Asia/Shanghai`.

Every figure gets a label, printed in the tables as `value` and listed at
the end as `⟨label⟩ = value`; the run's results are also saved as JSON
(WORK/results.json). BENCHMARKS.md's tables hold the labels as
placeholders, so `--fill BENCHMARKS.md` (after measuring, or with
`--from WORK/results.json` without measuring again) writes the figures in.

--quick: few runs, short criterion times, compare.py on two small sizes:
for checking the script, not for figures (about 5 minutes once built;
--fill refuses its figures). A full run is much longer, most of it
compare.py (four sizes up to 30 years, habitctl's ten habits under
callgrind): estimated at 40-60 minutes on the 2-core machine, 10-15 without
compare. Nothing else should run meanwhile: the load average is printed at
the start and the end.

A bench or a peer that fails does not stop the run: its table says why.

Needs hyperfine, valgrind, strace, tmux, pdfinfo (poppler-utils) and
/usr/bin/time (`apt-get install -y hyperfine valgrind strace tmux
poppler-utils time`). Standard library only.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compare  # noqa: E402  (build_hello, callgrind, peak_rss, shell_quote, say, run)

ROOT = compare.ROOT
BENCHES = ROOT / "benches"
SECTIONS = ["startup", "tui", "workshop", "export", "group", "criterion", "compare"]
ZONES = [None, "Asia/Shanghai"]
NOW_10Y = "2026-11-23T20:00:00+08:00"
NOW_GROUP = "2027-01-05T10:00:00+08:00"
TMUX_SOCKET = "xiaoshi-measure-all"

say = compare.say
# Shown as $X (the binary) and $W (the work folder) in the printed commands.
SHOWN_AS = []


def shell_quote(parts):
    """A command line that sh runs (quoting only what needs it)."""
    return shlex.join(str(p) for p in parts)


def show(text):
    """`text` with the binary and the work folder as $X and $W, in double
    quotes where it needs quoting (so that sh still expands $X and $W)."""
    text = str(text)
    for path, name in SHOWN_AS:
        text = text.replace(path, name)
    return text


def show_args(parts):
    out = []
    for p in parts:
        p = show(p)
        if p and re.fullmatch(r"[A-Za-z0-9_@%+=:,./$-]+", p):
            out.append(p)
        else:
            out.append('"' + re.sub(r'(["\\`])', r"\\\1", p) + '"')
    return " ".join(out)

# ---------------------------------------------------------------- results


class Results:
    """Every figure by label, in the order measured."""

    def __init__(self):
        self.values = {}

    def put(self, label, value):
        if label in self.values:
            raise SystemExit(f"label measured twice: {label}")
        self.values[label] = value
        return value


R = Results()


def tz_tag(tz):
    return "tz-set" if tz else "tz-unset"


def tz_name(tz):
    return f"`TZ={tz}`" if tz else "`TZ` unset"


def ms(x):
    return "—" if x is None else f"{x:.2f} ms"


def us_or_ms(ns):
    if ns is None:
        return "—"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.1f} µs"
    return f"{ns:.0f} ns"


def mb(kib):
    return "—" if kib is None else f"{kib / 1024:.1f} MB"


def mi(ir):
    return "—" if not ir else f"{ir / 1e6:.2f} M"


def nbytes(n):
    return "—" if n is None else f"{n:,} bytes"


def ratio(a, b):
    return "—" if not a or not b else f"{a / b:.2f}×"


def table(header, rows):
    """A markdown table, printed and returned; each cell of `rows` is text
    or (label, value)."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        cells = []
        for cell in row:
            if isinstance(cell, tuple):
                label, value = cell
                R.put(label, value)
                cells.append(value)
            else:
                cells.append(cell)
        lines.append("| " + " | ".join(cells) + " |")
    text = "\n".join(lines)
    print(text + "\n")
    return text


def code(lines):
    print("```sh")
    for line in lines:
        print(line)
    print("```\n")


def load():
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


# ---------------------------------------------------------------- running


def env_with(tz, **extra):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8"}
    if tz:
        env["TZ"] = tz
    env.update({k: str(v) for k, v in extra.items()})
    return env


def env_line(env):
    """The environment of a command, as a shell line would set it."""
    return " ".join(f"{k}={show_args([v])}" for k, v in env.items() if k != "PATH")


def hyperfine(commands, env, tag, work, warmup, runs, prepare=None, shell=False):
    """{name: {median, mean, min, max, user}} in ms; commands is [(name, line)].
    The command line is printed, as the tables' source."""
    out = work / f"hyperfine-{tag}.json"
    cmd = ["hyperfine", "--warmup", str(warmup), "--runs", str(runs), "--export-json", str(out)]
    if not shell:
        cmd.append("-N")
    if prepare:
        cmd += ["--prepare", prepare]
    for name, line in commands:
        cmd += ["-n", name, line]
    shown = [c for i, c in enumerate(cmd) if c != "--export-json" and (i == 0 or cmd[i - 1] != "--export-json")]
    print(f"`{env_line(env)} {show_args(shown)}`\n")
    compare.run(cmd, stdout=subprocess.DEVNULL, env=env)
    found = {}
    for r in json.loads(out.read_text())["results"]:
        t = [x * 1000 for x in r["times"]]
        found[r["command"]] = {"median": statistics.median(t), "mean": statistics.mean(t),
                               "min": min(t), "max": max(t), "user": r["user"] * 1000}
    return found


def callgrind(line, env, work, stdin=None, warm=True):
    return compare.callgrind([str(x) for x in line], env, stdin, work, warm)


def peak_rss(line, env, before=lambda: None):
    return compare.peak_rss([str(x) for x in line], env, None, before)


def slug(text):
    text = text.lower().replace("×", "x")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


# ---------------------------------------------------------------- building


def build(args):
    """xiaoshi and the example generators, where cargo says it put them."""
    return compare.build_release(["gen_journal", "gen_group"], args.no_build)


# ---------------------------------------------------------------- data


def fresh_copy(src, dst):
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst, symlinks=True)
    return dst


def journal_10y(ctx):
    """The 10-year journal of BENCHMARKS.md: 3650 days ending 2026-11-23,
    and a first `status` (which writes the summary, as a daily user has it)."""
    if "j10" not in ctx:
        home = ctx["work"] / "j10"
        shutil.rmtree(home, ignore_errors=True)
        compare.run([ctx["gen_journal"], home, "3650", "2026-11-23"], stdout=subprocess.DEVNULL)
        subprocess.run([ctx["xiaoshi"], "status"], env=env_with(None, XIAOSHI_HOME=home, XIAOSHI_NOW=NOW_10Y),
                       capture_output=True, check=True)
        ctx["j10"] = home
        ctx["j10-cmd"] = f"{ctx['gen_journal']} {home} 3650 2026-11-23"
    return ctx["j10"]


def facts_10y(home):
    months = sorted((home / "journal").glob("*.ron"))
    size = sum(p.stat().st_size for p in months)
    events = sum(p.read_text().count("kind:") for p in months)
    summary = home / "journal" / "summary.json"
    return len(months), size, events, summary.stat().st_size if summary.exists() else None


# ---------------------------------------------------------------- startup


def section_startup(ctx):
    work, x = ctx["work"], ctx["xiaoshi"]
    home = journal_10y(ctx)
    months, size, events, summary = facts_10y(home)
    print("## Start-up, `deck list` and `status` on 10 years\n")
    print(f"The journal: `{show(ctx['j10-cmd'])}`: {months} month files, {size:,} bytes "
          f"(`kind:` lines counted as events: {events:,}); summary cache {nbytes(summary)}.\n")
    hello = compare.build_hello(work)
    hello_static = compare.build_hello(work, "hello-static", compare.STATIC_FLAGS)
    R.put("binary-size", nbytes(x.stat().st_size))
    R.put("hello-size", nbytes(hello.stat().st_size))
    R.put("hello-static-size", nbytes(hello_static.stat().st_size))
    R.put("journal-10y-months", str(months))
    R.put("journal-10y-bytes", nbytes(size))
    R.put("journal-10y-events", f"{events:,}")
    R.put("journal-10y-summary-bytes", nbytes(summary))
    print(f"xiaoshi `$X`: {R.values['binary-size']}; the floor `{show(hello)}` (rustc -C opt-level=3): "
          f"{R.values['hello-size']}; `{show(hello_static)}` (linked as xiaoshi is: "
          f"`{' '.join(compare.STATIC_FLAGS)}`): {R.values['hello-static-size']}.\n")
    warm_runs, cold_runs = ctx["n"](300), ctx["n"](40)
    for tz in ZONES:
        t = tz_tag(tz)
        env = env_with(tz, XIAOSHI_HOME=home, XIAOSHI_NOW=NOW_10Y)
        lines = {
            "hello": [hello],
            "hello (static)": [hello_static],
            "xiaoshi --version": [x, "--version"],
            "xiaoshi deck list": [x, "deck", "list"],
            "xiaoshi status": [x, "status"],
            "xiaoshi status --json": [x, "status", "--json"],
        }
        print(f"### {tz_name(tz)}\n")
        times = hyperfine([(k, shell_quote(v)) for k, v in lines.items()], env, f"startup-{t}", work,
                          ctx["n"](20), warm_runs)
        rm_summary = shell_quote(["rm", "-f", home / "journal" / "summary.json"])
        cold = hyperfine([("xiaoshi status, cold", shell_quote([x, "status"]))], env, f"cold-{t}", work,
                         ctx["n"](3), cold_runs, prepare=rm_summary)
        subprocess.run([x, "status"], env=env, capture_output=True)  # the summary back
        ir = {k: callgrind(v, env, work) for k, v in lines.items()}
        rss = {k: peak_rss(v, env) for k, v in lines.items()}
        rss_cold = peak_rss([x, "status"], env, before=lambda: (home / "journal" / "summary.json").unlink(missing_ok=True))
        subprocess.run([x, "status"], env=env, capture_output=True)
        (home / "journal" / "summary.json").unlink(missing_ok=True)
        ir_cold = callgrind([x, "status"], env, work, warm=False)
        subprocess.run([x, "status"], env=env, capture_output=True)
        rows = []
        for k in lines:
            base = f"{slug(k)}-{t}"
            rows.append([f"`{k}`", (f"{base}-median", ms(times[k]["median"])), (f"{base}-min", ms(times[k]["min"])),
                         (f"{base}-ir", mi(ir[k])), (f"{base}-rss", mb(rss[k])),
                         (f"{base}-vs-hello", ratio(times[k]["median"], times["hello"]["median"])),
                         (f"{base}-vs-hello-static", ratio(times[k]["median"], times["hello (static)"]["median"]))])
        c = cold["xiaoshi status, cold"]
        base = f"xiaoshi-status-cold-{t}"
        rows.append(["`xiaoshi status`, summary deleted (cold)", (f"{base}-median", ms(c["median"])),
                     (f"{base}-min", ms(c["min"])), (f"{base}-ir", mi(ir_cold)), (f"{base}-rss", mb(rss_cold)),
                     "", ""])
        print(f"Warm: `--warmup {ctx['n'](20)} --runs {warm_runs}`; cold: `--warmup {ctx['n'](3)} --runs {cold_runs} "
              f"--prepare {show_args([rm_summary])}`. Instructions: `valgrind --tool=callgrind` (one run, after a warm-up run; "
              f"the cold one without). Peak RSS: `/usr/bin/time -f %M`, the largest of 5 runs.\n")
        table(["command", "median", "min", "instructions", "peak RSS", "/ hello", "/ hello (static)"], rows)
    # What the words cost: instructions only (load-independent), TZ unset.
    env = env_with(None, XIAOSHI_HOME=home, XIAOSHI_NOW=NOW_10Y)
    words = {"xiaoshi --help": [x, "--help"], "xiaoshi --lang zh --help": [x, "--lang", "zh", "--help"],
             "xiaoshi deck list --frob (a usage error)": [x, "deck", "list", "--frob"]}
    print("### Help and usage errors (instructions, `valgrind --tool=callgrind`, `TZ` unset)\n")
    table(["command", "instructions"],
          [[f"`{k}`", (f"{slug(k)}-ir", mi(callgrind(v, env, work)))] for k, v in words.items()])


# ---------------------------------------------------------------- tui

FIRST_FRAME_RE = re.compile(r"^(first frame \(pty\)|execve to first frame write \(strace\)|probe question to erase "
                            r"\(strace\)): median ([\d.]+) ms, mean ([\d.]+), min ([\d.]+), max ([\d.]+) \((\d+) runs\)")


def first_frame(ctx, answer, runs, extra, home, frame_env=None, strace_dir=None):
    """benches/first_frame.py; {what: {median, mean, min, max, runs}}."""
    env = dict(os.environ)
    env["XIAOSHI_HOME"] = str(home)
    env.pop("STRACE_DIR", None)
    env.update(frame_env or {})
    if strace_dir:
        shutil.rmtree(strace_dir, ignore_errors=True)
        Path(strace_dir).mkdir(parents=True)
        env["STRACE_DIR"] = str(strace_dir)
    cmd = [sys.executable, str(BENCHES / "first_frame.py"), str(ctx["xiaoshi"]), answer, str(runs), *extra]
    env_shown = ({"STRACE_DIR": strace_dir} if strace_dir else {}) | (frame_env or {}) | {"XIAOSHI_HOME": home}
    print(f"`{env_line(env_shown)} python3 benches/first_frame.py {show_args([ctx['xiaoshi'], answer, runs, *extra])}`\n")
    out = compare.run(cmd, env=env, stdout=subprocess.PIPE, text=True).stdout
    found = {}
    for line in out.splitlines():
        m = FIRST_FRAME_RE.match(line)
        if m:
            found[m.group(1)] = {"median": float(m.group(2)), "mean": float(m.group(3)), "min": float(m.group(4)),
                                 "max": float(m.group(5)), "runs": int(m.group(6))}
    return found


def tmux(*args, check=True):
    return subprocess.run(["tmux", "-L", TMUX_SOCKET, *args], check=check, capture_output=True, text=True)


def pane_process(session, name="xiaoshi", wait=5.0):
    """The pid of `name` in the session's pane (the pane's own process or a
    descendant of it)."""
    end = time.time() + wait
    while time.time() < end:
        pane = tmux("list-panes", "-t", session, "-F", "#{pane_pid}").stdout.split()
        todo = [int(p) for p in pane]
        while todo:
            pid = todo.pop()
            try:
                if Path(f"/proc/{pid}/comm").read_text().strip() == name:
                    return pid
                children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
                todo += [int(c) for c in children]
            except OSError:
                pass
        time.sleep(0.1)
    raise SystemExit(f"no {name} in tmux session {session}")


def cpu_and_wakeups(pid):
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2:].split()
    ticks = int(fields[11]) + int(fields[12])  # utime + stime
    status = Path(f"/proc/{pid}/status").read_text()
    switches = sum(int(l.split()[1]) for l in status.splitlines()
                   if l.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")))
    return ticks, switches


def vm_hwm(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return None


def idle(pid, seconds):
    """CPU ticks (utime + stime, 1/100 s) and context switches (wake-ups)
    of `pid` over `seconds` of being left alone."""
    t0, s0 = cpu_and_wakeups(pid)
    time.sleep(seconds)
    t1, s1 = cpu_and_wakeups(pid)
    return t1 - t0, s1 - s0


def in_tmux(session, cols, rows, env, argv):
    tmux("kill-session", "-t", session, check=False)
    line = "env -i " + " ".join(f"{k}={shell_quote([v])}" for k, v in env.items()) + " " + shell_quote(argv)
    say("$ tmux -L", TMUX_SOCKET, "new -d -s", session, "-x", cols, "-y", rows, line)
    tmux("new-session", "-d", "-s", session, "-x", str(cols), "-y", str(rows), line)
    return pane_process(session)


def wait_for(session, text, timeout=10.0):
    end = time.time() + timeout
    while time.time() < end:
        if text in tmux("capture-pane", "-p", "-t", session).stdout:
            return True
        time.sleep(0.1)
    return False


def section_tui(ctx):
    work, x = ctx["work"], ctx["xiaoshi"]
    home = fresh_copy(journal_10y(ctx), work / "j10-tui")
    runs = ctx["n"](100)
    print("## The TUI\n")
    print("### First frame (pty, 160×48, the 10-year journal; from fork to the frame's first bytes)\n")
    cases = [("probe answered narrow", "narrow", []), ("probe answered wide", "wide", []),
             ("XIAOSHI_AMBIGUOUS=narrow (no probe)", "narrow", ["XIAOSHI_AMBIGUOUS=narrow"]),
             ("XIAOSHI_AMBIGUOUS=wide (no probe)", "wide", ["XIAOSHI_AMBIGUOUS=wide"])]
    for tz in ZONES:
        t = tz_tag(tz)
        print(f"#### {tz_name(tz)}\n")
        rows = []
        for name, answer, extra in cases:
            got = first_frame(ctx, answer, runs, extra + ([] if tz else ["-TZ"]), home)["first frame (pty)"]
            base = f"first-frame-{slug(name)}-{t}"
            rows.append([name, (f"{base}-median", ms(got["median"])), (f"{base}-mean", ms(got["mean"])),
                         (f"{base}-min", ms(got["min"])), (f"{base}-max", ms(got["max"]))])
        table(["case", "median", "mean", "min", "max"], rows)
    print("### Under strace, and a terminal that never answers (`TZ=Asia/Shanghai`)\n")
    traced = first_frame(ctx, "narrow", ctx["n"](30), [], home, strace_dir=work / "strace-narrow")
    traced_wide = first_frame(ctx, "wide", ctx["n"](30), [], home, strace_dir=work / "strace-wide")
    silent = first_frame(ctx, "silent", ctx["n"](10), [], home)
    rows = []
    for name, got in (("narrow", traced), ("wide", traced_wide)):
        for what, key in (("execve to the first write of a whole frame", "execve to first frame write (strace)"),
                          ("the probe's question to its erasing", "probe question to erase (strace)")):
            v = got.get(key)
            base = f"strace-{name}-{slug(what)}"
            rows.append([f"answered {name}: {what}", (f"{base}-median", ms(v and v["median"])),
                         (f"{base}-max", ms(v and v["max"]))])
    s = silent.get("first frame (pty)")
    rows.append(["never answers: first frame (pty)", ("first-frame-silent-median", ms(s and s["median"])),
                 ("first-frame-silent-max", ms(s and s["max"]))])
    table(["case", "median", "max"], rows)

    seconds = 3 if ctx["quick"] else 30
    print(f"### Idle, and peak RSS (tmux, 160×48, left alone {seconds} s; `/proc/PID/stat` utime + stime, "
          f"`/proc/PID/status` context switches and VmHWM)\n")
    rows = []
    for clock in ("fixed", "real"):
        copy = fresh_copy(home, work / f"j10-idle-{clock}")  # the real clock draws today's card
        extra = {"XIAOSHI_NOW": NOW_10Y} if clock == "fixed" else {}
        env = {"HOME": str(copy), "XIAOSHI_HOME": str(copy), "TERM": "xterm-256color", "LANG": "zh_CN.UTF-8",
               "PATH": os.environ.get("PATH", ""), "XIAOSHI_AMBIGUOUS": "narrow", **extra}
        pid = in_tmux("idle", 160, 48, env, [x, "--no-anim"])
        time.sleep(1)
        ticks, switches = idle(pid, seconds)
        home_rss = vm_hwm(pid)
        if clock == "fixed":
            tmux("send-keys", "-t", "idle", "h")
            time.sleep(1)
            tmux("send-keys", "-t", "idle", "w")
            time.sleep(1)
            deep_rss = vm_hwm(pid)
            R.put("tui-rss-home", mb(home_rss))
            R.put("tui-rss-history-why", mb(deep_rss))
        tmux("kill-session", "-t", "idle", check=False)
        clock_name = f"fixed clock (`XIAOSHI_NOW={NOW_10Y}`)" if clock == "fixed" else "real clock"
        rows.append([clock_name, (f"tui-idle-{clock}-ticks", f"{ticks} ticks"),
                     (f"tui-idle-{clock}-switches", str(switches))])
    table(["resident TUI, idle", f"CPU in {seconds} s", f"context switches in {seconds} s"], rows)
    print(f"Peak RSS (VmHWM): home screen {R.values['tui-rss-home']}, after opening History (`h`) and Why (`w`) "
          f"{R.values['tui-rss-history-why']}.\n")


# ---------------------------------------------------------------- workshop


def forty():
    return [f"{i}号桌" for i in range(1, 41)]


def pledged_session(ctx):
    """A saved session of 40 people, a card each, all pledged with a note
    (for `workshop report --format pdf`)."""
    if "ws" not in ctx:
        home = ctx["work"] / "workshop"
        shutil.rmtree(home, ignore_errors=True)
        env = env_with(None, XIAOSHI_HOME=home, XIAOSHI_NOW=NOW_10Y)
        dealt = json.loads(compare.run([ctx["xiaoshi"], "workshop", "deal", "--participants", ",".join(forty()),
                                        "--hand", "1", "--seed", "7", "--json", "--save"],
                                       env=env, stdout=subprocess.PIPE, text=True).stdout)
        session = dealt["session"]
        for i, hand in enumerate(dealt["hands"]):
            card = hand["cards"][0]["id"]
            words = ["--words", "每天下楼时顺手把楼道的垃圾带走"] if card.startswith("joker") else []
            subprocess.run([ctx["xiaoshi"], "workshop", "pledge", session, hand["participant"], card, *words,
                            "--note", f"第{i + 1}桌：这个月每周一次"], env=env, check=True, stdout=subprocess.DEVNULL)
        ctx["ws"] = (home, session)
    return ctx["ws"]


def section_workshop(ctx):
    work, x = ctx["work"], ctx["xiaoshi"]
    print("## Workshops\n")
    home = work / "workshop-deal"
    home.mkdir(exist_ok=True)
    names = ",".join(forty())
    rows = []
    for tz in ZONES:
        t = tz_tag(tz)
        env = env_with(tz, XIAOSHI_HOME=home, XIAOSHI_NOW=NOW_10Y)
        deal = [x, "workshop", "deal", "--participants", names, "--hand", "1", "--seed", "7"]
        times = hyperfine([("deal", shell_quote(deal)), ("deal --json", shell_quote(deal + ["--json"]))],
                          env, f"deal-{t}", work, ctx["n"](20), ctx["n"](300))
        for k, name in (("deal", "`workshop deal` to 40, text"), ("deal --json", "`workshop deal` to 40, `--json`")):
            base = f"workshop-{slug(k)}-{t}"
            rows.append([name, tz_name(tz), (f"{base}-median", ms(times[k]["median"])),
                         (f"{base}-min", ms(times[k]["min"]))])
    table(["command", "TZ", "median", "min"], rows)

    seconds = 2 if ctx["quick"] else 10
    print(f"### The workshop TUI between ticks (tmux 100×30, three participants, {seconds} s each)\n")
    ws = work / "workshop-tui"
    shutil.rmtree(ws, ignore_errors=True)
    env = env_with(None, XIAOSHI_HOME=ws, XIAOSHI_NOW=NOW_10Y)
    session = json.loads(compare.run([x, "workshop", "deal", "--participants", "王阿姨,李叔叔,小明", "--seed", "7",
                                      "--json", "--save"], env=env, stdout=subprocess.PIPE, text=True).stdout)["session"]
    env = {"HOME": str(ws), "XIAOSHI_HOME": str(ws), "TERM": "xterm-256color", "LANG": "zh_CN.UTF-8",
           "PATH": os.environ.get("PATH", ""), "XIAOSHI_AMBIGUOUS": "narrow"}
    pid = in_tmux("ws", 100, 30, env, [x, "--no-anim", "workshop", "resume", session])
    time.sleep(1)
    stopped = idle(pid, seconds)
    tmux("send-keys", "-t", "ws", "Space")
    time.sleep(0.5)
    before = tmux("capture-pane", "-p", "-t", "ws").stdout
    running = idle(pid, seconds)
    after = tmux("capture-pane", "-p", "-t", "ws").stdout
    tmux("kill-session", "-t", "ws", check=False)
    table(["state", f"CPU in {seconds} s", f"context switches in {seconds} s"],
          [["timer stopped", ("workshop-idle-stopped-ticks", f"{stopped[0]} ticks"),
            ("workshop-idle-stopped-switches", str(stopped[1]))],
           ["timer running (Space)", ("workshop-idle-running-ticks", f"{running[0]} ticks"),
            ("workshop-idle-running-switches", str(running[1]))]])
    ticked = "yes" if before != after else "NO: the screen did not change, the timer did not run"
    R.put("workshop-timer-ticked", ticked)
    print(f"The screen changed while the timer ran (it was running): {ticked}.\n")


# ---------------------------------------------------------------- export


def pdf_pages(path):
    if not path.is_file() or shutil.which("pdfinfo") is None:
        return None
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(m.group(1)) if m else None


def output_size(path):
    if path.is_dir():
        files = [p for p in path.rglob("*") if p.is_file()]
        return sum(p.stat().st_size for p in files), len(files)
    return (path.stat().st_size, 1) if path.exists() else (None, 0)


def section_export(ctx):
    work, x = ctx["work"], ctx["xiaoshi"]
    print("## Paper: export and the workshop notice\n")
    home = fresh_copy(journal_10y(ctx), work / "j10-export")
    ws_home, session = pledged_session(ctx)
    out = work / "export-out"
    out.mkdir(exist_ok=True)
    kinds = [
        ("export", "deck PDF: 54 cards, fronts and backs, A4, both languages", [], "deck.pdf", None),
        ("export --bleed --calibration", "with bleed and the calibration page", ["--bleed", "--calibration"],
         "bleed.pdf", None),
        ("export --lang zh", "Chinese only", ["--lang", "zh"], "zh.pdf", None),
        ("export --large", "large print, 70 × 120 mm, Chinese", ["--large"], "large.pdf", None),
        ("export --back plain", "plain backs", ["--back", "plain"], "plain.pdf", None),
        ("export --tracker --start 2026-12-01", "the 21-day tracker", ["--tracker", "--start", "2026-12-01"],
         "tracker.pdf", None),
        ("export --poster --month 2026-11", "the month's stairwell poster, A4", ["--poster", "--month", "2026-11"],
         "poster.pdf", None),
        ("export --poster --month 2026-11 --paper a3", "the poster on A3",
         ["--poster", "--month", "2026-11", "--paper", "a3"], "poster-a3.pdf", None),
        ("export --format svg", "55 SVG files (cards and the back)", ["--format", "svg"], "svg", None),
        ("workshop report --format pdf", "the workshop notice, 40 pledges with notes, both languages",
         ["workshop", "report", session, "--format", "pdf", "--lang", "both"], "notice.pdf", ws_home),
    ]
    png = ("export --format png", "55 PNG files at 300 dpi", ["--format", "png"], "png", None)
    for tz in ZONES:
        t = tz_tag(tz)
        print(f"### {tz_name(tz)}\n")
        env = env_with(tz, XIAOSHI_HOME=home, XIAOSHI_NOW=NOW_10Y)
        commands = []
        for label, _, argv, name, other_home in kinds:
            line = [x] + (argv if argv[:1] == ["workshop"] else ["export", *argv]) + ["-o", out / name]
            if other_home:
                line = ["env", f"XIAOSHI_HOME={other_home}"] + line
            commands.append((label, shell_quote(line)))
        times = hyperfine(commands, env, f"export-{t}", work, ctx["n"](5), ctx["n"](60))
        png_line = [x, "export", *png[2], "-o", out / png[3]]
        times.update(hyperfine([(png[0], shell_quote(png_line))], env, f"png-{t}", work, 1, ctx["n"](5)))
        rows = []
        for label, what, argv, name, _ in kinds + [png]:
            size, files = output_size(out / name)
            pages = pdf_pages(out / name)
            base = f"{slug(label)}-{t}"
            rows.append([f"`{label}`", what, (f"{base}-median", ms(times[label]["median"])),
                         (f"{base}-user", ms(times[label]["user"])), (f"{base}-min", ms(times[label]["min"])),
                         (f"{base}-pages", str(pages) if pages else f"{files} files"),
                         (f"{base}-bytes", nbytes(size))])
        table(["command", "what", "median", "user CPU (mean)", "min", "pages", "output"], rows)
        if not tz:
            R.put("export-rss", mb(peak_rss([x, "export", "-o", out / "deck.pdf"], env)))
            print(f"Peak RSS of `export` (`/usr/bin/time -f %M`, largest of 5): {R.values['export-rss']}.\n")


# ---------------------------------------------------------------- group


def section_group(ctx):
    work, x, gen = ctx["work"], ctx["xiaoshi"], ctx["gen_group"]
    print("## The leader's group: review, roll-up and grid\n")
    home, sums = work / "group-home", work / "group-sums"
    for d in (home, sums):
        shutil.rmtree(d, ignore_errors=True)
    members = 100
    compare.run([gen, "group", home, str(members)], stdout=subprocess.DEVNULL)
    compare.run([gen, "summaries", sums, "600"], stdout=subprocess.DEVNULL)
    month_files = sorted(home.glob("groups/*/checkins/*.ron"))
    print(f"Data: `{show_args([gen, 'group', home, members])}` and `{show_args([gen, 'summaries', sums, 600])}`.\n")
    if month_files:
        biggest = max(p.stat().st_size for p in month_files)
        R.put("group-largest-file-bytes", nbytes(biggest))
        print(f"The group's largest RON file: {R.values['group-largest-file-bytes']}.\n")
    # The first review saves the members' folds of closed months in the
    # group's cache/ (as a leader's folder has them); the cold case deletes it.
    subprocess.run([x, "group", "review", "--month", "2026-12"], env=env_with(None, XIAOSHI_HOME=home,
                   XIAOSHI_NOW=NOW_GROUP), capture_output=True, check=True)
    caches = sorted(home.glob("groups/*/cache"))
    if not caches:
        sys.exit(f"no groups/*/cache under {home} after a review: the cold case would measure nothing")
    rm_cache = shell_quote(["rm", "-rf", *caches])
    rows = []
    for tz in ZONES:
        t = tz_tag(tz)
        env = env_with(tz, XIAOSHI_HOME=home, XIAOSHI_NOW=NOW_GROUP)
        review = [x, "group", "review", "--month", "2026-12"]
        subprocess.run(review, env=env, capture_output=True)  # the saved folds, as a leader has them
        warm = hyperfine([("review", shell_quote(review)), ("review --format json", shell_quote(review + ["--format", "json"]))],
                         env, f"review-{t}", work, ctx["n"](5), ctx["n"](100))
        cold = hyperfine([("review, cold", shell_quote(review))], env, f"review-cold-{t}", work, ctx["n"](1),
                         ctx["n"](30), prepare=rm_cache)
        roll = hyperfine([("rollup", shell_quote([x, "rollup", sums])),
                          ("rollup --format json", shell_quote([x, "rollup", "--format", "json", sums]))],
                         env, f"rollup-{t}", work, ctx["n"](3), ctx["n"](50))
        subprocess.run(review, env=env, capture_output=True)
        for k, v in (*warm.items(), *cold.items(), *roll.items()):
            base = f"group-{slug(k)}-{t}"
            rows.append([f"`{k}`", tz_name(tz), (f"{base}-median", ms(v["median"])), (f"{base}-user", ms(v["user"])),
                         (f"{base}-min", ms(v["min"]))])
        grid = first_frame(ctx, "narrow", ctx["n"](100), [] if tz else ["-TZ"], home,
                           frame_env={"FRAME_ARGS": "--no-anim group grid", "FRAME_NOW": "2026-12-20T20:00:00+08:00",
                                      "FRAME_WAIT": "2026-12-20"})["first frame (pty)"]
        base = f"group-grid-first-frame-{t}"
        rows.append(["the grid's first frame (pty, 160×48)", tz_name(tz), (f"{base}-median", ms(grid["median"])), "",
                     (f"{base}-min", ms(grid["min"]))])
    print(f"Cold: `--prepare {show_args([rm_cache])}` (every member folded over the year, and the folds saved).\n")
    table(["command", "TZ", "median", "user CPU (mean)", "min"], rows)


# ---------------------------------------------------------------- criterion


def section_criterion(ctx):
    work = ctx["work"]
    print("## In-process (criterion)\n")
    times = ["--warm-up-time", "0.2", "--measurement-time", "0.5", "--sample-size", "10"] if ctx["quick"] \
        else ["--warm-up-time", "1", "--measurement-time", "2"]
    benches = sorted(p.stem for p in BENCHES.glob("*.rs"))
    for bench in benches:
        home = work / "criterion" / bench
        shutil.rmtree(home, ignore_errors=True)
        cmd = ["cargo", "bench", "--bench", bench, *(["--offline"] if ctx["no_build"] else []), "--", *times]
        print(f"### `{' '.join(cmd)}`\n")
        env = dict(os.environ, CRITERION_HOME=str(home))
        say("$", " ".join(cmd))
        done = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        failed = None
        if done.returncode != 0:
            # A bench that fails keeps what it measured before; the table says so.
            err = done.stderr.splitlines()
            at = next((i for i, l in enumerate(err) if "panicked at" in l), None)
            failed = " ".join(err[at:at + 2]) if at is not None else " ".join(err[-3:])
            say(f"cargo bench --bench {bench} failed: {failed}")
        rows = []
        # In the order they ran (the bench file's order), not by name.
        for meta in sorted(home.glob("**/new/benchmark.json"), key=lambda p: p.stat().st_mtime_ns):
            full_id = json.loads(meta.read_text())["full_id"]
            est = json.loads((meta.parent / "estimates.json").read_text())["median"]
            ci = est["confidence_interval"]
            base = f"criterion-{bench}-{slug(full_id)}"
            rows.append([full_id, (f"{base}-median", us_or_ms(est["point_estimate"])),
                         (f"{base}-ci", f"{us_or_ms(ci['lower_bound'])}–{us_or_ms(ci['upper_bound'])}")])
        text = table(["benchmark", "median", "95% interval of the median"], rows)
        if failed:
            note = f"**`cargo bench --bench {bench}` failed** (exit {done.returncode}): `{failed.strip()}`"
            print(note + "\n")
            text += "\n\n" + note
        R.put(f"criterion-{bench}-table", text)


# ---------------------------------------------------------------- compare


def section_compare(ctx):
    work = ctx["work"]
    cmd = [sys.executable, str(BENCHES / "compare.py"), "--work", str(work / "compare")]
    if ctx["no_build"]:
        cmd.append("--no-build")
    if ctx["quick"]:
        cmd += ["--sizes", "0,365", "--runs", "5", "--write-runs", "3"]
    cmd += shlex.split(ctx["compare_args"])
    print("## The floor and the peers (benches/compare.py)\n")
    shown = " ".join(c if c != sys.executable else "python3" for c in cmd).replace(str(BENCHES), "benches")
    print(f"`{shown}`\n")
    out = compare.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True).stdout
    # Its title and load lines are this script's own; the tables one level down.
    body = "\n".join(("#" + l if l.startswith("#") else l) for l in out.splitlines()
                     if not l.startswith("# xiaoshi and its peers"))
    R.put("compare-output", body.strip())
    print(body + "\n")
    heading = None
    for line in out.splitlines():
        if line.startswith("### "):
            heading = slug(line[4:])
        elif line.startswith("| `") and heading:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            cmd_slug = slug(cells[0])
            for column, value in zip(("median", "ir", "rss", "time-ratio", "ir-ratio"), cells[1:]):
                R.put(f"compare-{heading}-{cmd_slug}-{column}", value)


# ---------------------------------------------------------------- fill


PLACEHOLDER = re.compile(r"⟨([a-z0-9][a-z0-9-]*)⟩")


def fill(path, values):
    text = Path(path).read_text()
    missing = sorted({m for m in PLACEHOLDER.findall(text) if m not in values})
    filled = PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)
    Path(path).write_text(filled)
    used = set(PLACEHOLDER.findall(text))
    say(f"filled {len(used) - len(missing)} labels in {path}")
    if missing:
        say(f"{len(missing)} placeholders have no figure in this run (left as they were): " + ", ".join(missing))
    return missing


# ---------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--work", default="/tmp/xiaoshi-measure")
    ap.add_argument("--quick", action="store_true", help="few runs: for checking the script, not for figures")
    ap.add_argument("--no-build", action="store_true", help="cargo --offline: an up-to-date build is left as it is")
    ap.add_argument("--only", help="comma-separated sections: " + ",".join(SECTIONS))
    ap.add_argument("--skip-criterion", action="store_true")
    ap.add_argument("--skip-compare", action="store_true")
    ap.add_argument("--compare-args", default="",
                    help="more arguments for compare.py, e.g. \"--runs 100 --write-runs 30\"")
    ap.add_argument("--fill", metavar="FILE", help="replace each ⟨label⟩ in FILE with its figure")
    ap.add_argument("--from", dest="from_json", metavar="RESULTS.json",
                    help="with --fill: the figures of an earlier run, measuring nothing")
    args = ap.parse_args()

    if args.from_json:
        if not args.fill:
            ap.error("--from needs --fill")
        sys.exit(1 if fill(args.fill, json.loads(Path(args.from_json).read_text())["values"]) else 0)

    sections = SECTIONS if not args.only else args.only.split(",")
    for s in sections:
        if s not in SECTIONS:
            ap.error(f"no section {s}; the sections: {', '.join(SECTIONS)}")
    if args.skip_criterion:
        sections = [s for s in sections if s != "criterion"]
    if args.skip_compare:
        sections = [s for s in sections if s != "compare"]

    work = Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    built = build(args)
    quick = args.quick
    SHOWN_AS.extend([(str(built["xiaoshi"]), "$X"), (str(built["xiaoshi"].parent), "$R"), (str(work), "$W")])
    ctx = {"work": work, "xiaoshi": built["xiaoshi"], "gen_journal": built["gen_journal"],
           "gen_group": built["gen_group"], "quick": quick, "no_build": args.no_build,
           "compare_args": args.compare_args,
           "n": (lambda full: max(1, min(full, 3 if full <= 20 else 5))) if quick else (lambda full: full)}
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True,
                           text=True).stdout.strip()
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                if l.startswith("model name")), platform.processor())
    started = time.time()
    R.put("load-start", load())
    R.put("date", datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
    R.put("commit", head + (" (with uncommitted changes)" if dirty else ""))
    R.put("machine", f"{os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}")
    hv = subprocess.run(["hyperfine", "--version"], capture_output=True, text=True).stdout.strip()
    R.put("hyperfine-version", hv)
    print("# xiaoshi: every figure of BENCHMARKS.md\n")
    print(f"`{' '.join(['python3'] + sys.argv)}`{' (QUICK: not figures to report)' if quick else ''}\n")
    print(f"- {R.values['date']}, commit {R.values['commit']}, {R.values['machine']}, {hv}")
    print(f"- `X={built['xiaoshi']} R={built['xiaoshi'].parent} W={work}` (the commands below are shown with them)")
    print(f"- load average at the start: **{R.values['load-start']}**\n")
    sys.stdout.flush()
    failed_sections = []
    try:
        for s in sections:
            t0 = time.time()
            try:
                globals()[f"section_{s}"](ctx)
            except (subprocess.CalledProcessError, OSError, KeyError, ValueError) as error:
                # The other sections still run; --fill names the figures missing.
                print(f"\n**Section {s} stopped**: {error}\n")
                say(f"section {s} stopped: {error}")
                failed_sections.append(s)
            say(f"section {s}: {time.time() - t0:.0f} s")
            sys.stdout.flush()
    finally:
        tmux("kill-server", check=False)
    R.put("load-end", load())
    R.put("minutes", f"{(time.time() - started) / 60:.0f}")
    print(f"Load average at the end: **{R.values['load-end']}**; the run took {R.values['minutes']} min.\n")
    print("## Labels\n")
    for label, value in R.values.items():
        if "\n" not in value:
            print(f"- ⟨{label}⟩ = {value}")
    if failed_sections:
        print(f"\n**Sections that stopped: {', '.join(failed_sections)}** (see above).")
    saved = work / "results.json"
    saved.write_text(json.dumps({"argv": sys.argv, "quick": quick, "values": R.values}, ensure_ascii=False, indent=1))
    say(f"results saved in {saved}")
    if args.fill:
        if quick:
            say("--quick: BENCHMARKS.md not filled with quick figures (use --from to force)")
        else:
            fill(args.fill, R.values)
    sys.exit(1 if failed_sections else 0)


if __name__ == "__main__":
    main()
