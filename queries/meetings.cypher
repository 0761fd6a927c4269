// name: meetings
// description: Who met whom: meetings, talks and calls of one actor (a country counts its leaders), optionally with another.
// params: actor actor, with actor = "", since date = "0000-01-01", until date = "9999-12-31"
// columns: date, subject, object, articles, sentences
MATCH (s)-[r:MET_WITH]->(o)
WHERE (s.id = $actor OR o.id = $actor OR r.subject_country = $actor OR r.object_country = $actor)
  AND ($with = "" OR s.id = $with OR o.id = $with OR r.subject_country = $with OR r.object_country = $with)
  AND r.date >= $since AND r.date <= $until
RETURN r.date AS date, s.name AS subject, o.name AS object,
       r.articles AS articles, r.sentences AS sentences
ORDER BY date, subject, object
