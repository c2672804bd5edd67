#!/usr/bin/env bash
# Set up what the help center needs (skipping what is already there), then run it.
#
#   bash scripts/dev.sh serve [--lang en]   set up, then preview with live reload
#   bash scripts/dev.sh build               set up, then build both languages into site/
#   bash scripts/dev.sh test [PYTEST ARGS]  set up (with Chromium), then run every test
#   bash scripts/dev.sh COMMAND ...         any other command of `helpcenter` (helpcenter/cli.py)
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
venv=.venv
stamp=$venv/.requirements.sha256   # what was installed last, so unchanged pins install nothing

as_root() {
  if [ "$(id -u)" -eq 0 ]; then env DEBIAN_FRONTEND=noninteractive "$@"; else sudo env DEBIAN_FRONTEND=noninteractive "$@"; fi
}

setup_python() {
  # $@: the requirement files this command needs (requirements.txt, and for the tests more).
  if [ ! -x "$venv/bin/python" ]; then
    echo "Creating $venv ..."
    if ! "$python" -m venv "$venv" 2>/dev/null; then
      # Debian's python3 ships venv separately.
      rm -rf "$venv"
      echo "Installing Debian's python3-venv ..."
      as_root apt-get update -qq
      as_root apt-get install -y -qq python3-venv >/dev/null
      "$python" -m venv "$venv"
    fi
  fi
  local want
  want=$(cat "$@" pyproject.toml | sha256sum | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ] || [ ! -x "$venv/bin/helpcenter" ]; then
    echo "Installing the pinned packages of $* and the help center itself ..."
    local files=()
    for file in "$@"; do files+=(-r "$file"); done
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${files[@]}"
    # the package itself, editable: a change to helpcenter/ needs no reinstall
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -e .
    echo "$want" > "$stamp"
  fi
}

setup_browser() {
  # Chromium for the browser tests, and a Chinese font so that pages are laid out (and
  # screenshots look) as on a customer's phone rather than with missing-glyph boxes.
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing+=(fonts-wqy-microhei)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian's ${missing[*]} for the browser tests ..."
    as_root apt-get update -qq
    as_root apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

command=${1:-serve}
[ $# -gt 0 ] && shift
case "$command" in
  test)
    setup_python requirements.txt requirements-test.txt requirements-bench.txt
    setup_browser
    exec "$venv/bin/python" -m pytest "$@"
    ;;
  *)
    setup_python requirements.txt
    exec "$venv/bin/helpcenter" "$command" "$@"
    ;;
esac
