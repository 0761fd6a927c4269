package browsertest

// A minimal W3C WebDriver client over net/http: just the endpoints this test
// uses (https://www.w3.org/TR/webdriver2/). A Go WebDriver library would add
// a dependency to the module for one test; the well-known one
// (github.com/tebeka/selenium) is unmaintained, and chromedp speaks the
// DevTools protocol rather than WebDriver.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"time"
)

// elementKey is the W3C web element identifier.
const elementKey = "element-6066-11e4-a52e-4f735466cecf"

// Keys of the WebDriver key table used here.
const (
	keyNull  = "\ue000" // releases held modifier keys
	keyShift = "\ue008"
	keyEnter = "\ue007"
)

// driver is a running chromedriver.
type driver struct {
	cmd  *exec.Cmd
	base string // http://127.0.0.1:PORT
	out  *syncBuffer
	done chan struct{}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var portLine = regexp.MustCompile(`started successfully on port (\d+)`)

// startDriver starts chromedriver on a free loopback port (it picks one
// itself with --port=0 and prints it) and waits until it is ready.
func startDriver(ctx context.Context, path string) (*driver, error) {
	cmd := exec.Command(path, "--port=0", "--log-level=WARNING") // local connections only (the default)
	out := &syncBuffer{}
	pr, pw := io.Pipe()
	cmd.Stdout = pw
	cmd.Stderr = out
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	d := &driver{cmd: cmd, out: out, done: make(chan struct{})}
	port := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			line := sc.Text()
			fmt.Fprintln(out, line)
			if m := portLine.FindStringSubmatch(line); m != nil {
				select {
				case port <- m[1]:
				default:
				}
			}
		}
		_, _ = io.Copy(out, pr)
	}()
	go func() {
		_ = cmd.Wait()
		pw.Close()
		close(d.done)
	}()
	select {
	case p := <-port:
		d.base = "http://127.0.0.1:" + p
	case <-d.done:
		return nil, fmt.Errorf("chromedriver exited at start: %s", strings.TrimSpace(out.String()))
	case <-time.After(20 * time.Second):
		d.stop()
		return nil, fmt.Errorf("chromedriver printed no port within 20 s: %s", strings.TrimSpace(out.String()))
	case <-ctx.Done():
		d.stop()
		return nil, ctx.Err()
	}
	// Ready?
	for deadline := time.Now().Add(20 * time.Second); ; {
		var st struct {
			Ready bool `json:"ready"`
		}
		if err := call(ctx, http.MethodGet, d.base+"/status", nil, &st); err == nil && st.Ready {
			return d, nil
		}
		if time.Now().After(deadline) {
			d.stop()
			return nil, fmt.Errorf("chromedriver at %s not ready within 20 s", d.base)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// stop asks chromedriver to shut down (it quits its browsers), then kills it
// if it has not exited within 10 s.
func (d *driver) stop() {
	if d.base != "" {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		_ = call(ctx, http.MethodGet, d.base+"/shutdown", nil, nil)
		cancel()
	}
	select {
	case <-d.done:
	case <-time.After(10 * time.Second):
		_ = d.cmd.Process.Kill()
		<-d.done
	}
}

// session is one browser session.
type session struct {
	ctx  context.Context
	base string // driver base + /session/ID
}

// newSession starts Chromium with the arguments.
func (d *driver) newSession(ctx context.Context, binary string, args []string) (*session, error) {
	caps := map[string]any{
		"capabilities": map[string]any{
			"alwaysMatch": map[string]any{
				"browserName":      "chrome",
				"pageLoadStrategy": "normal",
				"timeouts":         map[string]int{"pageLoad": 60000, "script": 30000, "implicit": 0},
				"goog:chromeOptions": map[string]any{
					"binary": binary,
					"args":   args,
				},
			},
		},
	}
	var out struct {
		SessionID string `json:"sessionId"`
	}
	if err := call(ctx, http.MethodPost, d.base+"/session", caps, &out); err != nil {
		return nil, fmt.Errorf("new session: %w", err)
	}
	return &session{ctx: ctx, base: d.base + "/session/" + out.SessionID}, nil
}

func (s *session) do(method, path string, body, out any) error {
	return call(s.ctx, method, s.base+path, body, out)
}

func (s *session) close() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_ = call(ctx, http.MethodDelete, s.base, nil, nil)
}

func (s *session) setWindowSize(w, h int) error {
	return s.do(http.MethodPost, "/window/rect", map[string]int{"width": w, "height": h}, nil)
}

func (s *session) navigate(url string) error {
	return s.do(http.MethodPost, "/url", map[string]string{"url": url}, nil)
}

// find returns the first element matching the CSS selector.
func (s *session) find(css string) (string, error) {
	var el map[string]string
	if err := s.do(http.MethodPost, "/element", map[string]string{"using": "css selector", "value": css}, &el); err != nil {
		return "", err
	}
	return el[elementKey], nil
}

func (s *session) click(id string) error {
	return s.do(http.MethodPost, "/element/"+id+"/click", map[string]any{}, nil)
}

// sendKeys types text into the element (focusing it first).
func (s *session) sendKeys(id, text string) error {
	return s.do(http.MethodPost, "/element/"+id+"/value", map[string]string{"text": text}, nil)
}

// exec runs a synchronous script and decodes its return value into out.
func (s *session) exec(script string, out any, args ...any) error {
	if args == nil {
		args = []any{}
	}
	return s.do(http.MethodPost, "/execute/sync", map[string]any{"script": script, "args": args}, out)
}

// text is the page's visible text.
func (s *session) text() (string, error) {
	var t string
	err := s.exec("return document.body ? document.body.innerText : ''", &t)
	return t, err
}

// screenshot returns a PNG of the viewport.
func (s *session) screenshot() ([]byte, error) {
	var b64 string
	if err := s.do(http.MethodGet, "/screenshot", nil, &b64); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(b64)
}

// webdriverError is an error answer of the WebDriver protocol.
type webdriverError struct {
	Status  int
	Code    string `json:"error"`
	Message string `json:"message"`
}

func (e *webdriverError) Error() string {
	msg, _, _ := strings.Cut(e.Message, "\n") // drop chromedriver's stack trace
	return fmt.Sprintf("webdriver: %s (HTTP %d): %s", e.Code, e.Status, msg)
}

// isNotReady tells an element that is missing, hidden or being re-rendered:
// worth another try.
func isNotReady(err error) bool {
	var we *webdriverError
	if !errors.As(err, &we) {
		return false
	}
	switch we.Code {
	case "no such element", "element not interactable", "stale element reference", "element click intercepted":
		return true
	}
	return false
}

// call sends one WebDriver command and decodes the "value" of the answer.
func call(ctx context.Context, method, url string, body, out any) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json; charset=utf-8")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var env struct {
		Value json.RawMessage `json:"value"`
	}
	if err := json.Unmarshal(data, &env); err != nil {
		return fmt.Errorf("webdriver %s %s: HTTP %d, not JSON: %.200s", method, url, resp.StatusCode, data)
	}
	if resp.StatusCode != http.StatusOK {
		we := &webdriverError{Status: resp.StatusCode}
		_ = json.Unmarshal(env.Value, we)
		return we
	}
	if out == nil || len(env.Value) == 0 || string(env.Value) == "null" {
		return nil
	}
	return json.Unmarshal(env.Value, out)
}
