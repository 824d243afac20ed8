using JobSkills.Outline;

namespace JobSkills.Seeds;

/// <summary>Imports the embedded seed data into an empty database. Does nothing once any outline exists.</summary>
public sealed class SeedImporter(OutlineImporter outlineImporter, OutlineService outlines)
{
    /// <returns>The import result, or null when the database already held data.</returns>
    public async Task<OutlineImportResult?> ImportIfEmptyAsync(IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (await outlines.FindDocumentAsync(cancellationToken: cancellationToken) is not null)
        {
            return null;
        }

        return await outlineImporter.ImportAsync(SeedFiles.Outline, progress, cancellationToken);
    }
}
