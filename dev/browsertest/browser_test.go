package browsertest

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"image"
	"image/png"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	neo4jbrowser "github.com/bilatgraph/bilat/docs/neo4j-browser"
	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/neo4j/neo4jtest"
	"github.com/bilatgraph/bilat/ingest"
	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/reader"
	"github.com/bilatgraph/bilat/queries"
	"github.com/bilatgraph/bilat/schema"
)

// chromiumArgs are the flags Chromium needs on a closed, headless Linux
// machine (as root, in a container): no sandbox, GPU, /dev/shm, QUIC, first
// run, background networking, component updates or sync. The resolver rule
// keeps Browser's calls to outside hosts (fonts, telemetry) from leaving the
// machine, so the test behaves the same with and without a network.
var chromiumArgs = []string{
	"--headless=new",
	"--no-sandbox",
	"--disable-gpu",
	"--disable-dev-shm-usage",
	"--disable-quic",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
	"--window-size=1400,900",
	"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
}

// skipOrFail skips t, or fails it under BILAT_REQUIRE_BROWSER=1.
func skipOrFail(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("BILAT_REQUIRE_BROWSER") == "1" {
		t.Fatal("BILAT_REQUIRE_BROWSER=1 but " + why)
	}
	t.Skip(why)
}

// findBinary returns the first of the names found on PATH or as a path.
func findBinary(names ...string) string {
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

// TestBrowserPledges opens Neo4j Browser in headless Chromium on the test
// server and does what docs/neo4j-browser/README.md tells users to do: drops
// bilat.grass on it, runs canned-queries.cypher, imports the favorites zip,
// then runs the canned pledges query as the Browser script `bilat browser
// queries` prints (China to Russia, 2025). It checks the result rows and
// saves browser-pledges.png (the table) and browser-graph.png (China, Russia
// and their leaders drawn with the style sheet).
func TestBrowserPledges(t *testing.T) {
	chromium := findBinary("/usr/bin/chromium", "chromium")
	driverBin := findBinary("/usr/bin/chromedriver", "chromedriver")
	if chromium == "" || driverBin == "" {
		skipOrFail(t, "Chromium or chromedriver not installed (apt-get install chromium chromium-driver)")
	}
	httpURL := strings.TrimRight(os.Getenv("NEO4J_HTTP_URL"), "/")
	boltURI := os.Getenv("NEO4J_URI")
	if httpURL == "" || boltURI == "" {
		skipOrFail(t, "NEO4J_URI and NEO4J_HTTP_URL not set: run `make test`, or start a server with `make neo4j-up`")
	}

	// The data: the examples, through the real pipeline, into the test server.
	// neo4jtest.Open takes the lock that keeps other test processes from
	// clearing the database while this one uses it.
	t0 := time.Now()
	st := neo4jtest.Open(t)
	loadExamples(t, st)
	t.Logf("examples written to Neo4j in %.1f s", time.Since(t0).Seconds())

	dir := os.Getenv("BILAT_SCREENSHOT_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))

	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	d, err := startDriver(ctx, driverBin)
	require.NoError(t, err)
	defer d.stop()
	profile, err := os.MkdirTemp("", "bilat-chromium-")
	require.NoError(t, err)
	defer os.RemoveAll(profile)
	s, err := d.newSession(ctx, chromium, slices.Concat(chromiumArgs, []string{"--user-data-dir=" + profile}))
	require.NoError(t, err, "chromedriver output:\n%s", d.out.String())
	defer s.close()
	require.NoError(t, s.setWindowSize(1400, 900))
	b := &browser{t: t, s: s, dir: dir}
	defer b.onFailure(d)

	start := time.Now()
	b.open(httpURL, boltURI)
	t.Logf("Browser connected in %.1f s", time.Since(start).Seconds())

	// The style sheet, dropped on the page as a user drags the file in.
	b.dropFile("bilat.grass", []byte(neo4jbrowser.Style))
	b.waitText("the :style frame", 20*time.Second, "node.Country", "relationship.SANCTIONED")

	// Every canned script at once, as a user drops canned-queries.cypher on
	// Browser and pastes it in the editor: each statement must succeed.
	all, err := queries.All()
	require.NoError(t, err)
	scripts, err := neo4jbrowser.Scripts(all)
	require.NoError(t, err)
	statements := 0
	for _, q := range all {
		statements += len(q.Params) + 1
		if _, ok := q.Graph(); ok {
			statements++ // its graph script
		}
	}
	b.dropFile("canned-queries.cypher", []byte(scripts))
	require.NoError(t, b.retry(`.filedrop-paste-in-editor`, b.clickCSS))
	require.NoError(t, b.clickCSS(`[data-testid="editor-Run"]`))
	b.waitStatements(statements)
	t.Logf("all %d canned scripts ran in Browser (%d statements)", len(all), statements)

	// The scripts as favorites: `bilat browser queries --zip` dropped on
	// Browser gives one favorite per query, named after its first line.
	var zipped bytes.Buffer
	require.NoError(t, neo4jbrowser.Favorites(&zipped, all))
	b.dropFile("bilat.zip", zipped.Bytes())
	require.NoError(t, b.clickCSS(`[data-testid="navigationFavorites"]`))
	b.wait("the favorites from bilat.zip", 20*time.Second, func() (bool, error) {
		text, err := b.s.text()
		return strings.Contains(text, "pledges: What one country") && strings.Contains(text, "path: The shortest chain") &&
			strings.Contains(text, "neighbourhood as a graph"), err
	})
	require.NoError(t, b.clickCSS(`[data-testid="navigationFavorites"]`)) // close the drawer

	// The pledges script for China to Russia in 2025, typed into the editor.
	q, err := queries.Get("pledges")
	require.NoError(t, err)
	script, err := neo4jbrowser.Script(q, map[string]any{"year": int64(2025)})
	require.NoError(t, err)
	require.Contains(t, script, `:param from => "country:china";`)
	require.Contains(t, script, `:param to => "country:russia";`)
	require.Contains(t, script, `:param year => 2025;`)
	cypher := cypherOf(script)

	// The whole script runs as a multi-statement script: Browser shows one
	// line per statement with its status, all of which must succeed.
	b.run(script)
	b.waitStatements(len(q.Params) + 1)

	// Browser shows rows only for a single statement: run the query alone
	// (the parameters stay set) and wait for the rows.
	b.run(cypher)
	rows := b.waitRows("China", "Russia")
	t.Logf("pledges in Browser: %d rows, first: %s", len(rows), rows[0])
	require.GreaterOrEqual(t, len(rows), 3, "China's pledges to Russia in 2025 over examples/")
	b.save("browser-pledges.png")

	// The two countries and their leaders as a graph, drawn
	// with the style sheet: Country blue, Person orange, PLEDGED green with
	// its date (Browser also draws the relationships between the nodes).
	b.run("MATCH (p:Person)-[rep:REPRESENTS]->(c:Country)\nWHERE c.id IN [$from, $to] AND p.id IN [\"person:xi-jinping\", \"person:vladimir-putin\"]\nRETURN p, rep, c")
	b.waitGraph(map[string]string{"Country": "#4C8EDA", "Person": "#F79767"}, "#2E9E4F")
	b.save("browser-graph.png")

	// The timeline of China and Russia as a picture: its graph script (one
	// statement, values on its WITH line) run as printed, drawn with the
	// style sheet.
	tq, err := queries.Get("timeline")
	require.NoError(t, err)
	graphScript, ok, err := neo4jbrowser.GraphScript(tq, nil)
	require.NoError(t, err)
	require.True(t, ok)
	b.run(graphScript)
	b.waitGraph(map[string]string{"Country": "#4C8EDA", "Person": "#F79767"}, "#2E9E4F")
	b.save("browser-timeline-graph.png")

	// One click: the run button of the "neighbourhood as a graph" favorite
	// (from bilat.zip, dropped above) draws Putin's neighbourhood.
	require.NoError(t, b.clickCSS(`[data-testid="navigationFavorites"]`))
	opened := false
	b.wait("the run button of the neighbourhood graph favorite", 20*time.Second, func() (bool, error) {
		var state string
		err := b.s.exec(`
		  for (const item of document.querySelectorAll('[data-testid="savedScriptListItem"]')) {
		    if (!item.innerText.includes('neighbourhood as a graph')) continue;
		    const run = item.querySelector('[data-testid="savedScriptsButton-Run"]');
		    if (run) { run.click(); return 'clicked'; }
		  }
		  if (!arguments[0]) {
		    // The folder from bilat.zip starts closed: open it once.
		    const h = document.querySelector('[data-testid="expandFolder-bilat"]');
		    if (h) { h.click(); return 'opened'; }
		  }
		  return '';`, &state, opened)
		opened = opened || state == "opened"
		return state == "clicked", err
	})
	require.NoError(t, b.clickCSS(`[data-testid="navigationFavorites"]`)) // close the drawer
	b.waitText("Putin's neighbourhood drawn", 30*time.Second, "neighbourhood as a graph")
	b.waitGraph(map[string]string{"Country": "#4C8EDA", "Person": "#F79767"}, "#2870C2")
	b.save("browser-favorite-graph.png")
	t.Logf("screenshots in %s (%.1f s in the browser)", dir, time.Since(start).Seconds())
}

func loadExamples(t *testing.T, st graph.Store) {
	t.Helper()
	ctx := context.Background()
	require.NoError(t, st.ApplySchema(ctx, schema.Current()))
	p, err := ingest.New()
	require.NoError(t, err)
	n := 0
	errs := reader.Walk([]string{filepath.Join("..", "..", "examples")}, func(a article.Article) error {
		n++
		return st.Write(ctx, p.Batch(p.Extract(a)))
	})
	require.Empty(t, errs)
	require.NotZero(t, n, "no example articles")
}

// cypherOf is the Cypher of a Browser script: what follows the :param lines.
func cypherOf(script string) string {
	lines := strings.Split(script, "\n")
	for i, l := range lines {
		if l != "" && !strings.HasPrefix(l, "//") && !strings.HasPrefix(l, ":param ") {
			return strings.TrimSpace(strings.Join(lines[i:], "\n"))
		}
	}
	return ""
}

// browser drives one Neo4j Browser page.
type browser struct {
	t   *testing.T
	s   *session
	dir string
}

// open loads Browser with the Bolt URI in connectURL and connects, filling
// the connect form when Browser shows it (no authentication unless
// NEO4J_USERNAME is set).
func (b *browser) open(httpURL, boltURI string) {
	t := b.t
	t.Helper()
	require.NoError(t, b.s.navigate(httpURL+"/browser/?connectURL="+url.QueryEscape(boltURI)))
	submitted := false
	b.wait("a connection to Neo4j", 60*time.Second, func() (bool, error) {
		text, err := b.s.text()
		if err != nil {
			return false, err
		}
		if strings.Contains(text, "Connected to Neo4j") {
			return true, nil
		}
		if submitted {
			return false, nil
		}
		if _, err := b.s.find(`[data-testid="authenticationMethod"]`); err != nil {
			if isNotReady(err) {
				return false, nil // no form (yet)
			}
			return false, err
		}
		if user := os.Getenv("NEO4J_USERNAME"); user != "" {
			err = b.clickCSS(`[data-testid="authenticationMethod"] option[value="NATIVE"]`)
			if err == nil {
				err = b.typeInto(`[data-testid="username"]`, user)
			}
			if err == nil {
				err = b.typeInto(`[data-testid="password"]`, os.Getenv("NEO4J_PASSWORD"))
			}
		} else {
			err = b.clickCSS(`[data-testid="authenticationMethod"] option[value="NO_AUTH"]`)
		}
		if err == nil {
			err = b.clickCSS(`[data-testid="connect"]`)
		}
		if isNotReady(err) {
			return false, nil // the form is still being drawn: try again
		}
		if err != nil {
			return false, err
		}
		submitted = true
		return false, nil
	})
	// A clean stream: drop the welcome frames, close the usage-data banner.
	b.run(":clear")
	_ = b.s.exec(`
	  const text = document.evaluate("//span[contains(text(), 'collect information on product usage')]",
	    document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
	  const close = text && text.parentElement && text.parentElement.lastElementChild;
	  if (close && close !== text) close.click();`, nil)
}

// retry calls fn(css) until the element is there and ready, for up to 10 s.
func (b *browser) retry(css string, fn func(string) error) error {
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := fn(css)
		if err == nil || !isNotReady(err) || time.Now().After(deadline) {
			return err
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func (b *browser) clickCSS(css string) error {
	id, err := b.s.find(css)
	if err != nil {
		return fmt.Errorf("%s: %w", css, err)
	}
	return b.s.click(id)
}

// typeInto clicks the element and types text into it.
func (b *browser) typeInto(css, text string) error {
	id, err := b.s.find(css)
	if err != nil {
		return fmt.Errorf("%s: %w", css, err)
	}
	if err := b.s.click(id); err != nil {
		return err
	}
	return b.s.sendKeys(id, text)
}

// run types text into Browser's main editor (Monaco) and runs it. Newlines
// are typed as Shift+Enter, since Enter in a one-line editor runs it.
func (b *browser) run(text string) {
	b.t.Helper()
	keys := strings.ReplaceAll(strings.TrimRight(text, "\n"), "\n", keyShift+keyEnter+keyNull)
	editor, err := b.s.find(`#monaco-main-editor textarea`)
	require.NoError(b.t, err, "Browser's editor")
	require.NoError(b.t, b.s.sendKeys(editor, keys))
	require.NoError(b.t, b.clickCSS(`[data-testid="editor-Run"]`))
}

// dropFile drops a file on the page the way a user drags one in from a file
// manager: a drop event with the file in its DataTransfer.
func (b *browser) dropFile(name string, content []byte) {
	b.t.Helper()
	var ok bool
	require.NoError(b.t, b.s.exec(`
	  const [name, b64] = arguments;
	  const target = document.querySelector('.filedrop');
	  if (!target) return false;
	  const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
	  const dt = new DataTransfer();
	  dt.items.add(new File([bytes], name));
	  for (const type of ['dragenter', 'dragover', 'drop']) {
	    target.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: dt}));
	  }
	  return true;`, &ok, name, base64.StdEncoding.EncodeToString(content)))
	require.True(b.t, ok, "Browser's file drop zone (.filedrop) not found")
}

// frameText is the text of the newest frame in Browser's stream.
func (b *browser) frameText() (string, error) {
	var text string
	err := b.s.exec(`const f = document.querySelector('[data-testid="frame"]'); return f ? f.innerText : ''`, &text)
	return text, err
}

// waitText waits until the newest frame contains every word.
func (b *browser) waitText(what string, timeout time.Duration, words ...string) {
	b.t.Helper()
	b.wait(what, timeout, func() (bool, error) {
		text, err := b.frameText()
		if err != nil {
			return false, err
		}
		for _, w := range words {
			if !strings.Contains(text, w) {
				return false, nil
			}
		}
		return true, nil
	})
}

// waitStatements waits until the newest frame lists n statements, all run
// successfully; it fails at once on an error status.
func (b *browser) waitStatements(n int) {
	b.t.Helper()
	// (Browser runs them one after another; when `make test` runs every
	// package at once on two cores, 53 of them have taken over 30 s)
	b.wait(fmt.Sprintf("%d statements to succeed", n), 2*time.Minute, func() (bool, error) {
		var statuses []string
		if err := b.s.exec(`
		  const f = document.querySelector('[data-testid="frame"]');
		  if (!f) return [];
		  return Array.from(f.querySelectorAll('[data-testid="multi-statement-list-icon"]')).map(e => e.getAttribute('title') || '');`, &statuses); err != nil {
			return false, err
		}
		ok := 0
		for _, s := range statuses {
			switch {
			case strings.Contains(s, "error"):
				text, _ := b.frameText()
				return false, fmt.Errorf("a statement failed (%s):\n%s", s, text)
			case strings.Contains(s, "success"):
				ok++
			}
		}
		return len(statuses) == n && ok == n, nil
	})
}

// waitRows waits until the newest frame's table has a row containing every
// word, and returns its rows.
func (b *browser) waitRows(words ...string) []string {
	b.t.Helper()
	var rows []string
	b.wait("a result row with "+strings.Join(words, " and "), 30*time.Second, func() (bool, error) {
		rows = nil
		if err := b.s.exec(`
		  const f = document.querySelector('[data-testid="frame"]');
		  if (!f) return [];
		  const rows = Array.from(f.querySelectorAll('[role="row"]')).map(r => r.innerText.replace(/\s+/g, ' ').trim());
		  return rows.filter(r => r !== '');`, &rows); err != nil {
			return false, err
		}
		text, err := b.frameText()
		if err != nil {
			return false, err
		}
		if strings.Contains(text, "Error") && strings.Contains(text, "Neo.ClientError") {
			return false, fmt.Errorf("the query failed:\n%s", text)
		}
		for _, r := range rows {
			all := true
			for _, w := range words {
				all = all && strings.Contains(r, w)
			}
			if all {
				return true, nil
			}
		}
		return false, nil
	})
	var data []string
	for _, r := range rows {
		ok := true
		for _, w := range words {
			ok = ok && strings.Contains(r, w)
		}
		if ok {
			data = append(data, r)
		}
	}
	return data
}

// waitGraph waits until the newest frame draws nodes with the fill colours
// (by label) and a relationship with the colour, and the layout has settled.
func (b *browser) waitGraph(nodeFills map[string]string, relColour string) {
	b.t.Helper()
	last := ""
	b.wait("a graph drawn with bilat.grass", 30*time.Second, func() (bool, error) {
		var g struct {
			Fills   []string `json:"fills"`
			Strokes []string `json:"strokes"`
			Layout  string   `json:"layout"`
		}
		if err := b.s.exec(`
		  const f = document.querySelector('[data-testid="frame"]');
		  if (!f) return {fills: [], strokes: [], layout: ''};
		  const fills = Array.from(f.querySelectorAll('svg .node circle')).map(c => (c.getAttribute('fill') || '').toUpperCase());
		  const strokes = Array.from(f.querySelectorAll('svg .relationship path, svg .relationship .outline')).map(p => ((p.getAttribute('fill') || '') + ' ' + (p.getAttribute('stroke') || '')).toUpperCase());
		  const layout = Array.from(f.querySelectorAll('svg .node')).map(n => n.getAttribute('transform')).join(';');
		  return {fills, strokes, layout};`, &g); err != nil {
			return false, err
		}
		for _, want := range nodeFills {
			if !containsSub(g.Fills, strings.ToUpper(want)) {
				return false, nil
			}
		}
		if !containsSub(g.Strokes, strings.ToUpper(relColour)) {
			return false, nil
		}
		settled := g.Layout != "" && g.Layout == last
		last = g.Layout
		return settled, nil
	})
}

func containsSub(xs []string, s string) bool {
	for _, x := range xs {
		if strings.Contains(x, s) {
			return true
		}
	}
	return false
}

// wait polls cond every 250 ms until it is true, returns an error or the
// timeout passes (then t fails).
func (b *browser) wait(what string, timeout time.Duration, cond func() (bool, error)) {
	b.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		ok, err := cond()
		if err != nil {
			b.t.Fatalf("waiting for %s: %v", what, err)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			text, _ := b.s.text()
			b.t.Fatalf("no %s within %s; the page says:\n%s", what, timeout, text)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// save writes a screenshot to the directory and checks it is a real PNG of
// the window with more than a blank page in it.
func (b *browser) save(name string) {
	b.t.Helper()
	// The newest frame is the first in the stream: scroll up to it.
	require.NoError(b.t, b.s.exec(`
	  window.scrollTo(0, 0);
	  for (const e of document.querySelectorAll('[data-testid="stream"], [data-testid="main"]')) e.scrollTop = 0;`, nil))
	time.Sleep(300 * time.Millisecond)
	data, err := b.s.screenshot()
	require.NoError(b.t, err)
	path := filepath.Join(b.dir, name)
	require.NoError(b.t, os.WriteFile(path, data, 0o644))
	checkPNG(b.t, path, data)
	b.t.Logf("saved %s (%d bytes)", path, len(data))
}

// checkPNG asserts data is a PNG of at least 1000x600 pixels with many
// colours (a blank or error page has few).
func checkPNG(t *testing.T, path string, data []byte) {
	t.Helper()
	require.True(t, bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")), "%s: not a PNG", path)
	img, err := png.Decode(bytes.NewReader(data))
	require.NoError(t, err, path)
	r := img.Bounds()
	require.GreaterOrEqual(t, r.Dx(), 1000, "%s: width", path)
	require.GreaterOrEqual(t, r.Dy(), 600, "%s: height", path)
	require.Greater(t, colours(img, 300), 100, "%s: too few colours for a page with a result", path)
}

// colours counts distinct colours in img, up to limit+1.
func colours(img image.Image, limit int) int {
	seen := map[[4]uint32]bool{}
	r := img.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y += 2 {
		for x := r.Min.X; x < r.Max.X; x += 2 {
			c0, c1, c2, c3 := img.At(x, y).RGBA()
			seen[[4]uint32{c0, c1, c2, c3}] = true
			if len(seen) > limit {
				return len(seen)
			}
		}
	}
	return len(seen)
}

// onFailure keeps what explains a failure: a screenshot, the page text and
// chromedriver's output.
func (b *browser) onFailure(d *driver) {
	if !b.t.Failed() {
		return
	}
	if data, err := b.s.screenshot(); err == nil {
		path := filepath.Join(b.dir, "browser-failure.png")
		if os.WriteFile(path, data, 0o644) == nil {
			b.t.Logf("screenshot of the failure: %s", path)
		}
	}
	if text, err := b.s.text(); err == nil {
		b.t.Logf("page text at the failure:\n%s", text)
	}
	if out := strings.TrimSpace(d.out.String()); out != "" {
		b.t.Logf("chromedriver output:\n%s", out)
	}
}
