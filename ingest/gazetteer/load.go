package gazetteer

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"time"
)

func (g *Gazetteer) loadCountries() error {
	data, err := dataFS.ReadFile("data/countries.json")
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, &g.Countries); err != nil {
		return err
	}
	for _, c := range g.Countries {
		if c.Name == "" {
			return lineErr("data/countries.json", 0, "a country has no name")
		}
	}
	return nil
}

// readTSV calls fn for each data row of a tab-separated file with a header,
// skipping blank lines and lines starting with #.
func readTSV(name string, fn func(line int, cols map[string]string) error) error {
	data, err := dataFS.ReadFile(name)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var header []string
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if header == nil {
			header = fields
			continue
		}
		if len(fields) > len(header) {
			return lineErr(name, n, "%d columns, header has %d", len(fields), len(header))
		}
		cols := map[string]string{}
		for i, h := range header {
			if i < len(fields) {
				cols[h] = strings.TrimSpace(fields[i])
			}
		}
		if err := fn(n, cols); err != nil {
			return err
		}
	}
	return sc.Err()
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (g *Gazetteer) loadOrganizations() error {
	return readTSV("data/organizations.tsv", func(line int, c map[string]string) error {
		if c["name"] == "" {
			return lineErr("data/organizations.tsv", line, "no name")
		}
		g.Organizations = append(g.Organizations, &Organization{
			Name: c["name"], Acronym: c["acronym"], Aliases: splitList(c["aliases"]),
			Kind: c["kind"], Members: splitList(c["members"]), Country: c["country"],
		})
		return nil
	})
}

func validDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// secondaryOfficials is the generated file of officials (dev/gazetteer/
// gen-phoenix.py): read after the hand-compiled officials-*.tsv, which win
// for any person they list.
const secondaryOfficials = "data/phoenix-officials.tsv"

func (g *Gazetteer) loadOfficials() error {
	files, err := fs.Glob(dataFS, "data/officials-*.tsv")
	if err != nil {
		return err
	}
	sort.Strings(files)
	if _, err := fs.Stat(dataFS, secondaryOfficials); err == nil {
		files = append(files, secondaryOfficials)
	}
	byName := map[string]*Official{}
	for _, f := range files {
		secondary := f == secondaryOfficials
		err := readTSV(f, func(line int, c map[string]string) error {
			name := c["name"]
			if name == "" || c["country"] == "" || c["title"] == "" {
				return lineErr(f, line, "name, country and title are required")
			}
			if !validDate(c["start"]) || (c["end"] != "" && !validDate(c["end"])) {
				return lineErr(f, line, "bad date %q or %q", c["start"], c["end"])
			}
			p := byName[name]
			if p != nil && secondary && !p.Secondary {
				return nil // the hand-compiled data knows this person
			}
			if p == nil {
				p = &Official{Name: name, Secondary: secondary}
				byName[name] = p
				g.Officials = append(g.Officials, p)
			}
			for _, a := range splitList(c["aliases"]) {
				if !slices.Contains(p.Aliases, a) {
					p.Aliases = append(p.Aliases, a)
				}
			}
			p.Offices = append(p.Offices, Office{Person: name, Country: c["country"], Title: c["title"], Start: c["start"], End: c["end"]})
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func (g *Gazetteer) loadTitles() error {
	err := readTSV("data/titles.tsv", func(line int, c map[string]string) error {
		if c["phrase"] == "" || c["title"] == "" {
			return lineErr("data/titles.tsv", line, "phrase and title are required")
		}
		g.Titles = append(g.Titles, Title{Phrase: strings.ToLower(c["phrase"]), Title: c["title"], Role: c["role"]})
		return nil
	})
	if err != nil {
		return err
	}
	return g.loadOffices()
}

// offices is the generated file of office words (dev/gazetteer/gen-phoenix.py):
// titles that titles.tsv does not have, and state bodies.
const offices = "data/phoenix-offices.tsv"

func (g *Gazetteer) loadOffices() error {
	g.bodies = map[string]bool{}
	for _, b := range g.variants.bodies {
		g.addBody(b)
	}
	if _, err := fs.Stat(dataFS, offices); err != nil {
		return nil
	}
	have := map[string]bool{}
	for _, t := range g.Titles {
		have[t.Phrase] = true
	}
	return readTSV(offices, func(line int, c map[string]string) error {
		phrase := strings.ToLower(c["phrase"])
		switch {
		case phrase == "" || c["title"] == "":
			return lineErr(offices, line, "phrase and title are required")
		case c["kind"] == "title":
			if !have[phrase] {
				have[phrase] = true
				g.Titles = append(g.Titles, Title{Phrase: phrase, Title: c["title"], Role: c["role"]})
			}
		case c["kind"] == "body":
			g.addBody(phrase)
		default:
			return lineErr(offices, line, "kind %q is neither title nor body", c["kind"])
		}
		return nil
	})
}

func (g *Gazetteer) loadCities() error {
	if _, err := fs.Stat(dataFS, "data/cities.tsv"); err != nil {
		return nil // optional: without it, only capitals tell where a visit went
	}
	return readTSV("data/cities.tsv", func(line int, c map[string]string) error {
		if c["name"] == "" || c["country"] == "" {
			return lineErr("data/cities.tsv", line, "name and country are required")
		}
		g.Cities = append(g.Cities, City{Name: c["name"], Aliases: splitList(c["aliases"]), Country: c["country"]})
		return nil
	})
}
