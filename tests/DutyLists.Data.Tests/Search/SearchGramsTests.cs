using DutyLists.Data.Search;

namespace DutyLists.Data.Tests.Search;

public sealed class SearchGramsTests
{
    [Fact]
    public void EveryPairOfAdjacentCharactersIsOneTokenOnce()
    {
        var tokens = SearchGrams.Tokens("消防安全，消防").Split(' ');

        // 消防 防安 安全 全， ，消 (消防 again is not repeated)
        Assert.Equal(5, tokens.Length);
        Assert.Equal(tokens.Length, tokens.Distinct(StringComparer.Ordinal).Count());
        Assert.All(tokens, t => Assert.Matches("^[0-9a-f]{8}$", t));
        Assert.Contains(SearchGrams.Query("消防")!, tokens);
    }

    [Fact]
    public void APairAcrossWhiteSpaceIsNotIndexed()
    {
        Assert.Equal(SearchGrams.Tokens("水利局"), SearchGrams.Tokens("水利局\n"));
        Assert.Equal(SearchGrams.Tokens("水利局") + " " + SearchGrams.Tokens("民政局"), SearchGrams.Tokens("水利局 民政局"));
    }

    [Fact]
    public void ALongerWordIsQueriedByAllItsPairsAndASingleCharacterByNone()
    {
        Assert.Equal(2, SearchGrams.Query("河长制")!.Split(' ').Length);
        Assert.Null(SearchGrams.Query("河"));
        Assert.NotEqual(SearchGrams.Query("PP"), SearchGrams.Query("pp"));
    }
}
