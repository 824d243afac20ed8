using JobSkills.Data;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Postings;

public sealed record PostingSectionSummary(int Id, int Ordinal, string Heading, SectionKind Kind, IReadOnlyList<string> Lines);

public sealed record PostingSummary(
    int Id,
    string Company,
    string Title,
    string Role,
    string Location,
    string PayText,
    decimal? PayMin,
    decimal? PayMax,
    string? PayCurrency,
    PayPeriod? PayPeriod,
    string EmploymentType,
    DateOnly? PostedOn,
    string SourceName,
    PostingFormat Format,
    DateTime ImportedAt,
    IReadOnlyList<PostingSectionSummary> Sections,
    IReadOnlyList<string> Skills);

public sealed record PostingCounts(int Postings, int Companies, int Roles, int Sections, int Lines, int SkillTerms, int PostingOccurrences, int OutlineOccurrences);

/// <summary>Read-side queries over stored postings. Each call uses its own short-lived context.</summary>
public sealed class PostingService(IDbContextFactory<JobSkillsDbContext> contextFactory)
{
    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Postings.CountAsync(cancellationToken);
    }

    public async Task<PostingCounts> CountAllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return new PostingCounts(
            await db.Postings.CountAsync(cancellationToken),
            await db.Companies.CountAsync(cancellationToken),
            await db.Roles.CountAsync(cancellationToken),
            await db.PostingSections.CountAsync(cancellationToken),
            await db.PostingLines.CountAsync(cancellationToken),
            await db.SkillTerms.CountAsync(cancellationToken),
            await db.TermOccurrences.CountAsync(o => o.PostingId != null, cancellationToken),
            await db.TermOccurrences.CountAsync(o => o.OutlineNodeId != null, cancellationToken));
    }

    /// <summary>Every posting (or the ones given) with its sections and the skills found in it, in import order.</summary>
    public async Task<IReadOnlyList<PostingSummary>> ListAsync(IReadOnlyCollection<int>? ids = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Postings.AsNoTracking();
        if (ids is not null)
        {
            query = query.Where(p => ids.Contains(p.Id));
        }

        var postings = await query
            .OrderBy(p => p.Id)
            .Select(p => new
            {
                Posting = p,
                Company = p.Company != null ? p.Company.Name : "",
                Role = p.Role != null ? p.Role.Title : "",
                Sections = p.Sections.OrderBy(s => s.Ordinal).Select(s => new
                {
                    s.Id,
                    s.Ordinal,
                    s.Heading,
                    s.Kind,
                    Lines = s.Lines.OrderBy(l => l.Ordinal).Select(l => l.Text).ToList(),
                }).ToList(),
            })
            .ToListAsync(cancellationToken);

        var postingIds = postings.Select(p => p.Posting.Id).ToList();
        var skills = (await db.TermOccurrences.AsNoTracking()
                .Where(o => o.PostingId != null && postingIds.Contains(o.PostingId.Value))
                .Select(o => new { PostingId = o.PostingId!.Value, o.Term!.Name })
                .Distinct()
                .ToListAsync(cancellationToken))
            .ToLookup(o => o.PostingId, o => o.Name);

        return postings.Select(p => new PostingSummary(
                p.Posting.Id,
                p.Company,
                p.Posting.Title,
                p.Role,
                p.Posting.Location,
                p.Posting.PayText,
                p.Posting.PayMin,
                p.Posting.PayMax,
                p.Posting.PayCurrency,
                p.Posting.PayPeriod,
                p.Posting.EmploymentType,
                p.Posting.PostedOn,
                p.Posting.SourceName,
                p.Posting.Format,
                p.Posting.ImportedAt,
                p.Sections.Select(s => new PostingSectionSummary(s.Id, s.Ordinal, s.Heading, s.Kind, s.Lines)).ToList(),
                skills[p.Posting.Id].Order(StringComparer.OrdinalIgnoreCase).ToList()))
            .ToList();
    }

    public async Task<PostingSummary?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        (await ListAsync([id], cancellationToken)).SingleOrDefault();
}
