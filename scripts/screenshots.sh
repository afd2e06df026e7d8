#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png, a picture of each main screen of the web app: runs the browser tests
# (tests/ChatPlatform.Web.Tests, the whole platform through the AppHost, Debian's Chromium through Playwright) with
# CHATPLATFORM_SCREENSHOTS set, which makes them save what they see. Extra arguments go to dotnet test.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-prerequisites.sh
dotnet build tests/ChatPlatform.Web.Tests -c Release -nologo -v quiet
mkdir -p docs/screenshots
CHATPLATFORM_SCREENSHOTS="$PWD/docs/screenshots" dotnet test tests/ChatPlatform.Web.Tests -c Release --no-build -nologo "$@"
ls -1 docs/screenshots
