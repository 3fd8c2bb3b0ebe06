package storage

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/briefbot/briefbot"
)

// Developments are merged at ingest, in the transaction that stores their
// events' article: each event joins the development the merge rule
// (briefbot.Join) picks among the stored ones with its key and a nearby
// day, or starts one.

// The statements of the merge, prepared with the article statements.
const (
	devCandidatesQuery = `
		SELECT id, happened, background, first_seen, has_lead, alt_targets, evidence_rank, evidence_published, confidence FROM developments
		WHERE source = ? AND target = ? AND happened >= ? AND happened <= ? AND type = ? AND family = ?`
	devInsertQuery = `
		INSERT INTO developments (type, source, target, family, happened, background, code, alt_targets,
		                          evidence, evidence_rank, evidence_published, confidence, intensity, first_seen, last_seen, has_lead, mentions)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
		RETURNING id`
	// devJoinQuery adds a mention: its evidence replaces the development's
	// when it is better (?4), the alternative targets are those of all
	// mentions, and a news mention (?2) dated earlier moves the day back.
	// CASE stands for the scalar MIN and MAX, which Postgres calls LEAST
	// and GREATEST.
	devJoinQuery = `
		UPDATE developments SET
			mentions = mentions + 1,
			first_seen = CASE WHEN ?1 < first_seen THEN ?1 ELSE first_seen END,
			last_seen = CASE WHEN ?1 > last_seen THEN ?1 ELSE last_seen END,
			happened = CASE WHEN ?2 AND ?3 < happened THEN ?3 ELSE happened END,
			has_lead = (has_lead OR ?12),
			alt_targets = ?5,
			code = CASE WHEN ?4 THEN ?6 ELSE code END,
			evidence = CASE WHEN ?4 THEN ?7 ELSE evidence END,
			evidence_rank = CASE WHEN ?4 THEN ?8 ELSE evidence_rank END,
			evidence_published = CASE WHEN ?4 THEN ?1 ELSE evidence_published END,
			confidence = CASE WHEN ?4 THEN ?9 ELSE confidence END,
			intensity = CASE WHEN ?4 THEN ?10 ELSE intensity END
		WHERE id = ?11`
)

// develop files event e of article a, published at published and dated
// day (midnight UTC), under its development and returns the development's
// id.
func (st *articleStmts) develop(ctx context.Context, a briefbot.Article, e briefbot.Event, published, day time.Time) (int64, error) {
	k := e.Key()
	rows, err := st.devCandidates.QueryContext(ctx, k.Source, k.Target,
		unixNano(day.AddDate(0, 0, -briefbot.RestatementDays)), unixNano(day.AddDate(0, 0, briefbot.RestatementDays)), k.Type, k.Family)
	if err != nil {
		return 0, fmt.Errorf("development candidates: %w", err)
	}
	type candidate struct {
		id       int64
		alt      []string
		evidence briefbot.Evidence
		briefbot.Candidate
	}
	found, err := collect(rows, func(r *sql.Rows) (candidate, error) {
		var (
			c                                  candidate
			happened, firstSeen, evidenceSince int64
			alt                                string
		)
		err := r.Scan(&c.id, &happened, &c.Background, &firstSeen, &c.Lead, &alt, &c.evidence.Rank, &evidenceSince, &c.evidence.Confidence)
		if err != nil {
			return c, err
		}
		c.Day, c.FirstSeen, c.evidence.Published = fromUnixNano(happened), fromUnixNano(firstSeen), fromUnixNano(evidenceSince)
		c.alt, err = decodeList(alt)
		return c, err
	})
	if err != nil {
		return 0, fmt.Errorf("development candidates: %w", err)
	}
	days := make([]briefbot.Candidate, len(found))
	for i, c := range found {
		days[i] = c.Candidate
	}
	a.Published = published
	evidence := briefbot.EvidenceOf(e, a)
	m := briefbot.Mention{Day: day, Published: published, InLead: a.InLead(e), Background: e.Background}
	if i := briefbot.Join(days, m); i >= 0 {
		c := found[i]
		alt := c.alt
		for _, t := range e.AltTargets {
			if !slices.Contains(alt, t) {
				alt = append(alt, t)
			}
		}
		_, err := st.devJoin.ExecContext(ctx, unixNano(published), !e.Background, unixNano(day),
			evidence.Better(c.evidence), encodeList(alt), e.Code, e.Evidence, evidence.Rank, e.Confidence, e.Intensity, c.id, m.Lead())
		if err != nil {
			return 0, fmt.Errorf("join development %d: %w", c.id, err)
		}
		return c.id, nil
	}
	var id int64
	err = st.devInsert.QueryRowContext(ctx, k.Type, k.Source, k.Target, k.Family, unixNano(day), e.Background,
		e.Code, encodeList(e.AltTargets), e.Evidence, evidence.Rank, unixNano(published), e.Confidence, e.Intensity,
		unixNano(published), unixNano(published), m.Lead()).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("new development: %w", err)
	}
	return id, nil
}

