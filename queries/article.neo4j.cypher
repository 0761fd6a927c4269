// Neo4j finds the edges citing the article through the full-text index of
// the event edges' article ids (schema.ArticlesIndex, keyword analyzer: one
// term per id), asked for the id as one quoted term; a pattern naming
// several kinds reads every edge. The index only narrows the search: the
// list is checked exactly, as in article.cypher.
CALL db.index.fulltext.queryRelationships("event_articles", '"' + replace(replace($id, '\\', '\\\\'), '"', '\\"') + '"')
YIELD relationship AS r
WITH r, startNode(r) AS s, endNode(r) AS o
WHERE $id IN r.articles
RETURN r.kind AS kind, r.date AS date, s.name AS subject, o.name AS object, r.what AS what, r.sentences AS sentences
ORDER BY date, kind, subject
