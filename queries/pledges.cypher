// name: pledges
// description: What one country (or its leaders in office) pledged another, by date, with sources; a leader's pledge reads "China (Xi Jinping)".
// params: from country, to country, year year = 0, since date = "0000-01-01", until date = "9999-12-31"
// distinct: from, to
// example: --from China --to Russia --year 2025
// columns: date, subject, object, what, articles, sentences
MATCH (s)-[r:PLEDGED]->(o)
WHERE r.subject_country = $from AND r.object_country = $to
  AND ($year = 0 OR r.year = $year)
  AND r.date >= $since AND r.date <= $until
MATCH (c:Country)
WHERE c.id = r.subject_country
RETURN r.date AS date, CASE WHEN s.id = c.id THEN s.name ELSE c.name + " (" + s.name + ")" END AS subject,
       o.name AS object, r.what AS what, r.articles AS articles, r.sentences AS sentences
ORDER BY date, subject, object
