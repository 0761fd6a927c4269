// Neo4j seeks the two actors by their labels' id constraints and each event
// kind's (subject_country, object_country) index; a pattern naming several
// kinds with conditions joined by OR can use neither. A row matches when
// its subject is $a (or acts for it) and its object $b (or stands for it),
// or the other way round: so its subject or object is one of the actors
// (first four branches), or its countries are the two (one branch per
// event kind). Then the rest as in evidence.cypher; DISTINCT merges rows
// found twice.
CALL {
  MATCH (s:Country|Person|Organization)-[r:MET_WITH|PLEDGED|ATTENDED|VISITED|HOSTED|SIGNED|ANNOUNCED|URGED|PRAISED|CRITICIZED|THREATENED|SANCTIONED|REPRESENTS|MEMBER_OF|PART_OF|HELD_IN]->(o) WHERE s.id = $a AND (o.id = $b OR r.object_country = $b) RETURN s, r, o
  UNION ALL
  MATCH (s:Country|Person|Organization)-[r:MET_WITH|PLEDGED|ATTENDED|VISITED|HOSTED|SIGNED|ANNOUNCED|URGED|PRAISED|CRITICIZED|THREATENED|SANCTIONED|REPRESENTS|MEMBER_OF|PART_OF|HELD_IN]->(o) WHERE s.id = $b AND (o.id = $a OR r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:MET_WITH|PLEDGED|ATTENDED|VISITED|HOSTED|SIGNED|ANNOUNCED|URGED|PRAISED|CRITICIZED|THREATENED|SANCTIONED|REPRESENTS|MEMBER_OF|PART_OF|HELD_IN]->(o:Country|Person|Organization) WHERE o.id = $b AND r.subject_country = $a RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:MET_WITH|PLEDGED|ATTENDED|VISITED|HOSTED|SIGNED|ANNOUNCED|URGED|PRAISED|CRITICIZED|THREATENED|SANCTIONED|REPRESENTS|MEMBER_OF|PART_OF|HELD_IN]->(o:Country|Person|Organization) WHERE o.id = $a AND r.subject_country = $b RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:MET_WITH]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:PLEDGED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:ATTENDED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:VISITED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:HOSTED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:SIGNED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:ANNOUNCED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:URGED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:PRAISED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:CRITICIZED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:THREATENED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
  UNION ALL
  MATCH (s)-[r:SANCTIONED]->(o) WHERE (r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a) RETURN s, r, o
}
WITH s, r, o
WHERE $kind = "" OR r.kind = $kind
RETURN DISTINCT r.kind AS kind, r.date AS date, s.name AS subject, o.name AS object,
       r.articles AS articles, r.sentences AS sentences, r.rules AS rules
ORDER BY date, kind, subject, object
