using JobSkills.Data;
using JobSkills.Seeds;
using JobSkills.Skills;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Web.Hosting;

/// <summary>
/// Before the server takes requests: bring the database up to date, then import the embedded seed
/// outline if it holds none, or re-link it if its skill vocabulary came from another release's curated
/// lists. Each step is idempotent, so any number of hosts may start on one file.
/// </summary>
public sealed class DatabaseStartup(
    DatabaseLocation location,
    IDbContextFactory<JobSkillsDbContext> contexts,
    SeedImporter seeds,
    SkillLinker linker,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Database: {Path}", location.Path);
        try
        {
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                await JobSkillsDatabase.MigrateAsync(db, cancellationToken);
            }

            var result = await seeds.ImportIfEmptyAsync(cancellationToken: cancellationToken);
            if (!result.ImportedAnything)
            {
                logger.LogInformation("The database already holds data; the seed was not imported");
                if (await linker.RelinkIfVocabularyChangedAsync(cancellationToken) is { } relinked)
                {
                    logger.LogInformation(
                        "The skill vocabulary changed since this database was linked (new curated lists or rules): re-linked {Terms} terms ({Added} added, {Removed} removed), {OutlineOccurrences} occurrences in the outline and {PostingOccurrences} in postings in {Milliseconds:N0} ms",
                        relinked.Vocabulary.Terms, relinked.Vocabulary.TermsAdded, relinked.Vocabulary.TermsRemoved, relinked.Outline.Occurrences,
                        relinked.Postings.Occurrences, relinked.Elapsed.TotalMilliseconds);
                }

                return;
            }

            if (result.Outline is { } outline)
            {
                logger.LogInformation(
                    "Imported the seed outline {Name} (version {Version}): {Nodes} nodes, {Fields} fields, {SkillSets} skill sets, {Placeholders} placeholders in {Milliseconds:N0} ms",
                    outline.Name, outline.Version, outline.Nodes, outline.Fields, outline.SkillSets, outline.Placeholders, outline.Elapsed.TotalMilliseconds);
            }

            if (result.Links is { } links)
            {
                logger.LogInformation(
                    "Linked {Terms} skill terms: {OutlineOccurrences} occurrences in the outline in {Milliseconds:N0} ms",
                    links.Vocabulary.Terms, links.Outline.Occurrences, links.Elapsed.TotalMilliseconds);
            }

            foreach (var posting in result.Postings)
            {
                logger.LogInformation(
                    "Imported the seed posting {Source}: {Company}, {Title}, {Sections} sections, {Skills} skills",
                    posting.SourceName, posting.Company, posting.Title, posting.Sections, posting.Skills);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new InvalidOperationException($"Cannot prepare the database {location.Path}: {exception.Message}", exception);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
