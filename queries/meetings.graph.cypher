// For Neo4j Browser: the meetings as a picture, each with the two who met.
MATCH p = (s)-[r:MET_WITH]->(o)
WHERE (s.id = $actor OR o.id = $actor OR r.subject_country = $actor OR r.object_country = $actor)
  AND ($other = "" OR s.id = $other OR o.id = $other OR r.subject_country = $other OR r.object_country = $other)
  AND r.date >= $since AND r.date <= $until
RETURN p
