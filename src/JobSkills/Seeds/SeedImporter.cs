using JobSkills.Import;
using JobSkills.Outline;
using JobSkills.Postings;
using JobSkills.Skills;

namespace JobSkills.Seeds;

/// <summary>What a first start imported; null parts were already there.</summary>
public sealed record SeedImportResult(OutlineImportResult? Outline, OutlineLinkResult? Links, IReadOnlyList<PostingImportResult> Postings)
{
    public bool ImportedAnything => Outline is not null || Postings.Count > 0;
}

/// <summary>
/// Imports the embedded seed data into an empty database: the outline (then its skill
/// vocabulary and links), then the postings. Each part is skipped once the database holds data
/// of that kind, so it is safe on every start and from two hosts at once.
/// </summary>
public sealed class SeedImporter(OutlineImporter outlineImporter, OutlineService outlines, SkillLinker linker, PostingImporter postingImporter, PostingService postings)
{
    public async Task<SeedImportResult> ImportIfEmptyAsync(IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        OutlineImportResult? outline = null;
        OutlineLinkResult? links = null;
        if (await outlines.FindDocumentAsync(cancellationToken: cancellationToken) is null)
        {
            outline = await outlineImporter.ImportAsync(SeedFiles.Outline, progress, cancellationToken);
            if (outline.Status != OutlineImportStatus.AlreadyImported)
            {
                links = await linker.RelinkOutlineAsync(outline.DocumentId, cancellationToken);
            }
        }

        var imported = new List<PostingImportResult>();
        if (await postings.CountAsync(cancellationToken) == 0)
        {
            var session = await linker.StartPostingSessionAsync(cancellationToken);
            var files = SeedFiles.Postings;
            foreach (var file in files)
            {
                progress?.Report(new ImportProgress(file.Name, imported.Count, files.Count));
                imported.Add(await postingImporter.ImportAsync(file, session, cancellationToken));
            }
        }

        return new SeedImportResult(outline, links, imported);
    }
}
