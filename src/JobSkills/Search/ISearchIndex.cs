using JobSkills.Data;
using JobSkills.Outline;
using JobSkills.Postings;

namespace JobSkills.Search;

/// <summary>A posting that matched, with its rank (lower is better).</summary>
public sealed record PostingHit(int PostingId, double Rank);

/// <summary>A highlighted fragment of a posting's sections of one kind.</summary>
public sealed record KindSnippet(int PostingId, SectionKind Kind, string Snippet);

/// <summary>How many postings hold the query's words in sections of one kind.</summary>
public sealed record KindCount(SectionKind Kind, int Postings);

/// <summary>An outline node that matched, with its rank (lower is better) and highlighted text.</summary>
public sealed record OutlineHit(int NodeId, double Rank, string Snippet);

/// <summary>
/// The full-text index: the one place that knows the database's full-text dialect (SQLite FTS5
/// today). Writes join the caller's transaction, so an import or edit and its index entries
/// commit or roll back together. Highlights in snippets are wrapped in
/// <see cref="Highlight.Start"/> and <see cref="Highlight.End"/>.
/// </summary>
public interface ISearchIndex
{
    Task IndexOutlineNodesAsync(JobSkillsDbContext db, int documentId, IEnumerable<OutlineNode> nodes, CancellationToken cancellationToken = default);

    Task RemoveOutlineNodesAsync(JobSkillsDbContext db, IEnumerable<int> nodeIds, CancellationToken cancellationToken = default);

    /// <summary>Indexes a posting whose sections, lines and company are loaded.</summary>
    Task IndexPostingAsync(JobSkillsDbContext db, Posting posting, CancellationToken cancellationToken = default);

    Task RemovePostingAsync(JobSkillsDbContext db, int postingId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Matching postings, best first. The query applies to the whole posting (title, company,
    /// location and every section); with <paramref name="kind"/>, to its sections of that kind only.
    /// <paramref name="postingIds"/> narrows the search when given.
    /// </summary>
    Task<IReadOnlyList<PostingHit>> SearchPostingsAsync(
        JobSkillsDbContext db,
        SearchQuery query,
        IReadOnlyCollection<int>? postingIds,
        SectionKind? kind,
        int limit,
        CancellationToken cancellationToken = default);

    /// <summary>For each given posting, a highlighted fragment of every section kind in which the query's words occur.</summary>
    Task<IReadOnlyList<KindSnippet>> SnippetsAsync(JobSkillsDbContext db, SearchQuery query, IReadOnlyCollection<int> postingIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// For each section kind, how many of the given postings hold one of the query's words or
    /// phrases in sections of that kind: the kinds <see cref="SnippetsAsync"/> would highlight,
    /// counted without making the snippets. Kinds with no posting are left out.
    /// </summary>
    async Task<IReadOnlyList<KindCount>> CountKindsAsync(JobSkillsDbContext db, SearchQuery query, IReadOnlyCollection<int> postingIds, CancellationToken cancellationToken = default) =>
        CountKinds(await SnippetsAsync(db, query, postingIds, cancellationToken));

    /// <summary>The kind counts of snippets already made: postings per kind.</summary>
    static IReadOnlyList<KindCount> CountKinds(IEnumerable<KindSnippet> snippets) => snippets
        .GroupBy(s => s.Kind)
        .OrderBy(g => g.Key)
        .Select(g => new KindCount(g.Key, g.Select(s => s.PostingId).Distinct().Count()))
        .ToList();

    Task<IReadOnlyList<OutlineHit>> SearchOutlineAsync(JobSkillsDbContext db, SearchQuery query, int documentId, int limit, CancellationToken cancellationToken = default);
}

/// <summary>The markers around highlighted matches. Control characters never occur in imported text, so front ends can escape the text first and then turn these into markup.</summary>
public static class Highlight
{
    public const char Start = '\u0002';
    public const char End = '\u0003';

    /// <summary>The text with highlights as [brackets], for terminals and plain output.</summary>
    public static string ToBrackets(string text) => text.Replace(Start, '[').Replace(End, ']');

    public static string Strip(string text) => text.Replace(Start.ToString(), "", StringComparison.Ordinal).Replace(End.ToString(), "", StringComparison.Ordinal);
}
