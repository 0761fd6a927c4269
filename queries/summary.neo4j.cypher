// Neo4j seeks each event kind's (subject_country, object_country) index, which
// a pattern naming several kinds cannot use: one branch per kind, then the
// rest as in summary.cypher.
CALL {
  MATCH (s)-[r:MET_WITH]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:PLEDGED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:ATTENDED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:VISITED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:HOSTED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:SIGNED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:ANNOUNCED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:URGED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:PRAISED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:CRITICIZED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:THREATENED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:SANCTIONED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
}
WITH s, r, o
WHERE NOT (r.kind = "MET_WITH" AND EXISTS { MATCH (s)-[h:HOSTED]-(o) WHERE h.date = r.date })
RETURN r.year AS year, r.kind AS kind, r.tone AS tone, count(*) AS count
ORDER BY year, kind
