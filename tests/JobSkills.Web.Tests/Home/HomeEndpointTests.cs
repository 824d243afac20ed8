using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using JobSkills.Web.Tests.Infrastructure;

namespace JobSkills.Web.Tests.Home;

/// <summary>The whole app in memory: start-up seeds a fresh database, and the prerendered HTML shows it.</summary>
public sealed class HomeEndpointTests(HomeEndpointTests.AppFixture app) : IClassFixture<HomeEndpointTests.AppFixture>
{
    public sealed class AppFixture : IAsyncLifetime
    {
        public JobSkillsAppFactory Factory { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public Task DisposeAsync() => Factory.DisposeAsync().AsTask();
    }

    [Fact]
    public async Task Get_Root_PrerendersTheSeedOutlinesCounts()
    {
        var page = await GetPageAsync("/");

        Assert.Equal(SeedOutline.Name, page.QuerySelector("[data-document=name]")?.TextContent);
        foreach (var (key, text) in SeedOutline.StatTexts(SeedOutline.Counts))
        {
            Assert.Equal(text, page.QuerySelector($"[data-stat={key}] .stat-value")?.TextContent);
        }

        var titles = page.QuerySelectorAll(".fields-grid tbody tr.rz-data-row td:first-child").Select(td => td.TextContent.Trim());
        Assert.Equal(SeedOutline.TopLevelFields.Select(f => f.Title), titles);
        Assert.Contains(app.Factory.Database.Path, page.QuerySelector("main")?.TextContent);
    }

    [Fact]
    public async Task Get_Root_HasTheBlazorScriptAndTheRadzenTheme()
    {
        var page = await GetPageAsync("/");

        Assert.Contains(page.Scripts, s => s.Source == "_framework/blazor.web.js");
        Assert.Contains(page.Scripts, s => s.Source?.StartsWith("_content/Radzen.Blazor/", StringComparison.Ordinal) == true);
        var theme = page.QuerySelectorAll("link[rel=stylesheet]")
            .Select(l => l.GetAttribute("href"))
            .FirstOrDefault(href => href?.StartsWith("_content/Radzen.Blazor/css/", StringComparison.Ordinal) == true);
        Assert.NotNull(theme);
    }

    [Theory]
    [InlineData("/_framework/blazor.web.js", "text/javascript")]
    [InlineData("/_content/Radzen.Blazor/css/material-base.css", "text/css")]
    [InlineData("/_content/Radzen.Blazor/Radzen.Blazor.js", "text/javascript")]
    public async Task Get_StaticAsset_Returns200(string path, string contentType)
    {
        using var client = app.Factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Fact]
    public async Task Get_UnknownPath_Returns404()
    {
        using var client = app.Factory.CreateClient();

        using var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<IHtmlDocument> GetPageAsync(string path)
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }
}
