#!/usr/bin/env bash
# Remakes agency-schemas-v1.sql (and agency-schemas-v1-roles.sql): two agencies' stores in the
# one-schema-per-agency layout of commit 66d5285, filled with real data by that commit's binary.
#
# Usage:  bash Tests/Fixtures/postgres/make-agency-schemas-v1.sh SUJARIT_BINARY
#   SUJARIT_BINARY: `sujarit` built at 66d5285 (git worktree add /tmp/v1 66d5285 && swift build -c release
#   --package-path /tmp/v1). Any later binary writes another layout: never remake these files with it.
# It starts a throw-away server (.ci/start-postgres), writes the stores as the logins the README lists, prints
# each agency's `verify`, dumps the database and stops the server. It reads the example files and the default
# configuration (Registers/, Imports/examples/) of the package it sits in: run the copy in a checkout of 66d5285
# (the committed files were made from a tree whose Registers/ and Imports/examples/ were 66d5285's).
set -euo pipefail
sujarit=$(realpath "${1:?usage: make-agency-schemas-v1.sh SUJARIT_BINARY (built at commit 66d5285)}")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
cd "$root"
pgdir=$(mktemp -d /tmp/sujarit-schemas-v1.XXXXXX)
trap 'bash .ci/stop-postgres "$pgdir"' EXIT
eval "$(bash .ci/start-postgres "$pgdir")"
admin=$SUJARIT_TEST_POSTGRES # the superuser `sujarit`, on the maintenance database
server=${admin%/postgres}
server=${server#postgres://sujarit@}
psql -X -q "$admin" -c "CREATE DATABASE narathiwat"

# Logins, as an administrator creates them (the throw-away server trusts loopback; the passwords are for the
# migration test's own server, which need not).
for login in palad nisa sompong surachai fatimah anan rusdee nacc_narathiwat; do
  psql -X -q "$admin" -c "CREATE ROLE $login LOGIN PASSWORD 'pw-$login'"
done

# store AGENCY LOGIN: the URL of AGENCY's store as LOGIN.
store() { echo "postgres://$2@$server/narathiwat?agency=$1"; }
as() { local agency=$1 login=$2; shift 2; "$sujarit" "$@" --store "$(store "$agency" "$login")"; }

# Agency 1: เทศบาลเมืองตากใบ's directory, risks, declarations and gifts, under the department id 6302203; it
# follows 6960501, the department of the e-GP examples, so their feeds and contracts are its own procurements.
as 6302203 sujarit init --agency "เทศบาลเมืองตากใบ" --province 96
as 6302203 sujarit agency profile set --type local-government --province นราธิวาส --district ตากใบ \
  --head-title "นายกเทศมนตรีเมืองตากใบ" --follows 6960501
as 6302203 sujarit agency load Registers/examples/takbai/agency.yaml
for login in palad nisa sompong surachai fatimah anan rusdee; do
  as 6302203 sujarit access grant "$login" --agency 6302203
done
as 6302203 sujarit access grant nacc_narathiwat --province 96
as 6302203 palad risk configure
as 6302203 palad risk import Registers/examples/takbai/risks-2568.yaml
as 6302203 palad risk round open --fy 2568 --kind inherent
for risk in R-2568-001 R-2568-002 R-2568-003; do
  as 6302203 palad risk score "$risk" -l 4 -i 4 --note "ประเมินรอบแรก"
  as 6302203 nisa risk score "$risk" -l 3 -i 4
  as 6302203 sompong risk score "$risk" -l 4 -i 3
done
as 6302203 anan coi import Registers/examples/takbai/declarations-2568.yaml
as 6302203 anan import egp Imports/examples --dept 6960501
as 6302203 anan import contracts Imports/examples/takbai-contracts-2568.csv
as 6302203 anan import bidders Imports/examples/takbai-cost-bidders-2568.csv
as 6302203 anan gift import Registers/examples/takbai/gifts-2568.yaml
as 6302203 anan flags run

# Agency 2: a second municipality of the same province with a directory, a risk, a declaration and a gift
# only, so the migration sees an agency without procurement data beside one with it.
as 9600101 sujarit init --agency "เทศบาลตำบลเจ๊ะเห" --province 96
as 9600101 sujarit agency profile set --type local-government --province นราธิวาส --district ตากใบ
as 9600101 sujarit agency load Registers/examples/takbai/agency.yaml
as 9600101 sujarit access grant fatimah --agency 9600101
as 9600101 sujarit access grant anan --agency 9600101 --read-only
as 9600101 fatimah risk configure
as 9600101 fatimah risk add --fy 2570 --department FIN --category procurement \
  --process "การจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจง" --event "แบ่งซื้อแบ่งจ้าง" \
  --cause "ความต้องการเร่งด่วนปลายปี" --control "พอใช้: แผนการจัดซื้อจัดจ้าง" --owner "ผอ.กองคลัง"
as 9600101 fatimah coi declare --person fatimah --fy 2570 --on "1 ต.ค. 69" --no-interest
as 9600101 fatimah gift log --person fatimah --from "ร้านสมใจการค้า" --occasion "วันคล้ายวันเกิด" \
  --on "1 ธ.ค. 69" --what "ชุดเครื่องเขียน" --value 800
as 9600101 anan verify >/dev/null # a read-only login reads it

# What README.md records: each agency's verify (its event count and anchor), then the dumps.
for agency in 6302203 9600101; do
  echo "== verify $agency"
  as "$agency" sujarit verify
  as "$agency" sujarit verify --format json
done
pg_dump --no-owner --no-privileges --file "$here/agency-schemas-v1.sql" "${admin%/postgres}/narathiwat"
# Logins and their group roles live outside any database (pg_dump leaves them out): the grants `access grant`
# made, without passwords, for the migration test to create before it restores the dump.
pg_dumpall --roles-only --no-role-passwords --dbname "$admin" | grep -v -e '^CREATE ROLE sujarit;' \
  -e '^ALTER ROLE sujarit ' >"$here/agency-schemas-v1-roles.sql"
echo "== wrote agency-schemas-v1.sql ($(wc -c <"$here/agency-schemas-v1.sql") bytes) and agency-schemas-v1-roles.sql"
