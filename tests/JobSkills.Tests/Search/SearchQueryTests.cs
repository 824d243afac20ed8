using JobSkills.Search;

namespace JobSkills.Tests.Search;

public class SearchQueryTests
{
    [Theory]
    [InlineData("pytorch", "\"pytorch\"")]
    [InlineData("deep learning", "\"deep\" \"learning\"")]
    [InlineData("\"deep learning\"", "\"deep learning\"")]
    [InlineData("pyt*", "\"pyt\" *")]
    [InlineData("pytorch OR tensorflow", "\"pytorch\" OR \"tensorflow\"")]
    [InlineData("pytorch AND snake_case", "\"pytorch\" AND \"snake case\"")]
    [InlineData("vision NOT video", "\"vision\" NOT \"video\"")]
    [InlineData("vision -video", "\"vision\" NOT \"video\"")]
    [InlineData("(pytorch OR tensorflow) AND vision", "(\"pytorch\" OR \"tensorflow\") AND \"vision\"")]
    [InlineData("C++ C#", "\"C++\" \"C#\"")]
    [InlineData("scikit-learn", "\"scikit learn\"")]
    public void Parse_ValidSyntax_BecomesAQuotedMatchExpression(string input, string expected)
    {
        var query = SearchQuery.Parse(input);
        Assert.False(query.IsLiteral);
        Assert.Equal(expected, SqliteSearchIndex.ToMatchExpression(query));
    }

    [Theory]
    [InlineData("\"unclosed phrase", "\"unclosed\" \"phrase\"")]
    [InlineData("-", "")]
    [InlineData("AND", "\"AND\"")]
    [InlineData("*", "")]
    [InlineData("pytorch AND", "\"pytorch\" \"AND\"")]
    [InlineData("OR pytorch", "\"OR\" \"pytorch\"")]
    [InlineData("(pytorch", "\"pytorch\"")]
    [InlineData("pytorch)", "\"pytorch\"")]
    [InlineData("NOT pytorch", "\"NOT\" \"pytorch\"")]
    [InlineData("c-*", "\"c\"")]
    [InlineData("\"\"", "")]
    [InlineData("   ", "")]
    public void Parse_InvalidSyntax_FallsBackToALiteralSearchOfItsWords(string input, string expected)
    {
        var query = SearchQuery.Parse(input);
        Assert.True(query.IsLiteral);
        Assert.Equal(expected, SqliteSearchIndex.ToMatchExpression(query));
    }

    [Fact]
    public void Terms_AreTheWordsAndPhrasesSearchedFor()
    {
        Assert.Equal(["deep learning", "pytorch", "video"], SearchQuery.Parse("\"deep learning\" pytorch NOT video").Terms);
    }
}
