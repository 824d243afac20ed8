using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace JobSkills.Postings;

/// <summary>
/// Recognises and splits locations. A line on its own is a location when it reads
/// "City, Region" or "City, Region, Country" and its last part is a country, a US state or
/// Canadian province (name or code), or another 2–3 letter capital code ("Seattle, Washington,
/// United States", "Austin, TX", "Cambridge, UK"), possibly followed by a postal code ("St. Louis,
/// MO 63141"), or when it is "Remote" (with an optional
/// qualifier). A value given under a key ("Location: …") is trusted and only split: at ";",
/// " or ", " | ", " · " and " / ", then at commas when the parts are not "City, Region".
/// "Hybrid" and "On-site" say how, not where, and are left out; "Remote" is kept.
/// </summary>
internal static partial class LocationText
{
    private static readonly FrozenSet<string> Regions = new[]
    {
        // Countries and common short forms.
        "united states", "united states of america", "usa", "us", "u.s.", "america", "canada", "mexico", "brazil",
        "argentina", "chile", "colombia", "peru", "united kingdom", "uk", "u.k.", "great britain", "england",
        "scotland", "wales", "northern ireland", "ireland", "france", "germany", "deutschland", "austria",
        "switzerland", "netherlands", "the netherlands", "belgium", "luxembourg", "spain", "portugal", "italy",
        "denmark", "sweden", "norway", "finland", "iceland", "poland", "czech republic", "czechia", "slovakia",
        "hungary", "romania", "bulgaria", "greece", "turkey", "ukraine", "estonia", "latvia", "lithuania",
        "croatia", "serbia", "slovenia", "israel", "united arab emirates", "uae", "saudi arabia", "qatar",
        "egypt", "south africa", "nigeria", "kenya", "morocco", "india", "pakistan", "bangladesh", "sri lanka",
        "china", "hong kong", "taiwan", "japan", "south korea", "korea", "singapore", "malaysia", "indonesia",
        "philippines", "vietnam", "thailand", "australia", "new zealand", "europe", "emea", "apac", "latam",
        // US states, DC, Canadian provinces.
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
        "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
        "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
        "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
        "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
        "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
        "west virginia", "wisconsin", "wyoming", "district of columbia", "d.c.", "ontario", "quebec",
        "british columbia", "alberta", "manitoba", "saskatchewan", "nova scotia", "new brunswick",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> WorkModes = new[] { "hybrid", "on-site", "onsite", "on site", "in-office", "in office" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when a line on its own is a location (see the class comment).</summary>
    public static bool IsLocation(string line)
    {
        var text = PostalCode().Replace(StripWorkModeNote(line.Trim()), "");
        if (text.Length is 0 or > 80 || SectionHeadings.WordCount(text) > 9 || TitleWords.HasRoleWord(text))
        {
            return false;
        }

        if (IsRemote(text))
        {
            return true;
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        return parts.Length is >= 2 and <= 4
            && parts.All(IsPlaceName)
            && IsRegion(parts[^1]);
    }

    /// <summary>
    /// The locations of a line on its own: one location, or a list of them ("Austin, TX or
    /// Denver, CO") where every entry is one. Empty when the line is something else.
    /// </summary>
    public static List<string> ReadLine(string line)
    {
        if (IsLocation(line))
        {
            return SplitList(line);
        }

        var pieces = ListSeparator().Split(line.Trim());
        return pieces.Length > 1 && pieces.All(IsLocation) ? SplitList(line) : [];
    }

    /// <summary>Splits a value given under a location key into its locations.</summary>
    public static List<string> SplitList(string value)
    {
        var result = new List<string>();
        foreach (var piece in ListSeparator().Split(StripWorkModeNote(value)))
        {
            var parts = piece.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

            // Work modes before or after the places: "Hybrid, Remote, San Francisco, CA", "London, Berlin, Remote".
            var leading = parts.TakeWhile(IsModeOrRemote).ToList();
            var trailing = parts.Skip(leading.Count).Reverse().TakeWhile(IsModeOrRemote).Reverse().ToList();
            var places = parts.Skip(leading.Count).SkipLast(trailing.Count).ToList();

            leading.ForEach(part => AddPlace(result, part));
            if (places.Count > 1 && !IsRegion(places[^1]))
            {
                places.ForEach(part => AddPlace(result, part));
            }
            else if (places.Count > 0)
            {
                AddPlace(result, string.Join(", ", places));
            }

            trailing.ForEach(part => AddPlace(result, part));
        }

        return result;
    }

    /// <summary>Adds locations that do not repeat a city already listed ("Cambridge, UK" after "Cambridge, England, United Kingdom").</summary>
    public static void AddDistinct(List<string> locations, IEnumerable<string> more)
    {
        foreach (var location in more)
        {
            var city = CityOf(location);
            if (!locations.Any(l => CityOf(l) == city))
            {
                locations.Add(location);
            }
        }
    }

    private static string CityOf(string location) => location.Split(',')[0].Trim().ToLowerInvariant();

    private static void AddPlace(List<string> result, string place)
    {
        var text = StripWorkModeNote(place.Trim().Trim('.', ';', '/', '|', '·', ' '));
        if (text.Length > 0 && !WorkModes.Contains(text.ToLowerInvariant()))
        {
            result.Add(text);
        }
    }

    private static bool IsModeOrRemote(string part) => WorkModes.Contains(part.ToLowerInvariant()) || IsRemote(part);

    private static bool IsRemote(string text) => RemotePattern().IsMatch(text);

    private static bool IsRegion(string part)
    {
        var text = PostalCode().Replace(part.Trim(), "").TrimEnd('.');
        return Regions.Contains(text.ToLowerInvariant()) || RegionCode().IsMatch(text);
    }

    private static bool IsPlaceName(string part) => PlaceName().IsMatch(part);

    /// <summary>"Chicago, IL (Hybrid)" → "Chicago, IL".</summary>
    private static string StripWorkModeNote(string text) => WorkModeNote().Replace(text, "").Trim();

    [GeneratedRegex(@"\s*;\s*|\s+or\s+|\s+\|\s+|\s+·\s+|\s+/\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^(fully\s+)?remote(\s*[-–(]\s*[\p{L} ,]{2,30}\)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RemotePattern();

    // "MO 63141", "WA 98101-1234", "ON M5V 2T6", "SW1A 1AA" after a region: the postal code is not part of it.
    [GeneratedRegex(@"\s+(?:\d{4,6}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex PostalCode();

    [GeneratedRegex(@"^[A-Z]{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionCode();

    // One to four words, each starting with a capital ("St. Louis", "Frankfurt am Main" allowed by the small-word exception).
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|am|an|de|del|la|le|upon|on|of))*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceName();

    [GeneratedRegex(@"\s*\((hybrid|remote|on-?site|in[- ]office)\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorkModeNote();
}
