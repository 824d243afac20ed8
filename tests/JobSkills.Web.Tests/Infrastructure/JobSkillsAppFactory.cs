using JobSkills.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JobSkills.Web.Tests.Infrastructure;

/// <summary>
/// The real app in memory (TestServer), on its own database file that does not exist yet:
/// the app's own start-up migrates it and imports the seed, as on a user's first start.
/// </summary>
public class JobSkillsAppFactory : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = TestDatabase.NotCreated();

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting(DatabaseLocation.ConfigurationKey, Database.Path);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Database.Dispose();
        GC.SuppressFinalize(this);
    }
}
