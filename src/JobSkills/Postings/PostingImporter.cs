using System.Diagnostics;
using JobSkills.Data;
using JobSkills.Import;
using JobSkills.Search;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Postings;

public enum PostingImportStatus
{
    Imported,
    AlreadyImported,
}

public sealed record PostingImportResult(
    PostingImportStatus Status,
    int PostingId,
    string SourceName,
    string Company,
    string Title,
    int Sections,
    int Skills,
    TimeSpan Elapsed);

/// <summary>Imports one posting file: parse it, then store it with its company, role, sections and search entries in one transaction.</summary>
public sealed class PostingImporter(
    IDbContextFactory<JobSkillsDbContext> contextFactory,
    ISearchIndex? searchIndex = null,
    TimeProvider? clock = null)
{
    private readonly ISearchIndex searchIndex = searchIndex ?? new SqliteSearchIndex();
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    internal async Task<PostingImportResult> StoreAsync(SourceFile file, ParsedPosting parsed, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var existing = await db.Postings.AsNoTracking()
            .Where(p => p.Sha256 == file.Sha256)
            .Select(p => new { p.Id, p.SourceName, Company = p.Company != null ? p.Company.Name : "", p.Title, Sections = p.Sections.Count })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            var skills = await CountSkillsAsync(db, existing.Id, cancellationToken);
            return new PostingImportResult(PostingImportStatus.AlreadyImported, existing.Id, existing.SourceName, existing.Company, existing.Title, existing.Sections, skills, stopwatch.Elapsed);
        }

        var posting = new Posting
        {
            Company = await FindOrAddCompanyAsync(db, parsed.Company, cancellationToken),
            Role = await FindOrAddRoleAsync(db, parsed.Title, cancellationToken),
            Title = parsed.Title,
            Location = string.Join("; ", parsed.Locations),
            PayText = parsed.PayText,
            PayMin = parsed.PayMin,
            PayMax = parsed.PayMax,
            PayCurrency = parsed.PayCurrency,
            PayPeriod = parsed.PayPeriod,
            EmploymentType = parsed.EmploymentType,
            PostedOn = parsed.PostedOn,
            SourceName = file.Name,
            Format = parsed.Format,
            Sha256 = file.Sha256,
            ImportedAt = clock.GetUtcNow().UtcDateTime,
            Text = parsed.Text,
            Sections = parsed.Sections.Select((section, index) => new PostingSection
            {
                Ordinal = index,
                Heading = section.Heading,
                Kind = section.Kind,
                Lines = section.Lines.Select((line, lineIndex) => new PostingLine { Ordinal = lineIndex, Text = line }).ToList(),
            }).ToList(),
        };
        db.Postings.Add(posting);
        await db.SaveChangesAsync(cancellationToken);
        await searchIndex.IndexPostingAsync(db, posting, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new PostingImportResult(
            PostingImportStatus.Imported, posting.Id, posting.SourceName, posting.Company?.Name ?? "", posting.Title, posting.Sections.Count, 0, stopwatch.Elapsed);
    }

    private static Task<int> CountSkillsAsync(JobSkillsDbContext db, int postingId, CancellationToken cancellationToken) =>
        db.TermOccurrences.Where(o => o.PostingId == postingId).Select(o => o.TermId).Distinct().CountAsync(cancellationToken);

    private static async Task<Company?> FindOrAddCompanyAsync(JobSkillsDbContext db, string name, CancellationToken cancellationToken)
    {
        var normalized = Names.NormalizeCompany(name);
        if (normalized.Length == 0)
        {
            return null;
        }

        return await db.Companies.FirstOrDefaultAsync(c => c.NormalizedName == normalized, cancellationToken)
            ?? db.Companies.Add(new Company { Name = name.Trim(), NormalizedName = normalized }).Entity;
    }

    private static async Task<Role?> FindOrAddRoleAsync(JobSkillsDbContext db, string title, CancellationToken cancellationToken)
    {
        var normalized = Names.NormalizeTitle(title);
        if (normalized.Length == 0)
        {
            return null;
        }

        return await db.Roles.FirstOrDefaultAsync(r => r.NormalizedTitle == normalized, cancellationToken)
            ?? db.Roles.Add(new Role { Title = title.Trim(), NormalizedTitle = normalized }).Entity;
    }
}
