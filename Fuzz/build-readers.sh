#!/usr/bin/env bash
# Builds the libFuzzer harnesses of the identity and register readers into Fuzz/.build:
#   fuzz-walk    SNMP walks (.snmprec and snmpwalk -On) through DeviceIdentityReader
#   fuzz-markup  nmap XML, ONVIF answers and OSM XML behind the shared XML guard
#   fuzz-json    the JSON parser and the GeoJSON, Overpass, Amsterdam, NetBox and CycloneDX readers
# The reader sources are compiled directly (not through SwiftPM) with -sanitize=fuzzer,address.
# Usage: Fuzz/build-readers.sh [walk] [markup] [json]   (no argument: all three)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=Fuzz/.build
mkdir -p "$out"
flags=(-O -g -sanitize=fuzzer,address -parse-as-library -swift-version 6 -I "$(pwd)/Fuzz/CZlib")

if [ ! -f "$out/HerkomstCore.o" ] || [ -n "$(find Sources/HerkomstCore -newer "$out/HerkomstCore.o" -name '*.swift')" ]; then
  echo "building HerkomstCore"
  swiftc "${flags[@]}" -wmo -module-name HerkomstCore -emit-module -emit-module-path "$out/HerkomstCore.swiftmodule" \
    -c $(find Sources/HerkomstCore -name '*.swift') -o "$out/HerkomstCore.o"
fi

f=Sources/HerkomstFormats
readers=("$f"/DeviceIdentityReader.swift "$f"/Import/ImportFormat.swift)
for dir in Hardening SNMP ONVIF Nmap JSON Properties GeoJSON OSM Amsterdam NetBox CycloneDX Records; do
  readers+=("$f/$dir"/*.swift)
done
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(walk markup json)
for harness in "${harnesses[@]}"; do
  echo "building fuzz-$harness"
  rm -f "$out/fuzz-$harness"
  # Linking from inside the build folder keeps the module files swiftc leaves behind out of the work tree.
  (cd "$out" && swiftc "${flags[@]}" -wmo -module-name "Fuzz_$harness" -I . \
    "$root/Fuzz/readers-$harness.swift" "${readers[@]/#/$root/}" HerkomstCore.o -o "fuzz-$harness" \
    2>&1 | grep -v "Cannot export local symbol" || true)
  [ -x "$out/fuzz-$harness" ] || { echo "fuzz-$harness failed to build" >&2; exit 1; }
done
