//go:build !(linux || darwin || freebsd || netbsd || openbsd)

package neo4jtest

import "testing"

// lockOnce does nothing here: run Neo4j test packages one at a time (-p 1).
func lockOnce(testing.TB) {}
