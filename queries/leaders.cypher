// name: leaders
// description: Who represented a country, with title and term; with a date, only those in office that day (an open term has no end).
// params: country country, at date = ""
// example: --country Russia --at 2025-05-08
// columns: person, title, term_start, term_end
MATCH (p:Person)-[r:REPRESENTS]->(c:Country)
WHERE c.id = $country
  AND ($at = "" OR ((r.term_start IS NULL OR r.term_start = "" OR r.term_start <= $at)
                AND (r.term_end IS NULL OR r.term_end = "" OR r.term_end >= $at)))
RETURN DISTINCT p.name AS person, r.title AS title, r.term_start AS term_start, r.term_end AS term_end
ORDER BY term_start, person
