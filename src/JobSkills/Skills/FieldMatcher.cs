using JobSkills.Outline;
using JobSkills.Postings;

namespace JobSkills.Skills;

/// <summary>One term a posting and a field share: its weight on each side and what it adds to the score.</summary>
public sealed record FieldEvidence(VocabularyTerm Term, double PostingWeight, double FieldWeight, double Contribution);

/// <summary>A field of the outline that fits a posting: the heading, its path, the score (0–1) and the shared terms, strongest first.</summary>
public sealed record FieldMatch(OutlineNode Field, string Path, double Score, IReadOnlyList<FieldEvidence> Evidence);

/// <summary>One occurrence of a term in a posting, with the kind of section it was found in.</summary>
public readonly record struct PostingTerm(VocabularyTerm Term, SectionKind Kind);

/// <summary>
/// Finds the outline fields that fit a posting best. Every field (a heading, together with its
/// "Notes about …" and "Skill Sets for …" facets) gets a term profile: tf-idf over the terms found
/// in its nodes, idf taken across fields, its own title counting extra. A posting's terms are
/// weighted by the kind of section they occur in, so requirements count and benefits do not. The
/// score is the cosine of the two vectors, damped for fields with too few terms to judge by, plus a
/// bonus for naming the field's own title terms.
/// </summary>
public sealed class FieldMatcher
{
    /// <summary>A field's title says what it is about: its terms count as this many occurrences.</summary>
    public const double TitleWeight = 3;

    /// <summary>Fields with fewer distinct terms than this are scored down in proportion: one shared word is weak evidence.</summary>
    public const int FullEvidenceTerms = 20;

    /// <summary>
    /// Added to the score in proportion to how much of the field's own title (idf-weighted) the
    /// posting names: a posting that asks for "recommender systems" fits the field called that,
    /// even when a bigger field shares more of its generic terms.
    /// </summary>
    public const double TitleBonus = 0.1;

    private readonly List<Profile> profiles;
    private readonly Dictionary<VocabularyTerm, double> idf;

    private FieldMatcher(List<Profile> profiles, Dictionary<VocabularyTerm, double> idf)
    {
        this.profiles = profiles;
        this.idf = idf;
    }

    public int FieldCount => profiles.Count;

    /// <summary>How much a term found in this kind of section counts.</summary>
    public static double WeightOf(SectionKind kind) => kind switch
    {
        SectionKind.Required or SectionKind.Responsibilities => 1.0,
        SectionKind.Preferred => 0.8,
        SectionKind.Other => 0.6,
        SectionKind.About => 0.3,
        _ => 0,
    };

