#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

# The compiler launcher when ccache is used (CMakeLists.txt, DMS_USE_CCACHE):
#   ccache-launcher.sh CCACHE COMPILER ARGS...
# Runs the compilation through ccache; after compiling a precompiled header (-o *.gch or
# *.pch) it writes the header's checksum beside it (<header>.sum). With
# pch_external_checksum, ccache hashes that small file instead of reading the whole
# precompiled header (140 MB with GCC) for every compilation that uses it: a cache hit
# took 0.75 s of which nearly all was that read, and takes 0.02 s with the .sum.
out=
prev=
for arg in "$@"; do
  [ "$prev" = -o ] && out=$arg
  prev=$arg
done
"$@" || exit $?
case $out in
  *.gch | *.pch)
    md5sum <"$out" >"$out.sum.tmp" && mv -f "$out.sum.tmp" "$out.sum" ;;
esac
