using JobSkills.Outline;
using JobSkills.Seeds;

namespace JobSkills.Web.Tests.Infrastructure;

/// <summary>What the pages should show for the seed outline, computed by the parser straight from the embedded file.</summary>
public static class SeedOutline
{
    private static readonly Lazy<OutlineTree> Tree = new(() =>
    {
        var file = SeedFiles.Outline;
        return OutlineTree.FromParsed(OutlineParser.Parse(file.Text, file.Name));
    });

    public static string Name => SeedFiles.Outline.Name;

    public static OutlineCounts Counts => OutlineService.Count(Tree.Value);

    public static IReadOnlyList<FieldSummary> TopLevelFields =>
        OutlineService.SummarizeFields(Tree.Value).Where(f => f.Level == 1).ToList();

    /// <summary>The home page's stat tiles: data-stat key and the number it shows, formatted as the page formats it.</summary>
    public static IReadOnlyList<(string Key, string Text)> StatTexts(OutlineCounts counts) =>
    [
        ("fields", counts.Fields.ToString("N0")),
        ("nodes", counts.Nodes.ToString("N0")),
        ("list-items", counts.ListItems.ToString("N0")),
        ("skill-sets", counts.SkillSets.ToString("N0")),
        ("placeholders", counts.Placeholders.ToString("N0")),
        ("edited-nodes", counts.EditedNodes.ToString("N0")),
    ];
}
