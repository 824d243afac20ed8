using System.Globalization;
using System.Text.RegularExpressions;

namespace JobSkills.Postings;

/// <summary>A pay statement: as written, and its figures.</summary>
internal sealed record PayInfo(string Text, decimal Min, decimal Max, string? Currency, PayPeriod? Period)
{
    /// <summary>True when the text states the period ("a year", "/hr"); false when it was inferred or is unknown.</summary>
    public bool PeriodWritten { get; init; }

    /// <summary>Where the statement starts and ends in the text it was read from.</summary>
    public int Start { get; init; }

    public int End { get; init; }
}

/// <summary>
/// Finds pay in text: an amount or a range with a currency ("$12100 monthly", "between $131,500
/// and $243,300", "$45–$60/hr", "£50k - £70k per annum", "USD 120,000 - 150,000 a year",
/// "€4.000 brutto/Monat"). Rules:
/// <list type="bullet">
/// <item>A currency sign or ISO code must be on one of the amounts; bare numbers are never pay.</item>
/// <item>"k" multiplies by 1,000 (on the lower amount too when only the upper has it: "45–60k").</item>
/// <item>A separator followed by exactly three digits groups thousands ("131,500", "4.000"),
/// otherwise it is the decimal mark ("12.50").</item>
/// <item>The period is read from the words right after the amount ("/hr", "a year", "monthly",
/// "brutto/Monat", "p.a.") or just before it ("annual salary of …").</item>
/// <item>Millions and billions ("$7B", "325 million in funding") and amounts that are a budget,
/// allowance, bonus, credit or funding are not pay.</item>
/// <item>When no period is written and the lower amount is 20,000 or more in a currency where
/// that can only be a yearly figure (USD, GBP, EUR, CAD, AUD, CHF, NZD, SGD), the period is Year.</item>
/// </list>
/// </summary>
internal static partial class PayParser
{
    private static readonly string[] YearlyWhenLarge = ["USD", "GBP", "EUR", "CAD", "AUD", "CHF", "NZD", "SGD"];

    /// <summary>The pay a text states: its first statement, or all of them together (see <see cref="Combine"/>).</summary>
    public static PayInfo? Parse(string text) => Combine(text, FindAll(text).ToList());

    /// <summary>
    /// Several statements of one currency and period in one text ("$150,000 - $200,000 in California and $160,000 -
    /// $210,000 in New York") are one band: written from the first amount to the last, from the lowest to the highest
    /// figure. Otherwise the first statement stands.
    /// </summary>
    public static PayInfo? Combine(string text, IReadOnlyList<PayInfo> statements)
    {
        if (statements.Count < 2)
        {
            return statements.FirstOrDefault();
        }

        var first = statements[0];
        var same = statements.TakeWhile(p => p.Currency == first.Currency && p.Period == first.Period).ToList();
        if (same.Count < 2 || same[^1].End - first.Start > 300)
        {
            return first;
        }

        var written = text[first.Start..same[^1].End].Trim();
        return first with { Text = written, Min = same.Min(p => p.Min), Max = same.Max(p => p.Max), End = same[^1].End, PeriodWritten = same.Any(p => p.PeriodWritten) };
    }

    public static IEnumerable<PayInfo> FindAll(string text)
    {
        foreach (Match match in Amounts().Matches(text))
        {
            if (Read(text, match) is { } pay)
            {
                yield return pay;
            }
        }
    }

    /// <summary>A period from a unit word ("HOUR", "per month", "Jahr"), or null.</summary>
    public static PayPeriod? PeriodOf(string unit)
    {
        var word = unit.Trim().ToLowerInvariant().Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return word switch
        {
            "hour" or "hours" or "hourly" or "hr" or "hrs" or "h" or "stunde" or "std" => PayPeriod.Hour,
            "day" or "daily" or "tag" => PayPeriod.Day,
            "week" or "weekly" or "wk" or "woche" => PayPeriod.Week,
            "month" or "monthly" or "mo" or "mth" or "monat" or "monatlich" or "mois" => PayPeriod.Month,
            "year" or "yearly" or "annual" or "annually" or "annum" or "yr" or "jahr" or "jährlich" or "pa" => PayPeriod.Year,
            _ => null,
        };
    }

