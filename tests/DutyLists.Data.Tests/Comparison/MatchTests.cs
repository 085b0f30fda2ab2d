using DutyLists.Data.Comparison;
using DutyLists.Data.Search;
using DutyLists.Import.Model;

namespace DutyLists.Data.Tests.Comparison;

/// <summary>How duties of several townships are grouped: similar ones across townships, never two of one township.</summary>
public class MatchTests
{
    private static ComparedDuty Duty(int id, int township, string name) =>
        new(id, township, DutyKind.Basic, id, "党的建设", name, TextNormalization.ForMatching(name));

    [Fact]
    public void ADutyWordedSlightlyDifferentlyInAnotherTownshipIsMatched()
    {
        var groups = TownshipComparison.Match(
            [Duty(1, 1, "负责爱国卫生运动工作，倡导文明健康生活方式"), Duty(2, 2, "开展爱国卫生运动，倡导文明健康生活方式"), Duty(3, 2, "做好征兵工作")], 2);

        var matched = Assert.Single(groups, g => g.Duties.Count == 2);
        Assert.Equal([1, 2], matched.Duties.Select(d => d.Id));
        Assert.True(matched.InAll);
        Assert.True(Assert.Single(groups, g => g.Unique).Duties[0].Id == 3);
    }

    [Fact]
    public void TwoSimilarDutiesOfOneTownshipDoNotChainIntoOneGroup()
    {
        // 水污染防治 and 土壤污染防治 are alike; each finds its own counterpart, and the two of township 1 stay apart.
        var groups = TownshipComparison.Match(
        [
            Duty(1, 1, "做好辖区水污染防治工作"), Duty(2, 1, "做好辖区土壤污染防治工作"),
            Duty(3, 2, "做好辖区水污染防治工作"), Duty(4, 2, "做好辖区土壤污染防治工作"),
        ], 2);

        Assert.Equal(2, groups.Count);
        Assert.All(groups, g => Assert.Equal(g.Duties.Count, g.Duties.Select(d => d.TownshipId).Distinct().Count()));
        Assert.Contains(groups, g => g.Duties.Select(d => d.Id).SequenceEqual([1, 3]));
        Assert.Contains(groups, g => g.Duties.Select(d => d.Id).SequenceEqual([2, 4]));
    }

    [Fact]
    public void UnrelatedDutiesStayUniqueAndADutyInSomeTownshipsIsNotInAll()
    {
        var groups = TownshipComparison.Match(
            [Duty(1, 1, "组织开展森林草原防火工作"), Duty(2, 2, "组织开展森林草原防火工作"), Duty(3, 3, "负责殡葬管理工作")], 3);

        var some = Assert.Single(groups, g => g.Duties.Count == 2);
        Assert.False(some.InAll);
        Assert.Equal(3, Assert.Single(groups, g => g.Unique).Duties[0].Id);
    }
}
