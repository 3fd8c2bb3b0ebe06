package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/briefbot/briefbot"
)

// ArticleWithEvents is one item of AddArticles and ImportArticles.
type ArticleWithEvents struct {
	Article briefbot.Article
	Events  []briefbot.Event
}

// Added is what AddArticles did with one item.
type Added struct {
	// ID and ClusterID are the new article's, or for a duplicate the
	// stored article's.
	ID, ClusterID int64
	Inserted      bool // false for a duplicate
}

// AddArticle stores the article and its events in one transaction, each
// event filed under the development it states (see briefbot.Join). An article
// whose link or GUID is already stored is a duplicate: AddArticle returns the
// stored article's id and inserted=false, and changes nothing. a.ClusterID 0
// starts a new cluster; otherwise the article joins that cluster. Each event
// takes the article's id and cluster; its Published defaults to a.Published
// and its When to the day it was published.
// If any event cannot be stored, nothing is.
func (s *Store) AddArticle(ctx context.Context, a briefbot.Article, events []briefbot.Event) (id int64, inserted bool, err error) {
	added, err := s.addArticles(ctx, []ArticleWithEvents{{a, events}})
	if err != nil {
		return 0, false, fmt.Errorf("storage: add article %q: %w", a.Link, err)
	}
	return added[0].ID, added[0].Inserted, nil
}

// AddArticles stores many articles with their events in one transaction,
// in order, each as AddArticle would: an item whose link or GUID is stored,
// or comes earlier in items, is a duplicate and changes nothing. The result
// says, item by item, what happened. Any other failure stores nothing.
func (s *Store) AddArticles(ctx context.Context, items []ArticleWithEvents) ([]Added, error) {
	added, err := s.addArticles(ctx, items)
	if err != nil {
		return nil, fmt.Errorf("storage: add articles: %w", err)
	}
	return added, nil
}

// ImportArticles stores many articles and their events in one transaction,
// as AddArticles does, and reports how many articles were new.
func (s *Store) ImportArticles(ctx context.Context, items []ArticleWithEvents) (inserted int, err error) {
	added, err := s.addArticles(ctx, items)
	if err != nil {
		return 0, fmt.Errorf("storage: import articles: %w", err)
	}
	for _, a := range added {
		if a.Inserted {
			inserted++
		}
	}
	return inserted, nil
}

