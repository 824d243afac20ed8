using System.Text;
using JobSkills.Data;
using JobSkills.Editing;
using JobSkills.Import;
using JobSkills.Outline;
using JobSkills.Postings;
using JobSkills.Skills;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace JobSkills.Tests.Skills;

public class SkillLinkerTests(ITestOutputHelper output)
{
    private const string SmallOutline = """
        # Machine Learning, ML
        - ***PyTorch*** and TensorFlow
        - Frobnicator Design Kit, FDK
        ## Computer Vision
        - object detection with OpenCV
        """;

    private static async Task<int> ImportOutlineAsync(TestDatabase database, string text, string name = "outline.md")
    {
        var result = await new OutlineImporter(database.Factory).ImportAsync(SourceFile.FromBytes(name, Encoding.UTF8.GetBytes(text)));
        return result.DocumentId;
    }

    private static async Task<int> AddPostingAsync(TestDatabase database, string sha, params (SectionKind Kind, string[] Lines)[] sections)
    {
        await using var db = database.Factory.CreateDbContext();
        var posting = new Posting
        {
            Sha256 = sha,
            Title = "Engineer",
            Sections = sections.Select((s, i) => new PostingSection
            {
                Ordinal = i,
                Heading = s.Kind.ToString(),
                Kind = s.Kind,
                Lines = s.Lines.Select((text, j) => new PostingLine { Ordinal = j, Text = text }).ToList(),
            }).ToList(),
        };
        db.Postings.Add(posting);
        await db.SaveChangesAsync();
        return posting.Id;
    }

    /// <summary>The posting's occurrences as (term name, matched text), read back through the stored offsets.</summary>
    private static async Task<List<(string Term, string Text)>> PostingLinksAsync(JobSkillsDbContext db, int postingId) =>
        (await db.TermOccurrences.AsNoTracking()
            .Where(o => o.PostingId == postingId)
            .Join(db.PostingLines, o => o.PostingLineId, l => l.Id, (o, l) => new { o.Term!.Name, l.Text, o.Start, o.Length, l.Ordinal })
            .OrderBy(x => x.Ordinal).ThenBy(x => x.Start)
            .ToListAsync())
        .Select(x => (x.Name, x.Text.Substring(x.Start, x.Length)))
        .ToList();

    [Fact]
    public async Task RelinkOutline_SeedOutline_StoresTheVocabularyAndLinksEveryNode()
    {
        using var database = await TestDatabase.CreateAsync();
        var documentId = (await new OutlineImporter(database.Factory).ImportAsync(SourceFile.Read(SeedData.OutlinePath))).DocumentId;
        var linker = new SkillLinker(database.Factory);

        var first = await linker.RelinkOutlineAsync(documentId);
        var second = await linker.RelinkOutlineAsync(documentId);
        output.WriteLine($"vocabulary build {first.VocabularyElapsed.TotalMilliseconds:F0} ms; {first.Vocabulary}");
        output.WriteLine($"outline links {first.Outline} ; whole run {first.Elapsed.TotalMilliseconds:F0} ms");
        output.WriteLine($"second run: vocabulary build {second.VocabularyElapsed.TotalMilliseconds:F0} ms, outline links {second.Outline}, whole run {second.Elapsed.TotalMilliseconds:F0} ms");

        await using var db = database.Factory.CreateDbContext();
        Assert.Equal(SkillsSeed.Vocabulary.Terms.Count, await db.SkillTerms.CountAsync());
        Assert.Equal(SkillsSeed.Vocabulary.Terms.Sum(t => t.Aliases.Count), await db.SkillAliases.CountAsync());
        Assert.Equal(first.Outline.Occurrences, await db.TermOccurrences.CountAsync(o => o.OutlineNodeId != null));
        Assert.Equal(0, await db.TermOccurrences.CountAsync(o => o.OutlineNodeId != null && (o.PostingId != null || o.PostingLineId != null)));

        // The second run changes nothing: same terms, same ids, same links.
        Assert.Equal((0, 0, 0), (second.Vocabulary.TermsAdded, second.Vocabulary.TermsUpdated, second.Vocabulary.TermsRemoved));
        Assert.Equal(first.Outline.Occurrences, second.Outline.Occurrences);

        // Offsets point into the node's plain text.
        var bazel = await db.TermOccurrences.AsNoTracking()
            .Where(o => o.Term!.Name == "Bazel")
            .Join(db.OutlineNodes, o => o.OutlineNodeId, n => n.Id, (o, n) => new { n.PlainText, o.Start, o.Length })
            .ToListAsync();
        Assert.NotEmpty(bazel);
        Assert.All(bazel, o => Assert.Equal("bazel", o.PlainText.Substring(o.Start, o.Length).ToLowerInvariant()));
    }

