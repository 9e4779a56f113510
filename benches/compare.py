#!/usr/bin/env python3
"""xiaoshi side by side with other terminal habit trackers, and with the
floor: a Rust hello-world built in the same run.

    python3 benches/compare.py [--work DIR] [--peers DIR] [--runs N]
                               [--sizes 0,365,3650,10950] [--tz unset,Asia/Shanghai]
                               [--no-build] [--skip-done]

What it does, in order (every step prints the command it runs):

1. Builds xiaoshi (`cargo build --release`) and the journal generator
   (`examples/gen_journal.rs`) and takes their paths from cargo (with
   --no-build, cargo runs `--offline`: an up-to-date build is left as it
   is); builds the
   floor, `fn main() { println!("Hello, world!"); }`, with
   `rustc -C opt-level=3` as rustc links it by default, and on Linux again
   linked as xiaoshi is (static, not PIE: .cargo/config.toml). Peers are
   built from their own folders, as their authors ship them.
2. Finds the peers, in PEERS/bin (default /tmp/xiaoshi-peers) or on PATH:
   - dijo (crates.io): if missing, its published source (0.2.7) installed
     with `cargo install --locked --path`, erased-serde updated first (see
     `install_dijo`);
   - habitctl (not on crates.io): if missing and HABITCTL_SRC names a
     checkout of github.com/blinry/habitctl, `cargo install --locked --path`;
   - harsh (Go): if missing and HARSH_SRC names a checkout of
     github.com/wakatara/harsh, `go build` there.
   A peer that cannot be found or built is left out, and the table says why.
3. Writes the same history for every tool, ending yesterday (the peers read
   the real clock, so xiaoshi does too here): DAYS days (each size of
   --sizes; 0 is empty), a check-in on 11 days in 12. xiaoshi's journal is
   made by its own generator (which also draws, redraws and writes notes);
   the peers get one habit, and again ten habits, in their own formats
   (harsh: `habits` and `log`; habitctl: `~/.habitctl`; dijo:
   `habit_record.json`).
4. Measures, for each size and each TZ setting (unset: the zone comes from
   /etc/localtime, as for most people; set: `TZ=Asia/Shanghai`):
   - the everyday read (`xiaoshi status`, `harsh log`, `habitctl log`,
     `dijo --list`) and `--version`, with `hyperfine -N`, all commands of a
     size in one hyperfine run (so they share the machine's load);
   - the everyday write (`xiaoshi done`, `harsh ask` and `habitctl ask`
     answering "y" on standard input, `dijo -c "track-up h1"`), with
     hyperfine through `sh` (hyperfine subtracts the shell's own start-up),
     each run on a fresh copy of the data (`--prepare`, ending with `sync`
     so that a write which flushes is not charged for the copy's files), so
     every run writes the same check-in;
   - instructions (`valgrind --tool=callgrind`, one run after a warm-up):
     independent of the machine's load;
   - peak RSS (`/usr/bin/time -f %M`, the largest of 5 runs).
5. Prints markdown tables: medians, and each peer's ratio to xiaoshi
   (above 1: xiaoshi is faster), and xiaoshi's ratio to the floor.

Needs hyperfine and valgrind (`apt-get install -y hyperfine valgrind`) and
/usr/bin/time (`apt-get install -y time`).
"""
import argparse
import datetime
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HABIT = "h1"


def say(*parts):
    print(*parts, file=sys.stderr, flush=True)


def run(cmd, **kw):
    say("$", " ".join(str(c) for c in cmd))
    return subprocess.run(cmd, check=True, **kw)


def checked_in(i):
    """The days with a check-in: 11 in 12, the same for every tool."""
    return i % 12 != 5


# ---------------------------------------------------------------- building


def build_release(examples, no_build=False):
    """cargo build --release of xiaoshi and `examples`: {name: executable},
    where cargo says it put them (on Linux with glibc .cargo/config.toml
    names the target, so under target/<host tuple>/release/, not
    target/release/). With `no_build`, cargo runs --offline."""
    cmd = ["cargo", "build", "--release", "--bin", "xiaoshi"]
    for example in examples:
        cmd += ["--example", example]
    cmd.append("--message-format=json-render-diagnostics")
    if no_build:
        cmd.append("--offline")
    say("$", " ".join(cmd))
    out = subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True).stdout
    built = {}
    for line in out.splitlines():
        message = json.loads(line)
        if message.get("reason") == "compiler-artifact" and message.get("executable"):
            built[message["target"]["name"]] = Path(message["executable"])
    for name in ("xiaoshi", *examples):
        if not built.get(name) or not built[name].exists():
            sys.exit(f"cargo built no {name}")
    return built


