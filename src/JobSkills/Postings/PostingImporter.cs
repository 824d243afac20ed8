using System.Diagnostics;
using JobSkills.Data;
using JobSkills.Import;
using JobSkills.Search;
using JobSkills.Skills;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Postings;

public enum PostingImportStatus
{
    Imported,
    AlreadyImported,
}

/// <summary>One file of an import: its result, or the one-line error that kept it out.</summary>
public sealed record PostingImportOutcome(string Path, PostingImportResult? Result, string? Error);

public sealed record PostingImportResult(
    PostingImportStatus Status,
    int PostingId,
    string SourceName,
    string Company,
    string Title,
    int Sections,
    int Skills,
    TimeSpan Elapsed);

/// <summary>
/// Imports posting files: each is parsed, then stored with its company, role, sections, skill
/// links and search entries in one transaction, so a file is either wholly in or not at all.
/// </summary>
public sealed class PostingImporter(
    IDbContextFactory<JobSkillsDbContext> contextFactory,
    SkillLinker? linker = null,
    ISearchIndex? searchIndex = null,
    TimeProvider? clock = null)
{
    private readonly SkillLinker linker = linker ?? new SkillLinker(contextFactory);
    private readonly ISearchIndex searchIndex = searchIndex ?? new SqliteSearchIndex();
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    /// <summary>
    /// Imports files and folders (a folder's .txt, .md, .markdown, .html and .htm files, in name
    /// order). A file that fails gets its error in the outcome; the others are still imported. The optional
    /// <c>beforeFirstStore</c> runs once, when the first file has parsed and before anything is stored (the CLI
    /// opens, and so creates, the database only then).
    /// </summary>
    public async Task<IReadOnlyList<PostingImportOutcome>> ImportAsync(
        IEnumerable<string> filesOrFolders,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default,
        Func<CancellationToken, Task>? beforeFirstStore = null)
    {
        var paths = FilesOf(filesOrFolders).ToList();
        var outcomes = new List<PostingImportOutcome>(paths.Count);
        PostingLinkSession? session = null;
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new ImportProgress(Path.GetFileName(path), outcomes.Count, paths.Count));
            try
            {
                var file = SourceFile.Read(path);
                var parsed = PostingParser.Parse(file);
                if (session is null && beforeFirstStore is not null)
                {
                    await beforeFirstStore(cancellationToken);
                }

                session ??= await linker.StartPostingSessionAsync(cancellationToken);
                outcomes.Add(new PostingImportOutcome(path, await StoreAsync(file, parsed, session, cancellationToken), null));
            }
            catch (ImportException e)
            {
                outcomes.Add(new PostingImportOutcome(path, null, e.Message));
            }
        }

        progress?.Report(new ImportProgress("done", outcomes.Count, paths.Count));
        return outcomes;
    }

    /// <summary>Imports one posting already read (an upload, or an embedded seed).</summary>
    public async Task<PostingImportResult> ImportAsync(SourceFile file, PostingLinkSession? session = null, CancellationToken cancellationToken = default)
    {
        var parsed = PostingParser.Parse(file);
        session ??= await linker.StartPostingSessionAsync(cancellationToken);
        return await StoreAsync(file, parsed, session, cancellationToken);
    }

    /// <summary>The files these paths name: files as given, and a folder's posting files in name order.</summary>
    public static IEnumerable<string> FilesOf(IEnumerable<string> filesOrFolders)
    {
        foreach (var path in filesOrFolders)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path)
                    .Where(f => PostingParser.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    internal async Task<PostingImportResult> StoreAsync(SourceFile file, ParsedPosting parsed, PostingLinkSession? session = null, CancellationToken cancellationToken = default)
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
        if (session is not null)
        {
            await SkillLinker.LinkPostingAsync(db, session, posting.Id, cancellationToken);
        }

        await searchIndex.IndexPostingAsync(db, posting, cancellationToken);
        var skillCount = await CountSkillsAsync(db, posting.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new PostingImportResult(
            PostingImportStatus.Imported, posting.Id, posting.SourceName, posting.Company?.Name ?? "", posting.Title, posting.Sections.Count, skillCount, stopwatch.Elapsed);
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
