#!/usr/bin/env bash
# Set up what the help center needs (skipping what is already there), then run it.
#
#   bash scripts/dev.sh serve [--lang en]   set up, then preview with live reload
#   bash scripts/dev.sh build               set up, then build both languages into site/
#   bash scripts/dev.sh test [PYTEST ARGS]  set up (with Chromium), then run every test
#   bash scripts/dev.sh COMMAND ...         any other command of scripts/helpcenter.py
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
venv=.venv
stamp=$venv/.requirements.sha256

setup_python() {
  if [ ! -x "$venv/bin/python" ]; then
    echo "Creating $venv ..."
    "$python" -m venv "$venv"
  fi
  local want
  want=$(sha256sum requirements.txt | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "Installing the pinned packages of requirements.txt ..."
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r requirements.txt
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
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

command=${1:-serve}
[ $# -gt 0 ] && shift
setup_python
case "$command" in
  test)
    setup_browser
    exec "$venv/bin/python" -m pytest "$@"
    ;;
  *)
    exec "$venv/bin/python" scripts/helpcenter.py "$command" "$@"
    ;;
esac
