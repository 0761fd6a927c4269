// name: evidence
// description: The articles and sentences behind the edges between two actors, optionally of one kind.
// params: a actor, b actor, kind string = ""
// columns: kind, date, subject, object, articles, sentences, rules
MATCH (s)-[r]-(o)
WHERE s.id = $a AND o.id = $b AND r.kind <> "MENTIONS" AND ($kind = "" OR r.kind = $kind)
RETURN DISTINCT r.kind AS kind, r.date AS date, s.name AS subject, o.name AS object,
       r.articles AS articles, r.sentences AS sentences, r.rules AS rules
ORDER BY date, kind
