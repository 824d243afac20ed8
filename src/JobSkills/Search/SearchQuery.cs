using System.Text;

namespace JobSkills.Search;

public enum SearchOperator
{
    And,
    Or,
    Not,
}

/// <summary>One part of a parsed query: a word (maybe a prefix), a quoted phrase, an operator, or a parenthesis.</summary>
public sealed record SearchToken(SearchTokenKind Kind, string Text = "", bool IsPrefix = false, SearchOperator Operator = SearchOperator.And);

public enum SearchTokenKind
{
    Word,
    Phrase,
    Operator,
    Open,
    Close,
}

/// <summary>
/// A user's search text, parsed into words, "quoted phrases", prefixes (pyt*), AND / OR / NOT
/// and parentheses. Input that does not form a valid query (a stray quote, a lone "-", "AND"
/// alone, "*") is never an error: it becomes a literal search for the words it contains.
/// </summary>
public sealed class SearchQuery
{
    private SearchQuery(string input, IReadOnlyList<SearchToken> tokens, bool isLiteral)
    {
        Input = input;
        Tokens = tokens;
        IsLiteral = isLiteral;
    }

    public string Input { get; }

    /// <summary>Tokens in order, with implicit ANDs left implicit. Empty when there is nothing to search for.</summary>
    public IReadOnlyList<SearchToken> Tokens { get; }

    /// <summary>True when the input's syntax was not valid and it is searched as plain words.</summary>
    public bool IsLiteral { get; }

    public bool IsEmpty => Tokens.Count == 0;

    /// <summary>The words and phrases searched for, for highlighting and display.</summary>
    public IEnumerable<string> Terms => Tokens.Where(t => t.Kind is SearchTokenKind.Word or SearchTokenKind.Phrase).Select(t => t.Text);

    /// <summary>The words and phrases of this query joined with OR, without the negated ones: what to highlight.</summary>
    public SearchQuery Positive()
    {
        var positive = new List<SearchToken>();
        var negated = false;
        foreach (var token in Tokens)
        {
            if (token.Kind == SearchTokenKind.Operator)
            {
                negated = token.Operator == SearchOperator.Not;
                continue;
            }

            if (token.Kind is SearchTokenKind.Word or SearchTokenKind.Phrase && !negated)
            {
                if (positive.Count > 0)
                {
                    positive.Add(new SearchToken(SearchTokenKind.Operator, Operator: SearchOperator.Or));
                }

                positive.Add(token);
            }

            negated &= token.Kind == SearchTokenKind.Open;
        }

        return new SearchQuery(Input, positive, IsLiteral);
    }

    public static SearchQuery Parse(string? input)
    {
        input ??= "";
        var tokens = Tokenize(input, out var wellFormed);
        if (wellFormed && IsValid(tokens))
        {
            return new SearchQuery(input, tokens, isLiteral: false);
        }

        return Literal(input);
    }

    /// <summary>Every run of letters and digits (plus the + and # of C++ and C#) as a plain word; everything else is ignored.</summary>
    public static SearchQuery Literal(string input)
    {
        var words = new List<SearchToken>();
        foreach (var word in Words(input))
        {
            words.Add(new SearchToken(SearchTokenKind.Word, word));
        }

        return new SearchQuery(input, words, isLiteral: true);
    }

    private static List<SearchToken> Tokenize(string input, out bool wellFormed)
    {
        var tokens = new List<SearchToken>();
        wellFormed = true;
        var i = 0;
        while (i < input.Length)
        {
            var c = input[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '"')
            {
                var end = input.IndexOf('"', i + 1);
                if (end < 0)
                {
                    wellFormed = false;
                    return tokens;
                }

                var phrase = string.Join(' ', Words(input[(i + 1)..end]));
                if (phrase.Length == 0)
                {
                    wellFormed = false;
                    return tokens;
                }

                var prefix = end + 1 < input.Length && input[end + 1] == '*';
                tokens.Add(new SearchToken(SearchTokenKind.Phrase, phrase, prefix));
                i = end + (prefix ? 2 : 1);
            }
            else if (c == '(' || c == ')')
            {
                tokens.Add(new SearchToken(c == '(' ? SearchTokenKind.Open : SearchTokenKind.Close));
                i++;
            }
            else
            {
                var start = i;
                while (i < input.Length && !char.IsWhiteSpace(input[i]) && input[i] is not ('"' or '(' or ')'))
                {
                    i++;
                }

                var raw = input[start..i];
                if (raw is "AND" or "OR" or "NOT")
                {
                    tokens.Add(new SearchToken(SearchTokenKind.Operator, Operator: Enum.Parse<SearchOperator>(raw, ignoreCase: true)));
                    continue;
                }

                if (raw.Length > 1 && raw[0] == '-' && IsWordChar(raw[1]))
                {
                    // "pytorch -tensorflow" means "pytorch NOT tensorflow".
                    tokens.Add(new SearchToken(SearchTokenKind.Operator, Operator: SearchOperator.Not));
                    raw = raw[1..];
                }

                var isPrefix = raw.EndsWith('*');
                var words = Words(raw).ToList();
                if (words.Count == 0 || (isPrefix && raw.TrimEnd('*').Any(ch => !IsWordChar(ch))))
                {
                    // "-", "*", "c-*" and the like are not valid syntax; the literal fallback keeps their words.
                    wellFormed = false;
                    return tokens;
                }

                // "scikit-learn" or "ML/AI" are several words written as one: search them as a phrase.
                tokens.Add(words.Count > 1
                    ? new SearchToken(SearchTokenKind.Phrase, string.Join(' ', words), isPrefix)
                    : new SearchToken(SearchTokenKind.Word, words[0], isPrefix));
            }
        }

        return tokens;
    }

    /// <summary>Operators need an operand on each side (NOT included: "a NOT b"); parentheses must balance and not be empty.</summary>
    private static bool IsValid(List<SearchToken> tokens)
    {
        if (tokens.Count == 0)
        {
            return false;
        }

        var depth = 0;
        var expectOperand = true;
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case SearchTokenKind.Word or SearchTokenKind.Phrase:
                    expectOperand = false;
                    break;
                case SearchTokenKind.Operator:
                    if (expectOperand)
                    {
                        return false;
                    }

                    expectOperand = true;
                    break;
                case SearchTokenKind.Open:
                    depth++;
                    expectOperand = true;
                    break;
                case SearchTokenKind.Close:
                    if (expectOperand || --depth < 0)
                    {
                        return false;
                    }

                    break;
            }
        }

        return depth == 0 && !expectOperand;
    }

    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '+' or '#';

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (IsWordChar(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
