package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/bilatgraph/bilat/ingest/tokens"
)

// slugByRunes is Slug as it was written first: lower-case the folded name,
// then read it rune by rune.
func slugByRunes(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(tokens.Fold(name)) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// TestSlug checks Slug, which lowers ASCII names itself, against
// slugByRunes, and EntityID's prefixes.
func TestSlug(t *testing.T) {
	for _, name := range []string{"", "China", "South Korea", "Li Qiang", "Élysée Treaty", "U.S.-China talks", " -A- ", "İstanbul",
		"Xi’s", "Côte d'Ivoire", "G7 Summit 2025", "a\xffb", "ΑΘΗΝΑ", "--", "Mohammed bin Salman Al Saud"} {
		if got, want := Slug(name), slugByRunes(name); got != want {
			t.Errorf("Slug(%q) = %q, want %q", name, got, want)
		}
	}
	for typ, want := range map[string]string{Country: "country:south-korea", Person: "person:south-korea", Organization: "org:south-korea",
		Policy: "policy:south-korea", Event: "event:south-korea", "Place": "entity:south-korea"} {
		if got := EntityID(typ, "South Korea"); got != want {
			t.Errorf("EntityID(%q) = %q, want %q", typ, got, want)
		}
	}
}

func TestDatelineEnd(t *testing.T) {
	for text, want := range map[string]int{
		"NEW DELHI: India and Japan ...":                        len("NEW DELHI"),
		"KINGSTOWN, St Vincent, Dec 15 (Reuters) - The leaders": len("KINGSTOWN, St Vincent, Dec 15 (Reuters)"),
		"The leaders met - and agreed":                          0, // a first word not in capitals
		"  - ":                                                  0, // only spaces before the dash
		"":                                                      0,
	} {
		assert.Equal(t, want, DatelineEnd(text), text)
	}
}
