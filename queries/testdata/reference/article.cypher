// name: article
// description: What one article contributed: every relation with this article among its sources.
// params: id string
// example: --id example-trump-xi-busan-2025
// columns: kind, date, subject, object, what, sentences
MATCH (s)-[r]->(o)
WHERE r.articles IS NOT NULL AND $id IN r.articles AND r.kind <> "REPRESENTS" AND r.kind <> "MEMBER_OF" AND r.kind <> "HELD_IN" AND r.kind <> "PART_OF"
RETURN r.kind AS kind, r.date AS date, s.name AS subject, o.name AS object, r.what AS what, r.sentences AS sentences
ORDER BY date, kind, subject
