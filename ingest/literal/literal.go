// Package literal tells which of a fixed list of strings occur in a text,
// in one pass over the text instead of one strings.Contains per string.
// Stages use it to skip a sentence that holds none of the words a pattern
// needs before running the pattern.
package literal

import "strings"

// Set is a list of at most 64 literal strings. It holds only read-only data
// after New, so one Set may serve many goroutines.
type Set struct {
	words  []string
	bits   [1 << 16 / 64]uint64 // the first two bytes of some word
	byPair map[uint16][]uint8   // first two bytes -> the words that start with them
	short  []uint8              // words shorter than two bytes
}

// New returns the Set of words; it panics with more than 64.
func New(words ...string) *Set {
	if len(words) > 64 {
		panic("literal: more than 64 words")
	}
	s := &Set{words: words, byPair: map[uint16][]uint8{}}
	for i, w := range words {
		if len(w) < 2 {
			s.short = append(s.short, uint8(i))
			continue
		}
		k := pair(w[0], w[1])
		s.bits[k/64] |= 1 << (k % 64)
		s.byPair[k] = append(s.byPair[k], uint8(i))
	}
	return s
}

func pair(a, b byte) uint16 { return uint16(a)<<8 | uint16(b) }

// Words returns the list, in the order given to New.
func (s *Set) Words() []string { return s.words }

// Found returns the words that occur in text as a bit mask: bit i is set
// when strings.Contains(text, Words()[i]).
func (s *Set) Found(text string) uint64 {
	var mask uint64
	for _, i := range s.short {
		if strings.Contains(text, s.words[i]) {
			mask |= 1 << i
		}
	}
	for i := 0; i+1 < len(text); i++ {
		k := pair(text[i], text[i+1])
		if s.bits[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, w := range s.byPair[k] {
			if mask&(1<<w) == 0 && strings.HasPrefix(text[i:], s.words[w]) {
				mask |= 1 << w
			}
		}
	}
	return mask
}

// Any reports whether one of the words occurs in text.
func (s *Set) Any(text string) bool {
	for _, i := range s.short {
		if strings.Contains(text, s.words[i]) {
			return true
		}
	}
	for i := 0; i+1 < len(text); i++ {
		k := pair(text[i], text[i+1])
		if s.bits[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, w := range s.byPair[k] {
			if strings.HasPrefix(text[i:], s.words[w]) {
				return true
			}
		}
	}
	return false
}