    [Fact]
    public async Task RelinkPosting_StoresEachOccurrenceWithItsLineAndPosting()
    {
        using var database = await TestDatabase.CreateAsync();
        var linker = new SkillLinker(database.Factory);
        await linker.RelinkOutlineAsync(await ImportOutlineAsync(database, SmallOutline));
        var postingId = await AddPostingAsync(
            database,
            "a",
            (SectionKind.Required, ["Strong Python and PyTorch skills", "Experience with the FDK"]),
            (SectionKind.Benefits, ["Free lunch"]));

        var result = await linker.RelinkPostingAsync(postingId);

        Assert.Equal(3, result.Owners);
        await using var db = database.Factory.CreateDbContext();
        Assert.Equal(
            [("Python", "Python"), ("PyTorch", "PyTorch"), ("Frobnicator Design Kit", "FDK")],
            await PostingLinksAsync(db, postingId));
        Assert.Equal(0, await db.TermOccurrences.CountAsync(o => o.PostingId == postingId && (o.PostingLineId == null || o.OutlineNodeId != null)));
    }

    [Fact]
    public async Task RelinkPosting_AfterTheTextChanged_ReplacesOnlyThatPostingsLinks()
    {
        using var database = await TestDatabase.CreateAsync();
        var linker = new SkillLinker(database.Factory);
        await linker.RelinkOutlineAsync(await ImportOutlineAsync(database, SmallOutline));
        var changed = await AddPostingAsync(database, "a", (SectionKind.Required, ["PyTorch"]));
        var other = await AddPostingAsync(database, "b", (SectionKind.Required, ["TensorFlow"]));
        await linker.RelinkPostingsAsync([changed, other]);

        await using (var db = database.Factory.CreateDbContext())
        {
            var line = await db.PostingLines.SingleAsync(l => l.Section!.PostingId == changed);
            line.Text = "OpenCV and object detection";
            await db.SaveChangesAsync();
        }

        await linker.RelinkPostingAsync(changed);

        await using var check = database.Factory.CreateDbContext();
        Assert.Equal([("OpenCV", "OpenCV"), ("object detection", "object detection")], await PostingLinksAsync(check, changed));
        Assert.Equal([("TensorFlow", "TensorFlow")], await PostingLinksAsync(check, other));
    }

    [Fact]
    public async Task RelinkNodes_AfterAnEdit_ReplacesOnlyThatNodesLinks()
    {
        using var database = await TestDatabase.CreateAsync();
        var linker = new SkillLinker(database.Factory);
        var documentId = await ImportOutlineAsync(database, SmallOutline);
        await linker.RelinkOutlineAsync(documentId);
        OutlineNode node;
        int before;
        await using (var db = database.Factory.CreateDbContext())
        {
            node = await db.OutlineNodes.SingleAsync(n => n.DocumentId == documentId && n.Text.StartsWith("object detection"));
            before = await db.TermOccurrences.CountAsync(o => o.OutlineNodeId != null && o.OutlineNodeId != node.Id);
        }

        await new OutlineEditor(database.Factory).UpdateTextAsync(node.Id, "Python and SQL", node.Version, "test");
        var result = await linker.RelinkNodesAsync([node.Id]);

        Assert.Equal(2, result.Occurrences);
        await using var check = database.Factory.CreateDbContext();
        var names = await check.TermOccurrences.Where(o => o.OutlineNodeId == node.Id).OrderBy(o => o.Start).Select(o => o.Term!.Name).ToListAsync();
        Assert.Equal(["Python", "SQL"], names);
        Assert.Equal(before, await check.TermOccurrences.CountAsync(o => o.OutlineNodeId != null && o.OutlineNodeId != node.Id));
    }

