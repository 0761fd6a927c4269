// Package browsertest holds only tests: a headless Chromium, driven through
// chromedriver's W3C WebDriver HTTP API, opens Neo4j Browser on the test
// server, loads bilat's style sheet, runs the canned pledges query as a
// Browser script and saves screenshots.
//
// It runs when Debian's chromium and chromium-driver are installed and
// NEO4J_URI and NEO4J_HTTP_URL name a server (`make test` provides all
// three); otherwise it skips, or fails under BILAT_REQUIRE_BROWSER=1.
// Screenshots go to $BILAT_SCREENSHOT_DIR (default: a temporary directory).
package browsertest
