// Package datafile reads the plain-text data files that stages embed: one
// entry a line, tab-separated fields, blank lines and # comments skipped.
package datafile

import "strings"

// Lines returns the trimmed lines of text, without blank lines and #
// comments.
func Lines(text string) []string {
	var out []string
	for line := range strings.Lines(text) {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

// Rows returns the tab-separated fields of each of text's Lines.
func Rows(text string) [][]string {
	lines := Lines(text)
	out := make([][]string, len(lines))
	for i, l := range lines {
		out[i] = strings.Split(l, "\t")
	}
	return out
}

// Set returns text's Lines as a set.
func Set(text string) map[string]bool {
	lines := Lines(text)
	out := make(map[string]bool, len(lines))
	for _, l := range lines {
		out[l] = true
	}
	return out
}
