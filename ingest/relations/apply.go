package relations

import (
	"strings"

	"github.com/bilatgraph/bilat/ingest/article"
)

// apply reads the subject and object of one trigger and records relations.
func (d *doc) apply(s article.Sentence, ments []article.Mention, m match) {
	conf := 0.8
	if d.passive(s, m) {
		d.applyPassive(s, ments, m)
		return
	}
	subj, group := d.subjects(s, ments, m)
	var subjects []string
	switch {
	case d.groupWe(s, ments, m):
		// "the two countries, which affirmed that “we will ...”": each party.
		if d.in.Pair[0] != "" && d.in.Pair[1] != "" {
			subjects = []string{d.in.Pair[0], d.in.Pair[1]}
			group = true
		}
		conf = 0.6
	case len(subj) == 0:
		// "...," Modi said: a promise inside a quotation by a named speaker;
		// "Higher tariffs will start on June 10, he said": reported speech.
		var sp article.Mention
		ok := false
		if m.t.Quote && d.insideQuote(s, m.start) {
			sp, ok = d.speaker(s, ments, m)
		}
		if !ok {
			sp, ok = d.saidAfter(s, ments, m)
		}
		if !ok && m.t.Object == objNone {
			// "In a meeting held in Beijing, Wang Yi urged his counterpart":
			// the first two people of different countries after it.
			if ps := d.personsAfter(s, ments, m); len(ps) == 2 {
				emit0(d, s, m, ps[0], ps[1])
			}
			return
		}
		if !ok {
			return
		}
		subjects = []string{d.firstPersonSubject(sp, s, m)}
		conf = 0.7
	case group:
		// "the two countries will continue to ...": said by someone, the
		// speaker's country acts toward the other; said by no one, each acts
		// toward the other; "the two leaders signed": the two people.
		switch m.t.Kind {
		case "MET_WITH", "SIGNED":
			subjects = d.recentPersons(m.start, "")
		default:
			if sp, ok := d.speakerBefore(ments, subj[0]); ok {
				subjects = []string{d.countryOr(sp.EntityID)}
				group = false
			} else if d.in.Pair[0] != "" && d.in.Pair[1] != "" {
				subjects = []string{d.in.Pair[0], d.in.Pair[1]}
			}
		}
		conf = 0.6
	default:
		for _, sm := range subj {
			id := sm.EntityID
			if d.insideQuote(s, m.start) && !d.insideQuote(s, sm.Start) {
				id = d.firstPersonSubject(sm, s, m)
			}
			subjects = append(subjects, id)
		}
	}
	if len(subjects) == 0 {
		return
	}
	what := ""
	if m.t.What {
		what = d.what(s, m)
	}
	date, explicit := d.dateFor(s, m, 0)
	emit := func(subject, object string, c float64) {
		if subject == "" || object == "" || subject == object || !d.known(subject) || !d.known(object) {
			return
		}
		if d.countryOf(subject) != "" && d.countryOf(subject) == d.countryOf(object) {
			return
		}
		d.rels = append(d.rels, article.Relation{
			Kind: m.t.Kind, Subject: subject, Object: object, Date: date, What: what,
			Sentence: s.Index, Start: s.Start, End: s.End, Evidence: s.Text, Rule: m.t.Rule(), Confidence: c,
		})
		d.explicit = append(d.explicit, explicit)
		if m.t.Kind == "SANCTIONED" {
			d.announcers = append(d.announcers, subject) // "Russia condemned the sanctions": of whoever imposed them
		}
	}
	switch m.t.Object {
	case objNone:
		if len(subjects) >= 2 {
			emit(subjects[0], subjects[1], conf)
		}
	case objActor:
		if strings.Contains(strings.ToLower(d.text(m.start, m.end)), "their") {
			// "during their meeting": the two people named before it.
			if ps := d.recentPersons(m.start, ""); len(ps) == 2 {
				emit(ps[1], ps[0], conf)
				return
			}
		}
		objs := d.actorObjects(s, ments, m, subj)
		if len(objs) == 0 && (m.t.Kind == "THREATENED" || m.t.Kind == "SANCTIONED") {
			objs = d.targetsBefore(s, ments, m, subj)
		}
		for _, o := range objs {
			if o.Via == viaGroup {
				if group && len(subjects) == 2 && subjects[0] == d.in.Pair[0] {
					// "accusations against each other": both ways.
					emit(subjects[0], subjects[1], 0.6)
					emit(subjects[1], subjects[0], 0.6)
					continue
				}
				for _, su := range subjects {
					emit(su, d.other(su), 0.6)
				}
				continue
			}
			id := o.EntityID
			if o.Via == viaDemonym || o.Via == viaModifier {
				id = d.countryOrSelf(id)
			}
			for _, su := range subjects {
				emit(su, id, conf)
			}
		}
		if len(objs) > 0 {
			return
		}
		switch {
		case m.t.Pair && len(subjects) >= 2:
			for i := 0; i < len(subjects); i++ {
				for j := i + 1; j < len(subjects); j++ {
					emit(subjects[i], subjects[j], conf)
					if m.t.Kind != "MET_WITH" {
						emit(subjects[j], subjects[i], conf)
					}
				}
			}
		case group && (m.t.Group || m.t.Pair) && len(subjects) == 2 && subjects[0] == d.in.Pair[0]:
			emit(subjects[0], subjects[1], 0.5)
			emit(subjects[1], subjects[0], 0.5)
		case m.t.Group:
			for _, su := range subjects {
				emit(su, d.other(su), 0.5)
			}
		}
	case objPlace:
		place := d.placeObject(s, ments, m)
		for _, su := range subjects {
			if d.entityType(article.Mention{EntityID: su}) == article.Person || d.byID[su].Type == article.Country {
				emit(su, place, conf)
			}
		}
	case objEvent:
		ev, evEnd := d.eventObject(s, ments, m)
		if ev == "" {
			// "Xi attended in person": the event the story is about.
			if ev = d.lastEvent(m.start); ev == "" {
				return
			}
		}
		if evEnd > 0 {
			date, explicit = d.dateFor(s, m, evEnd)
		}
		for _, su := range subjects {
			emit(su, ev, conf)
		}
	case objPolicy:
		p := d.policyObject(s, ments, m)
		if p == "" {
			return
		}
		if m.t.Kind == "ANNOUNCED" {
			d.announcers = append(d.announcers, subjects...)
		}
		if m.t.Kind == "SIGNED" {
			subjects = append(subjects, d.coSigners(s, ments, m)...)
		}
		for _, su := range subjects {
			emit(su, p, conf)
		}
	case objHost:
		var objs []article.Mention
		for _, o := range d.actorObjects(s, ments, m, subj) {
			if d.byID[o.EntityID].Type == article.Person {
				objs = append(objs, o)
			}
		}
		if len(objs) == 0 {
			if ev, _ := d.eventObject(s, ments, m); ev != "" {
				for _, su := range subjects {
					emit(su, ev, conf)
				}
			} else if strings.HasPrefix(strings.TrimSpace(strings.ToLower(d.text(m.end, s.End))), "them") {
				for _, p := range d.recentPersons(m.start, subjects[0]) {
					emit(subjects[0], p, 0.6)
				}
			}
			return
		}
		for _, o := range objs {
			if d.byID[o.EntityID].Type != article.Person {
				continue
			}
			for _, su := range subjects {
				emit(su, o.EntityID, conf)
				// Hosting a visiting leader is meeting them.
				d.rels = append(d.rels, article.Relation{Kind: "MET_WITH", Subject: su, Object: o.EntityID, Date: date,
					Sentence: s.Index, Start: s.Start, End: s.End, Evidence: s.Text, Rule: m.t.Rule(), Confidence: 0.6})
				d.explicit = append(d.explicit, explicit)
			}
		}
	case objAnnouncer:
		if len(d.announcers) == 0 {
			return
		}
		a := d.announcers[len(d.announcers)-1]
		if c := d.countryOf(a); c != "" {
			a = c
		}
		for _, su := range subjects {
			emit(su, a, 0.6)
		}
	}
}

