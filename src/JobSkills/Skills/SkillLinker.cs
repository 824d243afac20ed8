using System.Data.Common;
using System.Diagnostics;
using JobSkills.Data;
using JobSkills.Outline;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Skills;

/// <summary>
/// A loaded vocabulary and its term ids, for linking a batch of postings. Terms that a posting adds
/// (<see cref="TermSource.Posting"/>) are learned here too, so the next postings of the batch find them.
/// </summary>
public sealed class PostingLinkSession
{
    private readonly List<VocabularyTerm> learned = [];
    private SkillMatcher? learnedMatcher;

    internal PostingLinkSession(SkillMatcher matcher, Dictionary<string, int> termIds)
    {
        Matcher = matcher;
        TermIds = termIds;
    }

    /// <summary>The stored vocabulary's matcher, as loaded when the session started.</summary>
    public SkillMatcher Matcher { get; }

    internal Dictionary<string, int> TermIds { get; }

    /// <summary>The stored vocabulary, then the terms postings of this session added.</summary>
    internal IReadOnlyList<SkillMatcher> Matchers => learnedMatcher is null ? [Matcher] : [Matcher, learnedMatcher];

    /// <summary>Adds a posting's own terms; a small matcher of the learned terms is rebuilt (the stored one stays).</summary>
    internal void Learn(IReadOnlyList<VocabularyTerm> terms)
    {
        if (terms.Count > 0)
        {
            learned.AddRange(terms);
            learnedMatcher = new SkillMatcher(SkillVocabulary.FromTerms(learned));
        }
    }
}

/// <summary>What storing a vocabulary changed.</summary>
public sealed record VocabularyUpdate(int Terms, int Aliases, int TermsAdded, int TermsUpdated, int TermsRemoved);

/// <summary>What a linking run did: owners (nodes or posting lines) matched, occurrences written, and how long each part took.</summary>
public sealed record LinkResult(int Owners, int Occurrences, TimeSpan Elapsed);

/// <summary>The result of re-linking an outline: the vocabulary it gave, the outline's links and the postings' links.</summary>
public sealed record OutlineLinkResult(VocabularyUpdate Vocabulary, LinkResult Outline, LinkResult Postings, TimeSpan VocabularyElapsed, TimeSpan Elapsed);

/// <summary>
/// Keeps the stored skill vocabulary and the term occurrences in step with the outline and the
/// postings. Each public method is one transaction: it deletes the occurrences of the owners it
/// re-links and inserts the new ones, so a failure leaves the previous links in place. Bulk writes
/// use prepared commands on the context's own connection (see OutlineImporter).
/// </summary>
/// <remarks>
/// Outline occurrences index the node's <see cref="OutlineNode.PlainText"/>; posting occurrences
/// index the line's text and carry the posting's id. Linking a posting also stores the terms it
/// names that the vocabulary does not know (<see cref="PostingSkills"/>, <see cref="TermSource.Posting"/>),
/// so that later postings find them anywhere in their text. Re-linking the outline rebuilds the
/// vocabulary from the outline and the curated list, and the re-link of every posting that follows
/// adds their terms again: the stored vocabulary is always the outline's and curated terms plus the
/// posting terms that occur in some posting (re-linking postings drops those that no longer occur).
/// </remarks>
public sealed class SkillLinker(IDbContextFactory<JobSkillsDbContext> contextFactory)
{
    private readonly SemaphoreSlim matcherGate = new(1, 1);
    private (string Stamp, SkillMatcher Matcher)? storedMatcher;

    /// <summary>
    /// Builds the vocabulary from this outline document and the curated list, stores it (upsert by
    /// key; terms no longer in it are removed), links every node of the document, and re-links every
    /// posting, since a changed vocabulary changes what postings contain.
    /// </summary>
    public Task<OutlineLinkResult> RelinkOutlineAsync(int documentId, CancellationToken cancellationToken = default) =>
        RelinkAllAsync(documentId, cancellationToken);

