#!/usr/bin/env bash
# Build the reading measurement set (dev only; needs ../shared beside the repository and the tools
# make-forms.sh needs): OUT/src holds real reports as HTML/PDF (the seeds rendered to the official
# layout by `nianbao render`, the corpus's PDFs and web page, a dense Word-pasted page made by
# transplant-values.py), OUT/hold the reports kept apart until the end; OUT/forms and
# OUT/hold-forms the forms make-forms.sh makes of them; OUT/truth their truth. Also: OUT/forms2
# (make-forms.sh of its own DOCX forms), OUT/bilevel and OUT/hold-bilevel (bilevel scans),
# OUT/forms-docx (the reports rendered to Word, through make-forms.sh).
# usage: scripts/measure/prepare.sh OUT   (run from the repository root after `npm run build`)
set -eu
out=${1:?usage: prepare.sh OUT}; shared=${SHARED:-../shared}
mkdir -p "$out/src" "$out/hold" "$out/truth"
for s in 000_f42b2add2afd0cc6 001_015773bddcd054c9 003_0ec7f487509b9c4f 004_c6867b7eba30610a; do
  node bin/nianbao.js render "$shared/seeds/$s.txt" --to html --force -o "$out/src/$s.html" >/dev/null
  cp "$shared/seeds-truth/$s.json" "$out/truth/"
done
node bin/nianbao.js render "$shared/seeds/002_87b09e6297b9ff4d.txt" --to html --force -o "$out/hold/002_87b09e6297b9ff4d.html" >/dev/null
cp "$shared/seeds-truth/002_87b09e6297b9ff4d.json" "$out/truth/"
cp "$shared/corpus/raw/2023-jiangsu-huaian-hongze.pdf" "$shared/corpus/raw/2024-jiangsu-huaian.pdf" \
   "$shared/corpus/raw/2023-jiangsu-shuyang-fgj.html" "$out/src/"
cp "$shared/corpus/raw/2024-jiangsu-huaian-hongze.pdf" "$out/hold/"
cp "$shared/corpus/truth/"*.json "$out/truth/"
python3 scripts/transplant-values.py fgjx-2024-jiangsu-huaian 2024-jiangsu-huaian >/dev/null
cp /tmp/fgjx-2024-jiangsu-huaian.html "$out/src/"; cp /tmp/fgjx-2024-jiangsu-huaian.json "$out/truth/"
# the published forms themselves are a form too
mkdir -p "$out/forms/published" "$out/hold-forms/published"
cp "$out"/src/* "$out/forms/published/"; cp "$out"/hold/* "$out/hold-forms/published/"
bash "$shared/tools/make-forms.sh" "$out/forms" "$out"/src/*
bash "$shared/tools/make-forms.sh" "$out/hold-forms" "$out"/hold/*
# Word files printed to PDF by LibreOffice (a table wider than the page loses its edge), and the
# text made from those PDFs: make-forms.sh applied to its own DOCX forms.
bash "$shared/tools/make-forms.sh" "$out/forms2" "$out"/forms/docx/*.docx
# Bilevel scans (`pdftoppm -mono`, 150 dpi) of the PDFs the grey scans are made from: OUT/bilevel/scan
# and OUT/hold-bilevel/scan (measure them as the form `scan`).
mono() { rm -rf "$out/.p"; mkdir -p "$out/.p"; pdftoppm -r 150 -mono -png "$1" "$out/.p/p" && img2pdf "$out"/.p/p-*.png -o "$2"; }
mkdir -p "$out/bilevel/scan" "$out/hold-bilevel/scan"
for f in "$out"/forms/pdf/*.pdf "$out"/src/*.pdf; do mono "$f" "$out/bilevel/scan/$(basename "$f")"; done
for f in "$out"/hold-forms/pdf/*.pdf "$out"/hold/*.pdf; do mono "$f" "$out/hold-bilevel/scan/$(basename "$f")"; done
rm -rf "$out/.p"
# Word reports as an office writes them (A4 tables that fit the page): the development reports
# rendered to DOCX by `nianbao render`, through make-forms.sh (LibreOffice's PDF, text and HTML of
# them, and pdftotext and a scan of that PDF): OUT/forms-docx.
mkdir -p "$out/docx-src"
for s in 000_f42b2add2afd0cc6 001_015773bddcd054c9 003_0ec7f487509b9c4f 004_c6867b7eba30610a; do
  node bin/nianbao.js render "$shared/seeds/$s.txt" --to docx --force -o "$out/docx-src/$s.docx" >/dev/null
done
for c in 2023-jiangsu-huaian-hongze 2024-jiangsu-huaian; do
  node bin/nianbao.js render "$shared/corpus/raw/$c.pdf" --to docx --force -o "$out/docx-src/$c.docx" >/dev/null
done
bash "$shared/tools/make-forms.sh" "$out/forms-docx" "$out"/docx-src/*.docx
