#!/usr/bin/env bash
# External evaluations of the extraction stages (CoNLL04 relations, PolNeAR attribution) on their test
# splits; each fails the run when its F1 falls below the floor in .ci/thresholds.json
# ("conll04": {"f1": ...}, "polnear": {"f1": ...}). Called by .ci/run after npm test, from the
# repository root, with ../shared beside it.
set -euo pipefail
floor() { node -e "const t=require('./.ci/thresholds.json'); console.log(t['$1']?.f1 ?? 0)"; }
node bin/dossier.js eval conll04 --split test --min-f1 "$(floor conll04)"
node bin/dossier.js eval polnear --split test --min-f1 "$(floor polnear)"
