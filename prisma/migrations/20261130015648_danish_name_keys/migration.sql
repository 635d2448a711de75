-- Danish order and case-insensitive search of people's names on every database (ADR 0019).
-- PGlite has no ICU collations and a server's database may use the "C" locale, where lower('Å')
-- is 'Å' and ORDER BY puts "Åskov" before "Berg". The keys are generated columns, so every writer
-- (use cases, import, seed, test factories) gets them without code; the app never writes them.

-- Order key: lower case; Æ/Ä → '{', Ø/Ö → '|', Å → '}' (the three ASCII characters after 'z', so
-- they sort last in this order in the "C" collation); Ü/Ý → 'y' and other accented Latin letters as
-- their base letter, as Danish dictionaries do. Compare with COLLATE "C" (bytewise).
CREATE FUNCTION samspil_danish_sort_key(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT translate(lower(t), 'ÆæÄäØøÖöÅåÜüÉéÈèÊêËëÁáÀàÂâÃãÍíÌìÎîÏïÓóÒòÔôÕõÚúÙùÛûÇçÑñÝý', '{{{{||||}}yyeeeeeeeeaaaaaaaaiiiiiiiioooooooouuuuuuccnnyy') $$;

-- Search key: lower case for ASCII (lower) and for Latin-1 letters (translate), which lower() leaves
-- alone in the "C" locale.
CREATE FUNCTION samspil_search_key(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT translate(lower(t), 'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ', 'àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþ') $$;

-- AlterTable
ALTER TABLE "Citizen" ADD COLUMN "nameSearch" TEXT GENERATED ALWAYS AS (samspil_search_key("firstName" || ' ' || "lastName")) STORED,
ADD COLUMN "nameSortKey" TEXT COLLATE "C" GENERATED ALWAYS AS (samspil_danish_sort_key("lastName" || E'\x01' || "firstName")) STORED;

-- AlterTable
ALTER TABLE "User" ADD COLUMN "nameSortKey" TEXT COLLATE "C" GENERATED ALWAYS AS (samspil_danish_sort_key("name")) STORED;

-- CreateIndex
CREATE INDEX "Citizen_organisationId_nameSortKey_idx" ON "Citizen"("organisationId", "nameSortKey");

-- CreateIndex
CREATE INDEX "User_organisationId_nameSortKey_idx" ON "User"("organisationId", "nameSortKey");