    /// <summary>
    /// Re-links the database when its vocabulary was built from other curated lists or rules than this release's (a
    /// different <see cref="VocabularyFingerprint"/>, or none: a database linked before the stamp existed): the outline
    /// document it was built from (else the latest) and every posting, as <see cref="RelinkOutlineAsync"/> does. Null when
    /// the vocabulary is current or none was stored yet. User edits are untouched: only terms and links are rebuilt.
    /// </summary>
    public async Task<OutlineLinkResult?> RelinkIfVocabularyChangedAsync(CancellationToken cancellationToken = default)
    {
        int? documentId;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var stamp = await db.VocabularyStamps.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
            if (stamp?.Fingerprint == VocabularyFingerprint || !await db.SkillTerms.AnyAsync(cancellationToken))
            {
                return null;
            }

            documentId = stamp?.DocumentId is { } linked && await db.OutlineDocuments.AnyAsync(d => d.Id == linked, cancellationToken) ? linked
                : (await new OutlineService(contextFactory).FindDocumentAsync(cancellationToken: cancellationToken))?.Id;
        }

        return await RelinkAllAsync(documentId, cancellationToken);
    }

    /// <summary>
    /// What a stored vocabulary depends on besides the outline: the embedded curated lists and <see cref="RulesVersion"/>.
    /// </summary>
    public static string VocabularyFingerprint { get; } = $"rules {RulesVersion}; lists {CuratedList.DefaultFingerprint}";

    /// <summary>Raise when a change to term extraction or matching should reach databases linked by an earlier release.</summary>
    private const int RulesVersion = 1;

    /// <summary>The vocabulary from this outline document (the curated list alone when null) stored, the document and every posting linked, and the stamp set, in one transaction.</summary>
    private async Task<OutlineLinkResult> RelinkAllAsync(int? documentId, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var nodes = new List<OutlineNode>();
        OutlineTree? tree = null;
        if (documentId is { } id)
        {
            var document = await db.OutlineDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
                ?? throw new InvalidOperationException($"outline document {id} does not exist");
            nodes = await db.OutlineNodes.AsNoTracking().Where(n => n.DocumentId == id).ToListAsync(cancellationToken);
            tree = new OutlineTree(document, nodes);
        }

        var vocabularyStopwatch = Stopwatch.StartNew();
        var vocabulary = tree is null ? SkillVocabulary.FromCurated(CuratedList.Default) : SkillVocabulary.Build(tree);
        var vocabularyElapsed = vocabularyStopwatch.Elapsed;
        var update = await StoreVocabularyAsync(db, vocabulary, cancellationToken);
        var ids = await TermIdsAsync(db, cancellationToken);
        var matcher = new SkillMatcher(vocabulary);

        var outline = await LinkNodesAsync(db, matcher, ids, nodes, deleteFor: documentId, cancellationToken);
        var postings = await LinkPostingLinesAsync(db, new PostingLinkSession(matcher, ids), postingIds: null, cancellationToken);
        await DropUnusedPostingTermsAsync(db, cancellationToken);
        await StampAsync(db, documentId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        storedMatcher = null;
        return new OutlineLinkResult(update, outline, postings, vocabularyElapsed, stopwatch.Elapsed);
    }

    /// <summary>Records, in the caller's transaction, that the stored vocabulary is this release's, built from this document.</summary>
    private static async Task StampAsync(JobSkillsDbContext db, int? documentId, CancellationToken cancellationToken)
    {
        await db.VocabularyStamps.ExecuteDeleteAsync(cancellationToken);
        db.VocabularyStamps.Add(new VocabularyStamp { Fingerprint = VocabularyFingerprint, DocumentId = documentId, LinkedAt = DateTime.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Re-links one posting with the stored vocabulary (after the posting was imported or changed).</summary>
    public Task<LinkResult> RelinkPostingAsync(int postingId, CancellationToken cancellationToken = default) =>
        RelinkPostingsAsync([postingId], cancellationToken);

    /// <summary>Re-links these postings with the stored vocabulary, in one transaction.</summary>
    public async Task<LinkResult> RelinkPostingsAsync(IReadOnlyCollection<int> postingIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (matcher, ids) = await StoredMatcherAsync(db, cancellationToken);
        var result = await LinkPostingLinesAsync(db, new PostingLinkSession(matcher, ids), postingIds, cancellationToken);
        await DropUnusedPostingTermsAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Re-links these outline nodes with the stored vocabulary (after an edit). A node whose new text
    /// introduces a term (a new bold name) adds it to the vocabulary only with <see cref="RelinkOutlineAsync"/>.
    /// </summary>
    public async Task<LinkResult> RelinkNodesAsync(IReadOnlyCollection<int> nodeIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (matcher, termIds) = await StoredMatcherAsync(db, cancellationToken);
        var ids = nodeIds.ToList();
        var nodes = await db.OutlineNodes.AsNoTracking().Where(n => ids.Contains(n.Id)).ToListAsync(cancellationToken);
        await db.TermOccurrences.Where(o => o.OutlineNodeId != null && ids.Contains(o.OutlineNodeId.Value)).ExecuteDeleteAsync(cancellationToken);
        var result = await LinkNodesAsync(db, matcher, termIds, nodes, deleteFor: null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// The stored vocabulary, ready to link postings inside the caller's own transactions (see
    /// <see cref="LinkPostingAsync"/>): loaded once for a whole batch of postings. Before any outline
    /// was linked, the curated list is stored and used.
    /// </summary>
    public async Task<PostingLinkSession> StartPostingSessionAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (matcher, ids) = await StoredMatcherAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PostingLinkSession(matcher, ids);
    }

    /// <summary>Links one posting's lines in the caller's transaction (which <paramref name="db"/> holds).</summary>
    internal static Task<LinkResult> LinkPostingAsync(JobSkillsDbContext db, PostingLinkSession session, int postingId, CancellationToken cancellationToken) =>
        LinkPostingLinesAsync(db, session, [postingId], cancellationToken);

    /// <summary>A matcher over the stored vocabulary (terms with aliases); it may be empty.</summary>
    public async Task<SkillMatcher> LoadMatcherAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return (await StoredMatcherAsync(db, cancellationToken, storeCuratedIfEmpty: false)).Matcher;
    }

    /// <summary>
    /// The stored vocabulary's matcher and term ids; before any outline was linked, the curated list
    /// is stored first. Building a matcher takes over a second (23,000 terms), so the last one is kept
    /// while the stored terms and aliases stay the same (same counts and highest ids): every edit and
    /// every batch of postings would otherwise build it again. <see cref="RelinkOutlineAsync"/>,
    /// which can change terms in place, drops it.
    /// </summary>
    private async Task<(SkillMatcher Matcher, Dictionary<string, int> TermIds)> StoredMatcherAsync(
        JobSkillsDbContext db,
        CancellationToken cancellationToken,
        bool storeCuratedIfEmpty = true)
    {
        if (storeCuratedIfEmpty && !await db.SkillTerms.AnyAsync(cancellationToken))
        {
            await StoreVocabularyAsync(db, SkillVocabulary.FromCurated(CuratedList.Default), cancellationToken);
            await StampAsync(db, documentId: null, cancellationToken);
        }

        var ids = await TermIdsAsync(db, cancellationToken);
        var aliases = await db.SkillAliases.CountAsync(cancellationToken);
        var lastAlias = aliases == 0 ? 0 : await db.SkillAliases.MaxAsync(a => a.Id, cancellationToken);
        var stamp = $"{ids.Count}:{(ids.Count == 0 ? 0 : ids.Values.Max())}:{aliases}:{lastAlias}";

        await matcherGate.WaitAsync(cancellationToken);
        try
        {
            if (storedMatcher is { } hit && hit.Stamp == stamp)
            {
                return (hit.Matcher, ids);
            }

            var terms = await db.SkillTerms.AsNoTracking().Include(t => t.Aliases).ToListAsync(cancellationToken);
            var matcher = new SkillMatcher(SkillVocabulary.FromStored(terms));
            storedMatcher = (stamp, matcher);
            return (matcher, ids);
        }
        finally
        {
            matcherGate.Release();
        }
    }

    private static async Task<Dictionary<string, int>> TermIdsAsync(JobSkillsDbContext db, CancellationToken cancellationToken) =>
        await db.SkillTerms.AsNoTracking().ToDictionaryAsync(t => t.Key, t => t.Id, StringComparer.Ordinal, cancellationToken);

    /// <summary>Upserts terms and aliases by key; removes terms (with their occurrences) and aliases no longer in the vocabulary.</summary>
    private static async Task<VocabularyUpdate> StoreVocabularyAsync(JobSkillsDbContext db, SkillVocabulary vocabulary, CancellationToken cancellationToken)
    {
        var existing = await db.SkillTerms.AsNoTracking().ToDictionaryAsync(t => t.Key, StringComparer.Ordinal, cancellationToken);
        var existingAliases = await db.SkillAliases.AsNoTracking().ToDictionaryAsync(a => a.Key, StringComparer.Ordinal, cancellationToken);
        var wanted = vocabulary.Terms.ToDictionary(t => t.Key, StringComparer.Ordinal);

        await using var command = db.CreateCommand("");

        // Removed terms first (their aliases and occurrences go with them by cascade), then aliases that moved or went.
        var removed = existing.Values.Where(t => !wanted.ContainsKey(t.Key)).Select(t => t.Id).ToHashSet();
        await ExecuteForEachAsync(command, "DELETE FROM \"SkillTerms\" WHERE \"Id\" = $id", removed, cancellationToken);

        var wantedAliases = vocabulary.Terms.SelectMany(t => t.Aliases.Select(a => (Term: t, Alias: a)))
            .GroupBy(p => p.Alias.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var staleAliases = existingAliases.Values
            .Where(a => !removed.Contains(a.TermId) && (!wantedAliases.TryGetValue(a.Key, out var want)
                || !existing.TryGetValue(want.Term.Key, out var owner) || owner.Id != a.TermId || want.Alias.Text != a.Alias))
            .Select(a => a.Id)
            .ToHashSet();
        await ExecuteForEachAsync(command, "DELETE FROM \"SkillAliases\" WHERE \"Id\" = $id", staleAliases, cancellationToken);

        command.Parameters.Clear();
        command.CommandText = """
            INSERT INTO "SkillTerms" ("Name", "Key", "Source", "CaseSensitive") VALUES ($name, $key, $source, $cs)
            ON CONFLICT ("Key") DO UPDATE SET "Name" = excluded."Name", "Source" = excluded."Source", "CaseSensitive" = excluded."CaseSensitive"
            """;
        var name = command.AddParameter("$name");
        var key = command.AddParameter("$key");
        var source = command.AddParameter("$source");
        var caseSensitive = command.AddParameter("$cs");
        await command.PrepareAsync(cancellationToken);
        int added = 0, updated = 0;
        foreach (var term in vocabulary.Terms)
        {
            if (existing.TryGetValue(term.Key, out var old))
            {
                if (old.Name == term.Name && old.Source == term.Source && old.CaseSensitive == term.CaseSensitive)
                {
                    continue;
                }

                updated++;
            }
            else
            {
                added++;
            }

            name.Value = term.Name;
            key.Value = term.Key;
            source.Value = (int)term.Source;
            caseSensitive.Value = term.CaseSensitive;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var ids = await TermIdsAsync(db, cancellationToken);
        var keptAliases = existingAliases.Keys.ToHashSet(StringComparer.Ordinal);
        keptAliases.ExceptWith(existingAliases.Values.Where(a => staleAliases.Contains(a.Id) || removed.Contains(a.TermId)).Select(a => a.Key));
        command.Parameters.Clear();
        command.CommandText = "INSERT INTO \"SkillAliases\" (\"TermId\", \"Alias\", \"Key\") VALUES ($term, $alias, $key)";
        var termId = command.AddParameter("$term");
        var alias = command.AddParameter("$alias");
        var aliasKey = command.AddParameter("$key");
        await command.PrepareAsync(cancellationToken);
        foreach (var (term, spelling) in wantedAliases.Values)
        {
            if (keptAliases.Contains(spelling.Key))
            {
                continue;
            }

            termId.Value = ids[term.Key];
            alias.Value = spelling.Text;
            aliasKey.Value = spelling.Key;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return new VocabularyUpdate(vocabulary.Terms.Count, wantedAliases.Count, added, updated, removed.Count);
    }

    private static async Task<LinkResult> LinkNodesAsync(
        JobSkillsDbContext db,
        SkillMatcher matcher,
        Dictionary<string, int> termIds,
        IReadOnlyList<OutlineNode> nodes,
        int? deleteFor,
        CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        if (deleteFor is { } documentId)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""DELETE FROM "TermOccurrences" WHERE "OutlineNodeId" IN (SELECT "Id" FROM "OutlineNodes" WHERE "DocumentId" = {documentId})""",
                cancellationToken);
        }

        var count = await InsertOccurrencesAsync(db, matcher, termIds, nodes.Select(n => new Owner(n.PlainText, n.Id, null, null)), cancellationToken);
        return new LinkResult(nodes.Count, count, stopwatch.Elapsed);
    }

    /// <summary>
    /// Links the lines of these postings (all postings when null), after deleting their occurrences: the
    /// session's terms, and each posting's own terms, which are stored first.
    /// </summary>
    private static async Task<LinkResult> LinkPostingLinesAsync(
        JobSkillsDbContext db,
        PostingLinkSession session,
        IReadOnlyCollection<int>? postingIds,
        CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var ids = postingIds?.ToList();
        var occurrences = db.TermOccurrences.Where(o => o.PostingId != null);
        await (ids is null ? occurrences : occurrences.Where(o => ids.Contains(o.PostingId!.Value))).ExecuteDeleteAsync(cancellationToken);

        var lines = db.PostingLines.AsNoTracking();
        if (ids is not null)
        {
            lines = lines.Where(l => ids.Contains(l.Section!.PostingId));
        }

        var rows = await lines
            .OrderBy(l => l.Section!.PostingId).ThenBy(l => l.Section!.Ordinal).ThenBy(l => l.Ordinal)
            .Select(l => new { l.Id, l.Text, l.Section!.PostingId, l.Section.Kind })
            .ToListAsync(cancellationToken);

        await using var writer = await OccurrenceWriter.CreateAsync(db, cancellationToken);
        foreach (var posting in rows.GroupBy(r => r.PostingId))
        {
            var postingLines = posting.ToList();
            var skills = PostingSkills.Find(postingLines.Select(l => new PostingText(l.Kind, l.Text)).ToList(), session.Matchers);
            if (skills.NewTerms.Count > 0)
            {
                await StorePostingTermsAsync(db, skills.NewTerms, session.TermIds, cancellationToken);
                session.Learn(skills.NewTerms);
            }

            for (var i = 0; i < postingLines.Count; i++)
            {
                foreach (var match in skills.Lines[i])
                {
                    await writer.AddAsync(session.TermIds[match.Term.Key], null, postingLines[i].Id, posting.Key, match, cancellationToken);
                }
            }
        }

        return new LinkResult(rows.Count, writer.Count, stopwatch.Elapsed);
    }

    /// <summary>Stores a posting's own terms (a key already stored keeps its term) and records their ids.</summary>
    private static async Task StorePostingTermsAsync(JobSkillsDbContext db, IReadOnlyList<VocabularyTerm> terms, Dictionary<string, int> termIds, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand("""
            INSERT INTO "SkillTerms" ("Name", "Key", "Source", "CaseSensitive") VALUES ($name, $key, $source, $cs)
            ON CONFLICT ("Key") DO UPDATE SET "Key" = excluded."Key"
            RETURNING "Id"
            """);
        var name = command.AddParameter("$name");
        var key = command.AddParameter("$key");
        command.AddParameter("$source", (int)TermSource.Posting);
        var caseSensitive = command.AddParameter("$cs");
        await using var alias = db.CreateCommand("""
            INSERT INTO "SkillAliases" ("TermId", "Alias", "Key") VALUES ($term, $alias, $key) ON CONFLICT ("Key") DO NOTHING
            """);
        var aliasTerm = alias.AddParameter("$term");
        var aliasText = alias.AddParameter("$alias");
        var aliasKey = alias.AddParameter("$key");
        foreach (var term in terms)
        {
            name.Value = term.Name;
            key.Value = term.Key;
            caseSensitive.Value = term.CaseSensitive;
            var id = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            termIds[term.Key] = id;
            foreach (var spelling in term.Aliases)
            {
                aliasTerm.Value = id;
                aliasText.Value = spelling.Text;
                aliasKey.Value = spelling.Key;
                await alias.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    /// <summary>Posting terms that no posting line uses any more go (their aliases with them).</summary>
    private static Task DropUnusedPostingTermsAsync(JobSkillsDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"""DELETE FROM "SkillTerms" WHERE "Source" = {(int)TermSource.Posting} AND NOT EXISTS (SELECT 1 FROM "TermOccurrences" o WHERE o."TermId" = "SkillTerms"."Id")""",
            cancellationToken);

    /// <summary>Matches each owner's text and inserts its occurrences with one prepared command; returns how many.</summary>
    private static async Task<int> InsertOccurrencesAsync(
        JobSkillsDbContext db,
        SkillMatcher matcher,
        Dictionary<string, int> termIds,
        IEnumerable<Owner> owners,
        CancellationToken cancellationToken)
    {
        await using var writer = await OccurrenceWriter.CreateAsync(db, cancellationToken);
        var matches = new List<SkillMatch>();
        foreach (var owner in owners)
        {
            matches.Clear();
            matcher.Match(owner.Text, matches);
            foreach (var match in matches)
            {
                await writer.AddAsync(termIds[match.Term.Key], owner.NodeId, owner.LineId, owner.PostingId, match, cancellationToken);
            }
        }

        return writer.Count;
    }

    /// <summary>Inserts occurrences with one prepared command on the context's connection.</summary>
    private sealed class OccurrenceWriter : IAsyncDisposable
    {
        private readonly DbCommand command;
        private readonly DbParameter term;
        private readonly DbParameter node;
        private readonly DbParameter line;
        private readonly DbParameter posting;
        private readonly DbParameter start;
        private readonly DbParameter length;

        private OccurrenceWriter(DbCommand command)
        {
            this.command = command;
            term = command.AddParameter("$term");
            node = command.AddParameter("$node");
            line = command.AddParameter("$line");
            posting = command.AddParameter("$posting");
            start = command.AddParameter("$start");
            length = command.AddParameter("$length");
        }

        public int Count { get; private set; }

        public static async Task<OccurrenceWriter> CreateAsync(JobSkillsDbContext db, CancellationToken cancellationToken)
        {
            var writer = new OccurrenceWriter(db.CreateCommand("""
                INSERT INTO "TermOccurrences" ("TermId", "OutlineNodeId", "PostingLineId", "PostingId", "Start", "Length")
                VALUES ($term, $node, $line, $posting, $start, $length)
                """));
            await writer.command.PrepareAsync(cancellationToken);
            return writer;
        }

        public async Task AddAsync(int termId, int? nodeId, int? lineId, int? postingId, SkillMatch match, CancellationToken cancellationToken)
        {
            term.Value = termId;
            node.Value = (object?)nodeId ?? DBNull.Value;
            line.Value = (object?)lineId ?? DBNull.Value;
            posting.Value = (object?)postingId ?? DBNull.Value;
            start.Value = match.Start;
            length.Value = match.Length;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Count++;
        }

        public ValueTask DisposeAsync() => command.DisposeAsync();
    }

    private static async Task ExecuteForEachAsync(DbCommand command, string sql, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        command.Parameters.Clear();
        command.CommandText = sql;
        var id = command.AddParameter("$id");
        await command.PrepareAsync(cancellationToken);
        foreach (var value in ids)
        {
            id.Value = value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Text that occurrences point into: an outline node, or a posting line of a posting.</summary>
    private sealed record Owner(string Text, int? NodeId, int? LineId, int? PostingId);
}
