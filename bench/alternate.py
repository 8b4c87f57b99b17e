#!/usr/bin/env python3
"""Whole-process wall times of several commands run in alternation (round
robin), so that a machine whose speed drifts (a shared virtual machine) weighs
on every command alike; hyperfine runs each command's runs back to back.

    bench/alternate.py ROUNDS 'CMD 1' 'CMD 2' ...

Prints, per command, the mean, median and minimum in ms over ROUNDS runs
(after one warm-up round). Output goes to /dev/null."""
import shlex, statistics, subprocess, sys, time

rounds = int(sys.argv[1])
commands = [shlex.split(c) for c in sys.argv[2:]]
times = [[] for _ in commands]
for r in range(rounds + 1):
    for i, c in enumerate(commands):
        start = time.perf_counter()
        subprocess.run(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        if r > 0:
            times[i].append((time.perf_counter() - start) * 1000)
for c, t in zip(sys.argv[2:], times):
    print(f"{statistics.mean(t):7.2f} mean {statistics.median(t):7.2f} median {min(t):7.2f} min  {c}")