// backfillBatch is how many articles one transaction of the backfill files.
const backfillBatch = 500

// fillDevelopments files the events stored before developments existed
// (or by a store that did not file them) under developments, article by
// article in the order they were stored, a batch to a transaction. Their
// offsets were not kept, so the merge places them in their article's lead
// by their sentence.
func (s *Store) fillDevelopments(ctx context.Context) error {
	for {
		var articles []int64
		rows, err := s.write.QueryContext(ctx, `
			SELECT DISTINCT article_id FROM events WHERE development_id IS NULL ORDER BY article_id LIMIT ?`, backfillBatch)
		if err == nil {
			articles, err = collect(rows, func(r *sql.Rows) (id int64, err error) { return id, r.Scan(&id) })
		}
		if err != nil {
			return fmt.Errorf("storage: fill developments: %w", err)
		}
		if len(articles) == 0 {
			return nil
		}
		if err := s.inExclusiveTx(ctx, func(tx *sql.Tx) error { return s.fillBatch(ctx, tx, articles) }); err != nil {
			return fmt.Errorf("storage: fill developments: %w", err)
		}
	}
}

func (s *Store) fillBatch(ctx context.Context, tx *sql.Tx, articles []int64) error {
	st := s.articleStmts.in(ctx, tx)
	args := make([]any, len(articles))
	for i, id := range articles {
		args[i] = id
	}
	rows, err := tx.QueryContext(ctx, `
		SELECT a.title, a.text, e.id, e.type, e.source, e.target, e.alt_targets, e.evidence, e.date, e.happened,
		       e.background, e.confidence, e.code, e.intensity
		FROM events e JOIN articles a ON a.id = e.article_id
		WHERE e.article_id IN (`+placeholders(len(args))+`) AND e.development_id IS NULL
		ORDER BY e.article_id, e.id`, args...)
	if err != nil {
		return err
	}
	type filing struct {
		a briefbot.Article
		e briefbot.Event
	}
	todo, err := collect(rows, func(r *sql.Rows) (filing, error) {
		var (
			f                   filing
			alt                 string
			published, happened int64
		)
		err := r.Scan(&f.a.Title, &f.a.Text, &f.e.ID, &f.e.Type, &f.e.Source, &f.e.Target, &alt, &f.e.Evidence,
			&published, &happened, &f.e.Background, &f.e.Confidence, &f.e.Code, &f.e.Intensity)
		if err != nil {
			return f, err
		}
		f.e.Published, f.e.When = fromUnixNano(published), fromUnixNano(happened)
		f.e.AltTargets, err = decodeList(alt)
		return f, err
	})
	if err != nil {
		return err
	}
	for _, f := range todo {
		dev, err := st.develop(ctx, f.a, f.e, f.e.Published, briefbot.Day(f.e.When))
		if err != nil {
			return fmt.Errorf("event %d: %w", f.e.ID, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE events SET development_id = ? WHERE id = ?`, dev, f.e.ID); err != nil {
			return fmt.Errorf("event %d: %w", f.e.ID, err)
		}
	}
	return nil
}

// developmentColumns are read by scanDevelopment.
const developmentColumns = `id, type, source, target, alt_targets, happened, code, evidence, confidence, intensity,
	background, first_seen, last_seen, mentions`

func scanDevelopment(r *sql.Rows) (briefbot.Development, error) {
	var (
		d                            briefbot.Development
		alt                          string
		happened, firstSeen, lastSee int64
	)
	err := r.Scan(&d.ID, &d.Type, &d.Source, &d.Target, &alt, &happened, &d.Code, &d.Evidence, &d.Confidence,
		&d.Intensity, &d.Background, &firstSeen, &lastSee, &d.Mentions)
	if err != nil {
		return d, err
	}
	d.Day, d.FirstSeen, d.LastSeen = fromUnixNano(happened), fromUnixNano(firstSeen), fromUnixNano(lastSee)
	d.AltTargets, err = decodeList(alt)
	return d, err
}

// queryDevelopments runs query for developments and fills in their
// reports published before until (the zero time: all).
func (s *Store) queryDevelopments(ctx context.Context, until time.Time, query string, args ...any) ([]briefbot.Development, error) {
	rows, err := s.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	devs, err := collect(rows, scanDevelopment)
	if err != nil {
		return nil, err
	}
	return devs, s.fillReports(ctx, devs, until)
}

// reportsPerQuery bounds the development ids bound into one statement.
const reportsPerQuery = 500

// fillReports reads the articles that state each development, published
// before until (the zero time: all): one report per article, earliest
// first.
func (s *Store) fillReports(ctx context.Context, devs []briefbot.Development, until time.Time) error {
	bound := int64(math.MaxInt64)
	if !until.IsZero() {
		bound = unixNano(until)
	}
	index := make(map[int64]int, len(devs))
	for i, d := range devs {
		index[d.ID] = i
	}
	for chunk := range slices.Chunk(devs, reportsPerQuery) {
		args := make([]any, 0, len(chunk)+1)
		for _, d := range chunk {
			args = append(args, d.ID)
		}
		rows, err := s.read.QueryContext(ctx, `
			SELECT DISTINCT e.development_id, a.id, a.feed_name, a.link, a.title, a.published
			FROM events e JOIN articles a ON a.id = e.article_id
			WHERE e.development_id IN (`+placeholders(len(chunk))+`) AND a.published < ?
			ORDER BY e.development_id, a.published, a.id`, append(args, bound)...)
		if err != nil {
			return fmt.Errorf("reports: %w", err)
		}
		type report struct {
			dev int64
			briefbot.Report
		}
		reports, err := collect(rows, func(r *sql.Rows) (report, error) {
			var (
				rp        report
				published int64
			)
			err := r.Scan(&rp.dev, &rp.ArticleID, &rp.Outlet, &rp.Link, &rp.Title, &published)
			rp.Published = fromUnixNano(published)
			return rp, err
		})
		if err != nil {
			return fmt.Errorf("reports: %w", err)
		}
		for _, rp := range reports {
			d := &devs[index[rp.dev]]
			d.Reports = append(d.Reports, rp.Report)
		}
	}
	return nil
}

// DevelopmentsSeen returns the developments first reported in [from, to)
// that match f, background ones included, earliest first, at most limit
// of them (limit <= 0: all), each with its reports published before to.
func (s *Store) DevelopmentsSeen(ctx context.Context, from, to time.Time, f Filter, limit int) ([]briefbot.Development, error) {
	devs, err := s.developmentsSeen(ctx, from, to, f, limit)
	if err != nil {
		return nil, fmt.Errorf("storage: developments seen between %s and %s: %w", from.Format(time.RFC3339), to.Format(time.RFC3339), err)
	}
	return devs, nil
}

func (s *Store) developmentsSeen(ctx context.Context, from, to time.Time, f Filter, limit int) ([]briefbot.Development, error) {
	set, err := s.resolve(ctx, f)
	if err != nil || set.empty() {
		return nil, err
	}
	query, args := s.seenQuery(set, from, to, limit)
	return s.queryDevelopments(ctx, to, query, args...)
}

// seenQuery walks the window on the first_seen index and checks the filter
// on each row: a window holds a day or a few of developments, and an
// actor-first plan would read an actor's whole history.
func (s *Store) seenQuery(set actorSet, from, to time.Time, limit int) (string, []any) {
	where, args := set.where()
	return `SELECT ` + developmentColumns + ` FROM developments` + s.d.indexedBy("developments_first_seen") + `
		WHERE first_seen >= ? AND first_seen < ?` + where + `
		ORDER BY first_seen, id LIMIT ?`, append(append([]any{unixNano(from), unixNano(to)}, args...), sqlLimit(limit))
}

// where is the condition " AND (source IN ... OR target IN ...)" that the
// set puts on developments, and its arguments; "" for all.
func (a actorSet) where() (string, []any) {
	if a.all {
		return "", nil
	}
	return " AND (source IN " + a.in() + " OR target IN " + a.in() + ")", append(slices.Clone(a.ids), a.ids...)
}

// DevelopmentsAfter returns the news developments stored after the one
// with id afterID (ids grow as developments are stored) and first reported
// at or after since, that match f, in the order they were stored, at most
// limit of them (limit <= 0: all), each with all its reports. A reader that
// passes the largest id it has seen gets exactly the developments stored
// since; since bounds the first read.
func (s *Store) DevelopmentsAfter(ctx context.Context, afterID int64, since time.Time, f Filter, limit int) ([]briefbot.Development, error) {
	devs, err := s.developmentsAfter(ctx, afterID, since, f, limit)
	if err != nil {
		return nil, fmt.Errorf("storage: developments after %d: %w", afterID, err)
	}
	return devs, nil
}

func (s *Store) developmentsAfter(ctx context.Context, afterID int64, since time.Time, f Filter, limit int) ([]briefbot.Development, error) {
	set, err := s.resolve(ctx, f)
	if err != nil || set.empty() {
		return nil, err
	}
	query, args := s.afterQuery(set, afterID, since, limit)
	return s.queryDevelopments(ctx, time.Time{}, query, args...)
}

func (s *Store) afterQuery(set actorSet, afterID int64, since time.Time, limit int) (string, []any) {
	where, args := set.where()
	return `SELECT ` + developmentColumns + ` FROM developments` + s.d.indexedBy("developments_first_seen") + `
		WHERE first_seen >= ? AND id > ? AND background = FALSE` + where + `
		ORDER BY id LIMIT ?`, append(append([]any{unixNano(since), afterID}, args...), sqlLimit(limit))
}

// DevelopmentsByActor returns the news developments with actor on either
// side that happened on the days whose midnight falls in [from, to), latest
// first (then the latest first reported), at most limit of them (limit <=
// 0: all), each with its reports published before to.
func (s *Store) DevelopmentsByActor(ctx context.Context, actor string, from, to time.Time, limit int) ([]briefbot.Development, error) {
	query, args := newestQuery(from, to, limit, branch{"source = ?", []any{actor}}, branch{"target = ?", []any{actor}})
	devs, err := s.queryDevelopments(ctx, to, query, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: developments of %q: %w", actor, err)
	}
	return devs, nil
}

// DevelopmentsByDyad returns the news developments between a and b, in
// either direction, as DevelopmentsByActor does for one actor.
func (s *Store) DevelopmentsByDyad(ctx context.Context, a, b string, from, to time.Time, limit int) ([]briefbot.Development, error) {
	query, args := newestQuery(from, to, limit,
		branch{"source = ? AND target = ?", []any{a, b}},
		branch{"source = ? AND target = ?", []any{b, a}})
	devs, err := s.queryDevelopments(ctx, to, query, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: developments between %q and %q: %w", a, b, err)
	}
	return devs, nil
}

// branch is one indexed condition on developments: an equality on the
// leading columns of an index whose next column is happened.
type branch struct {
	cond string
	args []any
}

// newestQuery reads the latest news developments matching any branch in
// [from, to). Each branch takes its own latest limit from its index, so a
// busy actor costs no more than a quiet one; the union of those is sorted
// and cut to limit.
func newestQuery(from, to time.Time, limit int, branches ...branch) (string, []any) {
	var (
		parts []string
		args  []any
	)
	for _, b := range branches {
		parts = append(parts, `SELECT id FROM (SELECT id FROM developments WHERE `+b.cond+
			` AND happened >= ? AND happened < ? AND background = FALSE ORDER BY happened DESC LIMIT ?) AS newest`)
		args = append(append(args, b.args...), unixNano(from), unixNano(to), sqlLimit(limit))
	}
	return `SELECT ` + developmentColumns + ` FROM developments
		WHERE id IN (` + strings.Join(parts, " UNION ALL ") + `)
		ORDER BY happened DESC, first_seen DESC, id DESC LIMIT ?`, append(args, sqlLimit(limit))
}
