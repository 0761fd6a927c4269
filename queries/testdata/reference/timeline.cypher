// name: timeline
// description: Every contact between two countries (and their leaders in office), in date order.
// params: a country, b country, since date = "0000-01-01", until date = "9999-12-31"
// distinct: a, b
// example: --a China --b Russia --since 2025-05
// columns: date, kind, subject, object, what, articles, sentences
MATCH (s)-[r]->(o)
WHERE r.date >= $since AND r.date <= $until AND r.subject_country <> "" AND r.object_country <> ""
  AND ((r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a))
RETURN r.date AS date, r.kind AS kind, s.name AS subject, o.name AS object, r.what AS what,
       r.articles AS articles, r.sentences AS sentences
ORDER BY date, kind, subject, object
