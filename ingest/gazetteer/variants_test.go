package gazetteer_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/bilatgraph/bilat/ingest/gazetteer"
	"github.com/bilatgraph/bilat/ingest/tokens"
)

func TestLooseLookupFindsVariants(t *testing.T) {
	g := load(t)
	cases := []struct{ text, want string }{
		{"Mohammed Bin Salman", "Mohammed bin Salman"},
		{"Abdel Fattah al-Sisi", "Abdel Fattah el-Sisi"},
		{"ABDEL FATTAH EL-SISI", "Abdel Fattah el-Sisi"},
		{"Abdel-Fattah El Sisi", "Abdel Fattah el-Sisi"},
		{"Sheikh Tamim bin Hamad Al-Thani", "Tamim bin Hamad Al Thani"},
		{"Tamim ibn Hamad al Thani", "Tamim bin Hamad Al Thani"},
		{"KHARTOUM", "Sudan"},
		{"TÜRKIYE", "Turkey"},
	}
	for _, c := range cases {
		forms := g.LookupLoose(tokens.Split(c.text))
		if assert.NotEmpty(t, forms, c.text) {
			assert.Equal(t, c.want, forms[0].Ref, c.text)
		}
	}
	assert.True(t, gazetteer.LooseCandidate(tokens.Split("el-Sisi")))
	assert.False(t, gazetteer.LooseCandidate(tokens.Split("turkey")), "a common word is never a loose name")
}

func TestLooseKeyDropsInitialsAndHonorifics(t *testing.T) {
	g := load(t)
	assert.Equal(t, g.LooseKey(tokens.Split("George Bush")), g.LooseKey(tokens.Split("George W. Bush")))
	assert.Equal(t, g.LooseKey(tokens.Split("Kim Jong Un")), g.LooseKey(tokens.Split("Kim Jong-un")))
	assert.Equal(t, "ursula von der leyen", g.LooseKey(tokens.Split("Dr. Ursula von der Leyen")))
}

func TestHonorific(t *testing.T) {
	g := load(t)
	for text, want := range map[string]int{"Mr. Smith": 2, "Ms Smith": 1, "His Highness Sheikh Tamim": 2, "H.E. Mr. Aliyev": 1, "Gen Nakatani": 0, "Smith": 0} {
		assert.Equal(t, want, g.Honorific(tokens.Split(text), 0), text)
	}
}

func TestBodies(t *testing.T) {
	g := load(t)
	assert.True(t, g.IsBody("Foreign Office"))
	assert.True(t, g.IsBody("defence ministry"))
	assert.True(t, g.IsBody("Embassy"))
	assert.False(t, g.IsBody("State Department"), "a name of one country's body is not a common noun")
	assert.Equal(t, 2, g.BodyAt(tokens.Split("foreign ministry said"), 0))
	assert.True(t, g.ActsForCountry("Chinese Foreign Ministry"))
	assert.True(t, g.ActsForCountry("State Department"))
	assert.False(t, g.ActsForCountry("Treasury Department"), "a sector body acts under its own name")
	assert.False(t, g.ActsForCountry("United Nations"))
	assert.True(t, g.ActsFor("the Lithuanian Foreign Ministry"))
	assert.False(t, g.ActsFor("Culture Ministry"))
}

// The generated Phoenix officials add people the hand-compiled files lack,
// and never override those files.
func TestSecondaryOfficials(t *testing.T) {
	g := load(t)
	p, ok := g.Official("Sergey Lavrov")
	if assert.True(t, ok) {
		assert.False(t, p.Secondary, "the hand-compiled data wins for Lavrov")
		for _, o := range p.Offices {
			assert.NotEqual(t, "Government Official", o.Title)
		}
	}
	var secondary *gazetteer.Official
	for _, o := range g.Officials {
		if o.Secondary {
			secondary = o
			break
		}
	}
	if assert.NotNil(t, secondary, "some officials come from the Phoenix data") {
		o, found := g.LastOffice(secondary.Name, "2025-01-01")
		assert.True(t, found)
		assert.LessOrEqual(t, o.End, "2014-01-30", "open terms end on the data's date")
		_, isCountry := g.Country(o.Country)
		assert.True(t, isCountry, o.Country)
	}
	// Surnames: the hand-compiled officials first.
	for _, n := range g.BySurname("Lavrov") {
		p, _ := g.Official(n)
		assert.False(t, p.Secondary, n)
	}
}

func TestTitlePrefixGivesTheRoleOfTheNewOffice(t *testing.T) {
	g := load(t)
	role, ok := g.TitlePrefix("Deputy")
	assert.True(t, ok)
	assert.Equal(t, "official", role, "a deputy holds an office of its own")
	role, ok = g.TitlePrefix("acting")
	assert.True(t, ok)
	assert.Empty(t, role, "an acting holder has the role of the title after it")
	_, ok = g.TitlePrefix("former")
	assert.False(t, ok, "a former holder holds no office")
}
