#!/usr/bin/env bash
# The Debian package's acceptance on a clean Debian machine, after `build.py --deb` (CI runs it; root or sudo):
#  1. upgrade: the package of the previous version (its commit built with its own build.py, packaged by
#     build/deb.py) is installed and makes a workspace; this package is installed over it; the upgrade leaves the
#     workspace untouched, and the new window opens it migrated to the new schema, with the migration's backup;
#  2. `reserve-desk self-test` from /usr/bin, every ELF file installed finds its libraries (ldd), and the
#     installed files match the package's md5sums (dpkg --verify);
#  3. desktop-file-validate and appstreamcli validate --no-net;
#  4. a .reservedesk file opened with xdg-open shows in the window under Xvfb, and opened again with gio open
#     it is handed to that window: no second window, no "in use" question;
#  5. apt-get remove and purge: the app is gone, every workspace and backup made before is still there, unchanged.
#
#   build/check-deb.sh [--previous COMMIT | --no-upgrade]
set -euo pipefail
cd "$(dirname "$0")/.."
here=$PWD
if [ "$(id -u)" = 0 ] && ! command -v sudo >/dev/null 2>&1; then sudo() { "$@"; }; fi
export DEBIAN_FRONTEND=noninteractive

# The last landed version before the package existed (2026-11-30, workspace schema 11, version 0.1.0).
previous=fa88d241d7db7e7cf064ffe998caa8fe545fa286
previous_version=0.1.0
case "${1:-}" in
  --previous) previous=$2 ;;
  --no-upgrade) previous= ;;
esac

say() { printf 'check-deb: %s\n' "$*"; }
fail() { printf 'check-deb: FAILED: %s\n' "$*" >&2; exit 1; }

