#!/usr/bin/env bash
# CoNLL-2003 evaluation of the shipped entity tagger; fails when test F1 drops below 0.87.
# Called by .ci/run after npm test, from the repository root, with ../shared beside it.
set -euo pipefail
min=0.87
out=$(node bin/dossier.js eval ner --conll ../shared/data/conll2003/eng.testb)
echo "$out"
f1=$(echo "$out" | tail -n 1 | sed -n 's/^f1: //p')
if ! awk -v f="$f1" -v m="$min" 'BEGIN { exit !(f >= m) }'; then
  echo "eval ner: eng.testb F1 $f1 is below $min" >&2
  exit 1
fi
