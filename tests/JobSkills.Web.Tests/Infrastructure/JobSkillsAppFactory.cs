using JobSkills.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JobSkills.Web.Tests.Infrastructure;

/// <summary>
/// The real app in memory (TestServer), on its own database file: by default one that does not exist
/// yet, which the app's own start-up migrates and seeds, as on a user's first start.
/// </summary>
public class JobSkillsAppFactory(TestDatabase database) : WebApplicationFactory<Program>
{
    public JobSkillsAppFactory()
        : this(TestDatabase.NotCreated())
    {
    }

    /// <summary>The app's database file, deleted with the factory.</summary>
    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting(DatabaseLocation.ConfigurationKey, Database.Path);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Database.Dispose();
        GC.SuppressFinalize(this);
    }
}
