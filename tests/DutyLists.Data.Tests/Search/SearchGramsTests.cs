using DutyLists.Data.Search;

namespace DutyLists.Data.Tests.Search;

public sealed class SearchGramsTests
{
    [Fact]
    public void EveryCharacterAndEveryPairOfAdjacentCharactersIsOneTokenOnce()
    {
        var tokens = SearchGrams.Tokens("消防安全，消防").Split(' ');

        // 消 防 安 全 ， and 消防 防安 安全 全， ，消 (消, 防 and 消防 again are not repeated)
        Assert.Equal(10, tokens.Length);
        Assert.Equal(tokens.Length, tokens.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(5, tokens.Count(t => System.Text.RegularExpressions.Regex.IsMatch(t, "^[0-9a-f]{4}$")));
        Assert.Equal(5, tokens.Count(t => System.Text.RegularExpressions.Regex.IsMatch(t, "^[0-9a-f]{8}$")));
        Assert.Contains(SearchGrams.Query("消防")!, tokens);
        Assert.Contains(SearchGrams.Query("防")!, tokens);
    }

    [Fact]
    public void APairAcrossWhiteSpaceIsNotIndexed()
    {
        Assert.Equal(SearchGrams.Tokens("水利局"), SearchGrams.Tokens("水利局\n"));
        Assert.Equal(
            (SearchGrams.Tokens("水利局") + " " + SearchGrams.Tokens("民政局")).Split(' ').ToHashSet(),
            SearchGrams.Tokens("水利局 民政局").Split(' ').ToHashSet());
        Assert.DoesNotContain(SearchGrams.Query("局民")!, SearchGrams.Tokens("水利局 民政局").Split(' '));
    }

    [Fact]
    public void ALongerWordIsQueriedByAllItsPairsAndASingleCharacterByItself()
    {
        Assert.Equal(2, SearchGrams.Query("河长制")!.Split(' ').Length);
        Assert.Matches("^[0-9a-f]{4}$", SearchGrams.Query("河"));
        Assert.NotEqual(SearchGrams.Query("PP"), SearchGrams.Query("pp"));

        // A character that stands between white space, or alone, has no pair: it is found by its own token.
        Assert.Contains(SearchGrams.Query("河")!, SearchGrams.Tokens("一 河 二").Split(' '));
        Assert.Equal(SearchGrams.Query("河"), SearchGrams.Tokens("河"));
    }
}

public sealed class SearchKeysTests
{
    [Fact]
    public void ATextsKeysAreItsCharactersAndPairsFoldedToLowerCase()
    {
        var keys = SearchGrams.Keys("PPP 消防");

        // p, pp, 消, 防, 消防: the space breaks the pair P消, and PPP repeats p and pp.
        Assert.Equal(5, keys.Length);
        Assert.Equal(keys, SearchGrams.Keys("ppp 消防"));
        Assert.Contains(SearchGrams.QueryKeys("消防").Single(), keys);
        Assert.Contains(SearchGrams.QueryKeys("防").Single(), keys);
        Assert.DoesNotContain(SearchGrams.QueryKeys("P消").Single(), keys);
    }

    [Fact]
    public void AWordIsQueriedByItsPairsOrByItsOneCharacter()
    {
        Assert.Equal(['河'], SearchGrams.QueryKeys("河"));
        Assert.Single(SearchGrams.QueryKeys("河长"));
        Assert.Equal(2, SearchGrams.QueryKeys("河长制").Length);
        Assert.Equal(SearchGrams.QueryKeys("PP"), SearchGrams.QueryKeys("pp"));

        // A pair's key lies outside the characters' range, even for the lowest pair PostgreSQL can store (text has no NUL).
        foreach (var pair in (string[])["\u0001\u0001", "\u0001\uffff", "\uffff\uffff", "消防"])
        {
            Assert.False(SearchGrams.QueryKeys(pair).Single() is >= 0 and <= char.MaxValue, pair);
        }
    }
}
