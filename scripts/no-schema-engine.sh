#!/bin/sh
echo "schema engine not available offline: use npm run db:new / db:deploy (scripts/migrate.mjs)" >&2
exit 1
