// For Neo4j Browser: the contacts of timeline as a picture, each with its two ends.
MATCH p = (s)-[r:MET_WITH|PLEDGED|ATTENDED|VISITED|HOSTED|SIGNED|ANNOUNCED|URGED|PRAISED|CRITICIZED|THREATENED|SANCTIONED]->(o)
WHERE r.date >= $since AND r.date <= $until AND r.subject_country <> "" AND r.object_country <> ""
  AND ((r.subject_country = $a AND r.object_country = $b) OR (r.subject_country = $b AND r.object_country = $a))
RETURN p
