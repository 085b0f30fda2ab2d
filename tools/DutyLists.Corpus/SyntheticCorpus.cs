using DutyLists.Import.Model;

namespace DutyLists.Corpus;

/// <summary>
/// Townships made by recombining the real items of the seed documents: each gets a plausible name, county,
/// prefecture and region, a mix of basic, cooperative and reclaimed duties drawn from all seeds (about 300), names
/// varied a little, departments moved to its own county, numbered 1..N per list. Deterministic for a given seed.
/// </summary>
public sealed class SyntheticCorpus(IReadOnlyList<ParsedList> seeds, int randomSeed)
{
    private static readonly string[] Syllables =
        ["阿", "巴", "博", "昌", "达", "东", "额", "丰", "富", "甘", "古", "和", "红", "呼", "吉", "喀", "克", "库", "乐", "利",
         "龙", "玛", "民", "木", "南", "宁", "平", "奇", "青", "泉", "仁", "若", "沙", "鄯", "石", "塔", "铁", "吐", "图", "托",
         "温", "乌", "西", "新", "兴", "伊", "永", "于", "泽", "长"];

    private static readonly string[] Levels = ["镇", "乡", "镇", "乡", "镇", "苏木"];

    // Small rewordings that leave a duty recognisable, as neighbouring townships word the same duty.
    private static readonly (string From, string To)[] Rewordings =
        [("负责", "承担"), ("做好", "抓好"), ("开展", "组织开展"), ("加强", "强化"), ("落实", "贯彻落实"), ("推进", "推动"), ("配合", "协助")];

    private readonly Random _random = new(randomSeed);
    private readonly List<ParsedDuty>[] _pool = Pool(seeds);

    /// <summary>A county holds 10–30 townships; a prefecture 5–12 counties.</summary>
    public IEnumerable<ParsedList> Townships(int count)
    {
        var county = "";
        var prefecture = "";
        var leftInCounty = 0;
        var leftInPrefecture = 0;
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            if (leftInPrefecture == 0)
            {
                prefecture = Place(2, 3) + "地区";
                leftInPrefecture = _random.Next(5, 13);
            }

            if (leftInCounty == 0)
            {
                county = Place(2, 3) + (_random.Next(4) == 0 ? "市" : "县");
                leftInCounty = _random.Next(10, 31);
                leftInPrefecture--;
            }

            leftInCounty--;
            string name;
            do
            {
                name = Place(2, 3) + Levels[_random.Next(Levels.Length)];
            }
            while (!used.Add(county + name));

            yield return Township(i, name, county, prefecture);
        }
    }

    private ParsedList Township(int index, string name, string county, string prefecture)
    {
        var duties = new List<ParsedDuty>();
        foreach (var kind in Enum.GetValues<DutyKind>())
        {
            var pool = _pool[(int)kind];
            var take = kind switch { DutyKind.Basic => _random.Next(90, 140), DutyKind.Cooperative => _random.Next(90, 125), _ => _random.Next(30, 55) };
            var picked = pool.OrderBy(_ => _random.Next()).Take(take).OrderBy(d => d.Category, StringComparer.Ordinal).ToList();
            duties.AddRange(picked.Select((d, i) => Vary(d, i + 1, county)));
        }

        return new ParsedList
        {
            FileName = $"synthetic-{index:D5}.csv",
            Sha256 = "",
            Layout = DocumentLayout.Sheet,
            Township = new TownshipInfo(name, name[^1..] == "木" ? "苏木" : name[^1..], county, prefecture, "新疆维吾尔自治区"),
            DocumentDate = "2025 年 7 月",
            Lists = Enum.GetValues<DutyKind>(),
            Duties = duties,
            Warnings = [],
        };
    }

    private ParsedDuty Vary(ParsedDuty duty, int number, string county)
    {
        var name = duty.Name;
        if (_random.Next(3) == 0)
        {
            var (from, to) = Rewordings[_random.Next(Rewordings.Length)];
            var at = name.IndexOf(from, StringComparison.Ordinal);
            if (at >= 0)
            {
                name = name[..at] + to + name[(at + from.Length)..];
            }
        }

        return duty with
        {
            Number = number,
            Name = name,
            Departments = [.. duty.Departments.Select(d => InCounty(d, county))],
            Takeovers = [.. duty.Takeovers.Select(t => t with { Department = t.Department is null ? null : InCounty(t.Department, county) })],
            // The seed's wording names the seed's county; a generated township has no wording of its own.
            TakeoverText = duty.Discontinued ? duty.TakeoverText : null,
            Confidence = 1.0,
            ReviewReason = null,
            SourceLines = [],
        };
    }

    /// <summary>吉木萨尔县民政局 → 新县名民政局: the department moves to the township's own county.</summary>
    private static string InCounty(string department, string county)
    {
        var end = department.IndexOfAny(['县', '区', '市']);
        return end is > 0 and < 12 ? county + department[(end + 1)..] : department;
    }

    private string Place(int min, int max) =>
        string.Concat(Enumerable.Range(0, _random.Next(min, max + 1)).Select(_ => Syllables[_random.Next(Syllables.Length)]));

    private static List<ParsedDuty>[] Pool(IReadOnlyList<ParsedList> seeds) =>
        [.. Enum.GetValues<DutyKind>().Select(kind => seeds.SelectMany(s => s.Duties).Where(d => d.Kind == kind && d.ReviewReason is null).ToList())];
}
