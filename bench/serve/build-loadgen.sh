#!/bin/sh
# Builds bench/serve/.build/loadgen (needs a C compiler and libnghttp2-dev).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$here/.build"
${CC:-cc} -O2 -Wall -Wextra -std=gnu11 -o "$here/.build/loadgen" "$here/loadgen.c" -lnghttp2 -lm
echo "built $here/.build/loadgen"
