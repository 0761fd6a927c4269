// name: leaders
// description: Who represented a country, with title and term; with a date, only those in office that day.
// params: country country, date date = ""
// columns: person, title, start, end
MATCH (p:Person)-[r:REPRESENTS]->(c:Country)
WHERE c.id = $country
  AND ($date = "" OR ((r.start = "" OR r.start <= $date) AND (r.end = "" OR r.end >= $date)))
RETURN DISTINCT p.name AS person, r.title AS title, r.start AS start, r.end AS end
ORDER BY start, person