func (s *Store) addArticles(ctx context.Context, items []ArticleWithEvents) ([]Added, error) {
	added := make([]Added, len(items))
	err := s.inExclusiveTx(ctx, func(tx *sql.Tx) error {
		st := s.articleStmts.in(ctx, tx)
		var lastID int64
		if st.index != nil {
			if err := st.lastID.QueryRowContext(ctx).Scan(&lastID); err != nil {
				return fmt.Errorf("last article id: %w", err)
			}
		}
		for i, it := range items {
			var err error
			if added[i], err = st.add(ctx, it.Article, it.Events); err != nil {
				if len(items) == 1 {
					return err
				}
				return fmt.Errorf("item %d (%q): %w", i, it.Article.Link, err)
			}
		}
		if st.index == nil {
			return nil // Postgres indexes the generated column as it goes
		}
		// All of the transaction's articles in one statement: FTS5 then
		// writes its index once.
		if _, err := st.index.ExecContext(ctx, lastID); err != nil {
			return fmt.Errorf("index for search: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return added, nil
}

// articleStmts are the statements that store articles, prepared once when the
// store opens: compiling them took more time than running them.
type articleStmts struct {
	// lastID is the largest article id: the articles above it at the end of
	// a transaction are the ones it added. It and index are SQLite's only.
	lastID   *sql.Stmt
	existing *sql.Stmt
	cluster  *sql.Stmt
	article  *sql.Stmt
	event    *sql.Stmt
	// index adds the articles above an id to the full-text index.
	index *sql.Stmt
	// The merge of events into developments.
	devCandidates, devInsert, devJoin *sql.Stmt
}

// existingArticleQuery finds a stored article by link or GUID. Its
// non-empty conditions repeat the WHERE clauses of the partial unique
// indexes: without them SQLite cannot use those indexes and scans the table
// for every new article.
const existingArticleQuery = `
	SELECT id, cluster_id FROM articles WHERE link = ?1 AND link <> ''
	UNION ALL
	SELECT id, cluster_id FROM articles WHERE guid = ?2 AND guid <> '' LIMIT 1`

func prepareArticleStmts(ctx context.Context, db *sql.DB, d *dialect) (*articleStmts, error) {
	type prepared struct {
		stmt  **sql.Stmt
		query string
	}
	var st articleStmts
	queries := []prepared{
		{&st.existing, existingArticleQuery},
		{&st.cluster, `INSERT INTO clusters (created_at) VALUES (?) RETURNING id`},
		{&st.article, `
			INSERT INTO articles (feed_id, cluster_id, feed_name, guid, link, title, text, tags, published, fetched, simhash)
			VALUES (?1, ?2, CASE WHEN ?3 = '' THEN COALESCE((SELECT name FROM feeds WHERE id = ?1), '') ELSE ?3 END,
			        ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
			RETURNING id`},
		{&st.event, `
			INSERT INTO events (article_id, cluster_id, type, source, target, alt_targets, evidence, date, happened, background,
			                    confidence, code, intensity, development_id, backend)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.devCandidates, devCandidatesQuery},
		{&st.devInsert, devInsertQuery},
		{&st.devJoin, devJoinQuery},
	}
	if d == sqlite {
		queries = append(queries,
			prepared{&st.lastID, `SELECT COALESCE(MAX(id), 0) FROM articles`},
			prepared{&st.index, `INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles WHERE id > ?`})
	}
	for _, q := range queries {
		stmt, err := db.PrepareContext(ctx, q.query)
		if err != nil {
			st.close()
			return nil, fmt.Errorf("storage: prepare %q: %w", strings.Join(strings.Fields(q.query), " "), err)
		}
		*q.stmt = stmt
	}
	return &st, nil
}

// in returns the statements bound to tx. The write pool has one connection,
// on which they are already prepared, so binding compiles nothing.
func (st *articleStmts) in(ctx context.Context, tx *sql.Tx) *articleStmts {
	bind := func(s *sql.Stmt) *sql.Stmt {
		if s == nil {
			return nil
		}
		return tx.StmtContext(ctx, s)
	}
	return &articleStmts{
		lastID:        bind(st.lastID),
		existing:      bind(st.existing),
		cluster:       bind(st.cluster),
		article:       bind(st.article),
		event:         bind(st.event),
		index:         bind(st.index),
		devCandidates: bind(st.devCandidates),
		devInsert:     bind(st.devInsert),
		devJoin:       bind(st.devJoin),
	}
}

func (st *articleStmts) close() error {
	var errs []error
	for _, s := range []*sql.Stmt{st.lastID, st.existing, st.cluster, st.article, st.event, st.index,
		st.devCandidates, st.devInsert, st.devJoin} {
		if s != nil {
			errs = append(errs, s.Close())
		}
	}
	return errors.Join(errs...)
}

func (st *articleStmts) add(ctx context.Context, a briefbot.Article, events []briefbot.Event) (Added, error) {
	var found Added
	err := st.existing.QueryRowContext(ctx, a.Link, a.GUID).Scan(&found.ID, &found.ClusterID)
	if err == nil {
		return found, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return Added{}, err
	}
	cluster := a.ClusterID
	if cluster == 0 {
		created := a.Fetched
		if created.IsZero() {
			created = a.Published
		}
		if err := st.cluster.QueryRowContext(ctx, unixNano(created)).Scan(&cluster); err != nil {
			return Added{}, fmt.Errorf("new cluster: %w", err)
		}
	}
	var id int64
	err = st.article.QueryRowContext(ctx, nullID(a.FeedID), cluster, a.FeedName, a.GUID, a.Link, a.Title, a.Text,
		encodeList(a.Tags), unixNano(a.Published), unixNano(a.Fetched), int64(a.SimHash)).Scan(&id)
	if err != nil {
		return Added{}, err
	}
	for i, e := range events {
		published := e.Published
		if published.IsZero() {
			published = a.Published
		}
		happened := e.When
		if happened.IsZero() {
			happened = published
		}
		day := briefbot.Day(happened)
		dev, err := st.develop(ctx, a, e, published, day)
		if err == nil {
			_, err = st.event.ExecContext(ctx, id, cluster, e.Type, e.Source, e.Target, encodeList(e.AltTargets),
				e.Evidence, unixNano(published), unixNano(day), e.Background, e.Confidence, e.Code, e.Intensity, dev, e.Backend)
		}
		if err != nil {
			return Added{}, fmt.Errorf("event %d (%s %s->%s): %w", i, e.Type, e.Source, e.Target, err)
		}
	}
	return Added{ID: id, ClusterID: cluster, Inserted: true}, nil
}

// nullID stores the id 0 as NULL, for optional references.
func nullID(id int64) sql.NullInt64 {
	return sql.NullInt64{Int64: id, Valid: id != 0}
}

// Fingerprint is what grouping articles into stories needs of a stored
// article.
type Fingerprint struct {
	ArticleID, ClusterID int64
	SimHash              uint64
	Published            time.Time
	// Developments are the keys and days of the article's news events.
	Developments []briefbot.DevelopmentDay
}

// Fingerprints returns the fingerprints of the articles published at or after
// since, oldest first.
func (s *Store) Fingerprints(ctx context.Context, since time.Time) ([]Fingerprint, error) {
	return s.fingerprints(ctx, `published >= ? ORDER BY published, id`, unixNano(since))
}

// FingerprintsAfter returns the fingerprints of the articles whose id is above
// afterID and published at or after since, in id order. Ids grow as articles
// are stored, so a reader that passes the largest id it has seen gets
// exactly the articles stored since.
func (s *Store) FingerprintsAfter(ctx context.Context, afterID int64, since time.Time) ([]Fingerprint, error) {
	return s.fingerprints(ctx, `id > ?1 AND published >= ?2 ORDER BY id`, afterID, unixNano(since))
}

// fingerprints reads the articles that match where (on args), then their
// news events.
func (s *Store) fingerprints(ctx context.Context, where string, args ...any) ([]Fingerprint, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT id, cluster_id, simhash, published FROM articles WHERE `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: fingerprints: %w", err)
	}
	fps, err := collect(rows, func(r *sql.Rows) (Fingerprint, error) {
		var (
			fp        Fingerprint
			sim, date int64
		)
		err := r.Scan(&fp.ArticleID, &fp.ClusterID, &sim, &date)
		fp.SimHash, fp.Published = uint64(sim), fromUnixNano(date)
		return fp, err
	})
	if err != nil || len(fps) == 0 {
		return fps, err
	}
	index := make(map[int64]int, len(fps))
	for i, fp := range fps {
		index[fp.ArticleID] = i
	}
	rows, err = s.read.QueryContext(ctx, `
		SELECT e.article_id, e.type, e.source, e.target, e.code, e.happened FROM events e
		WHERE e.background = FALSE AND e.article_id IN (SELECT id FROM articles WHERE `+where+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: fingerprints: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			article, happened int64
			e                 briefbot.Event
		)
		if err := rows.Scan(&article, &e.Type, &e.Source, &e.Target, &e.Code, &happened); err != nil {
			return nil, fmt.Errorf("storage: fingerprints: %w", err)
		}
		e.When = fromUnixNano(happened)
		fp := &fps[index[article]]
		fp.Developments = append(fp.Developments, e.DevelopmentDay())
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: fingerprints: %w", err)
	}
	return fps, nil
}

// SearchArticles returns the articles whose title or text contain every word
// of query, best match first. The words are matched as plain terms: search
// operators and punctuation in query have no special meaning.
func (s *Store) SearchArticles(ctx context.Context, query string, limit int) ([]briefbot.Article, error) {
	terms := s.d.searchTerms(query)
	if strings.TrimSpace(terms) == "" {
		return nil, nil
	}
	rows, err := s.read.QueryContext(ctx, s.d.search, terms, sqlLimit(limit))
	if err != nil {
		return nil, fmt.Errorf("storage: search articles %q: %w", query, err)
	}
	articles, err := collect(rows, scanArticle)
	if err != nil {
		return nil, fmt.Errorf("storage: search articles %q: %w", query, err)
	}
	return articles, nil
}

// ftsQuery quotes each whitespace-separated word of q as an FTS5 string, so
// that user input can never be an FTS5 syntax error; the words are ANDed.
func ftsQuery(q string) string {
	words := strings.Fields(q)
	for i, w := range words {
		words[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
	}
	return strings.Join(words, " ")
}

// articleColumns are the columns scanArticle reads, of articles a.
const articleColumns = `a.id, COALESCE(a.feed_id, 0), a.cluster_id, a.feed_name, a.guid, a.link, a.title, a.text,
	a.tags, a.published, a.fetched, a.simhash`

func scanArticle(r *sql.Rows) (briefbot.Article, error) {
	var (
		a                          briefbot.Article
		tags                       string
		published, fetched, simSig int64
	)
	err := r.Scan(&a.ID, &a.FeedID, &a.ClusterID, &a.FeedName, &a.GUID, &a.Link, &a.Title, &a.Text,
		&tags, &published, &fetched, &simSig)
	if err != nil {
		return briefbot.Article{}, err
	}
	a.Published, a.Fetched, a.SimHash = fromUnixNano(published), fromUnixNano(fetched), uint64(simSig)
	a.Tags, err = decodeList(tags)
	return a, err
}

// collect scans every row with scan and closes rows.
func collect[T any](rows *sql.Rows, scan func(*sql.Rows) (T, error)) ([]T, error) {
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// placeholders returns "?, ?, ..." for n arguments.
func placeholders(n int) string {
	if n == 0 {
		return ""
	}
	return strings.Repeat("?, ", n-1) + "?"
}

// sqlLimit maps "no limit" (0 or less) to the largest LIMIT: SQLite's -1
// is an error on Postgres.
func sqlLimit(limit int) int64 {
	if limit <= 0 {
		return math.MaxInt64
	}
	return int64(limit)
}
