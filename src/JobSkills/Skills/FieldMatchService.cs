using JobSkills.Data;
using JobSkills.Outline;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Skills;

public sealed record MatchEvidence(string Term, double PostingWeight, double FieldWeight, double Contribution);

public sealed record PostingFieldMatch(int FieldId, string Path, double Score, IReadOnlyList<MatchEvidence> Evidence);

/// <summary>
/// The outline fields that fit a stored posting best, with the shared terms as evidence. The
/// field profiles take a moment to build, so the last one is kept until the outline or the
/// vocabulary changes.
/// </summary>
public sealed class FieldMatchService(IDbContextFactory<JobSkillsDbContext> contextFactory, OutlineService outlines, SkillLinker linker)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private (string Stamp, FieldMatcher Fields, SkillMatcher Terms)? cached;

    /// <exception cref="KeyNotFoundException">No posting has this id, or no outline is imported.</exception>
    public async Task<IReadOnlyList<PostingFieldMatch>> MatchPostingAsync(int postingId, int top = 5, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var lines = await db.PostingLines.AsNoTracking()
            .Where(l => l.Section!.PostingId == postingId)
            .Select(l => new { l.Text, l.Section!.Kind })
            .ToListAsync(cancellationToken);
        if (lines.Count == 0 && !await db.Postings.AnyAsync(p => p.Id == postingId, cancellationToken))
        {
            throw new KeyNotFoundException($"no posting has id {postingId} (`postings` lists them)");
        }

        var (fields, terms) = await MatchersAsync(db, cancellationToken);
        var found = lines.SelectMany(line => terms.Match(line.Text).Select(m => new PostingTerm(m.Term, line.Kind)));
        return fields.Match(found, top)
            .Select(m => new PostingFieldMatch(
                m.Field.Id,
                m.Path,
                Math.Round(m.Score, 4),
                m.Evidence.Select(e => new MatchEvidence(e.Term.Name, Math.Round(e.PostingWeight, 4), Math.Round(e.FieldWeight, 4), Math.Round(e.Contribution, 4))).ToList()))
            .ToList();
    }

    private async Task<(FieldMatcher Fields, SkillMatcher Terms)> MatchersAsync(JobSkillsDbContext db, CancellationToken cancellationToken)
    {
        var document = await outlines.FindDocumentAsync(cancellationToken: cancellationToken)
            ?? throw new KeyNotFoundException("no outline imported yet: fields come from the outline");
        var termCount = await db.SkillTerms.CountAsync(cancellationToken);
        var lastTerm = termCount == 0 ? 0 : await db.SkillTerms.MaxAsync(t => t.Id, cancellationToken);
        var stamp = $"{document.Id}:{document.Revision}:{termCount}:{lastTerm}";

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cached is { } hit && hit.Stamp == stamp)
            {
                return (hit.Fields, hit.Terms);
            }

            var tree = await outlines.LoadTreeAsync(document.Id, cancellationToken);
            var terms = termCount == 0 ? new SkillMatcher(SkillVocabulary.Build(tree)) : await linker.LoadMatcherAsync(cancellationToken);
            var fields = FieldMatcher.Build(tree, terms);
            cached = (stamp, fields, terms);
            return (fields, terms);
        }
        finally
        {
            gate.Release();
        }
    }
}
