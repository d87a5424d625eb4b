#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK, on Debian or Ubuntu, and does nothing that is already done:
#   - Chromium (Debian's; the browser tests and staticmap pdf never download a browser), a Java runtime for the Nu Html
#     Checker and poppler-utils (pdfinfo, pdftotext: the PDF tests read staticmap pdf's output back), with apt;
#   - npm, with apt, when it is missing, to install the pinned test tools;
#   - the Nu Html Checker (vnu-jar, pinned in tests/tools/package-lock.json), with 'npm ci --ignore-scripts'.
# Pagefind (the search index) and Chart.js need nothing here: the build restores them from the npm registry.
# Run it from anywhere, then 'dotnet test':   bash tests/setup.sh && dotnet test
# apt needs root: the script uses sudo when it is not run as root. Without either it says what to install and, unless
# CI=true, carries on: the tests that need a missing tool are then skipped with a line that says what to install.
set -euo pipefail
cd "$(dirname "$0")/.."

ci=false
case "${CI:-}" in true|TRUE|True|1) ci=true ;; esac

missing_packages=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing_packages+=(chromium)
command -v java >/dev/null 2>&1 || [ -x "${JAVA_HOME:-/nonexistent}/bin/java" ] || missing_packages+=(default-jre-headless)
{ command -v pdftotext && command -v pdfinfo; } >/dev/null 2>&1 || missing_packages+=(poppler-utils)
command -v npm >/dev/null 2>&1 || missing_packages+=(npm)

if [ "${#missing_packages[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then as_root=(); elif command -v sudo >/dev/null 2>&1; then as_root=(sudo); else as_root=(none); fi
  if [ "${as_root[0]:-}" = none ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "tests/setup.sh: cannot install ${missing_packages[*]} (needs apt-get and root or sudo); install them with:" >&2
    echo "  sudo apt-get install ${missing_packages[*]}" >&2
    if [ "$ci" = true ]; then exit 1; fi
    echo "tests/setup.sh: carrying on; the tests that need them will be skipped" >&2
  else
    echo "tests/setup.sh: installing ${missing_packages[*]} with apt"
    "${as_root[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing_packages[@]}" >/dev/null
  fi
fi

# The Nu Html Checker. --ignore-scripts: vnu-jar's install script would download a Java runtime; Java comes from apt.
vnu=tests/tools/node_modules/vnu-jar/build/dist/vnu.jar
if [ ! -f "$vnu" ] || [ tests/tools/package-lock.json -nt tests/tools/node_modules/.package-lock.json ]; then
  if command -v npm >/dev/null 2>&1; then
    echo "tests/setup.sh: installing the pinned test tools (tests/tools, npm ci --ignore-scripts)"
    (cd tests/tools && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  else
    echo "tests/setup.sh: npm is missing, so the Nu Html Checker was not installed" >&2
    if [ "$ci" = true ]; then exit 1; fi
  fi
fi
echo "tests/setup.sh: ready; run 'dotnet test'"
