package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Article is a stored news item.
type Article struct {
	ID, FeedID, ClusterID             int64
	FeedName, GUID, Link, Title, Text string
	Tags                              []string
	Published, Fetched                time.Time
	SimHash                           uint64
}

// Event is a coded event, stored with the article it was coded from.
type Event struct {
	ID, ArticleID, ClusterID int64
	Type                     string // a coder.EventType
	Source, Target           string // actor IDs; Target is "" for a denial naming no accuser
	AltTargets               []string
	Evidence                 string
	Date                     time.Time // the article's published time
	Confidence               float64
	Code                     string
	Intensity                float64
	// Filled by queries, joined from the article.
	Link, Title, FeedName string
}

// ArticleWithEvents is one item of ImportArticles.
type ArticleWithEvents struct {
	Article Article
	Events  []Event
}

// AddArticle stores the article and its events in one transaction. An article
// whose link or GUID is already stored is a duplicate: AddArticle returns the
// stored article's id and inserted=false, and changes nothing. a.ClusterID 0
// starts a new cluster; otherwise the article joins that cluster. Each event
// takes the article's id and cluster, and its Date defaults to a.Published.
// If any event cannot be stored, nothing is.
func (s *Store) AddArticle(ctx context.Context, a Article, events []Event) (id int64, inserted bool, err error) {
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		st, err := prepareArticleStmts(ctx, tx)
		if err != nil {
			return err
		}
		defer st.close()
		if id, inserted, err = st.add(ctx, a, events); err != nil {
			return err
		}
		return st.indexNewArticles(ctx, tx)
	})
	if err != nil {
		return 0, false, fmt.Errorf("storage: add article %q: %w", a.Link, err)
	}
	return id, inserted, nil
}

// ImportArticles stores many articles and their events in one transaction,
// skipping duplicates as AddArticle does, and reports how many articles were
// new. Any other failure stores nothing.
func (s *Store) ImportArticles(ctx context.Context, items []ArticleWithEvents) (inserted int, err error) {
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		st, err := prepareArticleStmts(ctx, tx)
		if err != nil {
			return err
		}
		defer st.close()
		for i, it := range items {
			_, ok, err := st.add(ctx, it.Article, it.Events)
			if err != nil {
				return fmt.Errorf("item %d (%q): %w", i, it.Article.Link, err)
			}
			if ok {
				inserted++
			}
		}
		return st.indexNewArticles(ctx, tx)
	})
	if err != nil {
		return 0, fmt.Errorf("storage: import articles: %w", err)
	}
	return inserted, nil
}

// articleStmts are the statements that store an article, prepared once per
// transaction so that an import of many articles compiles them once.
type articleStmts struct {
	existing, cluster, article, event *sql.Stmt
	// lastID is the largest article id before the transaction: the articles
	// above it are the ones it added.
	lastID int64
}

// indexNewArticles adds the articles stored in this transaction to the
// full-text index, in one statement: FTS5 then writes its index once.
func (st *articleStmts) indexNewArticles(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `
		INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles WHERE id > ?`, st.lastID)
	if err != nil {
		return fmt.Errorf("index for search: %w", err)
	}
	return nil
}

// existingArticleQuery finds a stored article by link or GUID. Its
// non-empty conditions repeat the WHERE clauses of the partial unique
// indexes: without them SQLite cannot use those indexes and scans the table
// for every new article.
const existingArticleQuery = `
	SELECT id FROM articles WHERE link = ?1 AND link <> ''
	UNION ALL
	SELECT id FROM articles WHERE guid = ?2 AND guid <> '' LIMIT 1`

func prepareArticleStmts(ctx context.Context, tx *sql.Tx) (*articleStmts, error) {
	queries := []string{
		existingArticleQuery,
		`INSERT INTO clusters (created_at) VALUES (?) RETURNING id`,
		`INSERT INTO articles (feed_id, cluster_id, feed_name, guid, link, title, text, tags, published, fetched, simhash)
		 VALUES (?1, ?2, CASE WHEN ?3 = '' THEN COALESCE((SELECT name FROM feeds WHERE id = ?1), '') ELSE ?3 END,
		         ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
		 RETURNING id`,
		`INSERT INTO events (article_id, cluster_id, type, source, target, alt_targets, evidence, date, confidence, code, intensity)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	}
	var lastID int64
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) FROM articles`).Scan(&lastID); err != nil {
		return nil, err
	}
	stmts := make([]*sql.Stmt, len(queries))
	for i, q := range queries {
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			for _, prev := range stmts[:i] {
				prev.Close()
			}
			return nil, err
		}
		stmts[i] = st
	}
	return &articleStmts{existing: stmts[0], cluster: stmts[1], article: stmts[2], event: stmts[3], lastID: lastID}, nil
}

func (st *articleStmts) close() {
	for _, s := range []*sql.Stmt{st.existing, st.cluster, st.article, st.event} {
		s.Close()
	}
}

