#!/bin/sh
# Stillpoint on a dedicated waiting-room screen: Debian's Chromium, locked down by policy.
#
#   sudo sh launch-kiosk.sh install-policy https://your-site.example
#       Once, as root: writes /etc/chromium/policies/managed/stillpoint-kiosk.json from
#       stillpoint-kiosk-policy.json (beside this script), allowing only your site's address.
#       Developer tools, printing, downloads, file pickers and every other address are off.
#
#   sh launch-kiosk.sh start https://your-site.example [WIDTHxHEIGHT]
#       As the kiosk's ordinary user (never root), at login: Chromium in kiosk mode, full screen.
#       WIDTHxHEIGHT is the screen's size (1920x1080 if not given): without a window manager,
#       Chromium cannot size its window to the screen by itself.
#
# Then, on the kiosk, open https://your-site.example/#/kiosk/setup once and choose the staff PIN.
# Check the policy at chrome://policy on a machine where it is installed but not yet locked.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
policy_dir=${STILLPOINT_POLICY_DIR:-/etc/chromium/policies/managed}

usage() {
  sed -n '2,16p' "$0" >&2
  exit 2
}

origin_of() {
  # The site's origin (scheme, host and port), as the allowlist wants it.
  printf '%s\n' "$1" | sed -E 's#^(https?://[^/]+).*$#\1#'
}

[ $# -ge 2 ] || usage
site=$2
case "$site" in
  https://* | http://localhost* | http://127.0.0.1*) ;;
  *) echo "Use the site's https address (kiosk mode needs a secure address): $site" >&2; exit 2 ;;
esac

case "$1" in
  install-policy)
    mkdir -p "$policy_dir" 2>/dev/null && [ -w "$policy_dir" ] ||
      { echo "install-policy writes to $policy_dir: run it as root." >&2; exit 1; }
    origin=$(origin_of "$site")
    sed "s#https://your-site.example#$origin#" "$here/stillpoint-kiosk-policy.json" \
      > "$policy_dir/stillpoint-kiosk.json"
    chmod 644 "$policy_dir/stillpoint-kiosk.json"
    echo "Wrote $policy_dir/stillpoint-kiosk.json (only $origin allowed)."
    ;;
  start)
    [ "$(id -u)" -ne 0 ] || { echo "Start the kiosk as its ordinary user, not as root." >&2; exit 1; }
    size=${3:-1920x1080}
    width=${size%x*}
    height=${size#*x}
    exec /usr/bin/chromium --kiosk --window-position=0,0 --window-size="$width,$height" \
      --noerrdialogs --disable-session-crashed-bubble --disable-infobars \
      --no-first-run --disable-pinch --overscroll-history-navigation=0 \
      --disable-features=Translate --check-for-update-interval=31536000 \
      --user-data-dir="${STILLPOINT_KIOSK_PROFILE:-$HOME/.config/stillpoint-kiosk}" \
      "$site"
    ;;
  *) usage ;;
esac