    [Fact]
    public async Task RelinkOutline_NewVersionWithOtherTerms_UpdatesTheVocabularyAndRelinksPostings()
    {
        using var database = await TestDatabase.CreateAsync();
        var linker = new SkillLinker(database.Factory);
        await linker.RelinkOutlineAsync(await ImportOutlineAsync(database, SmallOutline));
        var postingId = await AddPostingAsync(database, "a", (SectionKind.Required, ["FDK and the Quux Toolkit"]));
        await linker.RelinkPostingAsync(postingId);
        int fdkId;
        await using (var db = database.Factory.CreateDbContext())
        {
            fdkId = (await db.SkillTerms.SingleAsync(t => t.Name == "Frobnicator Design Kit")).Id;

            // "Quux Toolkit" is unknown, but the posting lists it next to a known term: the posting adds it.
            Assert.Equal([("Frobnicator Design Kit", "FDK"), ("Quux Toolkit", "Quux Toolkit")], await PostingLinksAsync(db, postingId));
            Assert.Equal(TermSource.Posting, (await db.SkillTerms.SingleAsync(t => t.Name == "Quux Toolkit")).Source);
        }

        var version2 = await ImportOutlineAsync(database, SmallOutline.Replace("- Frobnicator Design Kit, FDK", "- ***Quux Toolkit***", StringComparison.Ordinal));
        var result = await linker.RelinkOutlineAsync(version2);

        // The outline's "Quux Toolkit" replaces the posting's (an exact-case key, so another term); FDK goes.
        Assert.Equal(1, result.Vocabulary.TermsAdded);
        Assert.Equal(2, result.Vocabulary.TermsRemoved);
        Assert.Equal(TermSource.Outline, (await database.Factory.CreateDbContext().SkillTerms.SingleAsync(t => t.Name == "Quux Toolkit")).Source);
        await using var check = database.Factory.CreateDbContext();
        Assert.False(await check.SkillTerms.AnyAsync(t => t.Id == fdkId));
        Assert.False(await check.SkillAliases.AnyAsync(a => a.Alias == "FDK"));
        // Now "FDK" is the unknown one, listed next to a known term: a posting term of its own.
        Assert.Equal([("FDK", "FDK"), ("Quux Toolkit", "Quux Toolkit")], await PostingLinksAsync(check, postingId));
        Assert.Equal(TermSource.Posting, (await check.SkillTerms.SingleAsync(t => t.Name == "FDK")).Source);
        Assert.True(await check.SkillTerms.AnyAsync(t => t.Name == "PyTorch"));
    }

    [Fact]
    public async Task RelinkPostings_TermsAPostingAdds_AreFoundInLaterPostingsAndGoWhenNoPostingUsesThem()
    {
        using var database = await TestDatabase.CreateAsync();
        var linker = new SkillLinker(database.Factory);
        await linker.RelinkOutlineAsync(await ImportOutlineAsync(database, SmallOutline));
        var first = await AddPostingAsync(database, "a", (SectionKind.Required, ["Experience with PyTorch and Frobnitz Studio."]));
        var second = await AddPostingAsync(database, "b", (SectionKind.About, ["Our tools: Frobnitz Studio for everything."]));

        await linker.RelinkPostingsAsync([first, second]);

        await using (var db = database.Factory.CreateDbContext())
        {
            Assert.Equal([("PyTorch", "PyTorch"), ("Frobnitz Studio", "Frobnitz Studio")], await PostingLinksAsync(db, first));
            Assert.Equal([("Frobnitz Studio", "Frobnitz Studio")], await PostingLinksAsync(db, second));
            Assert.Equal(TermSource.Posting, (await db.SkillTerms.SingleAsync(t => t.Name == "Frobnitz Studio")).Source);
        }

        // Re-linking the outline rebuilds the vocabulary and adds the posting's term again, with the same links.
        var again = await linker.RelinkOutlineAsync((await database.Factory.CreateDbContext().OutlineDocuments.SingleAsync()).Id);
        Assert.Equal(2, again.Postings.Owners);
        await using (var db = database.Factory.CreateDbContext())
        {
            Assert.Equal([("Frobnitz Studio", "Frobnitz Studio")], await PostingLinksAsync(db, second));
            await db.PostingLines.Where(l => l.Text.Contains("Frobnitz")).ExecuteUpdateAsync(u => u.SetProperty(l => l.Text, "Experience with PyTorch."));
        }

        await linker.RelinkPostingsAsync([first, second]);
        await using var check = database.Factory.CreateDbContext();
        Assert.False(await check.SkillTerms.AnyAsync(t => t.Source == TermSource.Posting));
    }

    [Fact]
    public async Task RelinkPosting_BeforeAnyOutline_UsesTheCuratedList()
    {
        using var database = await TestDatabase.CreateAsync();
        var postingId = await AddPostingAsync(database, "a", (SectionKind.Required, ["Go, Rust and C++; go to the office"]));

        await new SkillLinker(database.Factory).RelinkPostingAsync(postingId);

        await using var db = database.Factory.CreateDbContext();
        Assert.Equal([("Go", "Go"), ("Rust", "Rust"), ("C++", "C++")], await PostingLinksAsync(db, postingId));
        Assert.Equal(SkillVocabulary.FromCurated(CuratedList.Default).Terms.Count, await db.SkillTerms.CountAsync());
    }

