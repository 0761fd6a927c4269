// name: article
// description: What one article contributed: every relation with this article among its sources.
// params: id string
// example: --id example-trump-xi-busan-2025
// columns: kind, date, subject, object, what, sentences
MATCH (s)-[r:MET_WITH|PLEDGED|ATTENDED|VISITED|HOSTED|SIGNED|ANNOUNCED|URGED|PRAISED|CRITICIZED|THREATENED|SANCTIONED]->(o)
WHERE r.articles IS NOT NULL AND $id IN r.articles
RETURN r.kind AS kind, r.date AS date, s.name AS subject, o.name AS object, r.what AS what, r.sentences AS sentences
ORDER BY date, kind, subject
