using JobSkills.Data;
using JobSkills.Editing;
using JobSkills.Outline;
using JobSkills.Postings;
using JobSkills.Search;
using JobSkills.Seeds;
using JobSkills.Skills;
using JobSkills.Web.Components.Pages.Home;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobSkills.Web.Hosting;

public static class JobSkillsServices
{
    /// <summary>
    /// The core services and the pages' services. Contexts come from a factory, one short-lived
    /// context per operation: a scoped context would live as long as the whole circuit.
    /// Register a <see cref="DatabaseLocation"/> first to override the configured one.
    /// </summary>
    public static IServiceCollection AddJobSkills(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => DatabaseLocation.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.AddDbContextFactory<JobSkillsDbContext>(
            (sp, options) => JobSkillsDatabase.Configure(options, sp.GetRequiredService<DatabaseLocation>().Path));

        services.AddSingleton<ISearchIndex, SqliteSearchIndex>();
        services.AddSingleton<OutlineService>();
        services.AddSingleton<OutlineImporter>();
        services.AddSingleton<OutlineEditor>();
        services.AddSingleton<SkillLinker>();
        services.AddSingleton<PostingImporter>();
        services.AddSingleton<PostingService>();
        services.AddSingleton<PostingSearch>();
        services.AddSingleton<SeedImporter>();

        services.AddSingleton<HomeOverviewService>();
        return services;
    }
}
