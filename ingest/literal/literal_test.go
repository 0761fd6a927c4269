package literal

import (
	"strings"
	"testing"
)

// TestFound checks Found and Any against strings.Contains.
func TestFound(t *testing.T) {
	sets := [][]string{
		{" summit", " Summit", " meeting", " Day", "summit of ", "Treaty", "Act"},
		{"both sides", "each other", "bilateral", "the pair"},
		{"", "a", "ab", "é", "Élysée"},
		{},
	}
	texts := []string{"", "a", "The G7 summit of leaders", "Act", "act", "bilateral talks", "met each other, both sides",
		"Élysée Treaty", "the Day", "Summit", "é", "x\xffy", "the pair", "ab"}
	for _, words := range sets {
		s := New(words...)
		for _, text := range texts {
			var want uint64
			for i, w := range words {
				if strings.Contains(text, w) {
					want |= 1 << i
				}
			}
			if got := s.Found(text); got != want {
				t.Errorf("%q in %q: Found %b, want %b", words, text, got, want)
			}
			if got := s.Any(text); got != (want != 0) {
				t.Errorf("%q in %q: Any %v, want %v", words, text, got, want != 0)
			}
		}
	}
}
