-- Citizen name search through a trigram index (ADR 0024, issue 10). The register's name search is a
-- substring match on the generated lower-case "nameSearch" (ADR 0019); without an index it reads
-- every citizen of the organisation (119 ms at 200,000 citizens). A GIN index with pg_trgm's
-- gin_trgm_ops serves LIKE '%word%' for words of 3 or more characters and the word-start patterns
-- the search uses for shorter words (lib/domain/citizens/search-citizens.ts).
--
-- pg_trgm is a contrib extension marked "trusted" (PostgreSQL 13+): a role with CREATE on the
-- database may create it without being superuser (managed PostgreSQL: the migration role). Embedded
-- PGlite loads it only when the instance is opened with it (lib/db/pglite.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Citizen_nameSearch_trgm_idx" ON "Citizen" USING GIN ("nameSearch" gin_trgm_ops);
