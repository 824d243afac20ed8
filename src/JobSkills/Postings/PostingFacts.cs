using System.Globalization;
using System.Text.RegularExpressions;

namespace JobSkills.Postings;

/// <summary>
/// Title, company, locations, pay, employment type and posted date of a posting, with the header
/// lines they were read from (those lines leave the sections; the text keeps them).
/// <para>Where each fact comes from, best first:</para>
/// <list type="bullet">
/// <item>JSON-LD (HTML pages).</item>
/// <item>The header: the lines before the first running text (or, for a flattened page, the text
/// before its content). A line "Title | Company", "Title - Careers at Company", "Title at
/// Company" or "Title — Company" gives both (the side with a role word such as Engineer,
/// Scientist or Intern is the title); a line with a role word is the title; a line of one to five
/// capitalised words is the company; "City, Region[, Country]" lines and "·"-separated parts
/// give locations and types.</item>
/// <item>"Key: value" lines anywhere (also as bullets, and a heading with its value on the next
/// line): Location, Pay/Salary/Compensation, Type/Employment Type/Role, Title, Company, Posted.</item>
/// <item>"X is an equal opportunity employer", "X Careers"; the page's &lt;title&gt;.</item>
/// <item>The file name (<see cref="TitleWords.FromFileName"/>), then weak hints ("At X, we",
/// "About X").</item>
/// </list>
/// Pay is taken from a pay key first, then from a Pay section, then from lines that speak of pay,
/// then from any amount with a written period. A type not stated anywhere comes from the title
/// ("… Intern" → Internship).
/// </summary>
internal sealed partial record PostingFacts
{
    public string Title { get; init; } = "";
    public string Company { get; init; } = "";
    public IReadOnlyList<string> Locations { get; init; } = [];
    public PayInfo? Pay { get; init; }
    public string EmploymentType { get; init; } = "";
    public DateOnly? PostedOn { get; init; }

    /// <summary>Indexes of the header lines the facts were read from.</summary>
    public IReadOnlySet<int> HeaderLines { get; init; } = new HashSet<int>();

    public static PostingFacts Extract(PostingDraft draft, string fileName)
    {
        var reader = new Reader(draft);
        reader.ReadStructured();
        reader.ReadHeader();
        reader.ReadKeyValues();
        reader.ReadFallbacks(fileName);
        return reader.Result();
    }

    private sealed class Reader(PostingDraft draft)
    {
        private readonly IReadOnlyList<DraftLine> lines = draft.Lines;
        private readonly Best title = new();
        private readonly Best company = new();
        private readonly List<string> locations = [];
        private readonly List<string> types = [];
        private readonly HashSet<int> headerLines = [];
        private PayInfo? keyPay;
        private (string Line, string Company)? dashLine;
        private DateOnly? postedOn;

        public void ReadStructured()
        {
            if (draft.Structured is not { } s)
            {
                return;
            }

            title.Offer(0, s.Title);
            company.Offer(0, s.Company);
            LocationText.AddDistinct(locations, s.Locations);
            types.AddRange(s.EmploymentTypes);
            postedOn = s.PostedOn;
        }

        public void ReadHeader()
        {
            foreach (var i in HeaderZone())
            {
                var line = lines[i];
                var text = line.Text;
                if (line.Role == LineRole.Heading && IsFactKeyLine(text))
                {
                    // "## Job Title: QA Engineer": a fact, not a section.
                    var pair = KeyValue().Match(text);
                    ReadKey(pair.Groups["key"].Value, pair.Groups["value"].Value);
                    headerLines.Add(i);
                    continue;
                }

                if (text.EndsWith('?') || IsFactKeyLine(text) || (line.Role == LineRole.Heading && SectionHeadings.Match(text) is not null))
                {
                    continue;
                }

                if (ReadHeaderLine(line))
                {
                    headerLines.Add(i);
                }
            }
        }

