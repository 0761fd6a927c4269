package kuzu

// migrations holds, by schema version, the statements that bring a store at
// the previous version up to that version (see the package doc). Version 1
// is the first, created from scratch; version 2 added Neo4j indexes only
// (Kuzu indexes a rel table by its nodes alone), so a version 1 store just
// records 2. Nothing here yet.
var migrations = map[int][]string{}