    private static PayInfo? Read(string text, Match match)
    {
        var currency = Currency(match.Groups["c1"].Value) ?? Currency(match.Groups["s1"].Value)
            ?? Currency(match.Groups["c2"].Value) ?? Currency(match.Groups["s2"].Value);
        if (currency is null || IsLargeUnit(text, match.Index + match.Length) || IsNotPay(text, match))
        {
            return null;
        }

        var min = Number(match.Groups["n1"].Value);
        if (min is null or <= 0)
        {
            return null;
        }

        var end = match.Index + match.Length;
        var max = min;
        var hasRange = match.Groups["n2"].Success
            && (match.Groups["sep"].Value.Trim() != "and" || match.Groups["between"].Success);
        if (hasRange && Number(match.Groups["n2"].Value) is { } upper)
        {
            var k1 = match.Groups["k1"].Success;
            var k2 = match.Groups["k2"].Success;
            min = k1 || (k2 && min < 1000) ? min * 1000 : min;
            max = k2 ? upper * 1000 : upper;
        }
        else
        {
            end = match.Groups["n1"].Index + match.Groups["n1"].Length;
            end = match.Groups["k1"].Success ? match.Groups["k1"].Index + match.Groups["k1"].Length : end;
            end = match.Groups["s1"].Success ? match.Groups["s1"].Index + match.Groups["s1"].Length : end;
            min = match.Groups["k1"].Success ? min * 1000 : min;
            max = min;
            if (match.Groups["between"].Success)
            {
                return null;
            }
        }

        if (max < min)
        {
            return null;
        }

        var period = PeriodAfter(text, end, out var periodEnd) ?? PeriodBefore(text, match.Index);
        var periodWritten = period is not null;
        end = Math.Max(end, periodEnd);
        if (period is null && min >= 20_000 && YearlyWhenLarge.Contains(currency))
        {
            period = PayPeriod.Year;
        }

        var written = text[match.Index..end].Trim().TrimEnd(',', ';', '(');
        return new PayInfo(written, min.Value, max.Value, currency, period) { PeriodWritten = periodWritten, Start = match.Index, End = match.Index + written.Length };
    }

    private static PayPeriod? PeriodAfter(string text, int end, out int periodEnd)
    {
        var window = text.Substring(end, Math.Min(40, text.Length - end));
        var match = UnitAfter().Match(window);
        periodEnd = match.Success ? end + match.Length : end;
        return match.Success ? PeriodOf(match.Groups["unit"].Value) : null;
    }

    private static PayPeriod? PeriodBefore(string text, int start)
    {
        var from = Math.Max(0, start - 40);
        var match = UnitBefore().Match(text, from, start - from);
        return match.Success ? PeriodOf(match.Groups["unit"].Value) : null;
    }

    private static bool IsLargeUnit(string text, int end) =>
        LargeUnit().IsMatch(text.Substring(end, Math.Min(12, text.Length - end)));

    /// <summary>Funding, budgets, allowances and bonuses: words right after the amount, or just before it in the same clause.</summary>
    private static bool IsNotPay(string text, Match match)
    {
        var end = match.Index + match.Length;
        var after = text.Substring(end, Math.Min(40, text.Length - end));
        var clause = ClauseEnd().Match(after) is { Success: true } stop ? after[..stop.Index] : after;
        var from = Math.Max(0, match.Index - 30);
        var before = text[from..match.Index];
        return NotPayAfter().IsMatch(clause) || NotPayBefore().IsMatch(before);
    }

