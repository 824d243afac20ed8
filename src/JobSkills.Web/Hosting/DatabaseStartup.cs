using JobSkills.Data;
using JobSkills.Outline;
using JobSkills.Seeds;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Web.Hosting;

/// <summary>
/// Before the server takes requests: bring the database up to date, then import the embedded seed
/// outline if it holds none. Both steps are idempotent, so any number of hosts may start on one file.
/// </summary>
public sealed class DatabaseStartup(
    DatabaseLocation location,
    IDbContextFactory<JobSkillsDbContext> contexts,
    SeedImporter seeds,
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
            if (result is null || result.Status == OutlineImportStatus.AlreadyImported)
            {
                logger.LogInformation("The database already holds an outline; the seed was not imported");
                return;
            }

            logger.LogInformation(
                "Imported the seed outline {Name} (version {Version}): {Nodes} nodes, {Fields} fields, {SkillSets} skill sets, {Placeholders} placeholders in {Milliseconds:N0} ms",
                result.Name, result.Version, result.Nodes, result.Fields, result.SkillSets, result.Placeholders, result.Elapsed.TotalMilliseconds);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new InvalidOperationException($"Cannot prepare the database {location.Path}: {exception.Message}", exception);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
