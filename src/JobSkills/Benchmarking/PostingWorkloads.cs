using JobSkills.Data;
using JobSkills.Import;
using JobSkills.Outline;
using JobSkills.Postings;
using JobSkills.Skills;

namespace JobSkills.Benchmarking;

/// <summary>
/// The posting import workloads, shared by BenchmarkDotNet and `jobskills bench`. The timed import
/// goes into a copy of a template database that already holds the outline and its linked
/// vocabulary, as a real one does; the template is built once and the copy is made untimed.
/// The floor is the parse alone (<see cref="PostingParser.Parse"/>), so the ratio
/// import / parse says how many parses the whole import costs: above 1 is storing, linking
/// skills and indexing.
/// </summary>
public sealed class PostingWorkloads : IDisposable
{
    private readonly ScratchDatabases databases;
    private string? template;

    public PostingWorkloads(SourceFile outline, IReadOnlyList<SourceFile> postings, string? workFolder = null)
    {
        Outline = outline;
        Files = postings;
        databases = new ScratchDatabases(workFolder);
    }

    public SourceFile Outline { get; }

    public IReadOnlyList<SourceFile> Files { get; }

    public long Bytes => Files.Sum(f => (long)f.Bytes.Length);

    /// <summary>The floor: every posting parsed, nothing stored.</summary>
    public IReadOnlyList<ParsedPosting> ParseAll() => Files.Select(PostingParser.Parse).ToList();

    /// <summary>
    /// Untimed: a fresh copy of the template database (migrated, the outline imported, its
    /// vocabulary stored and linked). The template is built on the first call.
    /// </summary>
    public async Task<string> PrepareImportDatabaseAsync(CancellationToken cancellationToken = default)
    {
        template ??= await BuildTemplateAsync(cancellationToken);
        var path = databases.NewPath("postings");
        File.Copy(template, path);
        return path;
    }

    /// <summary>What a batch import does once before its first file: load the stored vocabulary and build the matcher.</summary>
    public Task<PostingLinkSession> StartSessionAsync(string databasePath, CancellationToken cancellationToken = default) =>
        new SkillLinker(new DbContextFactory(databasePath)).StartPostingSessionAsync(cancellationToken);

    /// <summary>Our import of every posting, each in its own transaction: parse, store, link skills, index.</summary>
    public async Task<IReadOnlyList<PostingImportResult>> ImportAsync(string databasePath, PostingLinkSession session, CancellationToken cancellationToken = default)
    {
        var importer = new PostingImporter(new DbContextFactory(databasePath));
        var results = new List<PostingImportResult>(Files.Count);
        foreach (var file in Files)
        {
            results.Add(await importer.ImportAsync(file, session, cancellationToken));
        }

        return results;
    }

    /// <summary>Deletes a database file made by a Prepare step, with its WAL files.</summary>
    public static void DeleteDatabase(string path) => ScratchDatabases.Delete(path);

    public void Dispose() => databases.Dispose();

    /// <summary>A new migrated database in this workload's folder (the search workloads build theirs here).</summary>
    internal Task<string> CreateMigratedAsync(string kind, CancellationToken cancellationToken) => databases.CreateMigratedAsync(kind, cancellationToken);

    private async Task<string> BuildTemplateAsync(CancellationToken cancellationToken)
    {
        var path = await databases.CreateMigratedAsync("template", cancellationToken);
        var factory = new DbContextFactory(path);
        var outline = await new OutlineImporter(factory).ImportAsync(Outline, cancellationToken: cancellationToken);
        await new SkillLinker(factory).RelinkOutlineAsync(outline.DocumentId, cancellationToken);
        await ScratchDatabases.CheckpointAsync(path, cancellationToken);
        return path;
    }
}
