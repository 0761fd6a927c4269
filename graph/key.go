package graph

import (
	"crypto/sha1"
	"encoding/hex"
	"strings"
)

// EdgeKey returns the deterministic identity of an event edge: the same kind,
// endpoints and date give the same key, whichever article reported it. For a
// symmetric kind the endpoints are taken in sorted order, so "A met B" and
// "B met A" on one day are one edge. An unknown date is part of the key too,
// so undated reports of a pair merge with each other but not with dated ones.
func EdgeKey(kind, from, to, date string, symmetric bool) string {
	if symmetric && to < from {
		from, to = to, from
	}
	if date == "" {
		date = "undated"
	}
	return kind + "|" + from + "|" + to + "|" + date
}

// StructuralKey returns the identity of a structural edge (REPRESENTS,
// MEMBER_OF ...): kind, endpoints and an optional qualifier such as a term
// start date.
func StructuralKey(kind, from, to, qualifier string) string {
	k := kind + "|" + from + "|" + to
	if qualifier != "" {
		k += "|" + qualifier
	}
	return k
}

// ContentID returns a short stable id for a piece of text, used for articles
// that come without one.
func ContentID(text string) string {
	sum := sha1.Sum([]byte(strings.TrimSpace(text)))
	return hex.EncodeToString(sum[:8])
}