def build_xiaoshi(args):
    """The release binary and the journal generator."""
    built = build_release(["gen_journal"], args.no_build)
    return built["xiaoshi"], built["gen_journal"]


# xiaoshi's own link flags on Linux with glibc (.cargo/config.toml).
STATIC_FLAGS = ["-C", "target-feature=+crt-static", "-C", "relocation-model=static"]


def build_hello(work, name="hello", flags=()):
    """The floor: a Rust hello-world, as `rustc` builds it by default, or
    with `flags`."""
    src = work / "hello.rs"
    src.write_text('fn main() {\n    println!("Hello, world!");\n}\n')
    exe = work / name
    run(["rustc", "-C", "opt-level=3", *flags, "-o", exe, src])
    return exe


def install_dijo(peers):
    """dijo 0.2.7 as published: its lock file's erased-serde (0.3.13) panics
    with "invalid cast" on every load when built by today's rustc, and
    resolving its dependencies afresh fails (its ahash versions are
    yanked). So: its published source, with only erased-serde moved to the
    last 0.3 (`cargo update -p erased-serde`), installed `--locked`."""
    cargo_home = Path(os.environ.get("CARGO_HOME", Path.home() / ".cargo"))
    sources = sorted(cargo_home.glob("registry/src/*/dijo-0.2.7"))
    if not sources:
        # Unpacks the published source (the binary it builds is not used).
        run(["cargo", "install", "--locked", "--root", peers / "unused", "dijo@0.2.7"])
        sources = sorted(cargo_home.glob("registry/src/*/dijo-0.2.7"))
    src = peers / "dijo-src"
    shutil.rmtree(src, ignore_errors=True)
    shutil.copytree(sources[-1], src)
    run(["cargo", "update", "-p", "erased-serde"], cwd=src)
    # From its own folder: this repository's .cargo/config.toml (xiaoshi's
    # static linking) must not apply to a peer, which is measured as built.
    run(["cargo", "install", "--locked", "--root", peers, "--path", "."], cwd=src)


def find_peer(name, peers):
    local = peers / "bin" / name
    if local.exists():
        return local, None
    on_path = shutil.which(name)
    if on_path:
        return Path(on_path), None
    try:
        if name == "dijo":
            install_dijo(peers)
        elif name == "habitctl":
            src = os.environ.get("HABITCTL_SRC")
            if not src:
                return None, "not on crates.io: set HABITCTL_SRC to a checkout of github.com/blinry/habitctl"
            # From its own folder, as for dijo.
            run(["cargo", "install", "--locked", "--root", peers, "--path", "."], cwd=src)
        elif name == "harsh":
            src = os.environ.get("HARSH_SRC")
            if not src:
                return None, "a Go program: set HARSH_SRC to a checkout of github.com/wakatara/harsh (needs go)"
            (peers / "bin").mkdir(parents=True, exist_ok=True)
            run(["go", "build", "-o", local, "."], cwd=src)
    except (subprocess.CalledProcessError, FileNotFoundError) as error:
        return None, f"did not build: {error}"
    return (local, None) if local.exists() else (None, "not found after building")


# ---------------------------------------------------------------- data


def days_ending_yesterday(n):
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    return [yesterday - datetime.timedelta(days=n - 1 - i) for i in range(n)]


def habits(count):
    return [f"h{k + 1}" for k in range(count)]


def write_harsh(home, days, count):
    home.mkdir(parents=True, exist_ok=True)
    (home / "habits").write_text("".join(f"{h}: 1\n" for h in habits(count)))
    lines = []
    for i, day in enumerate(days):
        for k, h in enumerate(habits(count)):
            lines.append(f"{day} : {h} : {'y' if checked_in(i + k) else 'n'}\n")
    (home / "log").write_text("".join(lines))