func (st *articleStmts) add(ctx context.Context, a Article, events []Event) (int64, bool, error) {
	var id int64
	err := st.existing.QueryRowContext(ctx, a.Link, a.GUID).Scan(&id)
	if err == nil {
		return id, false, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, false, err
	}
	cluster := a.ClusterID
	if cluster == 0 {
		created := a.Fetched
		if created.IsZero() {
			created = a.Published
		}
		if err := st.cluster.QueryRowContext(ctx, unixNano(created)).Scan(&cluster); err != nil {
			return 0, false, fmt.Errorf("new cluster: %w", err)
		}
	}
	err = st.article.QueryRowContext(ctx, nullID(a.FeedID), cluster, a.FeedName, a.GUID, a.Link, a.Title, a.Text,
		encodeList(a.Tags), unixNano(a.Published), unixNano(a.Fetched), int64(a.SimHash)).Scan(&id)
	if err != nil {
		return 0, false, err
	}
	for i, e := range events {
		date := e.Date
		if date.IsZero() {
			date = a.Published
		}
		_, err := st.event.ExecContext(ctx, id, cluster, e.Type, e.Source, e.Target, encodeList(e.AltTargets),
			e.Evidence, unixNano(date), e.Confidence, e.Code, e.Intensity)
		if err != nil {
			return 0, false, fmt.Errorf("event %d (%s %s->%s): %w", i, e.Type, e.Source, e.Target, err)
		}
	}
	return id, true, nil
}

// nullID stores the id 0 as NULL, for optional references.
func nullID(id int64) sql.NullInt64 {
	return sql.NullInt64{Int64: id, Valid: id != 0}
}

// Fingerprint is what near-duplicate grouping needs of a stored article.
type Fingerprint struct {
	ArticleID, ClusterID int64
	SimHash              uint64
	Published            time.Time
}

// Fingerprints returns the fingerprints of the articles published at or after
// since, oldest first.
func (s *Store) Fingerprints(ctx context.Context, since time.Time) ([]Fingerprint, error) {
	rows, err := s.read.QueryContext(ctx, `
		SELECT id, cluster_id, simhash, published FROM articles
		WHERE published >= ? ORDER BY published, id`, unixNano(since))
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
	if err != nil {
		return nil, fmt.Errorf("storage: fingerprints: %w", err)
	}
	return fps, nil
}

// SearchArticles returns the articles whose title or text contain every word
// of query, best match first. The words are matched as plain terms: FTS5
// operators and punctuation in query have no special meaning.
func (s *Store) SearchArticles(ctx context.Context, query string, limit int) ([]Article, error) {
	match := ftsQuery(query)
	if match == "" {
		return nil, nil
	}
	rows, err := s.read.QueryContext(ctx, `
		SELECT a.id, COALESCE(a.feed_id, 0), a.cluster_id, a.feed_name, a.guid, a.link, a.title, a.text,
		       a.tags, a.published, a.fetched, a.simhash
		FROM articles_fts f JOIN articles a ON a.id = f.rowid
		WHERE articles_fts MATCH ?
		ORDER BY f.rank, a.id
		LIMIT ?`, match, sqlLimit(limit))
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

func scanArticle(r *sql.Rows) (Article, error) {
	var (
		a                          Article
		tags                       string
		published, fetched, simSig int64
	)
	err := r.Scan(&a.ID, &a.FeedID, &a.ClusterID, &a.FeedName, &a.GUID, &a.Link, &a.Title, &a.Text,
		&tags, &published, &fetched, &simSig)
	if err != nil {
		return Article{}, err
	}
	a.Published, a.Fetched, a.SimHash = fromUnixNano(published), fromUnixNano(fetched), uint64(simSig)
	a.Tags, err = decodeList(tags)
	return a, err
}

// Source is one report of a story: an article of its cluster.
type Source struct {
	FeedName, Link, Title string
	Published             time.Time
}

// ClusterSources returns, for each of the given clusters that has articles,
// its articles as sources, earliest first.
func (s *Store) ClusterSources(ctx context.Context, clusterIDs []int64) (map[int64][]Source, error) {
	out := make(map[int64][]Source, len(clusterIDs))
	if len(clusterIDs) == 0 {
		return out, nil
	}
	args := make([]any, len(clusterIDs))
	for i, id := range clusterIDs {
		args[i] = id
	}
	rows, err := s.read.QueryContext(ctx, `
		SELECT cluster_id, feed_name, link, title, published FROM articles
		WHERE cluster_id IN (`+placeholders(len(args))+`)
		ORDER BY cluster_id, published, id`, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: cluster sources: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			cluster, published int64
			src                Source
		)
		if err := rows.Scan(&cluster, &src.FeedName, &src.Link, &src.Title, &published); err != nil {
			return nil, fmt.Errorf("storage: cluster sources: %w", err)
		}
		src.Published = fromUnixNano(published)
		out[cluster] = append(out[cluster], src)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: cluster sources: %w", err)
	}
	return out, nil
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

// sqlLimit maps "no limit" (0 or less) to SQLite's LIMIT -1.
func sqlLimit(limit int) int {
	if limit <= 0 {
		return -1
	}
	return limit
}
