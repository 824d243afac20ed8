using System.Data.Common;
using System.Diagnostics;
using JobSkills.Data;
using JobSkills.Outline;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Skills;

/// <summary>A loaded vocabulary and its term ids, for linking a batch of postings.</summary>
public sealed class PostingLinkSession
{
    internal PostingLinkSession(SkillMatcher matcher, Dictionary<string, int> termIds)
    {
        Matcher = matcher;
        TermIds = termIds;
    }

    public SkillMatcher Matcher { get; }

    internal Dictionary<string, int> TermIds { get; }
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
/// index the line's text and carry the posting's id.
/// </remarks>
public sealed class SkillLinker(IDbContextFactory<JobSkillsDbContext> contextFactory)
{
    /// <summary>
    /// Builds the vocabulary from this outline document and the curated list, stores it (upsert by
    /// key; terms no longer in it are removed), links every node of the document, and re-links every
    /// posting, since a changed vocabulary changes what postings contain.
    /// </summary>
    public async Task<OutlineLinkResult> RelinkOutlineAsync(int documentId, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var document = await db.OutlineDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken)
            ?? throw new InvalidOperationException($"outline document {documentId} does not exist");
        var nodes = await db.OutlineNodes.AsNoTracking().Where(n => n.DocumentId == documentId).ToListAsync(cancellationToken);
        var tree = new OutlineTree(document, nodes);

        var vocabularyStopwatch = Stopwatch.StartNew();
        var vocabulary = SkillVocabulary.Build(tree);
        var vocabularyElapsed = vocabularyStopwatch.Elapsed;

        var update = await StoreVocabularyAsync(db, vocabulary, cancellationToken);
        var ids = await TermIdsAsync(db, cancellationToken);
        var matcher = new SkillMatcher(vocabulary);

        var outline = await LinkNodesAsync(db, matcher, ids, nodes, deleteFor: documentId, cancellationToken);
        var postings = await LinkPostingLinesAsync(db, matcher, ids, postingIds: null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new OutlineLinkResult(update, outline, postings, vocabularyElapsed, stopwatch.Elapsed);
    }

    /// <summary>Re-links one posting with the stored vocabulary (after the posting was imported or changed).</summary>
    public Task<LinkResult> RelinkPostingAsync(int postingId, CancellationToken cancellationToken = default) =>
        RelinkPostingsAsync([postingId], cancellationToken);

    /// <summary>Re-links these postings with the stored vocabulary, in one transaction.</summary>
    public async Task<LinkResult> RelinkPostingsAsync(IReadOnlyCollection<int> postingIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var vocabulary = await StoredOrCuratedAsync(db, cancellationToken);
        var result = await LinkPostingLinesAsync(db, new SkillMatcher(vocabulary), await TermIdsAsync(db, cancellationToken), postingIds, cancellationToken);
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
        var vocabulary = await StoredOrCuratedAsync(db, cancellationToken);
        var ids = nodeIds.ToList();
        var nodes = await db.OutlineNodes.AsNoTracking().Where(n => ids.Contains(n.Id)).ToListAsync(cancellationToken);
        await db.TermOccurrences.Where(o => o.OutlineNodeId != null && ids.Contains(o.OutlineNodeId.Value)).ExecuteDeleteAsync(cancellationToken);
        var result = await LinkNodesAsync(db, new SkillMatcher(vocabulary), await TermIdsAsync(db, cancellationToken), nodes, deleteFor: null, cancellationToken);
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
        var vocabulary = await StoredOrCuratedAsync(db, cancellationToken);
        var ids = await TermIdsAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PostingLinkSession(new SkillMatcher(vocabulary), ids);
    }

    /// <summary>Links one posting's lines in the caller's transaction (which <paramref name="db"/> holds).</summary>
    internal static Task<LinkResult> LinkPostingAsync(JobSkillsDbContext db, PostingLinkSession session, int postingId, CancellationToken cancellationToken) =>
        LinkPostingLinesAsync(db, session.Matcher, session.TermIds, [postingId], cancellationToken);

    /// <summary>The vocabulary as stored (terms with aliases).</summary>
    public async Task<SkillVocabulary> LoadVocabularyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await LoadAsync(db, cancellationToken);
    }

    private static async Task<SkillVocabulary> LoadAsync(JobSkillsDbContext db, CancellationToken cancellationToken) =>
        SkillVocabulary.FromStored(await db.SkillTerms.AsNoTracking().Include(t => t.Aliases).ToListAsync(cancellationToken));

    /// <summary>The stored vocabulary; before any outline was linked, the curated list, which is then stored.</summary>
    private static async Task<SkillVocabulary> StoredOrCuratedAsync(JobSkillsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.SkillTerms.AnyAsync(cancellationToken))
        {
            return await LoadAsync(db, cancellationToken);
        }

        var curated = SkillVocabulary.FromCurated(CuratedList.Default);
        await StoreVocabularyAsync(db, curated, cancellationToken);
        return curated;
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

    /// <summary>Links the lines of these postings (all postings when null), after deleting their occurrences.</summary>
    private static async Task<LinkResult> LinkPostingLinesAsync(
        JobSkillsDbContext db,
        SkillMatcher matcher,
        Dictionary<string, int> termIds,
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

        var rows = await lines.Select(l => new Owner(l.Text, null, l.Id, l.Section!.PostingId)).ToListAsync(cancellationToken);
        var count = await InsertOccurrencesAsync(db, matcher, termIds, rows, cancellationToken);
        return new LinkResult(rows.Count, count, stopwatch.Elapsed);
    }

    /// <summary>Matches each owner's text and inserts its occurrences with one prepared command; returns how many.</summary>
    private static async Task<int> InsertOccurrencesAsync(
        JobSkillsDbContext db,
        SkillMatcher matcher,
        Dictionary<string, int> termIds,
        IEnumerable<Owner> owners,
        CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand("""
            INSERT INTO "TermOccurrences" ("TermId", "OutlineNodeId", "PostingLineId", "PostingId", "Start", "Length")
            VALUES ($term, $node, $line, $posting, $start, $length)
            """);
        var term = command.AddParameter("$term");
        var node = command.AddParameter("$node");
        var line = command.AddParameter("$line");
        var posting = command.AddParameter("$posting");
        var start = command.AddParameter("$start");
        var length = command.AddParameter("$length");
        await command.PrepareAsync(cancellationToken);

        var matches = new List<SkillMatch>();
        var count = 0;
        foreach (var owner in owners)
        {
            matches.Clear();
            matcher.Match(owner.Text, matches);
            node.Value = (object?)owner.NodeId ?? DBNull.Value;
            line.Value = (object?)owner.LineId ?? DBNull.Value;
            posting.Value = (object?)owner.PostingId ?? DBNull.Value;
            foreach (var match in matches)
            {
                term.Value = termIds[match.Term.Key];
                start.Value = match.Start;
                length.Value = match.Length;
                await command.ExecuteNonQueryAsync(cancellationToken);
                count++;
            }
        }

        return count;
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
