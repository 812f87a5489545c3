#!/bin/sh
# Makes sure the browser tests have Chromium and its driver before they run (never skipped):
# CHROME_BIN and CHROMEDRIVER name existing ones; else Debian's /usr/bin/chromium and /usr/bin/chromedriver;
# else, as root, installs Debian's packages; else fails saying how to provide them.
set -eu
bin="${CHROME_BIN:-/usr/bin/chromium}"
driver="${CHROMEDRIVER:-/usr/bin/chromedriver}"
if [ -x "$bin" ] && [ -x "$driver" ]; then
  exit 0
fi
if [ -n "${CHROME_BIN:-}" ] || [ -n "${CHROMEDRIVER:-}" ]; then
  echo "browser tests: CHROME_BIN=$bin or CHROMEDRIVER=$driver is not an executable file" >&2
  exit 1
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "browser tests: installing Chromium and its driver (apt-get install -y chromium chromium-driver)" >&2
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
  exit 0
fi
echo "browser tests need Chromium and chromedriver: run 'apt-get update && apt-get install -y chromium chromium-driver' as root," >&2
echo "or set CHROME_BIN and CHROMEDRIVER to an existing browser and its matching driver" >&2
exit 1