def write_habitctl(home, days, count):
    d = home / ".habitctl"
    d.mkdir(parents=True, exist_ok=True)
    (d / "habits").write_text("".join(f"1 {h}\n" for h in habits(count)))
    lines = []
    for i, day in enumerate(days):
        for k, h in enumerate(habits(count)):
            lines.append(f"{day}\t{h}\t{'y' if checked_in(i + k) else 'n'}\n")
    (d / "log").write_text("".join(lines))


def write_dijo(home, days, count):
    d = home / "data" / "dijo"
    d.mkdir(parents=True, exist_ok=True)
    (home / "config" / "dijo").mkdir(parents=True, exist_ok=True)
    record = []
    for k, h in enumerate(habits(count)):
        stats = {str(day): True for i, day in enumerate(days) if checked_in(i + k)}
        record.append({"type": "Bit", "name": h, "stats": stats, "goal": True, "auto": False})
    (d / "habit_record.json").write_text(json.dumps(record))


def make_data(work, gen, sizes, peers_found):
    """One folder per tool, size and habit count, and a pristine copy of
    each beside it (`.orig`) that the write benchmark restores."""
    data = {}
    for size in sizes:
        days = days_ending_yesterday(size)
        home = work / f"xiaoshi-{size}"
        shutil.rmtree(home, ignore_errors=True)
        home.mkdir(parents=True)
        if size:
            run([gen, home, str(size), str(days[-1])], stdout=subprocess.DEVNULL)
        data[("xiaoshi", size, 1)] = home
        for count in (1, 10):
            for name, writer in (("harsh", write_harsh), ("habitctl", write_habitctl), ("dijo", write_dijo)):
                if name not in peers_found:
                    continue
                home = work / f"{name}-{size}-{count}"
                shutil.rmtree(home, ignore_errors=True)
                writer(home, days, count)
                data[(name, size, count)] = home
    for home in data.values():
        orig = home.with_name(home.name + ".orig")
        shutil.rmtree(orig, ignore_errors=True)
        shutil.copytree(home, orig, symlinks=True)
    return data


