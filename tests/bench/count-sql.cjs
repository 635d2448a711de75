// Preload for tests/bench/profile-http.ts (ADR 0027): counts the SQL statements the server sends
// through `pg` (by their text, whitespace folded, first 160 characters). SIGUSR2 resets the counts
// (after the warm-up); on exit they are written to $COUNT_SQL_FILE as JSON { total, counts }.
const fs = require("node:fs");
const path = require("node:path");
const pg = require(path.resolve("node_modules/pg"));

const counts = new Map();
let total = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, ...rest) {
  const text = typeof config === "string" ? config : config && config.text;
  if (text) {
    const key = text.replace(/\s+/g, " ").trim().slice(0, 160);
    counts.set(key, (counts.get(key) || 0) + 1);
    total++;
  }
  return query.call(this, config, ...rest);
};
process.on("SIGUSR2", () => {
  counts.clear();
  total = 0;
});
process.on("exit", () => {
  const file = process.env.COUNT_SQL_FILE;
  if (file) fs.writeFileSync(file, JSON.stringify({ total, counts: [...counts].sort((a, b) => b[1] - a[1]) }));
});
