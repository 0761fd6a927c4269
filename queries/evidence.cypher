// name: evidence
// description: The articles and sentences behind the edges between two actors (a country counts its leaders in office), optionally of one kind; each row reads subject to object as stored.
// params: a actor, b actor, kind string = ""
// distinct: a, b
// example: --a China --b Russia --kind PLEDGED
// columns: kind, date, subject, object, articles, sentences, rules
MATCH (s)-[r:MET_WITH|PLEDGED|ATTENDED|VISITED|HOSTED|SIGNED|ANNOUNCED|URGED|PRAISED|CRITICIZED|THREATENED|SANCTIONED|REPRESENTS|MEMBER_OF|PART_OF|HELD_IN]->(o)
WHERE ($kind = "" OR r.kind = $kind)
  AND (((s.id = $a OR r.subject_country = $a) AND (o.id = $b OR r.object_country = $b))
    OR ((s.id = $b OR r.subject_country = $b) AND (o.id = $a OR r.object_country = $a)))
RETURN DISTINCT r.kind AS kind, r.date AS date, s.name AS subject, o.name AS object,
       r.articles AS articles, r.sentences AS sentences, r.rules AS rules
ORDER BY date, kind, subject, object
