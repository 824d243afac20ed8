using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;

namespace JobSkills.Postings;

/// <summary>
/// Reads a schema.org JobPosting from a page's application/ld+json scripts (also inside arrays
/// and @graph): title, hiringOrganization, jobLocation (and TELECOMMUTE as "Remote"), baseSalary,
/// datePosted, employmentType and description. The JSON is only parsed, never run; a script that
/// is not valid JSON is skipped.
/// </summary>
internal static class JobPostingJsonLd
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static StructuredFacts? Read(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(script.TextContent, Options);
                if (FindJobPosting(json.RootElement) is { } posting)
                {
                    return Facts(posting);
                }
            }
            catch (JsonException)
            {
                // Broken structured data is common; the page text still gets read.
            }
        }

        return null;
    }

    private static JsonElement? FindJobPosting(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindJobPosting(item) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (Strings(element, "@type").Any(t => t.Equals("JobPosting", StringComparison.OrdinalIgnoreCase)))
                {
                    return element;
                }

                return element.TryGetProperty("@graph", out var graph) ? FindJobPosting(graph) : null;
            default:
                return null;
        }
    }

    private static StructuredFacts Facts(JsonElement posting)
    {
        var locations = Items(posting, "jobLocation").Select(Location).Where(l => l.Length > 0).ToList();
        if (Strings(posting, "jobLocationType").Any(t => t.Equals("TELECOMMUTE", StringComparison.OrdinalIgnoreCase)))
        {
            locations.Add("Remote");
        }

        var facts = new StructuredFacts
        {
            Title = Text(posting, "title"),
            Company = Name(posting, "hiringOrganization"),
            Locations = locations.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            EmploymentTypes = Strings(posting, "employmentType").SelectMany(EmploymentTypes.Find).Distinct().ToList(),
            PostedOn = Date(Text(posting, "datePosted")),
            Description = Text(posting, "description"),
        };
        return posting.TryGetProperty("baseSalary", out var salary) ? WithSalary(facts, salary) : facts;
    }

    private static StructuredFacts WithSalary(StructuredFacts facts, JsonElement salary)
    {
        if (salary.ValueKind != JsonValueKind.Object)
        {
            return facts;
        }

        var currency = Text(salary, "currency");
        var value = salary.TryGetProperty("value", out var v) ? v : salary;
        decimal? min, max;
        var unit = Text(salary, "unitText");
        if (value.ValueKind == JsonValueKind.Object)
        {
            min = Number(value, "minValue") ?? Number(value, "value");
            max = Number(value, "maxValue") ?? Number(value, "value") ?? min;
            unit = Text(value, "unitText") is { Length: > 0 } inner ? inner : unit;
        }
        else
        {
            min = max = NumberOf(value);
        }

        if (min is null)
        {
            return facts;
        }

        return facts with
        {
            PayMin = min,
            PayMax = max,
            PayCurrency = currency.Length == 3 ? currency.ToUpperInvariant() : null,
            PayPeriod = PayParser.PeriodOf(unit),
        };
    }

    private static string Location(JsonElement place)
    {
        if (place.ValueKind == JsonValueKind.String)
        {
            return place.GetString()!.Trim();
        }

        if (place.ValueKind != JsonValueKind.Object)
        {
            return "";
        }

        if (!place.TryGetProperty("address", out var address))
        {
            return Text(place, "name");
        }

        if (address.ValueKind == JsonValueKind.String)
        {
            return address.GetString()!.Trim();
        }

        string[] parts = [Text(address, "addressLocality"), Text(address, "addressRegion"), Name(address, "addressCountry")];
        return string.Join(", ", parts.Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>A property's value as a list: an array's items, or the single value.</summary>
    private static IEnumerable<JsonElement> Items(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return [];
        }

        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
    }

    private static IEnumerable<string> Strings(JsonElement element, string property) =>
        Items(element, property).Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!.Trim());

    private static string Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!.Trim()
            : "";

    /// <summary>A string, or an object's "name" (an Organization, a Country).</summary>
    private static string Name(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return "";
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Trim(),
            JsonValueKind.Object => Text(value, "name"),
            JsonValueKind.Array => value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Object ? Text(v, "name") : "").FirstOrDefault(n => n.Length > 0) ?? "",
            _ => "",
        };
    }

    private static decimal? Number(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? NumberOf(value) : null;

    private static decimal? NumberOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetDecimal(out var number) => number,
        JsonValueKind.String when decimal.TryParse(value.GetString()!.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };

    private static DateOnly? Date(string text) =>
        text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