        private bool ReadHeaderLine(DraftLine line)
        {
            var text = line.Text;
            ReadTypeParts(text);
            if (SplitHeaderLine(text) is { } parts)
            {
                // A plain dash often separates a title from its department ("Registered Nurse -
                // ICU"): such a company counts less than a line that is only a name, and if one
                // of those wins, the whole line is the title.
                var plainDash = parts.Company.Length > 0 && !StrongSeparator().IsMatch(text);
                title.Offer(1, parts.Title);
                company.Offer(plainDash ? 3 : 1, parts.Company);
                dashLine = plainDash && parts.Title.Length > 0 ? (text, parts.Company) : dashLine;
                LocationText.AddDistinct(locations, parts.Locations);
                return true;
            }

            if (line.Role != LineRole.Heading && text.Contains(" · ", StringComparison.Ordinal))
            {
                return ReadDotLine(text);
            }

            if (line.Role != LineRole.Heading && ReadPlaceOrType(text))
            {
                return true;
            }

            if (CareersSite().Match(text) is { Success: true } site)
            {
                company.Offer(3, CleanCompany(site.Groups["name"].Value));
                return line.Role == LineRole.Header;
            }

            if (TitleWords.HasRoleWord(text) && SectionHeadings.WordCount(text) <= 12 && !text.EndsWith('.') && !PageChrome.IsChromePiece(text))
            {
                return title.Offer(2, text);
            }

            if (line.Role == LineRole.Paragraph && !line.Glued && IsCompanyName(text))
            {
                return company.Offer(2, text);
            }

            if (line.Role == LineRole.Paragraph && AtCompany().Match(text) is { Success: true } at && IsCompanyName(at.Groups["name"].Value))
            {
                return company.Offer(2, at.Groups["name"].Value);
            }

            return false;
        }

        /// <summary>Employment types named by a part of a header line ("$38 - $52 an hour - Full-time, Part-time").</summary>
        private void ReadTypeParts(string text)
        {
            foreach (var part in HeaderPartSeparator().Split(text))
            {
                if (EmploymentTypes.IsOnlyTypes(part))
                {
                    types.AddRange(EmploymentTypes.Find(part));
                }
            }
        }

        /// <summary>A location line, a line of employment types ("Full-time /"), or a work mode ("Hybrid").</summary>
        private bool ReadPlaceOrType(string text)
        {
            var places = LocationText.ReadLine(text);
            if (places.Count > 0)
            {
                LocationText.AddDistinct(locations, places);
                return true;
            }

            if (EmploymentTypes.IsOnlyTypes(text))
            {
                types.AddRange(EmploymentTypes.Find(text));
                return true;
            }

            return WorkMode().IsMatch(text);
        }

        /// <summary>"Company · City, ST · 2 weeks ago · 100 applicants", "Hybrid · Full-time · Mid-Senior level".</summary>
        private bool ReadDotLine(string text)
        {
            var found = false;
            var parts = text.Split(" · ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            for (var p = 0; p < parts.Length; p++)
            {
                if (ReadPlaceOrType(parts[p]))
                {
                    found = true;
                }
                else if (p == 0 && IsCompanyName(parts[p]))
                {
                    found |= company.Offer(2, parts[p]);
                }
            }

            return found;
        }

        /// <summary>
        /// The lines before the first running text: at most eight (headers of flattened pages: all
        /// of their header lines).
        /// </summary>
        private List<int> HeaderZone()
        {
            var flattened = Enumerable.Range(0, lines.Count).Where(i => lines[i].Role == LineRole.Header).ToList();
            if (flattened.Count > 0)
            {
                return flattened;
            }

            var zone = new List<int>();
            for (var i = 0; i < lines.Count && zone.Count < 8; i++)
            {
                if (lines[i].Role != LineRole.Heading && IsRunningText(lines[i].Text))
                {
                    break;
                }

                zone.Add(i);
            }

            return zone;
        }

        public void ReadKeyValues()
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.Role == LineRole.Heading)
                {
                    // "Employment Type" with "Internship" on the next line.
                    if (i + 1 < lines.Count && lines[i + 1].Role != LineRole.Heading && SectionHeadings.WordCount(lines[i + 1].Text) <= 10)
                    {
                        ReadKey(line.Text, lines[i + 1].Text);
                    }

                    continue;
                }

