#!/usr/bin/env bash
# Builds the libFuzzer harnesses of the spreadsheet readers into Fuzz/.build:
#   fuzz-csv   CSVReader on arbitrary bytes (encodings, quoting, chunk boundaries, column recognition, values)
#   fuzz-xlsx  XLSXReader on arbitrary bytes (ZIP hardening, workbook parts, sheets)
#   fuzz-xml   the workbook XML scanner and sheet reader on arbitrary XML
# The reader sources are compiled directly (not through SwiftPM) with -sanitize=fuzzer,address.
# Usage: Fuzz/build.sh [csv] [xlsx] [xml]   (no argument: all three)
set -euo pipefail
cd "$(dirname "$0")/.."
out=Fuzz/.build
mkdir -p "$out"
flags=(-O -g -sanitize=fuzzer,address -parse-as-library -swift-version 6)

[ -d .build/checkouts/ZIPFoundation ] || swift package resolve
zip=.build/checkouts/ZIPFoundation/Sources

if [ ! -f "$out/HerkomstCore.o" ] || [ -n "$(find Sources/HerkomstCore -newer "$out/HerkomstCore.o" -name '*.swift')" ]; then
  echo "building HerkomstCore"
  swiftc "${flags[@]}" -wmo -module-name HerkomstCore -emit-module -emit-module-path "$out/HerkomstCore.swiftmodule" \
    -c $(find Sources/HerkomstCore -name '*.swift') -o "$out/HerkomstCore.o"
fi
if [ ! -f "$out/ZIPFoundation.o" ]; then
  echo "building ZIPFoundation"
  swiftc "${flags[@]}" -swift-version 5 -wmo -module-name ZIPFoundation -I "$zip/CZLib" -Xcc -D_GNU_SOURCE=1 \
    -emit-module -emit-module-path "$out/ZIPFoundation.swiftmodule" \
    -c "$zip"/ZIPFoundation/*.swift -o "$out/ZIPFoundation.o"
fi

root=$(pwd)
readers=("$root"/Sources/HerkomstFormats/CSV/*.swift "$root"/Sources/HerkomstFormats/Tabular/*.swift "$root"/Sources/HerkomstFormats/XLSX/*.swift)
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(csv xlsx xml)
for harness in "${harnesses[@]}"; do
  echo "building fuzz-$harness"
  rm -f "$out/fuzz-$harness"
  # Run from the output folder: swiftc leaves module files for the debugger in the working directory.
  (cd "$out" && swiftc "${flags[@]}" -wmo -module-name "Fuzz_$harness" -I . -I "$root/$zip/CZLib" \
    "$root/Fuzz/$harness.swift" "${readers[@]}" HerkomstCore.o ZIPFoundation.o -lz -o "fuzz-$harness" \
    2>&1 | grep -v "Cannot export local symbol" || true)
  [ -x "$out/fuzz-$harness" ] || { echo "fuzz-$harness failed to build" >&2; exit 1; }
done
