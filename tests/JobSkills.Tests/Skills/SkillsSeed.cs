using JobSkills.Import;
using JobSkills.Outline;
using JobSkills.Skills;

namespace JobSkills.Tests.Skills;

/// <summary>The seed outline with its vocabulary, matcher and field matcher, built once for all tests.</summary>
internal static class SkillsSeed
{
    private static readonly Lazy<OutlineTree> LazyTree = new(() =>
    {
        var file = SourceFile.Read(SeedData.OutlinePath);
        return OutlineTree.FromParsed(OutlineParser.Parse(file.Text, file.Name));
    });

    private static readonly Lazy<SkillVocabulary> LazyVocabulary = new(() => SkillVocabulary.Build(Tree));
    private static readonly Lazy<SkillMatcher> LazyMatcher = new(() => new SkillMatcher(Vocabulary));
    private static readonly Lazy<FieldMatcher> LazyFields = new(() => FieldMatcher.Build(Tree, Matcher));

    public static OutlineTree Tree => LazyTree.Value;
    public static SkillVocabulary Vocabulary => LazyVocabulary.Value;
    public static SkillMatcher Matcher => LazyMatcher.Value;
    public static FieldMatcher Fields => LazyFields.Value;

    /// <summary>The raw text of a seed posting (data/postings) or of a posting written for these tests (Skills/Postings).</summary>
    public static string PostingText(string name) => File.ReadAllText(PostingPath(name));

    /// <summary>The file of a seed posting (data/postings/NAME.txt) or of a posting written for these tests (Skills/Postings/NAME.txt, .md or .html).</summary>
    public static string PostingPath(string name)
    {
        var seed = Path.Combine(SeedData.PostingsFolder, name + ".txt");
        if (File.Exists(seed))
        {
            return seed;
        }

        var written = Directory.GetFiles(SeedData.TestFolder("Skills/Postings"), name + ".*");
        return written.Length == 1 ? written[0] : Path.Combine(SeedData.TestFolder("Skills/Postings"), name + ".txt");
    }
}
