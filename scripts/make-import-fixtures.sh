#!/usr/bin/env bash
# Converts the HTML fixtures of the .docx importer (tables shaped like reports published on
# government websites) into .docx with LibreOffice, the way a user gets a Word file from such a
# page. The .docx files are committed, so the tests never need LibreOffice.
# Usage: scripts/make-import-fixtures.sh   (needs soffice on PATH)
set -euo pipefail
cd "$(dirname "$0")/../src/import/test-fixtures"
command -v soffice >/dev/null || { echo "soffice (LibreOffice) not found" >&2; exit 1; }
# A private profile: a LibreOffice window the user has open must not block or change the run.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for html in *.html; do
  soffice -env:UserInstallation="file://$profile" --headless \
    --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir . "$html" >/dev/null 2> >(grep -v javaldx >&2)
  echo "${html%.html}.docx"
done
