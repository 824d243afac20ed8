using JobSkills.Skills;
using JobSkills.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Web.Tests.Hosting;

/// <summary>Start-up on a database that already holds data: the seed is left alone, a vocabulary from another release is rebuilt.</summary>
public sealed class DatabaseStartupTests
{
    [Fact]
    public async Task Start_OnADatabaseLinkedByAnotherRelease_RelinksItBeforeServing()
    {
        // What an earlier release left: its own vocabulary (here without PyTorch, so its links are gone too) and its stamp.
        var database = await TestDatabase.SeededAsync();
        await using (var db = database.Contexts.CreateDbContext())
        {
            await db.SkillTerms.Where(t => t.Name == "PyTorch").ExecuteDeleteAsync();
            await db.VocabularyStamps.ExecuteUpdateAsync(s => s.SetProperty(x => x.Fingerprint, "rules 0; lists 0"));
        }

        await using var app = new JobSkillsAppFactory(database);
        using var client = app.CreateClient();

        await using var check = database.Contexts.CreateDbContext();
        Assert.Equal(SkillLinker.VocabularyFingerprint, (await check.VocabularyStamps.SingleAsync()).Fingerprint);
        Assert.True(await check.TermOccurrences.AnyAsync(o => o.Term!.Name == "PyTorch" && o.PostingId != null));
        Assert.Equal(1, await check.OutlineDocuments.CountAsync());
    }

    [Fact]
    public async Task Start_OnADatabaseLinkedByThisRelease_ChangesNothing()
    {
        var database = await TestDatabase.SeededAsync();
        DateTime linkedAt;
        await using (var db = database.Contexts.CreateDbContext())
        {
            linkedAt = (await db.VocabularyStamps.SingleAsync()).LinkedAt;
        }

        await using var app = new JobSkillsAppFactory(database);
        using var client = app.CreateClient();

        await using var check = database.Contexts.CreateDbContext();
        Assert.Equal(linkedAt, (await check.VocabularyStamps.SingleAsync()).LinkedAt);
    }
}
