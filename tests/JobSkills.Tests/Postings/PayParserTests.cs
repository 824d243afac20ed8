using JobSkills.Postings;

namespace JobSkills.Tests.Postings;

public class PayParserTests
{
    [Theory]
    [InlineData("• Pay: $12100 monthly", "$12100 monthly", 12100, 12100, "USD", PayPeriod.Month)]
    [InlineData("The base pay range for this role is between $131,500 and $243,300, and your base pay will depend on your skills.", "between $131,500 and $243,300", 131500, 243300, "USD", PayPeriod.Year)]
    [InlineData("Rate: $45–$60/hr depending on experience", "$45–$60/hr", 45, 60, "USD", PayPeriod.Hour)]
    [InlineData("Salary: £50k - £70k per annum plus bonus", "£50k - £70k per annum", 50000, 70000, "GBP", PayPeriod.Year)]
    [InlineData("Compensation: USD 120,000 - 150,000 a year", "USD 120,000 - 150,000 a year", 120000, 150000, "USD", PayPeriod.Year)]
    [InlineData("Gehalt: €4.000 brutto/Monat", "€4.000 brutto/Monat", 4000, 4000, "EUR", PayPeriod.Month)]
    [InlineData("€70.000 – €90.000 brutto/Jahr", "€70.000 – €90.000 brutto/Jahr", 70000, 90000, "EUR", PayPeriod.Year)]
    [InlineData("We pay $28.50 per hour.", "$28.50 per hour", 28.50, 28.50, "USD", PayPeriod.Hour)]
    [InlineData("The range is 45-60k EUR.", "45-60k EUR", 45000, 60000, "EUR", PayPeriod.Year)]
    [InlineData("Stipend of CA$6,000/month", "CA$6,000/month", 6000, 6000, "CAD", PayPeriod.Month)]
    [InlineData("Salary: 85.000 € p.a.", "85.000 € p.a.", 85000, 85000, "EUR", PayPeriod.Year)]
    [InlineData("an annual salary of $95,000", "$95,000", 95000, 95000, "USD", PayPeriod.Year)]
    public void Parse_WrittenPay_ReadsFiguresCurrencyAndPeriod(string text, string written, double min, double max, string currency, PayPeriod period)
    {
        var pay = PayParser.Parse(text);

        Assert.NotNull(pay);
        Assert.Equal(written, pay.Text);
        Assert.Equal((decimal)min, pay.Min);
        Assert.Equal((decimal)max, pay.Max);
        Assert.Equal(currency, pay.Currency);
        Assert.Equal(period, pay.Period);
    }

    [Fact]
    public void Parse_RangeWithoutAnyPeriodWord_InfersYearOnlyForYearSizedAmounts()
    {
        Assert.Equal(PayPeriod.Year, PayParser.Parse("between $131,500 and $243,300")!.Period);
        Assert.False(PayParser.Parse("between $131,500 and $243,300")!.PeriodWritten);
        Assert.Null(PayParser.Parse("$3,000 to $4,000")!.Period);
    }

    [Theory]
    [InlineData("Currently enrolled in a PhD or MS Program with a graduation date in Fall 2024 or Spring 2025")]
    [InlineData("Weve recently raised 325 million in Series E funding at a valuation of 7B")]
    [InlineData("We recently raised $325 million in Series E funding at a $7B valuation.")]
    [InlineData("401(k) with a 6% match and 20 days of vacation")]
    [InlineData("A $2,000 yearly learning budget")]
    [InlineData("Call 1-800-555-0100 between 9 and 5")]
    [InlineData("5+ years of experience with Python 3.11 and 2-3 cloud providers")]
    [InlineData("")]
    public void Parse_TextWithoutPay_FindsNothing(string text)
    {
        Assert.Null(PayParser.Parse(text));
    }

    [Fact]
    public void Parse_BetweenWithoutTheSecondAmount_IsNotARange()
    {
        Assert.Null(PayParser.Parse("between $50 and the end of the month"));
    }

    [Theory]
    [InlineData("The base pay range is $150,000 - $200,000 in California and $160,000 - $210,000 in New York.", "$150,000 - $200,000 in California and $160,000 - $210,000", 150000, 210000, PayPeriod.Year)]
    [InlineData("Pay: $50/hr for juniors, $70/hr for seniors", "$50/hr for juniors, $70/hr", 50, 70, PayPeriod.Hour)]
    [InlineData("Hourly: $20/hr. Salaried: $52,000 per year.", "$20/hr", 20, 20, PayPeriod.Hour)]
    public void Parse_SeveralStatementsOfOneKind_AreOneBand(string text, string written, double min, double max, PayPeriod period)
    {
        var pay = PayParser.Parse(text);

        Assert.NotNull(pay);
        Assert.Equal(written, pay.Text);
        Assert.Equal((decimal)min, pay.Min);
        Assert.Equal((decimal)max, pay.Max);
        Assert.Equal(period, pay.Period);
    }

    [Fact]
    public void FindAll_TwoStatements_ReturnsBothInOrder()
    {
        var pays = PayParser.FindAll("Hourly: $20/hr. Salaried: $52,000 per year.").ToList();

        Assert.Equal([20m, 52000m], pays.Select(p => p.Min));
        Assert.Equal([PayPeriod.Hour, PayPeriod.Year], pays.Select(p => p.Period));
    }

    [Theory]
    [InlineData("YEAR", PayPeriod.Year)]
    [InlineData("HOUR", PayPeriod.Hour)]
    [InlineData("month", PayPeriod.Month)]
    [InlineData("WEEK", PayPeriod.Week)]
    [InlineData("DAY", PayPeriod.Day)]
    [InlineData("p.a.", PayPeriod.Year)]
    [InlineData("fortnight", null)]
    public void PeriodOf_SchemaOrgAndWrittenUnits(string unit, PayPeriod? period)
    {
        Assert.Equal(period, PayParser.PeriodOf(unit));
    }
}
