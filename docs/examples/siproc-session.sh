#!/usr/bin/env bash
# A SIPROC command-line session as a script runs it (docs/cli.md): a new database, its first administrator and two
# accounts, one case registered, referred, answered by the institution, its forms printed, the month's published
# statistics, the office's cases exported as JSON lines, and the audit chain checked. Needs jq. Run from the repository root after
#   ./mvnw -pl siproc-reference-cli -am package -DskipTests
set -euo pipefail

export SIPROC_DB="jdbc:h2:file:$PWD/siproc-example/siproc"   # a fresh H2 file database
export SIPROC_ADMIN_PASSWORD="change-me-admin-2026"            # read by init --admin (never a command-line value)
export SIPROC_NEW_USER_PASSWORD="change-me-users-2026"         # read by user add
siproc=./siproc

$siproc init --admin admin --admin-name "Administración DGPHM"
$siproc --user admin user add ana.lopez --role OFFICER --office MXTAP --name "Ana López"
$siproc --user admin user add comar.enlace --role PARTNER --institution COMAR
$siproc --user admin user add jose.andino --role HQ_ANALYST --need-to-know

# Every command below acts as the account named by --user (or $SIPROC_USER), with its role and office.
export SIPROC_USER=ana.lopez
number=$($siproc --format json case register --input docs/examples/register-case.json | jq -r .caseNumber)
echo "registered $number"

$siproc case refer "$number" --institution COMAR --reason "Solicita orientación sobre refugio."
referral=$($siproc --format json case show "$number" \
  | jq -r '.referrals[] | select(.institution == "COMAR" and .status == "SENT") | .id')

$siproc --user comar.enlace referral respond "$number" "$referral" --response ACKNOWLEDGE
$siproc --user comar.enlace referral respond "$number" "$referral" --response ACCEPT --note "Cita el lunes."

$siproc forms render "$number" --out siproc-example/forms
$siproc --user jose.andino report --from "$(date +%Y-%m-01)" --to "$(date +%Y-%m-%d)" --published

# One JSON object per line: the cases of the office as the officer may see them (audited).
$siproc export --in-office MXTAP --out siproc-example/mxtap.jsonl
jq -r '[.caseNumber, .status, .persons[0].firstSurname] | @tsv' siproc-example/mxtap.jsonl

# Exit code 0 when the hash chain is intact, 3 (and the first broken entry on stderr) when it is not.
$siproc --user admin audit verify
