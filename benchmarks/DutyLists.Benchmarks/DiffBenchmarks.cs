using BenchmarkDotNet.Attributes;
using DutyLists.Data.Revisions;
using DutyLists.Import;
using DutyLists.Import.Model;

namespace DutyLists.Benchmarks;

/// <summary>
/// Comparing a revision with a revised document: 002's 293 duties against a copy with a handful of edits (two
/// deletions, one insertion, two reworded names, a changed department, two swapped items), all renumbered as a
/// revised document would be. The worst case for the matcher is two unrelated lists, where every remaining pair is
/// scored: 000 (262 duties) against 002.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class DiffBenchmarks
{
    private List<DutySnapshot> _old = [];
    private List<DutySnapshot> _new = [];
    private List<DutySnapshot> _otherTownship = [];

    [GlobalSetup]
    public void Setup()
    {
        _old = Snapshots("002");
        _otherTownship = Snapshots("000");

        var revised = new List<DutySnapshot>();
        foreach (var kind in Enum.GetValues<DutyKind>())
        {
            var duties = _old.Where(d => d.Kind == kind).ToList();
            duties.RemoveAll(d => d.Number is 7 or 40);
            if (duties.Count > 12)
            {
                duties[10] = duties[10] with { Name = duties[10].Name.Insert(duties[10].Name.Length / 2, "及时") };
                (duties[3], duties[4]) = (duties[4], duties[3]);
            }

            if (kind == DutyKind.Basic)
            {
                duties.Insert(20, duties[0] with { Name = "组织开展辖区内无人机飞行安全宣传，及时劝阻和报告违规飞行行为。" });
            }

            if (kind == DutyKind.Cooperative && duties.FindIndex(d => d.Departments.Length > 0) is var i and >= 0)
            {
                duties[i] = duties[i] with { Departments = duties[i].Departments.Add("县气象局") };
            }

            revised.AddRange(duties.Select((d, n) => d with { Number = n + 1 }));
        }

        _new = revised;
    }

    [Benchmark]
    public RevisionDiff CompareRevisedList() => RevisionDiff.Compare(_old, _new);

    [Benchmark]
    public RevisionDiff CompareUnrelatedLists() => RevisionDiff.Compare(_otherTownship, _old);

    private static List<DutySnapshot> Snapshots(string document)
    {
        var path = Directory.EnumerateFiles(RepoPaths.SeedData, document + "_*.txt").Single();
        return [.. DutyListReader.CreateDefault().ReadFile(path).Duties.Select(DutySnapshot.AsWritten)];
    }
}
