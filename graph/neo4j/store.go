package neo4j

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"syscall"
	"time"

	neo "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/internal/storeutil"
	"github.com/bilatgraph/bilat/schema"
)

// Store is a bilat graph in a Neo4j database. It holds one driver, which
// is safe for concurrent use, though graph.Store asks for one goroutine at
// a time.
type Store struct {
	driver   neo.DriverWithContext
	location string // the URI without credentials
	database string // empty for the server's default database
	schema   *schema.Schema
	// readOnly and allowFiles are the graph.Options the store was opened with.
	readOnly, allowFiles bool
}

// Ensure statically that *Store implements graph.Store.
var _ graph.Store = (*Store)(nil)

func init() {
	graph.Register(opener, "neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc")
}

func opener(ctx context.Context, location string, opts graph.Options) (graph.Store, error) {
	return Open(ctx, location, opts)
}

// ConnectTimeout bounds how long Open waits for the server.
const ConnectTimeout = 5 * time.Second

// RetryTime bounds how long the driver retries a write transaction that
// failed for a reason worth retrying (a lost connection, a deadlock); a
// server that is gone is then reported instead of waited for.
const RetryTime = 10 * time.Second

// Hints shown after an Open error.
const (
	hintDown = "is Neo4j running? start it with `docker compose up -d` (or `make neo4j-up` for the dev server), or check NEO4J_URI"
	hintAuth = "check NEO4J_USERNAME and NEO4J_PASSWORD"
)

// Open connects to the Neo4j server at uri and checks that it answers
// within ConnectTimeout. Credentials come from opts (empty means no auth) or
// from the URI's user info. A server that cannot be reached, or refuses the
// credentials, gives a *graph.UnavailableError of one line naming the URI.
func Open(ctx context.Context, uri string, opts graph.Options) (*Store, error) {
	target, location, user, pass, err := splitCredentials(uri)
	if err != nil {
		return nil, &graph.UnavailableError{Location: location, Err: err, Hint: "check NEO4J_URI"}
	}
	if opts.Username != "" || opts.Password != "" {
		user, pass = opts.Username, opts.Password
	}
	auth := neo.NoAuth()
	if user != "" || pass != "" {
		auth = neo.BasicAuth(user, pass, "")
	}
	drv, err := neo.NewDriverWithContext(target, auth, func(c *config.Config) {
		c.SocketConnectTimeout = ConnectTimeout
		c.ConnectionAcquisitionTimeout = ConnectTimeout
		c.MaxTransactionRetryTime = RetryTime
	})
	if err != nil {
		return nil, &graph.UnavailableError{Location: location, Err: storeutil.OneLineError(err), Hint: "check NEO4J_URI"}
	}
	vctx, cancel := context.WithTimeout(ctx, ConnectTimeout)
	defer cancel()
	if err := drv.VerifyConnectivity(vctx); err != nil {
		_ = drv.Close(context.Background())
		hint := hintDown
		var ne *neo.Neo4jError
		if errors.As(err, &ne) && ne.HasSecurityCode() {
			hint = hintAuth
		}
		if errors.Is(err, context.DeadlineExceeded) {
			err = fmt.Errorf("no answer within %s", ConnectTimeout)
		}
		return nil, &graph.UnavailableError{Location: location, Err: storeutil.OneLineError(err), Hint: hint}
	}
	return &Store{driver: drv, location: location, database: opts.Database, schema: schema.Current(),
		readOnly: opts.ReadOnly, allowFiles: opts.AllowFiles}, nil
}

// splitCredentials takes user info out of uri: the driver wants it apart,
// and messages must not show it.
func splitCredentials(uri string) (target, location, user, pass string, err error) {
	u, err := url.Parse(uri)
	if err != nil {
		return "", "the given NEO4J_URI", "", "", errors.New("not a valid URI")
	}
	if u.User != nil {
		user = u.User.Username()
		pass, _ = u.User.Password()
		u.User = nil
	}
	return u.String(), u.Redacted(), user, pass, nil
}

// Location returns the server URI without credentials.
func (s *Store) Location() string { return s.location }

// Close closes the driver and its connections.
func (s *Store) Close() error {
	return s.driver.Close(context.Background())
}

func (s *Store) session(ctx context.Context, mode neo.AccessMode) neo.SessionWithContext {
	return s.driver.NewSession(ctx, neo.SessionConfig{AccessMode: mode, DatabaseName: s.database})
}

// wrap makes a driver error one line and names the store.
func (s *Store) wrap(what string, err error) error {
	if err == nil {
		return nil
	}
	var ne *neo.Neo4jError
	if errors.As(err, &ne) {
		return fmt.Errorf("%s: %s: %w", what, storeutil.OneLine(ne.Msg), errOf{ne})
	}
	return fmt.Errorf("%s: %w", what, storeutil.OneLineError(err))
}

// errOf keeps a Neo4jError reachable through errors.As while showing only
// its code, as the message is already shown.
type errOf struct{ e *neo.Neo4jError }

func (e errOf) Error() string { return e.e.Code }
func (e errOf) Unwrap() error { return e.e }

// lost says whether err means the server cannot be reached any more: the
// connection failed, or every retry of a transaction did.
func lost(err error) bool {
	var ce *neo.ConnectivityError
	if errors.As(err, &ce) {
		return true
	}
	var limit *neo.TransactionExecutionLimit
	if errors.As(err, &limit) {
		for _, e := range limit.Errors {
			if errors.As(e, &ce) {
				return true
			}
		}
	}
	var op *net.OpError
	return errors.As(err, &op) || errors.Is(err, io.EOF) || errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET)
}

// unavailable reports a server that went away, naming it.
func (s *Store) unavailable(err error) error {
	return &graph.UnavailableError{Location: s.location, Err: storeutil.OneLineError(err), Hint: "the server stopped answering"}
}