// firstPersonSubject decides who promises in a quotation: with "we" or
// "our", a leader speaks for the country; otherwise the speaker.
func (d *doc) firstPersonSubject(sp article.Mention, s article.Sentence, m match) string {
	if d.firstPersonPlural(s.Start, m.end) && speaksForCountry(d.byID[sp.EntityID].Title) {
		return d.countryOr(sp.EntityID)
	}
	return sp.EntityID
}

// speakerBefore returns the person named before a group mention in its sentence.
func (d *doc) speakerBefore(ments []article.Mention, g article.Mention) (article.Mention, bool) {
	for i := len(ments) - 1; i >= 0; i-- {
		c := ments[i]
		if c.End <= g.Start && d.entityType(c) == article.Person {
			return c, true
		}
	}
	return article.Mention{}, false
}

// countryOr returns the country a person acts for, or the id itself.
func (d *doc) countryOr(id string) string {
	if c := d.countryOf(id); c != "" {
		return c
	}
	return id
}

// countryOrSelf maps a demonym's mention to its country (it already is one).
func (d *doc) countryOrSelf(id string) string { return d.countryOr(id) }

// what returns the action words after the trigger, to the end of the
// clause; for sanctions and threats the trigger's own words name the measure
// ("imposed sanctions on ..."), so they come first.
func (d *doc) what(s article.Sentence, m match) string {
	end := d.clauseEnd(s, m.end)
	t := d.text(m.end, end)
	for _, stop := range []string{", ", " according to", " said "} {
		if i := strings.Index(t, stop); i > 0 {
			t = t[:i]
		}
	}
	t = strings.NewReplacer("\u201c", "", "\u201d", "", "\"", "").Replace(t)
	if m.t.Kind == "URGED" {
		// "urged Xi to bring Russia to its senses": the request is what follows "to".
		if i := strings.Index(t, " to "); i >= 0 && i < 60 {
			t = t[i+len(" to "):]
		}
	}
	if m.t.Kind == "SANCTIONED" || m.t.Kind == "THREATENED" {
		t = d.text(m.start, m.end) + " " + strings.TrimSpace(t)
	}
	t = strings.Trim(strings.TrimSpace(t), `"“”,.;: `)
	if words := strings.Fields(t); len(words) > 16 {
		t = strings.Join(words[:16], " ")
	}
	return t
}

// applyPassive reads "Li Qiang was received by Vladimir Putin": the agent
// after "by" acts, on the subject before the verb.
func (d *doc) applyPassive(s article.Sentence, ments []article.Mention, m match) {
	patients, _ := d.subjects(s, ments, m)
	var agent *article.Mention
	for i, c := range ments {
		if c.Start >= m.end && d.isActor(c) {
			agent = &ments[i]
			break
		}
	}
	if agent == nil || len(patients) == 0 {
		return
	}
	for _, p := range patients {
		if p.EntityID == agent.EntityID || (d.countryOf(p.EntityID) != "" && d.countryOf(p.EntityID) == d.countryOf(agent.EntityID)) {
			continue
		}
		if m.t.Object == objHost && d.entityType(p) != article.Person {
			continue
		}
		emit0(d, s, m, agent.EntityID, p.EntityID)
		if m.t.Object == objHost {
			d.rels[len(d.rels)-1].Confidence = 0.7
			emit0(d, s, m, agent.EntityID, p.EntityID)
			d.rels[len(d.rels)-1].Kind = "MET_WITH"
		}
	}
}
