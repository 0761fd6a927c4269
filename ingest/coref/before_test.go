package coref

import (
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/ingest/article"
)

// scanBefore is what before keeps, found as the look-ups once found it: by
// reading the mentions from the first one up to the first that starts at or
// after pos.
func scanBefore(ments []article.Mention, byID map[string]article.Entity, pos int) (org, country string, persons []string) {
	for _, m := range ments {
		if m.Start >= pos {
			break
		}
		switch e := byID[m.EntityID]; e.Type {
		case article.Organization:
			org = m.EntityID
		case article.Country:
			if m.Via != "demonym" && m.Via != "modifier" && m.Via != "demonym-actor" {
				country = m.EntityID
			}
		case article.Person:
			persons = append(persons, m.EntityID)
		}
	}
	return org, country, persons
}

// TestBeforeAsScan checks that before, which reads each mention once per
// sentence, answers as reading all mentions before each position would,
// while mentions are appended within a sentence (also before the position
// asked) and sorted in at its end; and that it reads a number of mentions
// linear in their number, however many times it is asked.
func TestBeforeAsScan(t *testing.T) {
	byID := map[string]article.Entity{}
	var ids []string
	for _, e := range []article.Entity{
		{ID: "org:a", Type: article.Organization}, {ID: "org:b", Type: article.Organization},
		{ID: "country:c", Type: article.Country}, {ID: "country:d", Type: article.Country},
		{ID: "person:e", Type: article.Person}, {ID: "person:f", Type: article.Person}, {ID: "person:g", Type: article.Person},
	} {
		byID[e.ID] = e
		ids = append(ids, e.ID)
	}
	vias := []string{"name", "demonym", "modifier", "title"}
	rnd := rand.New(rand.NewPCG(1, 2))
	mention := func(start int) article.Mention {
		return article.Mention{EntityID: ids[rnd.IntN(len(ids))], Start: start, End: start + 3, Via: vias[rnd.IntN(len(vias))]}
	}
	const sentences, length = 40, 100
	var ments []article.Mention
	for start := 0; start < sentences*length; start += 1 + rnd.IntN(15) {
		ments = append(ments, mention(start))
	}
	b := newBefore(byID)
	reads, asked := 0, 0
	for s := 0; s < sentences; s++ {
		from := b.read
		b.beginSentence(ments, s*length, true)
		reads += b.read - from
		for pos := s * length; pos < (s+1)*length; pos += 1 + rnd.IntN(10) {
			if rnd.IntN(3) == 0 {
				ments = append(ments, mention(s*length+rnd.IntN(length))) // a reference found in the sentence
			}
			from := b.read
			b.upTo(ments, pos)
			reads += b.read - from
			asked++
			org, country, persons := scanBefore(ments, byID, pos)
			require.Equal(t, org, b.org, "organization before %d", pos)
			require.Equal(t, country, b.country, "country before %d", pos)
			for _, p := range []string{"person:e", "person:f", "person:g"} {
				last := ""
				for _, q := range persons {
					if q != p {
						last = q // the last person who is not p
					}
				}
				require.Equal(t, last, b.lastPerson(func(e article.Entity) bool { return e.ID != p }), "person before %d", pos)
			}
		}
		sort.SliceStable(ments, func(i, j int) bool { return ments[i].Start < ments[j].Start })
		b.rewind()
	}
	require.Greater(t, asked, 4*sentences)
	require.LessOrEqual(t, reads, 2*len(ments), "each mention is read at most twice (%d asks)", asked)
}

// TestSortInAsStableSort checks that sortIn, which merges a sentence's new
// mentions into the sorted ones, leaves them as a stable sort of the whole
// would, equal starts and all.
func TestSortInAsStableSort(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	var room []article.Mention
	for round := 0; round < 200; round++ {
		var ments []article.Mention
		for k := rnd.IntN(30); k > 0; k-- {
			ments = append(ments, article.Mention{Start: rnd.IntN(40), Text: "sorted"})
		}
		sort.SliceStable(ments, func(i, j int) bool { return ments[i].Start < ments[j].Start })
		n := len(ments)
		for k := rnd.IntN(6); k > 0; k-- {
			ments = append(ments, article.Mention{Start: rnd.IntN(40), Text: string(rune('a' + k))})
		}
		want := append([]article.Mention(nil), ments...)
		sort.SliceStable(want, func(i, j int) bool { return want[i].Start < want[j].Start })
		room = sortIn(ments, n, room)
		require.Equal(t, want, ments, "round %d", round)
	}
}
