// For Neo4j Browser: the actor and every entity one step away, articles left out.
MATCH p = (a)-[r]-(n)
WHERE a.id = $actor AND n.label <> "Article"
RETURN p
