// name: pledges
// description: What one country (or its leaders in office) pledged another, by date, with sources.
// params: from country, to country, year int = 0, since date = "0000-01-01", until date = "9999-12-31"
// columns: date, subject, object, what, articles, sentences
MATCH (s)-[r:PLEDGED]->(o)
WHERE r.subject_country = $from AND r.object_country = $to
  AND ($year = 0 OR r.year = $year)
  AND r.date >= $since AND r.date <= $until
RETURN r.date AS date, s.name AS subject, o.name AS object, r.what AS what,
       r.articles AS articles, r.sentences AS sentences
ORDER BY date, subject, object
