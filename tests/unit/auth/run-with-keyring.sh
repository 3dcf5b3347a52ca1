#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

# Usage: run-with-keyring.sh HOME_DIR COMMAND...
# Runs COMMAND inside a private D-Bus session (dbus-run-session) with gnome-keyring-daemon
# (secrets component) holding a fresh "login" keyring, unlocked with a throw-away password
# (an empty one makes the daemon prompt). HOME and the XDG dirs point under HOME_DIR before
# the bus starts, so neither the daemon nor anything the bus activates touches the user's
# real keyring. The daemon goes away with the private bus.
set -eu
if [ "${1:-}" != "--inside" ]; then
    home="$1"
    shift
    rm -rf "$home"
    mkdir -p "$home/data" "$home/config" "$home/cache" "$home/runtime"
    chmod 700 "$home/runtime"
    export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
           XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime"
    unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL DISPLAY WAYLAND_DISPLAY
    exec dbus-run-session -- sh "$0" --inside "$@"
fi
shift
# --unlock reads the login keyring's password from stdin and creates the keyring; the
# daemon has registered org.freedesktop.secrets on the bus when it returns.
printf 'dms-test-keyring' | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null
export DMS_TEST_KEYRING=gnome-keyring
exec "$@"
