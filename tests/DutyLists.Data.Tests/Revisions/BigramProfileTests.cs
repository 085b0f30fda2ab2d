using DutyLists.Data.Revisions;
using DutyLists.Data.Search;

namespace DutyLists.Data.Tests.Revisions;

public sealed class BigramProfileTests
{
    [Fact]
    public void SimilarityEqualsTheSearchSimilarityOnRealNames()
    {
        var names = Lists.Of("000").Select(d => TextNormalization.ForMatching(d.Name)).Take(120).Append("").Append("党").ToList();
        var profiles = names.Select(n => new BigramProfile(n)).ToList();

        for (var i = 0; i < names.Count; i++)
        {
            for (var j = 0; j < names.Count; j++)
            {
                var expected = TextNormalization.Similarity(names[i], names[j]);
                Assert.Equal(expected, profiles[i].Similarity(profiles[j]), 12);
                Assert.True(profiles[i].UpperBound(profiles[j]) >= expected - 1e-12);
            }
        }
    }
}
