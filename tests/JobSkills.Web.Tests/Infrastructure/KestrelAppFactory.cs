using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace JobSkills.Web.Tests.Infrastructure;

/// <summary>
/// The app on real Kestrel at a free loopback port, for a browser. On net9.0 WebApplicationFactory
/// cannot host Kestrel itself, so (see shared STACK.md) the same builder builds a second host with
/// Kestrel beside the factory's TestServer host. Start-up runs once per host; it is idempotent.
/// </summary>
public sealed class KestrelAppFactory : JobSkillsAppFactory
{
    private IHost? kestrelHost;
    private Uri? serverAddress;

    /// <summary>The Kestrel address, e.g. http://127.0.0.1:41234/. Starts the hosts on first use.</summary>
    public Uri ServerAddress
    {
        get
        {
            _ = Server;
            return serverAddress!;
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var testHost = builder.Build();

        builder.ConfigureWebHost(web => web.UseKestrel().UseUrls("http://127.0.0.1:0"));
        kestrelHost = builder.Build();
        kestrelHost.Start();
        var addresses = kestrelHost.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        serverAddress = new Uri(addresses.Addresses.Single().Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");

        testHost.Start();
        return testHost;
    }

    public override async ValueTask DisposeAsync()
    {
        if (kestrelHost is not null)
        {
            await kestrelHost.StopAsync();
            kestrelHost.Dispose();
        }

        await base.DisposeAsync();
    }
}
