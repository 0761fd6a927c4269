package coref

import (
	"strings"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/gazetteer"
	"github.com/bilatgraph/bilat/ingest/tokens"
)

// maxOrgTokens bounds the organization names bodyHead tries after "the".
const maxOrgTokens = 4

// bodyHead resolves "the UN chief", "the IAEA head" at toks[i]: an
// organization's name and a head noun (data/head-nouns.txt) refer to the
// last person named who acts for that organization. It returns the number
// of tokens taken and the person's id; with no such person it takes
// nothing, and the organization's own mention stands.
func (r *Resolver) bodyHead(sn *seen, toks []tokens.Token, i int) (int, string) {
	for k := min(maxOrgTokens, len(toks)-i-2); k >= 1; k-- {
		if !headNouns[strings.ToLower(toks[i+1+k].Text)] {
			continue
		}
		org := ""
		for _, f := range r.g.Lookup(tokens.Key(toks[i+1 : i+1+k])) {
			if f.Kind == gazetteer.OrgName || f.Kind == gazetteer.OrgAcronym {
				org = f.Ref
			}
		}
		if org == "" {
			continue
		}
		if id := sn.lastPerson(func(e article.Entity) bool { return e.Body == org }); id != "" {
			return k + 2, id
		}
		return 0, ""
	}
	return 0, ""
}
