// name: partners
// description: A country's top counterparts by number of contacts, with cooperative and conflictual counts; as in summary, a meeting on the day one side hosted the other counts once.
// params: country country, limit count = 10
// example: --country Russia --limit 5
// columns: partner, contacts, cooperative, conflictual
MATCH (s)-[r]->(o)
WHERE r.subject_country <> "" AND r.object_country <> "" AND r.subject_country <> r.object_country
  AND (r.subject_country = $country OR r.object_country = $country)
  AND NOT (r.kind = "MET_WITH" AND EXISTS { MATCH (s)-[h:HOSTED]-(o) WHERE h.date = r.date })
WITH CASE WHEN r.subject_country = $country THEN r.object_country ELSE r.subject_country END AS partner, r.tone AS tone
MATCH (c:Country) WHERE c.id = partner
RETURN c.name AS partner, count(*) AS contacts,
       sum(CASE WHEN tone = "cooperative" THEN 1 ELSE 0 END) AS cooperative,
       sum(CASE WHEN tone = "conflictual" THEN 1 ELSE 0 END) AS conflictual
ORDER BY contacts DESC, partner
LIMIT $limit
