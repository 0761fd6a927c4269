package neo4j

// migrations holds, by schema version, the statements that bring a
// database at the previous version up to that version (see the package
// doc). Version 1 is the first, so there is nothing here yet.
var migrations = map[int][]string{}
