using JobSkills.Data;
using JobSkills.Postings;
using JobSkills.Skills;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Search;

public sealed record PostingSearchRequest
{
    public string Query { get; init; } = "";

    /// <summary>Company name (case-insensitive).</summary>
    public string? Company { get; init; }

    /// <summary>Role title (case-insensitive).</summary>
    public string? Role { get; init; }

    public SectionKind? Kind { get; init; }

    /// <summary>A skill term or one of its aliases: only postings where it occurs.</summary>
    public string? Skill { get; init; }

    public int Limit { get; init; } = 20;
}

public sealed record SearchSnippet(int SectionId, string Heading, SectionKind Kind, string Text);

/// <summary>
/// A matching posting. Score is bm25, negated so that higher is better; its scale depends on the
/// collection (on a handful of postings, words most of them contain score near zero). Relevance
/// is the score relative to the best result of the same search: 1 for the best, down towards 0.
/// </summary>
public sealed record PostingSearchResult(int PostingId, string Title, string Company, string Location, double Score, double Relevance, IReadOnlyList<SearchSnippet> Snippets);

public sealed record Facet(string Value, int Count);

public sealed record PostingSearchPage(
    string Query,
    bool IsLiteral,
    int Total,
    IReadOnlyList<PostingSearchResult> Results,
    IReadOnlyList<Facet> Companies,
    IReadOnlyList<Facet> Kinds);

/// <summary>Ranked keyword search over postings, with highlighted snippets, filters and facets.</summary>
public sealed class PostingSearch(IDbContextFactory<JobSkillsDbContext> contextFactory, ISearchIndex searchIndex)
{
    private const int SnippetsPerPosting = 2;

    // Beyond this many matches the ranking and the facets stop counting; a page shows far fewer.
    private const int MaxMatches = 1000;

    // Which sections' snippets best show why a posting matched.
    private static readonly SectionKind[] SnippetOrder =
    [
        SectionKind.Required, SectionKind.Preferred, SectionKind.Responsibilities, SectionKind.Other,
        SectionKind.About, SectionKind.Pay, SectionKind.Benefits, SectionKind.Legal,
    ];

    public async Task<PostingSearchPage> SearchAsync(PostingSearchRequest request, CancellationToken cancellationToken = default)
    {
        var query = SearchQuery.Parse(request.Query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var candidates = await CandidatePostingsAsync(db, request, cancellationToken);
        var hits = await searchIndex.SearchPostingsAsync(db, query, candidates, request.Kind, MaxMatches, cancellationToken);

        var page = hits.Take(request.Limit).ToList();
        var pageIds = page.Select(h => h.PostingId).ToList();
        var postings = await db.Postings.AsNoTracking()
            .Where(p => pageIds.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.Title,
                Company = p.Company != null ? p.Company.Name : "",
                p.Location,
                Sections = p.Sections.Select(s => new { s.Id, s.Kind, s.Heading, s.Ordinal, Lines = s.Lines.Select(l => l.Text).ToList() }).ToList(),
            })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var snippets = (await searchIndex.SnippetsAsync(db, query, pageIds, cancellationToken))
            .Where(s => request.Kind is null || s.Kind == request.Kind)
            .ToLookup(s => s.PostingId);

        var bestRank = hits.Count > 0 ? hits[0].Rank : 0;
        var results = page
            .Where(h => postings.ContainsKey(h.PostingId))
            .Select(h =>
            {
                var posting = postings[h.PostingId];
                var shown = snippets[h.PostingId]
                    .OrderBy(s => Array.IndexOf(SnippetOrder, s.Kind))
                    .Take(SnippetsPerPosting)
                    .Select(s =>
                    {
                        // A snippet covers all sections of its kind: name the one it comes from.
                        var sections = posting.Sections.Where(x => x.Kind == s.Kind).OrderBy(x => x.Ordinal).ToList();
                        var fragment = HighlightedLine(s.Snippet);
                        var section = sections.FirstOrDefault(x => x.Heading.Contains(fragment, StringComparison.Ordinal) || x.Lines.Any(l => l.Contains(fragment, StringComparison.Ordinal)))
                            ?? sections.FirstOrDefault();
                        return new SearchSnippet(section?.Id ?? 0, section?.Heading ?? "", s.Kind, s.Snippet.Trim());
                    })
                    .ToList();
                var relevance = bestRank < 0 ? Math.Round(h.Rank / bestRank, 4) : 1;
                return new PostingSearchResult(h.PostingId, posting.Title, posting.Company, posting.Location, -h.Rank, relevance, shown);
            })
            .ToList();

        var allIds = hits.Select(h => h.PostingId).ToList();
        var companies = await db.Postings.AsNoTracking()
            .Where(p => allIds.Contains(p.Id) && p.Company != null)
            .GroupBy(p => p.Company!.Name)
            .Select(g => new Facet(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        var kinds = (await searchIndex.SnippetsAsync(db, query, allIds, cancellationToken))
            .Where(s => request.Kind is null || s.Kind == request.Kind)
            .GroupBy(s => s.Kind)
            .Select(g => new Facet(g.Key.ToString(), g.Count()))
            .ToList();

        return new PostingSearchPage(
            request.Query,
            query.IsLiteral,
            hits.Count,
            results,
            companies.OrderByDescending(f => f.Count).ThenBy(f => f.Value).ToList(),
            kinds.OrderByDescending(f => f.Count).ThenBy(f => f.Value).ToList());
    }

    /// <summary>The line of a snippet that holds the first highlight, without markers or ellipses.</summary>
    private static string HighlightedLine(string snippet)
    {
        var at = snippet.IndexOf(Highlight.Start, StringComparison.Ordinal);
        var lineStart = snippet.LastIndexOf('\n', Math.Max(0, at)) + 1;
        var lineEnd = snippet.IndexOf('\n', at);
        var line = snippet[lineStart..(lineEnd < 0 ? snippet.Length : lineEnd)];
        return Highlight.Strip(line).Trim('…', ' ');
    }

    /// <summary>The postings allowed by the company, role and skill filters, or null when none is set.</summary>
    private static async Task<IReadOnlyCollection<int>?> CandidatePostingsAsync(JobSkillsDbContext db, PostingSearchRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Company) && string.IsNullOrWhiteSpace(request.Role) && string.IsNullOrWhiteSpace(request.Skill))
        {
            return null;
        }

        var postings = db.Postings.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Company))
        {
            var company = request.Company.Trim().ToLowerInvariant();
            postings = postings.Where(p => p.Company != null && p.Company.Name.ToLower() == company);
        }

        if (!string.IsNullOrWhiteSpace(request.Role))
        {
            var role = request.Role.Trim().ToLowerInvariant();
            postings = postings.Where(p => p.Role != null && p.Role.Title.ToLower() == role);
        }

        if (!string.IsNullOrWhiteSpace(request.Skill))
        {
            // A term's key is either its exact spelling (for names like "Go") or its folded form.
            string[] keys = [TermText.KeyOf(request.Skill, caseSensitive: true), TermText.KeyOf(request.Skill, caseSensitive: false)];
            var termIds = db.SkillTerms.Where(t => keys.Contains(t.Key)).Select(t => t.Id)
                .Union(db.SkillAliases.Where(a => keys.Contains(a.Key)).Select(a => a.TermId));
            postings = postings.Where(p => db.TermOccurrences.Any(o => o.PostingId == p.Id && termIds.Contains(o.TermId)));
        }

        return await postings.Select(p => p.Id).ToListAsync(cancellationToken);
    }
}
