package neo4j

// migrations holds, by schema version, the statements that bring a
// database at the previous version up to that version (see the package
// doc). Version 1 is the first; version 2 only added indexes (each country
// of an event edge alone, and the full-text index of its article ids),
// which schema.Neo4jDDL creates, so no version needs a data change yet.
var migrations = map[int][]string{}