def env_for(homes, tz):
    """One environment for every tool of a table: each reads its own
    variable (xiaoshi XIAOSHI_HOME, harsh HARSHPATH, dijo the XDG folders,
    habitctl HOME), so all commands of a hyperfine run share it and none
    pays for an `env` in front of it."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8"}
    if tz:
        env["TZ"] = tz
    env["XIAOSHI_HOME"] = str(homes["xiaoshi"])
    env["HOME"] = str(homes.get("habitctl", homes["xiaoshi"]))
    if "harsh" in homes:
        env["HARSHPATH"] = str(homes["harsh"])
    if "dijo" in homes:
        env["XDG_DATA_HOME"] = str(homes["dijo"] / "data")
        env["XDG_CONFIG_HOME"] = str(homes["dijo"] / "config")
    return env


# ---------------------------------------------------------------- commands


def read_cmd(tool, exe):
    return {"xiaoshi": [exe, "status"], "harsh": [exe, "log"], "habitctl": [exe, "log"],
            "dijo": [exe, "--list"]}[tool]


def write_cmd(tool, exe, count):
    """The write, and the standard input it reads (answers to a prompt)."""
    if tool == "xiaoshi":
        return [exe, "done"], None
    if tool in ("harsh", "habitctl"):
        return [exe, "ask"], "y\n" * count
    return [exe, "-c", f"track-up {HABIT}"], None


def shell_quote(parts):
    return " ".join("'" + str(p).replace("'", "'\\''") + "'" for p in parts)


def hyperfine(commands, runs, work, tag, env, shell=False, prepares=None):
    out = work / f"hyperfine-{tag}.json"
    cmd = ["hyperfine", "--warmup", "5" if shell else "20", "--runs", str(runs), "--export-json", out]
    if not shell:
        cmd.append("-N")
    for name, line in commands:
        cmd += ["-n", name]
        if prepares:
            cmd += ["--prepare", prepares[name]]
        cmd.append(line)
    run(cmd, stdout=subprocess.DEVNULL, env=env)
    results = json.loads(out.read_text())["results"]
    return {r["command"]: statistics.median(r["times"]) * 1000 for r in results}


def callgrind(line, env, stdin, work, warm=True):
    """Instructions of one run; a read is run once before (warm caches), a
    write is not (its first run is the one that writes)."""
    if warm:
        subprocess.run(line, env=env, input=stdin, text=True, capture_output=True)
    p = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={work}/cg.out"] + line,
                       env=env, input=stdin, text=True, capture_output=True)
    for l in p.stderr.splitlines():
        if "Collected" in l:
            return int(l.split()[-1])
    return None


def peak_rss(line, env, stdin, before=lambda: None):
    worst = 0
    for _ in range(5):
        before()
        p = subprocess.run(["/usr/bin/time", "-f", "%M"] + line, env=env, input=stdin, text=True,
                           capture_output=True)
        worst = max(worst, int(p.stderr.strip().splitlines()[-1]))
    return worst


def restore(home):
    orig = home.with_name(home.name + ".orig")
    shutil.rmtree(home, ignore_errors=True)
    shutil.copytree(orig, home, symlinks=True)


# ---------------------------------------------------------------- tables


def fails(line, env, stdin):
    """Why a command cannot be measured (it exits non-zero), or None: a
    peer that fails on some data is left out of that table, and the table
    says so, rather than stopping the whole run."""
    try:
        done = subprocess.run(line, env=env, capture_output=True, timeout=10,
                              stdin=open(stdin) if stdin else subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        # harsh's `ask` with no habits asks forever once its input ends.
        return "does not finish within 10 s"
    if done.returncode == 0:
        return None
    err = (done.stderr or done.stdout)[:4096].decode(errors="replace").strip().splitlines()
    first = next((l.strip() for l in err if l.strip()), "")
    return f"exits {done.returncode}: {first[:100]}"


def left_out(failed):
    for label, why in failed.items():
        print(f"- `{label}` left out: {why}")


def ratio(a, b):
    return f"{a / b:.2f}×" if a and b else "—"


def ms(x):
    return f"{x:.2f} ms" if x is not None else "—"


def mi(x):
    return f"{x / 1e6:.2f} M" if x else "—"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--work", default="/tmp/xiaoshi-bench")
    ap.add_argument("--peers", default="/tmp/xiaoshi-peers")
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--write-runs", type=int, default=60)
    ap.add_argument("--sizes", default="0,365,3650,10950")
    ap.add_argument("--tz", default="unset,Asia/Shanghai")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--skip-done", action="store_true")
    args = ap.parse_args()
    work, peers = Path(args.work), Path(args.peers)
    work.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    zones = [None if z == "unset" else z for z in args.tz.split(",")]

    xiaoshi, gen = build_xiaoshi(args)
    hello = build_hello(work)
    hello_static = build_hello(work, "hello-static", STATIC_FLAGS) if sys.platform == "linux" else None
    exes, missing = {"xiaoshi": xiaoshi}, {}
    for name in ("harsh", "habitctl", "dijo"):
        exe, why = find_peer(name, peers)
        if exe:
            exes[name] = exe
        else:
            missing[name] = why
    data = make_data(work, gen, sizes, exes)

    print(f"# xiaoshi and its peers\n")
    print(f"`{' '.join(sys.argv)}` on {datetime.date.today()}, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} at the start.\n")
    for name, why in missing.items():
        print(f"- {name}: left out ({why})")
    print(f"- the floor: `{hello}`, a Rust hello-world built with `rustc -C opt-level=3`")
    if hello_static:
        print(f"- and `{hello_static}`, the same linked as xiaoshi is "
              f"(`{' '.join(STATIC_FLAGS)}`)")
    print()

    tools = ["xiaoshi"] + [n for n in ("harsh", "habitctl", "dijo") if n in exes]
    peer_names = tools[1:]
    header = ("| command | median | instructions | peak RSS | its time / xiaoshi's "
              "| its instructions / xiaoshi's |\n|---|---|---|---|---|---|")
    for tz in zones:
        tz_name = f"TZ={tz}" if tz else "TZ unset"
        print(f"\n## {tz_name}\n")
        for size in sizes:
            for count in (1, 10):
                homes = {name: data[(name, size, 1 if name == "xiaoshi" else count)] for name in tools}
                for home in homes.values():
                    restore(home)
                env = env_for(homes, tz)
                # Warm: the first status after the generator writes the summary.
                subprocess.run([xiaoshi, "status"], env=env, capture_output=True)
                plural = "s" if count > 1 else ""
                lines = {}
                if count == 1:
                    lines["hello"] = [hello]
                    if hello_static:
                        lines["hello (static)"] = [hello_static]
                    lines["xiaoshi --version"] = [xiaoshi, "--version"]
                lines["xiaoshi status"] = read_cmd("xiaoshi", xiaoshi)
                for name in peer_names:
                    label = f"{' '.join(read_cmd(name, name))} ({count} habit{plural})"
                    lines[label] = read_cmd(name, exes[name])
                failed = {label: why for label, line in lines.items() if (why := fails(line, env, None))}
                lines = {label: line for label, line in lines.items() if label not in failed}
                times = hyperfine([(label, shell_quote(line)) for label, line in lines.items()],
                                  args.runs, work, f"read-{size}-{count}-{(tz or 'unset').replace('/', '-')}", env)
                ir = {label: callgrind(line, env, None, work) for label, line in lines.items()}
                rss = {label: peak_rss(line, env, None) for label, line in lines.items()}
                x_t, x_i = times["xiaoshi status"], ir["xiaoshi status"]
                print(f"\n### Read, {size} days, peers with {count} habit{plural} ({tz_name})\n")
                print(header)
                for label in lines:
                    print(f"| `{label}` | {ms(times[label])} | {mi(ir[label])} | {rss[label] / 1024:.1f} MB | "
                          f"{ratio(times[label], x_t)} | {ratio(ir[label], x_i)} |")
                left_out(failed)
                if "hello" in times:
                    floors = [f for f in ("hello", "hello (static)") if f in times]
                    for label in ("xiaoshi --version", "xiaoshi status"):
                        if label in times:
                            print(f"\n`{label}` against the floor: " + ", ".join(
                                f"{times[label] / times[f]:.2f}× `{f}`" for f in floors) + " (medians)")

                if args.skip_done:
                    continue
                lines, stdins, prepares = {}, {}, {}
                for name in tools:
                    line, stdin = write_cmd(name, exes[name], count)
                    label = "xiaoshi done" if name == "xiaoshi" else \
                        f"{' '.join(write_cmd(name, name, count)[0])} ({count} habit{plural})"
                    lines[label], stdins[label] = line, stdin
                    home = homes[name]
                    prepares[label] = (shell_quote(["rm", "-rf", home]) + " && "
                                       + shell_quote(["cp", "-a", home.with_name(home.name + ".orig"), home]))
                    if name == "xiaoshi":
                        # The summary as a daily user has it.
                        prepares[label] += " && " + shell_quote([xiaoshi, "status"]) + " >/dev/null"
                    # The copy's own writes flushed before the timed write, for
                    # every tool: a write that flushes to the disk (xiaoshi's)
                    # must not be charged for the preparation's dirty files.
                    prepares[label] += " && sync"
                answers = work / f"answers-{count}"
                answers.write_text("y\n" * count)
                failed = {}
                for label, line in lines.items():
                    home = homes["xiaoshi" if label == "xiaoshi done" else label.split()[0]]
                    if why := fails(line, env, answers if stdins[label] else None):
                        failed[label] = why
                    restore(home)
                lines = {label: line for label, line in lines.items() if label not in failed}
                commands = [(label, shell_quote(line) + (f" <{answers}" if stdins[label] else "") + " >/dev/null")
                            for label, line in lines.items()]
                times = hyperfine(commands, args.write_runs, work, f"write-{size}-{count}-{(tz or 'unset').replace('/', '-')}",
                                  env, shell=True, prepares=prepares)
                ir, rss = {}, {}
                for label, line in lines.items():
                    name = "xiaoshi" if label == "xiaoshi done" else label.split()[0]

                    def fresh(name=name):
                        restore(homes[name])
                        if name == "xiaoshi":
                            subprocess.run([xiaoshi, "status"], env=env, capture_output=True)

                    fresh()
                    ir[label] = callgrind(line, env, stdins[label], work, warm=False)
                    rss[label] = peak_rss(line, env, stdins[label], before=fresh)
                    fresh()
                x_t, x_i = times["xiaoshi done"], ir["xiaoshi done"]
                print(f"\n### Write, {size} days, peers with {count} habit{plural} ({tz_name})\n")
                print(header)
                for label in lines:
                    print(f"| `{label}` | {ms(times[label])} | {mi(ir[label])} | {rss[label] / 1024:.1f} MB | "
                          f"{ratio(times[label], x_t)} | {ratio(ir[label], x_i)} |")
                left_out(failed)
    print(f"\nLoad average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}.")


if __name__ == "__main__":
    main()
