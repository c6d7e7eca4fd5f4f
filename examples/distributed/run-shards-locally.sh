#!/usr/bin/env bash
# Runs one landport batch as SHARDS separate processes (as a Kubernetes Indexed Job or a Slurm job
# array would, one per machine), merges their folders, runs the same batch once without shards,
# and checks with cmp that the merged results equal the single run byte for byte.
#
#   examples/distributed/run-shards-locally.sh [landport run arguments...]
#
# With no arguments it runs 12 replications of 20 days of horgos-2024 in 3 shards.
# Environment: SHARDS (default 3), WORK (the folder for the results; default a new temporary
# folder), LANDPORT (the command; default the binary of this repository, built by `pnpm build`).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
SHARDS=${SHARDS:-3}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/landport-shards.XXXXXX")}
LANDPORT=${LANDPORT:-"node $here/../../packages/cli/bin/landport.js"}
if [ "$#" -eq 0 ]; then
  set -- horgos-2024 --replications 12 --seed 1 --horizon 20d --warmup 2d
fi

# Each shard in its own process, all at once, one worker thread each (the machines of a cluster).
pids=()
for ((i = 0; i < SHARDS; i++)); do
  $LANDPORT run "$@" --shard "$i/$SHARDS" --workers 1 --quiet --out "$WORK/shard-$i" >/dev/null &
  pids+=("$!")
done
for pid in "${pids[@]}"; do wait "$pid"; done

shard_folders=()
for ((i = 0; i < SHARDS; i++)); do shard_folders+=("$WORK/shard-$i"); done
$LANDPORT merge "${shard_folders[@]}" --out "$WORK/merged" >/dev/null
$LANDPORT run "$@" --quiet --out "$WORK/single" >/dev/null

# replications.jsonl is left out: a single run logs replications in the order they finish.
for file in manifest.json replications.csv series.csv summary.json; do
  cmp "$WORK/merged/$file" "$WORK/single/$file"
done
echo "$SHARDS shards merged equal one run: $WORK/merged and $WORK/single are identical"
