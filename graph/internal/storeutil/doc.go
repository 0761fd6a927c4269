// Package storeutil holds what the graph stores share and callers never
// see: checking a Batch against the schema, spotting write clauses in a
// read-only query, finding the parameters a statement uses, and normalising
// result values to the plain Go types graph.Result promises.
package storeutil
