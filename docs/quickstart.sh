#!/usr/bin/env bash
# A runnable walk through mtp's API with curl, against a service started with the README's run command.
# Usage: docs/quickstart.sh [base-url]   (needs curl; run from the directory where you started the service)
set -euo pipefail
BASE=${1:-http://127.0.0.1:7000}
CLIENT=demo-uploader
USER=demo$RANDOM
PASS='correct horse battery'
JAR=${MTP_JAR:-mtp-bootstrap/target/mtp.jar}
cookies=$(mktemp); trap 'rm -f "$cookies"' EXIT

echo "1. The operator registers the desktop uploader as a public client with a chosen id (works while serving)."
java -jar "$JAR" client create --name "Desktop uploader" --redirect-uri app.mtp.desktop://app \
  --client-id "$CLIENT" 2>/dev/null || echo "   (already registered)"

echo "2. Anyone can read the catalogue with the client id."
curl -sf "$BASE/api/v1/transport-types?client_id=$CLIENT" | head -c 120; echo ...

echo "3. Sign up."
curl -sf -X POST "$BASE/api/v1/users?client_id=$CLIENT" \
  --data-urlencode "username=$USER" --data-urlencode "email=$USER@example.org" --data-urlencode "password=$PASS"
echo

echo "4. Sign in with the implicit grant, as the uploader's browser window does: open the page, post the form."
form_token=$(curl -sf -c "$cookies" "$BASE/api/v1/authorize?client_id=$CLIENT&response_type=token" \
  | sed -n 's/.*name="form_token" value="\([^"]*\)".*/\1/p')
location=$(curl -s -b "$cookies" -o /dev/null -w '%{redirect_url}' -X POST "$BASE/api/v1/authorize" \
  --data-urlencode "client_id=$CLIENT" --data-urlencode "response_type=token" \
  --data-urlencode "form_token=$form_token" --data-urlencode "username=$USER" \
  --data-urlencode "password=$PASS" --data-urlencode "approve=true")
TOKEN=$(printf '%s' "$location" | sed -n 's/.*access_token=\([^&]*\).*/\1/p')
echo "   redirected to app.mtp.desktop://app#access_token=...; token of ${#TOKEN} characters"

echo "5. Who am I?"
curl -sf "$BASE/api/v1/me" -H "Authorization: Bearer $TOKEN"; echo

echo "6. Create a draft sequence exactly as the uploader does (urlencoded, trailing slash)."
ID=$(curl -sf -X POST "$BASE/api/v1/sequence/create/" -H "Authorization: Bearer $TOKEN" \
  --data-urlencode "name=Morning ride Part 1" --data-urlencode "description=Along the canal" \
  --data-urlencode "transport_type=Bicycle" --data-urlencode "tag=forest,coast" --data-urlencode "source=mtpdu" \
  | sed -n 's/.*"unique_id":"\([^"]*\)".*/\1/p')
echo "   draft $ID"

echo "7. Attach a Street View link (the uploader sends it alone)."
curl -sf -X PUT "$BASE/api/v1/sequence/import/$ID/" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -d '{"google_street_view":"https://goo.gl/maps/demo"}' | head -c 160; echo ...

echo "8. Attach the Mapillary sequence (needs a real Mapillary token and a sequence key of that account):"
echo "   curl -X PUT $BASE/api/v1/sequence/import/$ID/ -H 'Authorization: Bearer <token>' \\"
echo "        -H 'Content-Type: application/json' \\"
echo "        -d '{\"mapillary_user_token\":\"<MLY token>\",\"mapillary_sequence_key\":\"<key>\"}'"

echo "9. My drafts:"
curl -sf "$BASE/api/v1/sequences?status=draft" -H "Authorization: Bearer $TOKEN" | head -c 200; echo ...
