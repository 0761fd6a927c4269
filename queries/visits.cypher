// name: visits
// description: Visits to a country, or by a country's leaders, in a period.
// params: to country = "", from country = "", since date = "0000-01-01", until date = "9999-12-31"
// distinct: to, from
// example: --to Russia --since 2025
// columns: date, visitor, country, articles, sentences
MATCH (v)-[r:VISITED]->(c:Country)
WHERE ($to = "" OR c.id = $to)
  AND ($from = "" OR v.id = $from OR r.subject_country = $from)
  AND r.date >= $since AND r.date <= $until
RETURN r.date AS date, v.name AS visitor, c.name AS country,
       r.articles AS articles, r.sentences AS sentences
ORDER BY date, visitor
