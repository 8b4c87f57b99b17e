#!/usr/bin/env python3
"""Whole-process wall times of several commands run in alternation (round
robin), so that a machine whose speed drifts (a shared virtual machine) weighs
on every command alike; hyperfine runs each command's runs back to back.

    bench/alternate.py ROUNDS 'CMD 1' 'CMD 2' ...

A command may start with NAME=value words: they are set in its environment.
Prints, per command, the mean, median, minimum, 10th and 90th percentile in
ms over ROUNDS runs (after one warm-up round). Output goes to /dev/null."""
import os, shlex, statistics, subprocess, sys, time

rounds = int(sys.argv[1])
commands = []
for text in sys.argv[2:]:
    words, env = shlex.split(text), dict(os.environ)
    while words and '=' in words[0] and not words[0].startswith('/'):
        name, value = words.pop(0).split('=', 1)
        env[name] = value
    commands.append((words, env))
times = [[] for _ in commands]
for r in range(rounds + 1):
    for i, (words, env) in enumerate(commands):
        start = time.perf_counter()
        subprocess.run(words, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        if r > 0:
            times[i].append((time.perf_counter() - start) * 1000)
for text, t in zip(sys.argv[2:], times):
    s = sorted(t)
    pct = lambda f: s[int(f * (len(s) - 1))]
    print(f"{statistics.mean(t):7.2f} mean {statistics.median(t):7.2f} median {min(t):7.2f} min "
          f"{pct(0.1):7.2f} p10 {pct(0.9):7.2f} p90  {text}")
