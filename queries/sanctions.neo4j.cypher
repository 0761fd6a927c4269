// Neo4j seeks each conflictual kind's (subject_country, object_country) index
// by its first column, which a pattern naming several kinds cannot use: one
// branch per kind, then the rest as in sanctions.cypher.
CALL {
  MATCH (s)-[r:CRITICIZED]->(o) WHERE r.subject_country = $from RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:THREATENED]->(o) WHERE r.subject_country = $from RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:SANCTIONED]->(o) WHERE r.subject_country = $from RETURN s, r, o
}
WITH s, r, o
WHERE r.tone = "conflictual" AND ($to = "" OR r.object_country = $to)
  AND r.date >= $since AND r.date <= $until
RETURN r.date AS date, r.kind AS kind, s.name AS subject, o.name AS object, r.what AS what,
       r.articles AS articles, r.sentences AS sentences
ORDER BY date, kind, subject
