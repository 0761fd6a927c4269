// name: summary
// description: Counts of contacts between two countries (and their leaders in office) by year and kind, cooperative or conflictual. Each contact counts once: a meeting on the day one side hosted the other counts as HOSTED, not again as MET_WITH.
// params: a country, b country
// distinct: a, b
// example: --a China --b Russia
// columns: year, kind, tone, count
MATCH (s)-[r]->(o)
WHERE ((r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a))
  AND NOT (r.kind = "MET_WITH" AND EXISTS { MATCH (s)-[h:HOSTED]-(o) WHERE h.date = r.date })
RETURN r.year AS year, r.kind AS kind, r.tone AS tone, count(*) AS count
ORDER BY year, kind
