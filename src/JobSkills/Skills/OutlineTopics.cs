using System.Text.RegularExpressions;
using JobSkills.Outline;

namespace JobSkills.Skills;

/// <summary>
/// Groups the outline's headings into topics. A heading such as "Notes about Computer Vision" or
/// "Skill Sets about Computer Vision" is a facet of the field it describes, not a field of its own:
/// its nodes belong to that field ("Computer Vision").
/// </summary>
internal static partial class OutlineTopics
{
    /// <summary>The title without a facet prefix: "Skill Sets for Circuit Simulation" gives "Circuit Simulation".</summary>
    public static string StripFacetPrefix(string title) => FacetPrefix().Replace(title.Trim(), "").Trim();

    public static bool IsFacet(OutlineNode heading) =>
        heading.Kind == OutlineNodeKind.Heading && FacetPrefix().IsMatch(heading.PlainText.Trim());

    /// <summary>The topic (a non-facet heading) that a node belongs to, or null before the first heading.</summary>
    public static OutlineNode? TopicOf(OutlineNode node)
    {
        var heading = node;
        while (heading is not null && heading.Kind != OutlineNodeKind.Heading)
        {
            heading = heading.Parent;
        }

        return heading is null ? null : TopicOfHeading(heading);
    }

    /// <summary>
    /// A facet heading belongs to the nearest earlier sibling heading, or the parent heading, whose
    /// title names the same subject; failing that, to its parent; a top-level facet stays itself.
    /// </summary>
    public static OutlineNode TopicOfHeading(OutlineNode heading)
    {
        if (!IsFacet(heading))
        {
            return heading;
        }

        var subject = Simplify(StripFacetPrefix(heading.PlainText));
        var siblings = heading.Parent?.Children ?? [];
        for (var i = heading.Ordinal - 1; i >= 0 && i < siblings.Count; i--)
        {
            var sibling = siblings[i];
            if (sibling.Kind == OutlineNodeKind.Heading && !IsFacet(sibling) && SameSubject(subject, Simplify(sibling.PlainText)))
            {
                return sibling;
            }
        }

        // Under a top-level heading (a whole part of the outline) a facet without a subject stays a field.
        return heading.Parent is { Kind: OutlineNodeKind.Heading, Level: > 1 } parent ? TopicOfHeading(parent) : heading;
    }

    /// <summary>Remembers each heading's topic: a walk over the whole outline asks for it once per node.</summary>
    public sealed class Cache
    {
        private readonly Dictionary<OutlineNode, OutlineNode> topics = [];

        public OutlineNode? TopicOf(OutlineNode node)
        {
            var heading = node;
            while (heading is not null && heading.Kind != OutlineNodeKind.Heading)
            {
                heading = heading.Parent;
            }

            if (heading is null)
            {
                return null;
            }

            if (!topics.TryGetValue(heading, out var topic))
            {
                topic = TopicOfHeading(heading);
                topics[heading] = topic;
            }

            return topic;
        }
    }

    private static bool SameSubject(string a, string b) =>
        a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));

    private static string Simplify(string title) => NonWord().Replace(title.ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"^(?:(?:important|additional)\s+information\s+about|notes\s+(?:about|on|for)|(?:generic\s+)?skill\s+sets?(?:\s+(?:for|about|of|in))+|sets\s+of\s+skills(?:\s+(?:for|about|of|in))+|skills\s+(?:for|about|in))\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FacetPrefix();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
