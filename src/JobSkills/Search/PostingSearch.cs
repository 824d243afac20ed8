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

    /// <summary>Beyond this many matches the ranking, the total and the facets stop counting; a page shows far fewer.</summary>
    public const int MaxMatches = 1000;

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

        // One connection for the whole search: each query would otherwise open and close it again.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var candidates = await CandidatePostingsAsync(db, request, cancellationToken);
        var hits = await searchIndex.SearchPostingsAsync(db, query, candidates, request.Kind, MaxMatches, cancellationToken);

        var page = hits.Take(request.Limit).ToList();
        var pageIds = page.Select(h => h.PostingId).ToList();
        var postings = await db.Postings.AsNoTracking()
            .Where(p => pageIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Title, Company = p.Company != null ? p.Company.Name : null, p.Location })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var pageSnippets = await searchIndex.SnippetsAsync(db, query, pageIds, cancellationToken);
        var snippets = pageSnippets
            .Where(s => request.Kind is null || s.Kind == request.Kind)
            .ToLookup(s => s.PostingId);
        var shown = page.ToDictionary(
            h => h.PostingId,
            h => snippets[h.PostingId].OrderBy(s => Array.IndexOf(SnippetOrder, s.Kind)).Take(SnippetsPerPosting).ToList());
        var sections = await PageSectionsAsync(db, pageIds, shown.Values.SelectMany(s => s).ToList(), cancellationToken);

        var bestRank = hits.Count > 0 ? hits[0].Rank : 0;
        var results = page
            .Where(h => postings.ContainsKey(h.PostingId))
            .Select(h =>
            {
                var posting = postings[h.PostingId];
                var found = shown[h.PostingId]
                    .Select(s =>
                    {
                        // A snippet covers all sections of its kind: name the one it comes from.
                        var ofKind = sections[(h.PostingId, s.Kind)];
                        var fragment = HighlightedLine(s.Snippet);
                        var section = ofKind.FirstOrDefault(x => x.Heading.Contains(fragment, StringComparison.Ordinal) || x.Lines.Any(l => l.Contains(fragment, StringComparison.Ordinal)))
                            ?? ofKind.FirstOrDefault();
                        return new SearchSnippet(section?.Id ?? 0, section?.Heading ?? "", s.Kind, s.Snippet.Trim());
                    })
                    .ToList();
                var relevance = bestRank < 0 ? Math.Round(h.Rank / bestRank, 4) : 1;
                return new PostingSearchResult(h.PostingId, posting.Title, posting.Company ?? "", posting.Location, -h.Rank, relevance, found);
            })
            .ToList();

        // The facets count every match. When the page holds them all, what it loaded is enough.
        List<Facet> companies;
        List<KindCount> kindCounts;
        if (hits.Count == page.Count)
        {
            companies = postings.Values
                .Where(p => p.Company is not null)
                .GroupBy(p => p.Company!)
                .Select(g => new Facet(g.Key, g.Count()))
                .ToList();
            kindCounts = ISearchIndex.CountKinds(pageSnippets).ToList();
        }
        else
        {
            var allIds = hits.Select(h => h.PostingId).ToList();
            companies = await db.Postings.AsNoTracking()
                .Where(p => allIds.Contains(p.Id) && p.Company != null)
                .GroupBy(p => p.Company!.Name)
                .Select(g => new Facet(g.Key, g.Count()))
                .ToListAsync(cancellationToken);
            kindCounts = (await searchIndex.CountKindsAsync(db, query, allIds, cancellationToken)).ToList();
        }

        var kinds = kindCounts
            .Where(k => request.Kind is null || k.Kind == request.Kind)
            .Select(k => new Facet(k.Kind.ToString(), k.Postings))
            .ToList();

        return new PostingSearchPage(
            request.Query,
            query.IsLiteral,
            hits.Count,
            results,
            companies.OrderByDescending(f => f.Count).ThenBy(f => f.Value).ToList(),
            kinds.OrderByDescending(f => f.Count).ThenBy(f => f.Value).ToList());
    }

    /// <summary>
    /// The sections of the page's postings by posting and kind, in order. Lines are loaded only
    /// for a kind that a shown snippet comes from and that has more than one section: only there
    /// do they tell which section the snippet is from.
    /// </summary>
    private static async Task<ILookup<(int PostingId, SectionKind Kind), PageSection>> PageSectionsAsync(
        JobSkillsDbContext db,
        List<int> pageIds,
        IReadOnlyCollection<KindSnippet> shown,
        CancellationToken cancellationToken)
    {
        var sections = await db.PostingSections.AsNoTracking()
            .Where(s => pageIds.Contains(s.PostingId))
            .OrderBy(s => s.PostingId).ThenBy(s => s.Ordinal)
            .Select(s => new PageSection(s.Id, s.PostingId, s.Kind, s.Heading))
            .ToListAsync(cancellationToken);
        var shownKinds = shown.Select(s => (s.PostingId, s.Kind)).ToHashSet();
        var ambiguous = sections
            .GroupBy(s => (s.PostingId, s.Kind))
            .Where(g => g.Count() > 1 && shownKinds.Contains(g.Key))
            .SelectMany(g => g)
            .ToDictionary(s => s.Id);
        if (ambiguous.Count > 0)
        {
            var sectionIds = ambiguous.Keys.ToList();
            var lines = await db.PostingLines.AsNoTracking()
                .Where(l => sectionIds.Contains(l.SectionId))
                .Select(l => new { l.SectionId, l.Text })
                .ToListAsync(cancellationToken);
            foreach (var line in lines)
            {
                ambiguous[line.SectionId].Lines.Add(line.Text);
            }
        }

        return sections.ToLookup(s => (s.PostingId, s.Kind));
    }

    private sealed record PageSection(int Id, int PostingId, SectionKind Kind, string Heading)
    {
        public List<string> Lines { get; } = [];
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
