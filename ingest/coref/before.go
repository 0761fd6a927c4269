package coref

import (
	"slices"

	"github.com/bilatgraph/bilat/ingest/article"
)

// before reads the mentions before a position once, for the look-ups that
// want the last mention of some kind before "the" (nominal,
// describedCountry, lastOrganization): asked at positions that only grow,
// it goes on from where it stopped instead of reading from the first
// mention each time.
//
// It reads the mentions as a scan from the first one would: in their order
// in the slice, up to the first that starts at or after the position. The
// resolver appends a sentence's references after the sorted mentions and
// sorts them when the sentence ends; rewind then goes back to where the
// sentence began, the last point the sort cannot have changed.
type before struct {
	byID map[string]article.Entity
	seenBefore
	mark     seenBefore // where the sentence began, for rewind
	markable bool       // the mentions were sorted when the sentence began
}

// seenBefore is what before keeps of the mentions it read.
type seenBefore struct {
	read    int          // ments[:read] have been read
	org     string       // the organization mentioned last
	country string       // the country named last in full (not as a demonym or modifier)
	persons []seenPerson // the people mentioned, each with its last mention
}

// copyTo copies s to dst, reusing dst's room for the people.
func (s *seenBefore) copyTo(dst *seenBefore) {
	persons := append(dst.persons[:0], s.persons...)
	*dst = *s
	dst.persons = persons
}

// seenPerson is a person and the index of their last mention read.
type seenPerson struct {
	id   string
	last int
}

func newBefore(byID map[string]article.Entity) *before {
	return &before{byID: byID}
}

// upTo reads the mentions that start before pos.
func (b *before) upTo(ments []article.Mention, pos int) {
	for ; b.read < len(ments) && ments[b.read].Start < pos; b.read++ {
		m := ments[b.read]
		switch e := b.byID[m.EntityID]; e.Type {
		case article.Organization:
			b.org = m.EntityID
		case article.Country:
			if m.Via != "demonym" && m.Via != "modifier" && m.Via != "demonym-actor" {
				b.country = m.EntityID
			}
		case article.Person:
			k := slices.IndexFunc(b.persons, func(p seenPerson) bool { return p.id == e.ID })
			if k < 0 {
				b.persons = append(b.persons, seenPerson{id: e.ID})
				k = len(b.persons) - 1
			}
			b.persons[k].last = b.read
		}
	}
}

// beginSentence reads up to the sentence's start and remembers the state
// there for rewind; sorted says whether the mentions are sorted by start.
func (b *before) beginSentence(ments []article.Mention, start int, sorted bool) {
	b.upTo(ments, start)
	b.markable = sorted
	b.seenBefore.copyTo(&b.mark)
}

// rewind goes back to the start of the sentence once its mentions have been
// sorted in: the mentions before it kept their places. Had the mentions not
// been sorted then, it starts over.
func (b *before) rewind() {
	if b.markable {
		b.mark.copyTo(&b.seenBefore)
		return
	}
	b.seenBefore = seenBefore{persons: b.persons[:0]}
}

// lastPerson returns the person whose last mention read is the latest of
// those for which ok holds, or "".
func (b *before) lastPerson(ok func(article.Entity) bool) string {
	best, at := "", -1
	for _, p := range b.persons {
		if p.last > at && ok(b.byID[p.id]) {
			best, at = p.id, p.last
		}
	}
	return best
}
