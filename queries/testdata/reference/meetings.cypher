// name: meetings
// description: Who met whom: meetings, talks and calls of one actor (a country counts its leaders), optionally with another.
// params: actor actor, other actor = "", since date = "0000-01-01", until date = "9999-12-31"
// distinct: actor, other
// example: --actor Russia --other China --since 2025-01-01
// columns: date, subject, object, articles, sentences
MATCH (s)-[r:MET_WITH]->(o)
WHERE (s.id = $actor OR o.id = $actor OR r.subject_country = $actor OR r.object_country = $actor)
  AND ($other = "" OR s.id = $other OR o.id = $other OR r.subject_country = $other OR r.object_country = $other)
  AND r.date >= $since AND r.date <= $until
RETURN r.date AS date, s.name AS subject, o.name AS object,
       r.articles AS articles, r.sentences AS sentences
ORDER BY date, subject, object
