using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using JobSkills.Data;
using JobSkills.Postings;
using JobSkills.Search;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Benchmarking;

/// <summary>
/// A benchmarking utility, not the import path: writes many parsed postings (see
/// <see cref="SyntheticPostings"/>) into a migrated database in one transaction, with prepared
/// INSERTs on the context's connection for companies, roles, postings, sections and lines, and
/// the full-text rows through <see cref="ISearchIndex.IndexPostingAsync"/> so that they are
/// exactly what an import writes. It skips what <see cref="PostingImporter"/> does per file
/// (the duplicate check, EF change tracking) and does not link skills: the postings it writes
/// have no term occurrences, so the skill filter finds none of them.
/// </summary>
public static class BulkPostingWriter
{
    /// <summary>Writes the postings and returns their ids, in order. Each gets the source name "synthetic-ID.txt".</summary>
    public static async Task<IReadOnlyList<int>> WriteAsync(
        IDbContextFactory<JobSkillsDbContext> contextFactory,
        IReadOnlyList<ParsedPosting> postings,
        ISearchIndex? searchIndex = null,
        DateTime? importedAt = null,
        CancellationToken cancellationToken = default)
    {
        searchIndex ??= new SqliteSearchIndex();
        var when = importedAt ?? DateTime.UtcNow;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var companies = await db.Companies.AsNoTracking().ToDictionaryAsync(c => c.NormalizedName, StringComparer.Ordinal, cancellationToken);
        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.NormalizedTitle, StringComparer.Ordinal, cancellationToken);
        var nextCompany = await NextIdAsync(db, "Companies", cancellationToken);
        var nextRole = await NextIdAsync(db, "Roles", cancellationToken);
        var nextPosting = await NextIdAsync(db, "Postings", cancellationToken);
        var nextSection = await NextIdAsync(db, "PostingSections", cancellationToken);
        var nextLine = await NextIdAsync(db, "PostingLines", cancellationToken);

        await using var insertCompany = await PrepareAsync(db, "Companies", ["Id", "Name", "NormalizedName"], cancellationToken);
        await using var insertRole = await PrepareAsync(db, "Roles", ["Id", "Title", "NormalizedTitle"], cancellationToken);
        await using var insertPosting = await PrepareAsync(db, "Postings",
        [
            "Id", "CompanyId", "RoleId", "Title", "Location", "PayText", "PayMin", "PayMax", "PayCurrency", "PayPeriod",
            "EmploymentType", "PostedOn", "SourceName", "Format", "Sha256", "ImportedAt", "Text",
        ], cancellationToken);
        await using var insertSection = await PrepareAsync(db, "PostingSections", ["Id", "PostingId", "Ordinal", "Heading", "Kind"], cancellationToken);
        await using var insertLine = await PrepareAsync(db, "PostingLines", ["Id", "SectionId", "Ordinal", "Text"], cancellationToken);

        var ids = new List<int>(postings.Count);
        foreach (var parsed in postings)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var company = FindOrAdd(companies, Names.NormalizeCompany(parsed.Company), normalized =>
            {
                var added = new Company { Id = nextCompany++, Name = parsed.Company.Trim(), NormalizedName = normalized };
                Execute(insertCompany, added.Id, added.Name, added.NormalizedName);
                return added;
            });
            var role = FindOrAdd(roles, Names.NormalizeTitle(parsed.Title), normalized =>
            {
                var added = new Role { Id = nextRole++, Title = parsed.Title.Trim(), NormalizedTitle = normalized };
                Execute(insertRole, added.Id, added.Title, added.NormalizedTitle);
                return added;
            });

            var id = nextPosting++;
            var posting = new Posting
            {
                Id = id,
                CompanyId = company?.Id,
                Company = company,
                RoleId = role?.Id,
                Title = parsed.Title,
                Location = string.Join("; ", parsed.Locations),
                SourceName = $"synthetic-{id}.txt",
                Format = parsed.Format,
                Text = parsed.Text,
                ImportedAt = when,
                Sha256 = "",
            };
            posting.Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(posting.SourceName + "\n" + parsed.Text)));
            Execute(insertPosting,
                posting.Id, posting.CompanyId, posting.RoleId, posting.Title, posting.Location, parsed.PayText,
                (double?)parsed.PayMin, (double?)parsed.PayMax, parsed.PayCurrency, (int?)parsed.PayPeriod,
                parsed.EmploymentType, parsed.PostedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                posting.SourceName, (int)posting.Format, posting.Sha256, when.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture), posting.Text);

            foreach (var (parsedSection, ordinal) in parsed.Sections.Select((s, i) => (s, i)))
            {
                var section = new PostingSection { Id = nextSection++, PostingId = posting.Id, Ordinal = ordinal, Heading = parsedSection.Heading, Kind = parsedSection.Kind };
                Execute(insertSection, section.Id, section.PostingId, section.Ordinal, section.Heading, (int)section.Kind);
                foreach (var (text, lineOrdinal) in parsedSection.Lines.Select((l, i) => (l, i)))
                {
                    var line = new PostingLine { Id = nextLine++, SectionId = section.Id, Ordinal = lineOrdinal, Text = text };
                    Execute(insertLine, line.Id, line.SectionId, line.Ordinal, line.Text);
                    section.Lines.Add(line);
                }

                posting.Sections.Add(section);
            }

            await searchIndex.IndexPostingAsync(db, posting, cancellationToken);
            ids.Add(posting.Id);
        }

        await transaction.CommitAsync(cancellationToken);
        return ids;
    }

    private static T? FindOrAdd<T>(Dictionary<string, T> known, string normalized, Func<string, T> add)
        where T : class
    {
        if (normalized.Length == 0)
        {
            return null;
        }

        if (!known.TryGetValue(normalized, out var value))
        {
            value = add(normalized);
            known.Add(normalized, value);
        }

        return value;
    }

    private static async Task<int> NextIdAsync(JobSkillsDbContext db, string table, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand($"SELECT coalesce(max(\"Id\"), 0) + 1 FROM \"{table}\"");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<DbCommand> PrepareAsync(JobSkillsDbContext db, string table, string[] columns, CancellationToken cancellationToken)
    {
        var command = db.CreateCommand(
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})");
        for (var i = 0; i < columns.Length; i++)
        {
            command.AddParameter($"$p{i}");
        }

        await command.PrepareAsync(cancellationToken);
        return command;
    }

    /// <summary>Synchronous on purpose: Microsoft.Data.Sqlite runs async calls synchronously anyway, and a bulk load makes hundreds of thousands.</summary>
    private static void Execute(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