deb=$(ls "$here"/dist/reserve-desk_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no package in dist/: run build/build.py --deb first"
sudo apt-get install -y xvfb xdotool xdg-utils libglib2.0-bin desktop-file-utils shared-mime-info appstream procps >/dev/null

work=$(mktemp -d /tmp/reserve-desk-check-deb.XXXXXX)
export HOME=$work/home XDG_RUNTIME_DIR=$work/run QT_QPA_PLATFORM=xcb
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
Xvfb :57 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=:57
# the installed app's processes only (started as /usr/bin/reserve-desk by this script, xdg-open or gio), never
# another reserve-desk running on the machine
app_pids() { pgrep -f '^/usr/bin/reserve-desk( |$)' || true; }
cleanup() {
  app_pids | xargs -r kill 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT

schema() { python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA user_version").fetchone()[0])' "$1"; }
digest() { find "$@" -type f -print0 | sort -z | xargs -0 sha256sum; }

# wait_window WORDS: the id of the first window whose title contains WORDS (60 s at most)
wait_window() {
  for _ in $(seq 120); do
    id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n 1) && [ -n "$id" ] && { echo "$id"; return 0; }
    sleep 0.5
  done
  return 1
}
# quit_app: File > Quit from the keyboard, then wait for the process to end
quit_app() {
  id=$(wait_window "Reserve Desk") || return 0
  xdotool windowfocus --sync "$id" key ctrl+q || true
  for _ in $(seq 60); do [ -z "$(app_pids)" ] && return 0; sleep 0.5; done
  fail "the app did not quit"
}

# 1. upgrade from the previous version ---------------------------------------------------------------------------
if [ -n "$previous" ]; then
  if ! git cat-file -e "$previous^{commit}" 2>/dev/null; then
    say "upgrade test skipped: commit $previous is not in this clone (a shallow clone?)"
  else
    say "building the previous version's app from $previous"
    git worktree add -f --detach "$work/previous" "$previous" >/dev/null 2>&1
    /usr/bin/python3.11 -m venv "$work/previous/.venv-build"
    "$work/previous/.venv-build/bin/pip" install -q -e "$work/previous[build]"
    "$work/previous/.venv-build/bin/python" "$work/previous/build/build.py" --no-check >"$work/previous-build.log" 2>&1 \
      || { tail -n 30 "$work/previous-build.log"; fail "the previous version did not build"; }
    mkdir -p "$work/previous-deb"
    "$here/.venv-build/bin/python" "$here/build/deb.py" "$work/previous/dist/reserve-desk" \
      --version "$previous_version" --out "$work/previous-deb" >"$work/previous-deb.log"
    head -n 1 "$work/previous-deb.log"  # (a pipe to head would end deb.py's later prints with a broken pipe)
    sudo apt-get install -y "$work"/previous-deb/reserve-desk_*.deb >/dev/null
    [ "$(dpkg-query -W -f='${Version}' reserve-desk)" = "$previous_version" ] || fail "the previous package did not install"
    old_ws=$HOME/Documents/reserves.db
    mkdir -p "$(dirname "$old_ws")"
    reserve-desk init "$old_ws" --sample el-salvador >/dev/null
    old_schema=$(schema "$old_ws")
    say "previous version $previous_version installed; its workspace is at schema $old_schema"
    before_upgrade=$(digest "$old_ws")

    sudo apt-get install -y "$deb" >/dev/null
    new_version=$(dpkg-query -W -f='${Version}' reserve-desk)
    [ "$new_version" != "$previous_version" ] || fail "the upgrade did not install the new version"
    [ "$(digest "$old_ws")" = "$before_upgrade" ] || fail "the upgrade changed the workspace"
    say "upgraded to $new_version; the workspace was not touched by the upgrade"

    /usr/bin/reserve-desk --workspace "$old_ws" >"$work/upgrade-window.log" 2>&1 &
    wait_window "El Salvador" >/dev/null || { cat "$work/upgrade-window.log"; fail "the window did not show the old workspace"; }
    quit_app
    new_schema=$(schema "$old_ws")
    backup=$(ls "$HOME"/Documents/reserves-backups/reserves-*-before-schema-"$new_schema".db 2>/dev/null | head -n 1)
    [ "$new_schema" -gt "$old_schema" ] || fail "the workspace was not migrated (schema $new_schema)"
    [ -n "$backup" ] && [ "$(schema "$backup")" = "$old_schema" ] || fail "no backup at schema $old_schema beside it"
    say "the new window opened it migrated from schema $old_schema to $new_schema, backup $(basename "$backup")"
    git worktree remove --force "$work/previous"
  fi
else
  say "upgrade test not asked for"
fi

# 2. a clean install runs ----------------------------------------------------------------------------------------
sudo apt-get install -y "$deb" >/dev/null
[ "$(command -v reserve-desk)" = /usr/bin/reserve-desk ] || fail "reserve-desk is not /usr/bin/reserve-desk"
(cd "$work" && QT_QPA_PLATFORM=offscreen /usr/bin/reserve-desk self-test) | tail -n 1 | grep -qx "self-test ok" \
  || fail "self-test from /usr/bin failed"
missing=$(find /opt/reserve-desk -type f \( -name '*.so*' -o -name reserve-desk \) -exec ldd {} + 2>/dev/null | grep 'not found' || true)
[ -z "$missing" ] || fail "libraries not found: $missing"
dpkg --verify reserve-desk || fail "installed files differ from the package's md5sums"
say "self-test ok from /usr/bin; every installed ELF file finds its libraries; dpkg --verify clean"
say "installed size: $(dpkg-query -W -f='${Installed-Size}' reserve-desk) KiB; Depends: $(dpkg-query -W -f='${Depends}' reserve-desk)"

# 3. the desktop entry and the metainfo --------------------------------------------------------------------------
desktop-file-validate /usr/share/applications/reserve-desk.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.reserve_desk.ReserveDesk.metainfo.xml
say "desktop entry and AppStream metainfo valid"

# 4. double-click: a .reservedesk file opens in the window -------------------------------------------------------
ws=$HOME/Documents/Pakistan\ review.reservedesk
mkdir -p "$(dirname "$ws")"
reserve-desk init "$ws" --sample pakistan >/dev/null
[ "$(xdg-mime query filetype "$ws")" = application/x-reservedesk ] || fail "the MIME database does not know .reservedesk"
[ "$(xdg-mime query default application/x-reservedesk)" = reserve-desk.desktop ] || fail "no default app for .reservedesk"
xdg-open "$ws" >"$work/open.log" 2>&1 &  # without a desktop session xdg-open waits for the app
wait_window "Pakistan" >/dev/null || { cat "$work/open.log"; fail "xdg-open did not show the workspace in a window"; }
say "xdg-open showed \"$(basename "$ws")\" in the window"
timeout 30 gio open "$ws"
sleep 4
windows=$( (xdotool search --onlyvisible --name "Pakistan" 2>/dev/null || true) | wc -l)
in_use=$( (xdotool search --onlyvisible --name "in use" 2>/dev/null || true) | wc -l)
[ "$windows" = 1 ] && [ "$in_use" = 0 ] || fail "the second open gave $windows windows and $in_use 'in use' dialogs"
[ "$(app_pids | wc -l)" = 1 ] || fail "the second open left a second process running"
say "gio open of the same file went to the running window (one window, one process)"
quit_app

# 5. removal keeps the user's files ------------------------------------------------------------------------------
before_removal=$(digest "$HOME/Documents")
sudo apt-get remove -y reserve-desk >/dev/null
[ ! -e /usr/bin/reserve-desk ] && [ ! -e /opt/reserve-desk ] || fail "the app is still installed after removal"
sudo dpkg --purge reserve-desk >/dev/null 2>&1  # nothing is left to purge: it has no conffiles
[ "$(digest "$HOME/Documents")" = "$before_removal" ] || fail "removal changed the user's workspaces"
say "removed and purged; the $(echo "$before_removal" | wc -l) workspace and backup files made before are all still there, unchanged"
say "all checks passed"
