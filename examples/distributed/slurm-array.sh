#!/bin/bash
# A landport batch as a Slurm job array: shard i of SHARDS runs as array task i, on its own node
# or cores, and a merge job, started when every task has succeeded, combines the shard folders
# into the results of a single run (byte-identical). See README.md in this folder.
#
#   bash slurm-array.sh          submit the array and the merge job (from a login node)
#   bash slurm-array.sh merge    merge by hand (after fixing and resubmitting a failed task)
#
# Settings (environment variables, or edit the defaults below). Every task must run the same
# RUN_ARGS: the shards of one run must agree on scenario, --replications, --seed and every --set.
#   RUN_ARGS  the arguments of `landport run` (default: 400 replications of horgos-2024)
#   SHARDS    the number of array tasks (default 8)
#   RESULTS   the folder of the run, on a file system every node sees (default ./results/<run>)
#   LANDPORT  the command (default `landport`; e.g. "node $HOME/landport/packages/cli/bin/landport.js")
#
#SBATCH --job-name=landport
#SBATCH --cpus-per-task=8
#SBATCH --mem=4G
#SBATCH --time=02:00:00
#SBATCH --output=landport-%A_%a.log
#SBATCH --requeue
set -euo pipefail

RUN_ARGS=${RUN_ARGS:-"horgos-2024 --replications 400 --seed 1"}
SHARDS=${SHARDS:-8}
RESULTS=${RESULTS:-$PWD/results/horgos-2024-seed1}
LANDPORT=${LANDPORT:-landport}
export RUN_ARGS SHARDS RESULTS LANDPORT

if [ "${1:-}" = merge ]; then
  shard_folders=()
  for ((i = 0; i < SHARDS; i++)); do shard_folders+=("$RESULTS/shard-$i"); done
  rm -rf "$RESULTS/merged" # derived data: a repeated merge starts afresh
  exec $LANDPORT merge "${shard_folders[@]}" --out "$RESULTS/merged"
elif [ -n "${SLURM_ARRAY_TASK_ID:-}" ]; then
  # Array task i runs shard i; tasks are numbered from 0 (the --array=0-... given on submission).
  out="$RESULTS/shard-$SLURM_ARRAY_TASK_ID"
  # A requeued or resubmitted task continues its shard where the previous attempt stopped.
  resume=""
  if [ -f "$out/manifest.json" ]; then resume="--resume"; fi
  # Node would see every core of the node; use the cores Slurm gave this task.
  exec $LANDPORT run $RUN_ARGS --shard "$SLURM_ARRAY_TASK_ID/$SHARDS" \
    --workers "${SLURM_CPUS_PER_TASK:-1}" --out "$out" $resume
else
  mkdir -p "$RESULTS"
  script=$(realpath "$0")
  array=$(sbatch --parsable --array="0-$((SHARDS - 1))" "$script")
  merge=$(sbatch --parsable --dependency="afterok:${array%%;*}" --job-name=landport-merge \
    --cpus-per-task=1 --output="landport-merge-%j.log" --wrap="bash '$script' merge")
  echo "submitted array job $array ($SHARDS shards) and merge job $merge; results in $RESULTS/merged"
fi
