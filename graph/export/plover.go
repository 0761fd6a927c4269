package export

import (
	"bufio"
	"encoding/json"
	"io"
	"sort"

	"github.com/bilatgraph/bilat/schema"
)

// PLOVERRecord is one event in the style of the PLOVER event data
// standard, as WritePLOVER writes it.
type PLOVERRecord struct {
	EventID       string   `json:"event_id"`             // the edge key
	EventDate     string   `json:"event_date,omitempty"` // YYYY-MM-DD (first day of month or year when less precise)
	EventType     string   `json:"event_type"`           // PLOVER category, or the bilat kind where there is none
	Kind          string   `json:"kind"`                 // bilat edge kind
	SourceActor   string   `json:"source_actor"`         // name of the subject
	SourceActorID string   `json:"source_actor_id"`      // bilat id of the subject
	SourceCountry string   `json:"source_country,omitempty"`
	TargetActor   string   `json:"target_actor"`
	TargetActorID string   `json:"target_actor_id"`
	TargetCountry string   `json:"target_country,omitempty"`
	CAMEO         string   `json:"cameo,omitempty"`
	EventText     string   `json:"event_text,omitempty"` // the action as worded ("what")
	Text          []string `json:"text"`                 // the sentences that state it
	SourceIDs     []string `json:"source_ids"`           // the articles they come from
	Confidence    float64  `json:"confidence"`
}

// WritePLOVER writes one JSON object per line for each event edge of g
// (MET_WITH ... SANCTIONED; structural edges are left out), in date order.
// source_country and target_country are ISO 3166 alpha-3 codes where the
// country's node has one, else bilat's country id.
func WritePLOVER(w io.Writer, g *Graph) error {
	byKey := map[string]*Node{}
	for i := range g.Nodes {
		n := &g.Nodes[i]
		byKey[nodeKey(n.Label, n.ID)] = n
	}
	iso3 := g.iso3Index()
	code := func(id string) string {
		if c := iso3[id]; c != "" {
			return c
		}
		return id
	}
	var recs []PLOVERRecord
	for i := range g.Edges {
		e := &g.Edges[i]
		def, ok := schema.Current().Edge(e.Kind)
		if !ok || !def.Event {
			continue
		}
		s := func(name string) string { v, _ := e.Props[name].(string); return v }
		l := func(name string) []string {
			v, _ := e.Props[name].([]string)
			if v == nil {
				v = []string{}
			}
			return v
		}
		r := PLOVERRecord{
			EventID:       e.Key,
			EventDate:     s("date"),
			EventType:     s("plover"),
			Kind:          e.Kind,
			SourceActor:   actorName(byKey, e.FromLabel, e.From),
			SourceActorID: e.From,
			SourceCountry: code(s("subject_country")),
			TargetActor:   actorName(byKey, e.ToLabel, e.To),
			TargetActorID: e.To,
			TargetCountry: code(s("object_country")),
			CAMEO:         s("cameo"),
			EventText:     s("what"),
			Text:          l("sentences"),
			SourceIDs:     l("articles"),
		}
		if r.EventType == "" {
			r.EventType = e.Kind
		}
		r.Confidence, _ = e.Props["confidence"].(float64)
		recs = append(recs, r)
	}
	sort.SliceStable(recs, func(i, j int) bool {
		if recs[i].EventDate != recs[j].EventDate {
			return recs[i].EventDate < recs[j].EventDate
		}
		return recs[i].EventID < recs[j].EventID
	})
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range recs {
		if err := enc.Encode(&recs[i]); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func actorName(byKey map[string]*Node, label, id string) string {
	if n, ok := byKey[nodeKey(label, id)]; ok {
		return caption(n)
	}
	return id
}
