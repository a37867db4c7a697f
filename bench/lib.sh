# What the bench scripts share; sourced, not run.

# Makes way for a new results file at $1 before a timed run, unless OVER_OLD is set: replacing an old results file
# costs a rename that waits on the disk (BENCHMARKS.md, eleventh pass), which a user pays only when re-running over it.
fresh_output() {
  [ -n "${OVER_OLD:-}" ] || rm -f "$1"
}

# The median of a file of numbers (one a line), and how many there are: prints "MEDIAN COUNT".
median() {
  sort -g "$1" | awk '{v[NR] = $1} END { printf "%s %d\n", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2, NR }'
}

# The options of a script that runs pairs (-n PAIRS, -c CORES) and its operands: `pairs_options USAGE PAIRS CORES "$@"`
# sets pairs and cores (from the defaults given, or the options) and the array operands; a bad option or count exits 64
# with the usage.
pairs_options() {
  local usage=$1 flag OPTIND=1
  pairs=$2
  cores=$3
  shift 3
  while getopts "n:c:" flag; do
    case "$flag" in
      n) pairs=$OPTARG ;;
      c) cores=$OPTARG ;;
      *) echo "$usage" >&2; exit 64 ;;
    esac
  done
  shift $((OPTIND - 1))
  case "$pairs" in '' | *[!0-9]* | 0) echo "$0: -n wants a number of pairs, not \`$pairs\`" >&2; exit 64 ;; esac
  operands=("$@")
}
