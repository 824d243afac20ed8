using JobSkills.Import;

namespace JobSkills.Seeds;

/// <summary>
/// The seed outline and postings from the repository's data/ folder, embedded in this assembly
/// so that the app has its default data wherever it runs.
/// </summary>
public static class SeedFiles
{
    private const string Prefix = "seed/";

    // Read from the assembly once: the files never change while the process runs, and nothing changes a SourceFile.
    private static readonly Lazy<SourceFile> OutlineFile = new(() => Single("outline/"));
    private static readonly Lazy<IReadOnlyList<SourceFile>> PostingFiles = new(() => All("postings/"));

    public static SourceFile Outline => OutlineFile.Value;

    public static IReadOnlyList<SourceFile> Postings => PostingFiles.Value;

    private static SourceFile Single(string folder) => All(folder).Single();

    private static List<SourceFile> All(string folder)
    {
        var assembly = typeof(SeedFiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix + folder, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                return SourceFile.FromBytes(name[(Prefix.Length + folder.Length)..], buffer.ToArray(), path: "embedded:" + name[Prefix.Length..]);
            })
            .ToList();
    }
}
