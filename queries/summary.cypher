// name: summary
// description: Counts of contacts between two countries by year and kind, cooperative or conflictual.
// params: a country, b country
// columns: year, kind, tone, count
MATCH (s)-[r]->(o)
WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a)
RETURN r.year AS year, r.kind AS kind, r.tone AS tone, count(*) AS count
ORDER BY year, kind
