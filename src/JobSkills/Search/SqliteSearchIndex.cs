using System.Data.Common;
using System.Text;
using System.Text.Json;
using JobSkills.Data;
using JobSkills.Outline;
using JobSkills.Postings;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Search;

/// <summary>
/// SQLite FTS5: "PostingSearch" has a row per posting with a column per section kind;
/// "OutlineSearch" a row per outline node. Ranking is bm25.
/// </summary>
public sealed class SqliteSearchIndex : ISearchIndex
{
    // Columns 0-2 are title, company, location; then one per SectionKind, in enum order.
    private const int FirstKindColumn = 3;
    private static readonly SectionKind[] Kinds = Enum.GetValues<SectionKind>();
    private static readonly string[] KindColumns = ["other", "about", "responsibilities", "required", "preferred", "benefits", "pay", "legal"];

    // bm25 weights: title, company, location, then other, about, responsibilities, required, preferred,
    // benefits, pay, legal. A word in the title or the requirements says more than one in the legal text.
    private const string PostingRank = "bm25(\"PostingSearch\", 10.0, 4.0, 2.0, 1.0, 0.5, 2.0, 3.0, 2.0, 0.3, 0.3, 0.1)";

    // One column per kind: bm25 weighted 1 on that kind's column and 0 on the others is below zero
    // exactly when a word or phrase of the query occurs in the column (FTS5 keeps every IDF above
    // zero). These are the columns a snippet would highlight, found from the index alone; a snippet
    // re-reads and re-tokenizes the column's text, which for a thousand postings takes tens of ms.
    private static readonly string KindFlags = string.Join(", ", Kinds.Select(kind =>
        $"bm25(\"PostingSearch\", {string.Join(", ", Enumerable.Range(0, FirstKindColumn + Kinds.Length).Select(c => c == FirstKindColumn + (int)kind ? "1" : "0"))}) < 0"));

    // Up to this many ids, a rowid filter looks each one up; beyond, it scans the matches (see RowidIn).
    private const int MaxRowidLookups = 50;

    /// <summary>The "PostingSearch" column that holds a posting's sections of this kind.</summary>
    public static string KindColumn(SectionKind kind) => KindColumns[(int)kind];