                if (KeyValue().Match(line.Text) is { Success: true } pair)
                {
                    ReadKey(pair.Groups["key"].Value, pair.Groups["value"].Value);
                }
                else if (postedOn is null && PostedPhrase().Match(line.Text) is { Success: true } posted)
                {
                    postedOn = ParseDate(posted.Groups["date"].Value);
                }
            }
        }

        private void ReadKey(string rawKey, string value)
        {
            var key = NormalizeKey(rawKey);
            if (LocationKeys.Contains(key))
            {
                LocationText.AddDistinct(locations, LocationText.SplitList(value));
            }
            else if (PayKeys.Contains(key))
            {
                keyPay ??= PayParser.Parse(value);
            }
            else if (TypeKeys.Contains(key) || (key == "role" && EmploymentTypes.Find(value).Any() && SectionHeadings.WordCount(value) <= 4))
            {
                types.AddRange(EmploymentTypes.Find(value));
            }
            else if (TitleKeys.Contains(key))
            {
                title.Offer(4, value.Trim());
            }
            else if (CompanyKeys.Contains(key))
            {
                company.Offer(2, value.Trim());
            }
            else if (PostedKeys.Contains(key))
            {
                postedOn ??= ParseDate(value);
            }
        }

        public void ReadFallbacks(string fileName)
        {
            foreach (var line in lines)
            {
                if (EqualOpportunityEmployer().Match(line.Text) is { Success: true } eeo && IsCompanyName(eeo.Groups["name"].Value))
                {
                    company.Offer(5, eeo.Groups["name"].Value);
                    break;
                }
            }

            if (SplitHeaderLine(draft.DocumentTitle) is { } parts)
            {
                title.Offer(6, parts.Title);
                company.Offer(6, parts.Company);
            }

            var text = string.Join('\n', lines.Select(l => l.Text));
            var fromFile = TitleWords.FromFileName(fileName, text);
            title.Offer(7, fromFile.Title);
            company.Offer(7, fromFile.Company);

            if (WeakCompany().Match(text) is { Success: true } weak)
            {
                company.Offer(8, weak.Groups["name"].Value);
            }

            foreach (var line in lines.Where(l => l.Role == LineRole.Heading))
            {
                if (AboutCompany().Match(line.Text) is { Success: true } about)
                {
                    company.Offer(8, about.Groups["name"].Value);
                }
            }
        }

        public PostingFacts Result()
        {
            if (dashLine is { } dash && company.Rank < 3 && company.Value != dash.Company && title.Rank == 1)
            {
                title.Offer(0, dash.Line);
            }

            if (types.Count == 0)
            {
                types.Add(EmploymentTypes.FromTitle(title.Value));
            }

            return new PostingFacts
            {
                Title = title.Value,
                Company = company.Value,
                Locations = locations,
                Pay = ChoosePay(),
                EmploymentType = string.Join(", ", types.Where(t => t.Length > 0).Distinct()),
                PostedOn = postedOn,
                HeaderLines = headerLines,
            };
        }

        private PayInfo? ChoosePay()
        {
            var written = keyPay ?? PayInLines();
            if (draft.Structured is not { PayMin: { } min } s)
            {
                return written;
            }

            // JSON-LD figures win; the page's own wording is kept when it states the same figures.
            var max = s.PayMax ?? min;
            var text = written is not null && written.Min == min && written.Max == max
                ? written.Text
                : $"{s.PayCurrency} {min:#,0.##}{(max != min ? $"–{max:#,0.##}" : "")}{(s.PayPeriod is { } p ? " per " + p.ToString().ToLowerInvariant() : "")}".Trim();
            return new PayInfo(text, min, max, s.PayCurrency, s.PayPeriod ?? written?.Period);
        }

        /// <summary>Pay in a Pay section, else in lines that speak of pay, else any amount with a written period.</summary>
        private PayInfo? PayInLines()
        {
            PayInfo? spoken = null, periodic = null;
            var kind = SectionKind.Other;
            foreach (var line in lines)
            {
                if (line.Role == LineRole.Heading)
                {
                    kind = SectionHeadings.Classify(line.Text) ?? SectionKind.Other;
                    continue;
                }

                if (kind != SectionKind.Pay && spoken is not null)
                {
                    continue;
                }

                var speaksOfPay = PayWords().IsMatch(line.Text);
                var statements = PayParser.FindAll(line.Text).ToList();
                foreach (var pay in statements)
                {
                    if (kind == SectionKind.Pay)
                    {
                        return PayParser.Combine(line.Text, statements);
                    }

                    if (speaksOfPay)
                    {
                        spoken ??= PayParser.Combine(line.Text, statements);
                        break;
                    }

                    periodic ??= pay.PeriodWritten ? pay : null;
                }
            }

            return spoken ?? periodic;
        }
    }

    private static readonly string[] LocationKeys = ["location", "locations", "job location", "work location", "office", "office location", "based in", "where"];
    private static readonly string[] PayKeys = ["pay", "salary", "compensation", "pay range", "salary range", "base pay", "base salary", "pay rate", "hourly rate", "rate", "wage", "remuneration", "stipend", "gehalt"];
    private static readonly string[] TypeKeys = ["type", "employment type", "job type", "contract type", "commitment", "work type", "position type", "schedule"];
    private static readonly string[] TitleKeys = ["role", "title", "job title", "position"];
    private static readonly string[] CompanyKeys = ["company", "employer", "organization", "organisation", "hiring company"];
    private static readonly string[] PostedKeys = ["posted", "date posted", "posted on", "published", "posting date", "date"];

    private static string NormalizeKey(string key) => KeyNoise().Replace(key.ToLowerInvariant(), "").Trim();

    /// <summary>A "Key: value" line whose key is one of the facts' keys (read by the key scan, not as a header line).</summary>
    private static bool IsFactKeyLine(string text)
    {
        if (KeyValue().Match(text) is not { Success: true } pair)
        {
            return false;
        }

        var key = NormalizeKey(pair.Groups["key"].Value);
        return new[] { LocationKeys, PayKeys, TypeKeys, TitleKeys, CompanyKeys, PostedKeys }.Any(keys => keys.Contains(key));
    }

    /// <summary>The best value offered so far: a lower rank wins, and at equal rank the first one.</summary>
    private sealed class Best
    {
        private int rank = int.MaxValue;

        public string Value { get; private set; } = "";

        public int Rank => rank;

        public bool Offer(int offeredRank, string? value)
        {
            var text = value?.Trim() ?? "";
            if (text.Length == 0 || offeredRank >= rank)
            {
                return text.Length > 0;
            }

            (rank, Value) = (offeredRank, text);
            return true;
        }
    }

    /// <summary>
    /// A header line made of parts: "Title | Company", "Title - Careers at Company", "Company -
    /// Title", "Title — Company", "Company — City, Country", "Title | Company | City, ST", and
    /// "Title at Company". Each part is a location, a title (it has a role word) or a company
    /// name; at least two kinds must be present, each once, and in a three-part line the company
    /// is first or last. Null when the line is anything else.
    /// </summary>
    internal static (string Title, string Company, List<string> Locations)? SplitHeaderLine(string line)
    {
        var text = TitlePrefix().Replace(line.Trim(), "");
        foreach (var separator in new[] { " | ", " — ", " – ", " - " })
        {
            var parts = text.Split(separator, StringSplitOptions.TrimEntries);
            if (parts.Length is >= 2 and <= 3 && ClassifyParts(parts) is { } found)
            {
                return found;
            }
        }

        foreach (var separator in new[] { " at ", " @ " })
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && text[..at] is var role && TitleWords.HasRoleWord(role) && SectionHeadings.WordCount(role) <= 14
                && CleanCompany(text[(at + separator.Length)..]) is var name && IsCompanyName(name))
            {
                return (role.Trim(), name, []);
            }
        }

        return null;
    }

    private static (string Title, string Company, List<string> Locations)? ClassifyParts(string[] parts)
    {
        string title = "", company = "";
        var locations = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length == 0 || SectionHeadings.WordCount(part) > 14)
            {
                return null;
            }

            if (LocationText.ReadLine(part) is { Count: > 0 } places && locations.Count == 0)
            {
                locations = places;
            }
            else if (TitleWords.HasRoleWord(part) && title.Length == 0)
            {
                title = part;
            }
            else if (CleanCompany(part) is var name && IsCompanyName(name) && company.Length == 0 && (parts.Length == 2 || i != 1))
            {
                company = name;
            }
            else
            {
                return null;
            }
        }

        var kinds = (title.Length > 0 ? 1 : 0) + (company.Length > 0 ? 1 : 0) + (locations.Count > 0 ? 1 : 0);
        return kinds >= 2 ? (title, company, locations) : null;
    }

    /// <summary>"Careers at Apple Apple" → "Apple"; "Harbor Bank Careers" → "Harbor Bank"; "at Northwind" → "Northwind".</summary>
    internal static string CleanCompany(string text)
    {
        var name = CompanyNoise().Replace(text.Trim(), "").Trim();
        for (var i = 1; i < name.Length; i++)
        {
            if (FlattenedTextSplitter.IsGlueBoundary(name, i))
            {
                name = name[..i];
                break;
            }
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        for (var i = words.Count - 1; i > 0; i--)
        {
            if (words[i] == words[i - 1])
            {
                words.RemoveAt(i);
            }
        }

        return string.Join(' ', words).Trim(' ', ',', '.', '-', '|', ':');
    }

    /// <summary>One to five words, each capitalised (or a small joining word), that are not a role, place, type, heading or button.</summary>
    internal static bool IsCompanyName(string text)
    {
        var name = text.Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 5
            && name.Length <= 50
            && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || w is "&" or "and" or "of" or "de" or "the")
            && CompanyNameCharacters().IsMatch(name)
            && !NotAName().IsMatch(name)
            && !TitleWords.HasRoleWord(name)
            && !LocationText.IsLocation(name)
            && !EmploymentTypes.IsOnlyTypes(name)
            && SectionHeadings.Match(name) is null
            && !PageChrome.IsChromeLine(name)
            && !WorkMode().IsMatch(name);
    }

    /// <summary>Fifteen words or more, or eight or more ending a sentence: the text has begun.</summary>
    private static bool IsRunningText(string text)
    {
        var words = SectionHeadings.WordCount(text);
        return words >= 15 || (words >= 8 && text.TrimEnd().EndsWith('.'));
    }

    private static DateOnly? ParseDate(string value)
    {
        if (DateText().Match(value) is not { Success: true } match)
        {
            return null;
        }

        var text = Ordinal().Replace(match.Value, "$1").Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        text = WhiteSpace().Replace(text, " ");
        string[] formats = ["MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd", "M/d/yyyy", "dMyyyy"];
        if (match.Value.Contains('.', StringComparison.Ordinal) && DotDate().IsMatch(match.Value))
        {
            return DateOnly.TryParseExact(match.Value, "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dotted) ? dotted : null;
        }

        return DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    [GeneratedRegex(@"^(?<key>[\p{L}][\p{L} &/()'’.-]{0,30}?)\s*:\s*(?<value>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"\s\|\s|\bcareers\b|\bjobs\b|\s(?:at|@)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongSeparator();

    [GeneratedRegex(@"\s[-–—|·/]\s|,", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderPartSeparator();

    [GeneratedRegex(@"\(s\)|[*_]", RegexOptions.CultureInvariant)]
    private static partial Regex KeyNoise();

    [GeneratedRegex(@"\bPosted(?:\s+on)?:?\s+(?<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?\s+\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex PostedPhrase();

    [GeneratedRegex(@"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex DateText();

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}\.\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex DotDate();

    [GeneratedRegex(@"(\d)(?:st|nd|rd|th)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^(?:job application for|application for|apply for|apply to|job opening:?|vacancy:?|job:)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitlePrefix();

    [GeneratedRegex(@"^(?:careers at|jobs at|work at|join|at|@)\s+|\s+(?:careers|jobs|career site|job board)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyNoise();

    [GeneratedRegex(@"\bCareers at (?<name>\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,3})|^(?<name>\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,3}) Careers$", RegexOptions.CultureInvariant)]
    private static partial Regex CareersSite();

    [GeneratedRegex(@"^at (?<name>\p{Lu}.{0,48})$", RegexOptions.CultureInvariant)]
    private static partial Regex AtCompany();

    [GeneratedRegex(@"^[\p{L}\p{N}&.,'’ -]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyNameCharacters();

    [GeneratedRegex(@"^(?:we|it|this|that|our|the company|company|employer|remote|hybrid|careers|jobs|home|about|apply|summary)$|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|posted|reposted|ago|today|yesterday|days?|weeks?|months?|hours?|applicants?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();

    [GeneratedRegex(@"^(?:hybrid|on-?site|in[- ]office|remote|fully remote)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorkMode();

    [GeneratedRegex(@"(?:^|[.!?]\s+)(?<name>\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|&|and|of)){0,4}),?\s+(?i:is\s+(?:an?|a\s+proud|proud\s+to\s+be\s+an?)\s+(?:equal\s+(?:employment\s+)?opportunity|eoe\b|affirmative))", RegexOptions.CultureInvariant)]
    private static partial Regex EqualOpportunityEmployer();

    [GeneratedRegex(@"\bAt (?<name>\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,2}), we\b", RegexOptions.CultureInvariant)]
    private static partial Regex WeakCompany();

    [GeneratedRegex(@"^About (?!Us\b|the\b|The\b|This\b|You\b|Our\b)(?<name>\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex AboutCompany();

    [GeneratedRegex(@"\b(?:salary|pay|compensation|wage|rate|stipend|remuneration|OTE|earn|earnings|gehalt|vergütung)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PayWords();
}
