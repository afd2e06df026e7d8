#!/usr/bin/env bash
# Rewrites clients/openapi/chatplatform.json with the gateway's merged /openapi.json: boots the platform through the
# end-to-end fixture and runs the check of the checked-in copy with CHATPLATFORM_UPDATE_OPENAPI=1 (about 3-5 minutes).
# Review `git diff clients/openapi` afterwards, and regenerate the client SDK from the new file.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-prerequisites.sh
dotnet build tests/ChatPlatform.EndToEnd.Tests -c Release -nologo -v quiet
CHATPLATFORM_UPDATE_OPENAPI=1 dotnet test tests/ChatPlatform.EndToEnd.Tests -c Release --no-build -nologo \
  --filter "FullyQualifiedName~ChatPlatform.EndToEnd.Tests.Contract.OpenApiDocumentTests.The_served_document_is_the_checked_in_one"
echo "Updated clients/openapi/chatplatform.json"
