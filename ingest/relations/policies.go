package relations

import (
	"regexp"
	"strings"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/phrases"
)

// bareHead is a policy noun with nothing to name it: "a new treaty in ...".
var bareHead = regexp.MustCompile(`^\s*(?:a|an|the|its|their)?\s*(?:new |landmark |historic |bilateral )*(treaty|agreement|pact|accord|deal|memorandum)\b(?:\s+(?:in|at|that|which|,)|[.,;]|$)`)

var genericPolicyWords = map[string]bool{"a": true, "an": true, "the": true, "new": true, "landmark": true, "historic": true, "several": true, "number": true, "of": true, "series": true, "key": true, "major": true, "bilateral": true, "joint": false}

// policyObject returns the policy after the trigger: a named one, a
// descriptive phrase (a new Policy entity), or, for a bare "a new treaty",
// the article's named policy with that head noun.
func (d *doc) policyObject(s article.Sentence, ments []article.Mention, m match) string {
	end := d.clauseEnd(s, m.end)
	for _, c := range ments {
		if c.Start >= m.end && c.Start < m.end+50 && c.Start < end && d.entityType(c) == article.Policy {
			return c.EntityID
		}
	}
	rest := d.text(m.end, s.End)
	if head := bareHead.FindStringSubmatch(strings.ToLower(rest)); head != nil {
		return d.namedPolicyLike(head[1], s.Text) // "signed a new treaty": the one the article names
	}
	phrase, _, ok := phrases.PolicyAt(rest)
	if !ok || isGeneric(phrase) {
		// "signed a number of agreements, including a joint statement on ...":
		// the named one after "including".
		if i := strings.Index(rest, "including "); i >= 0 && i < 60 {
			if p2, _, ok2 := phrases.PolicyAt(rest[i+len("including "):]); ok2 && !isGeneric(p2) {
				return d.policy(p2)
			}
		}
		if ok {
			return d.namedPolicyLike(phrase, s.Text)
		}
		return ""
	}
	return d.policy(phrase)
}

func isGeneric(phrase string) bool {
	words := strings.Fields(strings.ToLower(phrase))
	for _, w := range words[:len(words)-1] {
		if !genericPolicyWords[w] {
			return false
		}
	}
	return true
}

// namedPolicyLike returns the article's named policy whose name contains the
// head noun of a generic phrase ("a new treaty" -> "Treaty of Aachen"),
// preferring one whose other words the sentence shares ("... in Aachen").
func (d *doc) namedPolicyLike(phrase, sentence string) string {
	words := strings.Fields(strings.ToLower(phrase))
	head := strings.TrimSuffix(words[len(words)-1], "s")
	sent := strings.ToLower(sentence)
	best, bestScore := "", -1
	for _, e := range append(append([]article.Entity{}, d.in.Entities...), d.newEntities...) {
		name := strings.ToLower(e.Name)
		if e.Type != article.Policy || !strings.Contains(name, head) {
			continue
		}
		score := 0
		for _, w := range strings.Fields(name) {
			if len(w) > 3 && !strings.Contains(w, head) && strings.Contains(sent, w) {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = e.ID, score
		}
	}
	return best
}

// policy returns the id of the policy named by phrase, adding it as a new
// entity unless the article already has one with the same key.
func (d *doc) policy(phrase string) string {
	key := phrases.Key(phrase)
	for _, e := range append(append([]article.Entity{}, d.in.Entities...), d.newEntities...) {
		if e.Type == article.Policy && phrases.Key(e.Name) == key {
			return e.ID
		}
	}
	e := article.Entity{ID: article.EntityID(article.Policy, phrase), Type: article.Policy, Name: phrase}
	d.newEntities = append(d.newEntities, e)
	d.byID[e.ID] = e
	return e.ID
}
