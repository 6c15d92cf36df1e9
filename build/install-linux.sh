#!/bin/sh
# Install the onedir build (dist/reserve-desk/) for the current user, so Reserve Desk appears in the
# applications menu and opens by double-click, as do its .reservedesk workspace files. No root needed;
# nothing outside the home folder changes.
#
#   sh build/install-linux.sh              install (or update) from dist/reserve-desk
#   sh build/install-linux.sh --uninstall  remove what install put there (workspaces are kept)
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir="$data/reserve-desk/app"
bin_dir="$HOME/.local/bin"
desktop_file="$data/applications/reserve-desk.desktop"
icon_file="$data/icons/hicolor/scalable/apps/reserve-desk.svg"
mime_file="$data/mime/packages/reserve-desk.xml"  # .reservedesk workspaces open by double-click

refresh_menus() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$app_dir"
  rm -f "$bin_dir/reserve-desk" "$desktop_file" "$icon_file" "$mime_file"
  refresh_menus
  echo "Reserve Desk removed. Workspaces in $data/Reserve Desk were kept."
  exit 0
fi

build="$here/dist/reserve-desk"
[ -x "$build/reserve-desk" ] || { echo "no build at $build: run python build/build.py first" >&2; exit 1; }
mkdir -p "$(dirname "$app_dir")" "$bin_dir" "$(dirname "$desktop_file")" "$(dirname "$icon_file")" "$(dirname "$mime_file")"
rm -rf "$app_dir.new"
cp -a "$build" "$app_dir.new"   # copy beside, then swap: an update never leaves half an app
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"
ln -sf "$app_dir/reserve-desk" "$bin_dir/reserve-desk"
cp "$here/resources/icons/reserve-desk.svg" "$icon_file"
cp "$here/resources/linux/reserve-desk.xml" "$mime_file"
sed "s|^Exec=.*|Exec=\"$app_dir/reserve-desk\" %f|" "$here/resources/linux/reserve-desk.desktop" > "$desktop_file"
chmod 644 "$desktop_file"
refresh_menus
echo "Reserve Desk installed in $app_dir; it is in the applications menu, and 'reserve-desk' is in $bin_dir."
