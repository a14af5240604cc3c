#!/usr/bin/env python3
"""Shares of a perf profile's samples by .NET method, with the runtime's own frames counted apart.

Record and convert (see docs/performance.md, "Finding where the time goes"):

    DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -F 999 -g -o run.perf -- dotnet <app> <args>
    perf script -i run.perf -F ip,sym,dso > run.txt
    python3 benchmarks/tools/perf_shares.py run.txt /tmp/perf-<pid>.map 'MatchingEngine::Match\\(' \\
        'PayerIdentificationRule::' 'ReferenceLookupRule::Apply' 'CustomerAmountRule::Apply'

The first pattern selects the samples to count (those with a frame matching it anywhere on the stack, such as the
call being measured); each further pattern (a Python regular expression over the frame names of the perf map) gets
its inclusive share of those samples, and the share left once samples whose innermost frame is the runtime
(libcoreclr: allocation and the collector), the kernel's page-fault handling or memset are taken out. Addresses are
named from the perf map the runtime wrote (perf script alone may not resolve the code the runtime maps twice).
With no further pattern, the 30 heaviest innermost frames are printed.
"""
import bisect
import collections
import re
import sys


def load_map(path):
    rows = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.rstrip("\n").split(" ", 2)
            if len(parts) == 3:
                rows.append((int(parts[0], 16), int(parts[1], 16), parts[2]))
    rows.sort()
    return rows, [r[0] for r in rows]


def load_samples(path, rows, starts):
    def name(ip, sym, dso):
        i = bisect.bisect_right(starts, ip) - 1
        if i >= 0 and ip < rows[i][0] + rows[i][1]:
            return rows[i][2]
        return (sym if sym != "[unknown]" else "") + "@" + dso.split("/")[-1]

    samples, current = [], []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if not line:
                if current:
                    samples.append(current)
                    current = []
                continue
            parts = line.split(" ", 2)
            try:
                ip = int(parts[0], 16)
            except ValueError:
                continue
            sym = parts[1] if len(parts) > 1 else "?"
            dso = line[line.rfind("(") + 1:-1] if "(" in line else ""
            current.append(name(ip, sym, dso))
    if current:
        samples.append(current)
    return samples


RUNTIME = re.compile(r"libcoreclr|memset|pvm_irq|page_fault|clear_page")


def short(frame):
    frame = re.sub(r"\[[^\]]*\]$", "", frame)
    return re.sub(r"\(.*\)", "()", frame)[:160]


def main(argv):
    if len(argv) < 4:
        print(__doc__)
        return 2
    rows, starts = load_map(argv[2])
    selected = re.compile(argv[3])
    samples = [s for s in load_samples(argv[1], rows, starts) if any(selected.search(f) for f in s)]
    total = len(samples)
    if total == 0:
        print("no samples match", argv[3])
        return 1
    runtime = sum(1 for s in samples if RUNTIME.search(s[0]))
    print(f"{total} samples under {argv[3]}; innermost frame in the runtime, page faults or memset: {100 * runtime / total:.1f}%")
    if len(argv) == 4:
        for frame, count in collections.Counter(short(s[0]) for s in samples).most_common(30):
            print(f"{100 * count / total:6.1f}%  {frame}")
        return 0
    print(" inclusive  without runtime  pattern")
    for pattern in argv[4:]:
        r = re.compile(pattern)
        inside = [s for s in samples if any(r.search(f) for f in s)]
        managed = sum(1 for s in inside if not RUNTIME.search(s[0]))
        print(f"{100 * len(inside) / total:9.1f}%  {100 * managed / total:14.1f}%  {pattern}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