    [Fact]
    public async Task RelinkOutline_UnknownDocument_ChangesNothing()
    {
        using var database = await TestDatabase.CreateAsync();
        var linker = new SkillLinker(database.Factory);
        await linker.RelinkOutlineAsync(await ImportOutlineAsync(database, SmallOutline));
        await using var db = database.Factory.CreateDbContext();
        var terms = await db.SkillTerms.CountAsync();
        var links = await db.TermOccurrences.CountAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => linker.RelinkOutlineAsync(999));

        Assert.Equal(terms, await db.SkillTerms.CountAsync());
        Assert.Equal(links, await db.TermOccurrences.CountAsync());
    }

    [Fact]
    public async Task RelinkIfVocabularyChanged_LinkedByThisRelease_DoesNothing()
    {
        using var database = await TestDatabase.CreateAsync();
        var linker = new SkillLinker(database.Factory);
        Assert.Null(await linker.RelinkIfVocabularyChangedAsync());

        var documentId = await ImportOutlineAsync(database, SmallOutline);
        await linker.RelinkOutlineAsync(documentId);

        Assert.Null(await linker.RelinkIfVocabularyChangedAsync());
        await using var db = database.Factory.CreateDbContext();
        var stamp = await db.VocabularyStamps.SingleAsync();
        Assert.Equal((SkillLinker.VocabularyFingerprint, documentId), (stamp.Fingerprint, stamp.DocumentId));
    }

    /// <summary>A database linked by a release with another curated list, or before the stamp existed: linked again, once, from the same outline.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RelinkIfVocabularyChanged_LinkedByAnotherRelease_RelinksTheOutlineAndPostingsOnce(bool stampMissing)
    {
        using var database = await TestDatabase.CreateAsync();
        var linker = new SkillLinker(database.Factory);
        var documentId = await ImportOutlineAsync(database, SmallOutline);
        var postingId = await AddPostingAsync(database, "a", (SectionKind.Required, ["PyTorch and Kubernetes"]));
        await linker.RelinkOutlineAsync(documentId);
        await using var db = database.Factory.CreateDbContext();
        var outlineLinks = await db.TermOccurrences.CountAsync(o => o.OutlineNodeId != null);

        // What an earlier release left: its own vocabulary (here one term short, and its links gone) and its stamp.
        await db.SkillTerms.Where(t => t.Name == "Kubernetes").ExecuteDeleteAsync();
        await (stampMissing ? db.VocabularyStamps.ExecuteDeleteAsync() : db.VocabularyStamps.ExecuteUpdateAsync(s => s.SetProperty(x => x.Fingerprint, "rules 0; lists 0")));
        Assert.Equal([("PyTorch", "PyTorch")], await PostingLinksAsync(db, postingId));

        var relinked = await linker.RelinkIfVocabularyChangedAsync();

        Assert.NotNull(relinked);
        Assert.Equal(1, relinked.Vocabulary.TermsAdded);
        Assert.Equal([("PyTorch", "PyTorch"), ("Kubernetes", "Kubernetes")], await PostingLinksAsync(db, postingId));
        Assert.Equal(outlineLinks, await db.TermOccurrences.CountAsync(o => o.OutlineNodeId != null));
        Assert.Equal(documentId, (await db.VocabularyStamps.SingleAsync()).DocumentId);
        Assert.Null(await linker.RelinkIfVocabularyChangedAsync());
    }

    [Fact]
    public async Task RelinkIfVocabularyChanged_NoOutline_RestoresTheCuratedVocabulary()
    {
        using var database = await TestDatabase.CreateAsync();
        var linker = new SkillLinker(database.Factory);
        var postingId = await AddPostingAsync(database, "a", (SectionKind.Required, ["Go, Rust and C++"]));
        await linker.RelinkPostingAsync(postingId);
        await using var db = database.Factory.CreateDbContext();
        Assert.Null((await db.VocabularyStamps.SingleAsync()).DocumentId);
        await db.SkillTerms.Where(t => t.Name == "Rust").ExecuteDeleteAsync();
        await db.VocabularyStamps.ExecuteDeleteAsync();

        Assert.NotNull(await linker.RelinkIfVocabularyChangedAsync());

        Assert.Equal([("Go", "Go"), ("Rust", "Rust"), ("C++", "C++")], await PostingLinksAsync(db, postingId));
        Assert.Equal(SkillVocabulary.FromCurated(CuratedList.Default).Terms.Count, await db.SkillTerms.CountAsync());
    }
}
