package phrases

import (
	_ "embed"
	"regexp"
	"strings"
)

//go:embed data/policy-heads.txt
var policyHeadsTXT string

// policyHeads are the nouns that head a descriptive policy phrase, as a
// regular expression alternation (data/policy-heads.txt).
var policyHeads = func() string {
	var heads []string
	for _, l := range strings.Split(policyHeadsTXT, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			heads = append(heads, regexp.QuoteMeta(l))
		}
	}
	return strings.Join(heads, "|")
}()

// withParty starts a phrase naming a party to the policy.
var withParty = regexp.MustCompile(`\s+with\s+(?:the\s+)?\p{Lu}`)

// andVerb starts a second clause: "and said", "and will".
var andVerb = regexp.MustCompile(`\s+and\s+(?:said|says|added|will|would|is|was|has|had|are|were|called|urged|noted|stressed|announced|agreed)\b`)

// dateWords start a date that ends a policy phrase.
var dateWords = regexp.MustCompile(`\s+(?:on|in|last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year)\b`)

// nextHead is a further head noun right after the first ("partnership treaty").
var nextHead = regexp.MustCompile(`(?i)^\s+(?:` + policyHeads + `)\b`)

// tailRe is the prepositional tail of a policy phrase.
var tailRe = regexp.MustCompile(`^(?:\s+(?:on|for|by|of|with|to|between|against)\s+[^,.;:"“”]+)`)

// Case does not matter: a named policy is capitalised ("the Washington
// Declaration", "the Indo-Pacific Economic Framework").
var described = regexp.MustCompile(`(?i)^(?:[\s,:]*)(?:(?:a|an|the|its|their|his|her|new|several|number of|of|including)\s+)*` +
	`((?:[\p{L}\p{N}£€$%'’.-]+,?\s+){0,9}?(?:` + policyHeads + `))\b` +
	`((?:\s+(?:on|for|by|of|with|to|between|against)\s+[^,.;:"“”]+)?)`)

// notFirst are words that cannot start a policy phrase.
var notFirst = map[string]bool{"in": true, "on": true, "at": true, "by": true, "for": true, "with": true, "to": true, "from": true,
	"that": true, "which": true, "who": true, "it": true, "he": true, "she": true, "they": true, "we": true, "its": true, "this": true}

// PolicyAt reads a descriptive policy phrase at the start of text, which is
// what follows a verb of signing or announcing ("signed a 100-year
// cooperation, trade and strategic partnership agreement", "decision to
// introduce a visa-free regime for Russian citizens"). It returns the
// phrase as written, without its article, and how many bytes of text it
// took; ok is false when text does not start with one.
func PolicyAt(text string) (phrase string, n int, ok bool) {
	m := described.FindStringSubmatchIndex(text)
	if m == nil {
		return "", 0, false
	}
	head := text[m[2]:m[3]]
	// "partnership treaty": a head noun followed by another is one name.
	end := m[3]
	for {
		hm := nextHead.FindStringIndex(text[end:])
		if hm == nil {
			break
		}
		end += hm[1]
	}
	if end > m[3] {
		head = text[m[2]:end]
		rest := tailRe.FindStringIndex(text[end:])
		tail := ""
		if rest != nil {
			tail = text[end : end+rest[1]]
		}
		m = []int{m[0], m[1], m[2], end, end, end + len(tail)}
	}
	if first := strings.ToLower(strings.Fields(head)[0]); notFirst[first] {
		return "", 0, false
	}
	tail := text[m[4]:m[5]]
	// Keep at most one prepositional tail of a few words, cut before a
	// clause that starts a new idea.
	if words := strings.Fields(tail); len(words) > 14 {
		tail = " " + strings.Join(words[:14], " ")
	}
	for _, cut := range []string{" which ", " that ", " who ", " as ", " while ", " after ", " before ", " in order ", " starting ", " from ", " until "} {
		if i := strings.Index(tail, cut); i >= 0 {
			tail = tail[:i]
		}
	}
	if loc := withParty.FindStringIndex(tail); loc != nil {
		tail = tail[:loc[0]] // "a security agreement with German Chancellor ...": a party, not the topic
	}
	if loc := andVerb.FindStringIndex(tail); loc != nil {
		tail = tail[:loc[0]] // "... for Russian citizens and said ..."
	}
	if loc := dateWords.FindStringIndex(tail); loc != nil {
		tail = tail[:loc[0]] // "... for Indian tourists on Tuesday"
	}
	if loc := dateWords.FindStringIndex(head); loc != nil {
		return "", 0, false
	}
	phrase = strings.TrimSpace(head + tail)
	if strings.Count(phrase, " ") == 0 && !strings.ContainsAny(phrase, "-") {
		return "", 0, false // a bare "agreement" says nothing
	}
	return phrase, m[3] + len(tail), true
}
