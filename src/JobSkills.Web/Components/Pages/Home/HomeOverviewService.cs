using JobSkills.Outline;
using JobSkills.Web.Hosting;

namespace JobSkills.Web.Components.Pages.Home;

/// <summary>The outline the home page shows: the current document, its counts and its top-level fields.</summary>
public sealed record HomeOverview(
    string DatabasePath,
    DateTimeOffset LoadedAt,
    OutlineDocumentInfo? Document,
    OutlineCounts Counts,
    IReadOnlyList<FieldSummary> TopLevelFields);

public sealed record OutlineDocumentInfo(int Id, string Name, int Version, DateTime ImportedAt, long ByteLength, int VersionCount);

public sealed class HomeOverviewService(OutlineService outlines, DatabaseLocation location, TimeProvider clock)
{
    private static readonly OutlineCounts NoCounts = new(0, 0, 0, 0, 0, 0);

    public async Task<HomeOverview> LoadAsync(CancellationToken cancellationToken = default)
    {
        var document = await outlines.FindDocumentAsync(cancellationToken: cancellationToken);
        if (document is null)
        {
            return new HomeOverview(location.Path, clock.GetLocalNow(), null, NoCounts, []);
        }

        var tree = await outlines.LoadTreeAsync(document.Id, cancellationToken);
        var versions = (await outlines.ListDocumentsAsync(cancellationToken)).Count(d => d.Name == document.Name);
        return new HomeOverview(
            location.Path,
            clock.GetLocalNow(),
            new OutlineDocumentInfo(document.Id, document.Name, document.Version, document.ImportedAt, document.ByteLength, versions),
            OutlineService.Count(tree),
            OutlineService.SummarizeFields(tree).Where(f => f.ParentFieldId is null).ToList());
    }
}
