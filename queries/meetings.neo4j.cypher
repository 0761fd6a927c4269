// Neo4j seeks the actor by its labels' id constraints, as subject and as
// object, and by MET_WITH's subject_country and object_country indexes; one
// pattern with the four conditions joined by OR can use none of them and
// reads every meeting. UNION keeps a meeting found by several branches
// once, then the rest as in meetings.cypher.
CALL {
  MATCH (s:Country|Person|Organization)-[r:MET_WITH]->(o) WHERE s.id = $actor AND r.date >= $since AND r.date <= $until RETURN s, r, o
  UNION
  MATCH (s)-[r:MET_WITH]->(o:Country|Person|Organization) WHERE o.id = $actor AND r.date >= $since AND r.date <= $until RETURN s, r, o
  UNION
  MATCH (s)-[r:MET_WITH]->(o) WHERE r.subject_country = $actor AND r.date >= $since AND r.date <= $until RETURN s, r, o
  UNION
  MATCH (s)-[r:MET_WITH]->(o) WHERE r.object_country = $actor AND r.date >= $since AND r.date <= $until RETURN s, r, o
}
WITH s, r, o
WHERE $other = "" OR s.id = $other OR o.id = $other OR r.subject_country = $other OR r.object_country = $other
RETURN r.date AS date, s.name AS subject, o.name AS object,
       r.articles AS articles, r.sentences AS sentences
ORDER BY date, subject, object
