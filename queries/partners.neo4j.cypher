// Neo4j seeks each event kind's subject_country and object_country index,
// which a pattern naming several kinds cannot use: two branches per kind.
// An edge both branches find has the same country on both sides, which the
// filter drops; then the rest as in partners.cypher.
CALL {
  MATCH (s)-[r:MET_WITH]->(o) WHERE r.subject_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:MET_WITH]->(o) WHERE r.object_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:PLEDGED]->(o) WHERE r.subject_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:PLEDGED]->(o) WHERE r.object_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:ATTENDED]->(o) WHERE r.subject_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:ATTENDED]->(o) WHERE r.object_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:VISITED]->(o) WHERE r.subject_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:VISITED]->(o) WHERE r.object_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:HOSTED]->(o) WHERE r.subject_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:HOSTED]->(o) WHERE r.object_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:SIGNED]->(o) WHERE r.subject_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:SIGNED]->(o) WHERE r.object_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:ANNOUNCED]->(o) WHERE r.subject_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:ANNOUNCED]->(o) WHERE r.object_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:URGED]->(o) WHERE r.subject_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:URGED]->(o) WHERE r.object_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:PRAISED]->(o) WHERE r.subject_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:PRAISED]->(o) WHERE r.object_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:CRITICIZED]->(o) WHERE r.subject_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:CRITICIZED]->(o) WHERE r.object_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:THREATENED]->(o) WHERE r.subject_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:THREATENED]->(o) WHERE r.object_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:SANCTIONED]->(o) WHERE r.subject_country = $country RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:SANCTIONED]->(o) WHERE r.object_country = $country RETURN s, r, o
}
WITH s, r, o
WHERE r.subject_country <> "" AND r.object_country <> "" AND r.subject_country <> r.object_country
  AND NOT (r.kind = "MET_WITH" AND EXISTS { MATCH (s)-[h:HOSTED]-(o) WHERE h.date = r.date })
WITH CASE WHEN r.subject_country = $country THEN r.object_country ELSE r.subject_country END AS partner, r.tone AS tone
MATCH (c:Country) WHERE c.id = partner
RETURN c.name AS partner, count(*) AS contacts,
       sum(CASE WHEN tone = "cooperative" THEN 1 ELSE 0 END) AS cooperative,
       sum(CASE WHEN tone = "conflictual" THEN 1 ELSE 0 END) AS conflictual
ORDER BY contacts DESC, partner
LIMIT $limit