    public static FieldMatcher Build(OutlineTree tree, SkillMatcher matcher)
    {
        var topics = new OutlineTopics.Cache();
        var counts = new Dictionary<OutlineNode, Dictionary<VocabularyTerm, double>>();
        var titleTerms = new Dictionary<OutlineNode, HashSet<VocabularyTerm>>();
        var order = new List<OutlineNode>();
        var found = new List<SkillMatch>();
        foreach (var node in tree.InDocumentOrder())
        {
            if (topics.TopicOf(node) is not { } topic)
            {
                continue;
            }

            if (!counts.TryGetValue(topic, out var termCounts))
            {
                counts[topic] = termCounts = [];
                order.Add(topic);
            }

            found.Clear();
            var text = node.Kind == OutlineNodeKind.Heading ? OutlineTopics.StripFacetPrefix(node.PlainText) : node.PlainText;
            matcher.Match(text, found);
            var weight = node == topic ? TitleWeight : 1;
            foreach (var match in found)
            {
                termCounts[match.Term] = termCounts.GetValueOrDefault(match.Term) + weight;
            }

            if (node == topic && found.Count > 0)
            {
                titleTerms[topic] = found.Select(m => m.Term).ToHashSet();
            }
        }

        var documentFrequency = new Dictionary<VocabularyTerm, int>();
        foreach (var termCounts in counts.Values)
        {
            foreach (var term in termCounts.Keys)
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        var fieldCount = order.Count;
        var idf = documentFrequency.ToDictionary(p => p.Key, p => Math.Log((1.0 + fieldCount) / p.Value));
        var profiles = new List<Profile>();
        foreach (var topic in order)
        {
            var weights = counts[topic].ToDictionary(p => p.Key, p => (1 + Math.Log(p.Value)) * idf[p.Key]);
            var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
            if (norm > 0)
            {
                var title = titleTerms.GetValueOrDefault(topic) ?? [];
                profiles.Add(new Profile(topic, tree.FieldPathOf(topic), weights, norm, title, title.Sum(t => idf[t])));
            }
        }

        return new FieldMatcher(profiles, idf);
    }

    /// <summary>The fields that fit a text with no sections (every term counts as <see cref="SectionKind.Other"/>).</summary>
    public IReadOnlyList<FieldMatch> Match(SkillMatcher matcher, string text, int top = 5) =>
        Match(matcher.Match(text).Select(m => new PostingTerm(m.Term, SectionKind.Other)), top);

    /// <summary>The fields that fit a parsed posting, its terms weighted by section kind.</summary>
    public IReadOnlyList<FieldMatch> Match(SkillMatcher matcher, ParsedPosting posting, int top = 5) =>
        Match(posting.Sections.SelectMany(s => s.Lines.SelectMany(line => matcher.Match(line).Select(m => new PostingTerm(m.Term, s.Kind)))), top);

    /// <summary>The <paramref name="top"/> fields with the highest score, best first, each with the shared terms as evidence.</summary>
    public IReadOnlyList<FieldMatch> Match(IEnumerable<PostingTerm> terms, int top = 5)
    {
        var sums = new Dictionary<VocabularyTerm, double>();
        foreach (var (term, kind) in terms)
        {
            sums[term] = sums.GetValueOrDefault(term) + WeightOf(kind);
        }

        // Terms the outline never uses cannot tell fields apart; they do not count.
        var query = sums
            .Where(p => p.Value > 0 && idf.ContainsKey(p.Key))
            .ToDictionary(p => p.Key, p => Math.Log(1 + p.Value) * idf[p.Key]);
        var queryNorm = Math.Sqrt(query.Values.Sum(w => w * w));
        if (queryNorm == 0)
        {
            return [];
        }

        var results = new List<FieldMatch>();
        foreach (var profile in profiles)
        {
            // Each shared term's part of the cosine (damped for thin fields) plus, for the field's
            // own title terms, its share of the title bonus; scaled so that the score stays within 0–1
            // and the evidence adds up to it.
            var damping = Math.Min(1.0, (double)profile.Weights.Count / FullEvidenceTerms);
            double score = 0;
            List<FieldEvidence>? evidence = null;
            foreach (var (term, q) in query)
            {
                if (profile.Weights.TryGetValue(term, out var w))
                {
                    var titlePart = profile.TitleTerms.Contains(term) ? TitleBonus * idf[term] / profile.TitleIdf : 0;
                    var contribution = ((q * w / (queryNorm * profile.Norm) * damping) + titlePart) / (1 + TitleBonus);
                    score += contribution;
                    (evidence ??= []).Add(new FieldEvidence(term, q, w, contribution));
                }
            }

            if (evidence is null)
            {
                continue;
            }

            evidence.Sort(static (a, b) => b.Contribution.CompareTo(a.Contribution));
            results.Add(new FieldMatch(profile.Field, profile.Path, score, evidence));
        }

        // A stable sort: equal scores keep document order.
        return results
            .OrderByDescending(r => r.Score)
            .Take(top)
            .ToList();
    }

    private sealed record Profile(
        OutlineNode Field,
        string Path,
        Dictionary<VocabularyTerm, double> Weights,
        double Norm,
        HashSet<VocabularyTerm> TitleTerms,
        double TitleIdf);
}
