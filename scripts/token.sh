#!/usr/bin/env bash
# Prints a bearer token for the service that scripts/run.sh serves, signed with its local key:
#   scripts/token.sh ROLE[,ROLE...] [SUB] [HOURS]
# ROLE: reader, planner, orchestrator, operator, admin. SUB (the caller recorded in history, refusals
# and host writes) defaults to $USER; HOURS to 12. Use it as: curl -H "Authorization: Bearer $(scripts/token.sh reader)" ...
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib/tokens.sh"

if [[ $# -lt 1 || $# -gt 3 ]]; then
  echo "Usage: $0 ROLE[,ROLE...] [SUB] [HOURS]   (roles: reader, planner, orchestrator, operator, admin)" >&2
  exit 2
fi
for role in ${1//,/ }; do
  case $role in
    reader | planner | orchestrator | operator | admin) ;;
    *) echo "Unknown role '$role': reader, planner, orchestrator, operator or admin." >&2; exit 2 ;;
  esac
done
sub=${2:-${USER:-$(id -un)}}
hours=${3:-12}
[[ $sub =~ ^[A-Za-z0-9._@-]{1,128}$ ]] || { echo "SUB is 1 to 128 of A-Z a-z 0-9 . _ @ -." >&2; exit 2; }
[[ $hours =~ ^[0-9]{1,4}$ && $hours -gt 0 ]] || { echo "HOURS is a whole number from 1 to 9999." >&2; exit 2; }
token_ensure_key
token_mint "$1" "$sub" "$hours"
