// name: sanctions
// description: Sanctions, threats and criticism from one country (its leaders included) toward another.
// params: from country, to country = "", since date = "0000-01-01", until date = "9999-12-31"
// distinct: from, to
// example: --from "the United States" --since 2025
// columns: date, kind, subject, object, what, articles, sentences
MATCH (s)-[r]->(o)
WHERE r.tone = "conflictual" AND r.subject_country = $from AND ($to = "" OR r.object_country = $to)
  AND r.date >= $since AND r.date <= $until
RETURN r.date AS date, r.kind AS kind, s.name AS subject, o.name AS object, r.what AS what,
       r.articles AS articles, r.sentences AS sentences
ORDER BY date, kind, subject
