/*
 * The contributions' search statement, kept free of imports so the benchmarks (test/bench) run
 * the very statement the server runs. Hidden contributions are never found (the visibility rule's
 * public form, `publicContributionSql`, written out here to stay import-free).
 */

/**
 * How many matching contributions are ranked. A word found in most of the forum (in a 100,000-row
 * forum, "cooperación" matches 60,000) would otherwise have every match ranked before the top 20
 * could be taken (≈ 110 ms); the first 2,000 matches are ranked instead, so a search costs a few
 * milliseconds whatever the word. A rarer word (fewer matches) is ranked over all its matches.
 */
export const RANK_HORIZON = 2_000;

/** Contributions matching `$1` (websearch syntax), best first, `$2` of them, snippets marked by `$3`. */
export const CONTRIBUTION_SEARCH = `
  WITH candidates AS (
    SELECT c.id, c.body, c.conversatorio_id, c.search_vector
      FROM contribution c
     WHERE c.search_vector @@ websearch_to_tsquery('ruta_spanish', $1) AND c.hidden_at IS NULL
     LIMIT ${RANK_HORIZON}
  )
  SELECT c.id, left(c.body, 140) AS title, c.conversatorio_id AS "conversatorioId",
         ts_headline('ruta_spanish', c.body, websearch_to_tsquery('ruta_spanish', $1), $3) AS snippet,
         ts_rank(c.search_vector, websearch_to_tsquery('ruta_spanish', $1)) AS rank
    FROM candidates c
   ORDER BY rank DESC, c.id
   LIMIT $2`;