    public async Task IndexOutlineNodesAsync(JobSkillsDbContext db, int documentId, IEnumerable<OutlineNode> nodes, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand("""
            INSERT OR REPLACE INTO "OutlineSearch" (rowid, text, document_id) VALUES ($id, $text, $document)
            """);
        var id = command.AddParameter("$id");
        var text = command.AddParameter("$text");
        command.AddParameter("$document", documentId);
        await command.PrepareAsync(cancellationToken);
        foreach (var node in nodes)
        {
            if (node.PlainText.Length == 0)
            {
                continue;
            }

            id.Value = node.Id;
            text.Value = node.PlainText;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task RemoveOutlineNodesAsync(JobSkillsDbContext db, IEnumerable<int> nodeIds, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand("""DELETE FROM "OutlineSearch" WHERE rowid IN (SELECT value FROM json_each($ids))""");
        command.AddParameter("$ids", JsonSerializer.Serialize(nodeIds));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task IndexPostingAsync(JobSkillsDbContext db, Posting posting, CancellationToken cancellationToken = default)
    {
        await RemovePostingAsync(db, posting.Id, cancellationToken);
        await using var command = db.CreateCommand($"""
            INSERT INTO "PostingSearch" (rowid, title, company, location, {string.Join(", ", KindColumns)})
            VALUES ($id, $title, $company, $location, {string.Join(", ", KindColumns.Select(c => "$" + c))})
            """);
        command.AddParameter("$id", posting.Id);
        command.AddParameter("$title", posting.Title);
        command.AddParameter("$company", posting.Company?.Name ?? "");
        command.AddParameter("$location", posting.Location);
        foreach (var kind in Kinds)
        {
            var text = new StringBuilder();
            foreach (var section in posting.Sections.Where(s => s.Kind == kind).OrderBy(s => s.Ordinal))
            {
                if (section.Heading.Length > 0)
                {
                    text.Append(section.Heading).Append('\n');
                }

                foreach (var line in section.Lines.OrderBy(l => l.Ordinal))
                {
                    text.Append(line.Text).Append('\n');
                }
            }

            command.AddParameter("$" + KindColumns[(int)kind], text.ToString());
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RemovePostingAsync(JobSkillsDbContext db, int postingId, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand("""DELETE FROM "PostingSearch" WHERE rowid = $posting""");
        command.AddParameter("$posting", postingId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PostingHit>> SearchPostingsAsync(
        JobSkillsDbContext db,
        SearchQuery query,
        IReadOnlyCollection<int>? postingIds,
        SectionKind? kind,
        int limit,
        CancellationToken cancellationToken = default)
    {
        if (query.IsEmpty || postingIds is { Count: 0 })
        {
            return [];
        }

        var sql = new StringBuilder($"""
            SELECT rowid, {PostingRank} AS rank FROM "PostingSearch" WHERE "PostingSearch" MATCH $match
            """);
        if (postingIds is not null)
        {
            sql.Append(" AND ").Append(RowidIn(postingIds));
        }

        sql.Append(" ORDER BY rank LIMIT $limit");
        var columns = kind is null ? null : KindColumns[(int)kind];
        return await QueryWithFallbackAsync(db, query, columns, sql.ToString(), command =>
        {
            if (postingIds is not null)
            {
                command.AddParameter("$postings", JsonSerializer.Serialize(postingIds));
            }

            command.AddParameter("$limit", limit);
        }, reader => new PostingHit(reader.GetInt32(0), reader.GetDouble(1)), cancellationToken);
    }

    public async Task<IReadOnlyList<KindSnippet>> SnippetsAsync(JobSkillsDbContext db, SearchQuery query, IReadOnlyCollection<int> postingIds, CancellationToken cancellationToken = default)
    {
        // Highlight every word and phrase the user looked for, whatever the operators between them.
        var highlight = query.Positive();
        if (highlight.IsEmpty || postingIds.Count == 0)
        {
            return [];
        }

        var snippets = string.Join(", ", Kinds.Select(k => $"snippet(\"PostingSearch\", {FirstKindColumn + (int)k}, char(2), char(3), '…', 20)"));
        var sql = $"""
            SELECT rowid, {snippets} FROM "PostingSearch"
            WHERE "PostingSearch" MATCH $match AND {RowidIn(postingIds)}
            """;
        var rows = await QueryWithFallbackAsync(db, highlight, null, sql, command =>
            command.AddParameter("$postings", JsonSerializer.Serialize(postingIds)),
            reader => Kinds
                .Select(k => new KindSnippet(reader.GetInt32(0), k, reader.GetString(1 + (int)k)))
                .Where(s => s.Snippet.Contains(Highlight.Start, StringComparison.Ordinal))
                .ToList(),
            cancellationToken);
        return rows.SelectMany(r => r).ToList();
    }

    public async Task<IReadOnlyList<KindCount>> CountKindsAsync(JobSkillsDbContext db, SearchQuery query, IReadOnlyCollection<int> postingIds, CancellationToken cancellationToken = default)
    {
        var highlight = query.Positive();
        if (highlight.IsEmpty || postingIds.Count == 0)
        {
            return [];
        }

        var sql = $"""
            SELECT {KindFlags} FROM "PostingSearch"
            WHERE "PostingSearch" MATCH $match AND {RowidIn(postingIds)}
            """;
        var rows = await QueryWithFallbackAsync(db, highlight, null, sql, command =>
            command.AddParameter("$postings", JsonSerializer.Serialize(postingIds)),
            reader => Kinds.Where(k => reader.GetBoolean((int)k)).ToList(),
            cancellationToken);
        return rows.SelectMany(kinds => kinds)
            .GroupBy(kind => kind)
            .OrderBy(g => g.Key)
            .Select(g => new KindCount(g.Key, g.Count()))
            .ToList();
    }

    public async Task<IReadOnlyList<OutlineHit>> SearchOutlineAsync(JobSkillsDbContext db, SearchQuery query, int documentId, int limit, CancellationToken cancellationToken = default)
    {
        if (query.IsEmpty)
        {
            return [];
        }

        const string Sql = """
            SELECT rowid, bm25("OutlineSearch") AS rank, highlight("OutlineSearch", 0, char(2), char(3))
            FROM "OutlineSearch"
            WHERE "OutlineSearch" MATCH $match AND document_id = $document
            ORDER BY rank LIMIT $limit
            """;
        return await QueryWithFallbackAsync(db, query, "text", Sql, command =>
        {
            command.AddParameter("$document", documentId);
            command.AddParameter("$limit", limit);
        }, reader => new OutlineHit(reader.GetInt32(0), reader.GetDouble(1), reader.GetString(2)), cancellationToken);
    }

    /// <summary>
    /// FTS5 syntax for a parsed query: every word and phrase quoted, so no user text is ever read
    /// as syntax; with a column, the whole expression is limited to it ("{required} : (...)").
    /// </summary>
    public static string ToMatchExpression(SearchQuery query, string? column = null)
    {
        var match = new StringBuilder();
        foreach (var token in query.Tokens)
        {
            if (match.Length > 0 && token.Kind != SearchTokenKind.Close && match[^1] != '(')
            {
                match.Append(' ');
            }

            match.Append(token.Kind switch
            {
                SearchTokenKind.Word or SearchTokenKind.Phrase => Quote(token.Text) + (token.IsPrefix ? " *" : ""),
                SearchTokenKind.Operator => token.Operator.ToString().ToUpperInvariant(),
                SearchTokenKind.Open => "(",
                _ => ")",
            });
        }

        return column is null ? match.ToString() : $"{{{column}}} : ({match})";
    }

    /// <summary>
    /// Keeps the rows whose rowid is in the JSON array $postings. Given "rowid IN (...)", FTS5 runs
    /// the match once per id, which is quick for a page of ids but slow for hundreds (about 30 ms
    /// per thousand on 10,000 postings); "+rowid" hides the rowid from FTS5, so SQLite runs the
    /// match once and checks each row against the list instead.
    /// </summary>
    private static string RowidIn(IReadOnlyCollection<int> postingIds) =>
        (postingIds.Count <= MaxRowidLookups ? "rowid" : "+rowid") + " IN (SELECT value FROM json_each($postings))";

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Runs the query; if FTS5 still rejects it, runs it again as a literal search instead of failing.</summary>
    private static async Task<IReadOnlyList<T>> QueryWithFallbackAsync<T>(
        JobSkillsDbContext db,
        SearchQuery query,
        string? column,
        string sql,
        Action<DbCommand> bind,
        Func<DbDataReader, T> read,
        CancellationToken cancellationToken)
    {
        try
        {
            return await QueryAsync(db, ToMatchExpression(query, column), sql, bind, read, cancellationToken);
        }
        catch (SqliteException e) when (!query.IsLiteral && e.SqliteErrorCode == 1)
        {
            var literal = SearchQuery.Literal(query.Input);
            return literal.IsEmpty ? [] : await QueryAsync(db, ToMatchExpression(literal, column), sql, bind, read, cancellationToken);
        }
    }

    private static async Task<IReadOnlyList<T>> QueryAsync<T>(
        JobSkillsDbContext db,
        string match,
        string sql,
        Action<DbCommand> bind,
        Func<DbDataReader, T> read,
        CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.CreateCommand(sql);
            command.AddParameter("$match", match);
            bind(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