    private static string? Currency(string symbol) => symbol.Trim() switch
    {
        "" => null,
        "$" or "US$" => "USD",
        "CA$" or "C$" => "CAD",
        "A$" or "AU$" => "AUD",
        "NZ$" => "NZD",
        "HK$" => "HKD",
        "S$" => "SGD",
        "R$" => "BRL",
        "£" => "GBP",
        "€" => "EUR",
        "¥" => "JPY",
        "₹" => "INR",
        "₩" => "KRW",
        var code => code.ToUpperInvariant(),
    };

    /// <summary>"131,500", "4.000" and "1'000" group thousands; "12.50" and "1,5" have decimals; both marks: the last is the decimal one.</summary>
    private static decimal? Number(string written)
    {
        var text = written.Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal);
        var lastMark = text.LastIndexOfAny([',', '.']);
        if (lastMark >= 0)
        {
            var decimals = text.Length - lastMark - 1;
            var otherMarks = text[..lastMark].Any(c => c is ',' or '.' && c != text[lastMark]);
            var isDecimal = otherMarks || decimals != 3;
            var integer = new string(text[..lastMark].Where(char.IsDigit).ToArray());
            var fraction = text[(lastMark + 1)..];
            text = isDecimal ? integer + "." + fraction : integer + fraction;
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private const string CurrencyBefore = @"US\$|CA\$|C\$|AU\$|A\$|NZ\$|HK\$|S\$|R\$|[$£€¥₹₩]|\b(?:USD|CAD|AUD|NZD|HKD|SGD|GBP|EUR|JPY|CNY|INR|CHF|SEK|NOK|DKK|PLN|BRL|KRW|ZAR|MXN)\b";
    private const string CurrencyAfter = @"[$£€¥₹]|\b(?:USD|CAD|AUD|NZD|HKD|SGD|GBP|EUR|JPY|CNY|INR|CHF|SEK|NOK|DKK|PLN|BRL|KRW|ZAR|MXN)\b";
    private const string Amount = @"\d{1,3}(?:[,.'\u00A0\u202F]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?";

    [GeneratedRegex(
        @"(?<between>\bbetween\s+)?(?<c1>" + CurrencyBefore + @")?\s?(?<n1>" + Amount + @")(?<k1>\s?[kK]\b)?(?<s1>\s?(?:" + CurrencyAfter + @"))?" +
        @"(?:(?<sep>\s*(?:-|–|—|−|\bto\b|\band\b|\bbis\b)\s*)(?<c2>" + CurrencyBefore + @")?\s?(?<n2>" + Amount + @")(?<k2>\s?[kK]\b)?(?<s2>\s?(?:" + CurrencyAfter + @"))?)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Amounts();

    [GeneratedRegex(
        @"^[\s,]*(?:(?:gross|brutto|netto|net|base|salary|pay|total|OTE|USD|EUR|GBP|CAD|AUD|CHF)[\s,]*)*(?:(?:/|per|an?|each|every)\s*)?" +
        @"(?:(?<unit>hourly|hours?|hrs?|h|daily|day|weekly|week|wk|monthly|month|mo|mth|yearly|annually|annual|annum|year|yr|stunde|std|tag|woche|monatlich|monat|jährlich|jahr|mois)\b|(?<unit>p\.\s?a\.|pa\b))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitAfter();

    [GeneratedRegex(@"\b(?<unit>hourly|daily|weekly|monthly|annual|annually|yearly)\b(?!.*\b(?:hourly|daily|weekly|monthly|annual|annually|yearly)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitBefore();

    [GeneratedRegex(@"^\s?(?:million|billion|mio|mrd|mn|bn|[mb])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LargeUnit();

    [GeneratedRegex(@"[,.;(+&]|\bplus\b|\band\b|\bwith\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"\b(?:budget|allowance|reimbursement|credit|funding|valuation|revenue|raised|sign[- ]on|signing|referral|relocation|bonus|match)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotPayAfter();

    [GeneratedRegex(@"\b(?:raised|valuation of|revenue of|funding of|budget of|worth|bonus of|allowance of|up to a)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotPayBefore();
}
