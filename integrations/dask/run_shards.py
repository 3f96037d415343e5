#!/usr/bin/env python3
"""customs-extract on Dask distributed: one task per shard, then one merge.

Each task runs `customs-extract --root ROOT INPUTS… --shard K/N -o PARTS/part-K --jobs 1
--failures PARTS/part-K.failed.ndjson`; when every task is done, `customs-extract merge` writes
the dataset one plain run over the same inputs writes, byte for byte.

    python3 run_shards.py --root corpus corpus -o dataset --shards 8              # a LocalCluster here
    python3 run_shards.py --scheduler tcp://host:8786 --root /data /data -o out    # an existing cluster

On a cluster the same script runs with a dask-jobqueue (SLURM) or dask-kubernetes cluster: pass
its scheduler address. Paths must be ones every worker sees (a shared file system).
"""
import argparse
import json
import os
import resource
import shlex
import subprocess
import sys
import time


def run_shard(cli, root, inputs, k, n, parts, extra):
    """One shard, in a worker: returns the part folder, or raises with the tool's stderr."""
    out = os.path.join(parts, f"part-{k}")
    cmd = [*cli, "--root", root, *inputs, "--shard", f"{k}/{n}", "-o", out, "--jobs", "1", "-q",
           "--failures", f"{out}.failed.ndjson", *extra]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"shard {k}/{n} exited {r.returncode}: {r.stderr.strip()}")
    return out


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("inputs", nargs="+", help="files and folders, all under --root")
    p.add_argument("--root", required=True, help="ids and paths are relative to it (customs-extract --root)")
    p.add_argument("-o", "--output", required=True, help="the merged dataset folder")
    p.add_argument("--parts", help="where the shards write their parts (default: OUTPUT.parts)")
    p.add_argument("--shards", type=int, default=4, help="number of shards, one task each (default 4)")
    p.add_argument("--scheduler", help="address of a running Dask scheduler (default: start a LocalCluster)")
    p.add_argument("--workers", type=int, default=2, help="LocalCluster workers (default 2)")
    p.add_argument("--cli", default="customs-extract", help="the command that runs customs-extract")
    p.add_argument("--extra", default="", help="more customs-extract options for every shard (e.g. --parquet)")
    p.add_argument("--timings", help="write the wall seconds of each phase (start, shards, stop, merge), and the merge's CPU seconds (merge_cpu), to this JSON file")
    a = p.parse_args(argv)

    started = time.monotonic()
    phases = {}
    from distributed import Client, LocalCluster

    cli = shlex.split(a.cli)
    extra = shlex.split(a.extra)
    parts = os.path.abspath(a.parts or f"{a.output}.parts")
    os.makedirs(parts, exist_ok=True)
    root = os.path.abspath(a.root)
    inputs = [os.path.abspath(i) for i in a.inputs]
    cluster = None if a.scheduler else LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        with Client(a.scheduler or cluster) as client:
            phases["start"] = time.monotonic() - started
            mark = time.monotonic()
            futures = client.map(run_shard, [cli] * a.shards, [root] * a.shards, [inputs] * a.shards,
                                 range(a.shards), [a.shards] * a.shards, [parts] * a.shards, [extra] * a.shards, pure=False)
            done = client.gather(futures)
            phases["shards"] = time.monotonic() - mark
            mark = time.monotonic()
    finally:
        if cluster is not None:
            cluster.close()
    if "shards" in phases:
        phases["stop"] = time.monotonic() - mark
    failed = []
    for out in done:
        with open(f"{out}.failed.ndjson", encoding="utf-8") as f:
            failed.extend(line for line in f if line.strip())
    merge = [*cli, "merge", *done, "-o", a.output, *[x for x in extra if x == "--parquet"]]
    mark = time.monotonic()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = subprocess.run(merge, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    phases["merge"] = time.monotonic() - mark
    # the merge is this process's only child then (the workers were reaped when the cluster closed)
    phases["merge_cpu"] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    if a.timings:
        with open(a.timings, "w", encoding="utf-8") as f:
            json.dump({**phases, "total": time.monotonic() - started}, f)
    if r.returncode != 0:
        sys.stderr.write(r.stderr)
        return r.returncode
    if failed:
        sys.stderr.write(f"run_shards: {len(failed)} inputs failed; listed in {parts}/part-*.failed.ndjson\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
