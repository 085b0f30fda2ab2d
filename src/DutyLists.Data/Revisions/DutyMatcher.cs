using DutyLists.Data.Search;
using DutyLists.Import.Model;

namespace DutyLists.Data.Revisions;

/// <summary>
/// Pairs the duties of one list in an old and a new revision (see docs/decisions/0006-revision-diff.md):
/// identical content first (same number, then nearest number), then the most similar remaining pairs, best first,
/// as long as they are similar enough. What stays unpaired was removed or added.
/// </summary>
internal sealed class DutyMatcher
{
    /// <summary>Least similarity for two different texts to count as the same duty reworded.</summary>
    internal const double Threshold = 0.6;

    /// <summary>Weight of the name in the similarity of duties that have more than a name.</summary>
    private const double NameWeight = 0.7;

    private readonly IReadOnlyList<DutySnapshot> _old;
    private readonly IReadOnlyList<DutySnapshot> _new;
    private readonly int[] _oldPartner;
    private readonly int[] _newPartner;
    private readonly double[] _newSimilarity;

    private DutyMatcher(IReadOnlyList<DutySnapshot> old, IReadOnlyList<DutySnapshot> @new)
    {
        _old = old;
        _new = @new;
        _oldPartner = Enumerable.Repeat(-1, old.Count).ToArray();
        _newPartner = Enumerable.Repeat(-1, @new.Count).ToArray();
        _newSimilarity = new double[@new.Count];
    }

    public static ListDiff Compare(DutyKind kind, IReadOnlyList<DutySnapshot> old, IReadOnlyList<DutySnapshot> @new)
    {
        var matcher = new DutyMatcher(old, @new);
        matcher.PairIdentical();
        matcher.PairSimilar();
        return matcher.Result(kind);
    }

    private void Pair(int o, int n, double similarity)
    {
        _oldPartner[o] = n;
        _newPartner[n] = o;
        _newSimilarity[n] = similarity;
    }

    private void PairIdentical()
    {
        var byContent = new Dictionary<DutySnapshot, List<int>>();
        for (var o = 0; o < _old.Count; o++)
        {
            (byContent.TryGetValue(_old[o], out var list) ? list : byContent[_old[o]] = []).Add(o);
        }

        // Same number first, so that a repeated text (two identical entries) keeps its own partner.
        for (var n = 0; n < _new.Count; n++)
        {
            if (byContent.TryGetValue(_new[n], out var candidates)
                && candidates.FirstOrDefault(o => _oldPartner[o] < 0 && _old[o].Number == _new[n].Number, -1) is var o and >= 0)
            {
                Pair(o, n, 1);
            }
        }

        for (var n = 0; n < _new.Count; n++)
        {
            if (_newPartner[n] < 0 && byContent.TryGetValue(_new[n], out var candidates))
            {
                var free = candidates.Where(o => _oldPartner[o] < 0).ToList();
                if (free.Count > 0)
                {
                    Pair(free.MinBy(o => Math.Abs(_old[o].Number - _new[n].Number)), n, 1);
                }
            }
        }
    }

    private void PairSimilar()
    {
        var olds = Enumerable.Range(0, _old.Count).Where(o => _oldPartner[o] < 0).ToList();
        var news = Enumerable.Range(0, _new.Count).Where(n => _newPartner[n] < 0).ToList();
        if (olds.Count == 0 || news.Count == 0)
        {
            return;
        }

        var oldTexts = olds.ToDictionary(o => o, o => MatchTexts.Of(_old[o]));
        var newTexts = news.ToDictionary(n => n, n => MatchTexts.Of(_new[n]));
        var candidates = new List<(int Old, int New, double Similarity, bool SameCategory, int Distance)>();
        foreach (var o in olds)
        {
            foreach (var n in news)
            {
                var similarity = oldTexts[o].Similarity(newTexts[n]);
                if (similarity >= Threshold)
                {
                    candidates.Add((o, n, similarity, _old[o].Category == _new[n].Category, Math.Abs(_old[o].Number - _new[n].Number)));
                }
            }
        }

        // Best first; equal similarity goes to the pair in the same category, then to the nearer numbers.
        candidates.Sort((x, y) =>
            y.Similarity.CompareTo(x.Similarity) is var bySimilarity and not 0 ? bySimilarity
            : y.SameCategory.CompareTo(x.SameCategory) is var byCategory and not 0 ? byCategory
            : x.Distance.CompareTo(y.Distance) is var byDistance and not 0 ? byDistance
            : _new[x.New].Number.CompareTo(_new[y.New].Number) is var byNew and not 0 ? byNew
            : _old[x.Old].Number.CompareTo(_old[y.Old].Number));
        foreach (var (o, n, similarity, _, _) in candidates)
        {
            if (_oldPartner[o] < 0 && _newPartner[n] < 0)
            {
                Pair(o, n, similarity);
            }
        }
    }

    private ListDiff Result(DutyKind kind)
    {
        var changed = new List<DutyChange>();
        int unchanged = 0, renumbered = 0;
        var pairs = new List<(int OldNumber, int NewNumber)>();
        foreach (var n in Enumerable.Range(0, _new.Count).Where(n => _newPartner[n] >= 0).OrderBy(n => _new[n].Number))
        {
            var old = _old[_newPartner[n]];
            var @new = _new[n];
            pairs.Add((old.Number, @new.Number));
            if (old.Equals(@new))
            {
                unchanged++;
                renumbered += old.Number != @new.Number ? 1 : 0;
            }
            else
            {
                changed.Add(new DutyChange(old, @new, Math.Round(_newSimilarity[n], 3), FieldComparison.Compare(old, @new)));
            }
        }

        return new ListDiff
        {
            Kind = kind,
            Added = [.. Enumerable.Range(0, _new.Count).Where(n => _newPartner[n] < 0).Select(n => _new[n]).OrderBy(d => d.Number)],
            Removed = [.. Enumerable.Range(0, _old.Count).Where(o => _oldPartner[o] < 0).Select(o => _old[o]).OrderBy(d => d.Number)],
            Changed = changed,
            Unchanged = unchanged,
            Renumbered = renumbered,
            Moved = pairs.Count - LongestIncreasingRun(pairs.Select(p => p.OldNumber).ToList()),
        };
    }

    /// <summary>Length of the longest strictly increasing subsequence (patience sorting).</summary>
    private static int LongestIncreasingRun(List<int> values)
    {
        var tails = new List<int>();
        foreach (var value in values)
        {
            var index = tails.BinarySearch(value);
            if (index < 0)
            {
                index = ~index;
            }

            if (index == tails.Count)
            {
                tails.Add(value);
            }
            else
            {
                tails[index] = value;
            }
        }

        return tails.Count;
    }

    /// <summary>A duty's texts folded for matching: its name, and everything else it says.</summary>
    private sealed class MatchTexts(string name, string body)
    {
        private readonly BigramProfile _name = new(name);
        private readonly BigramProfile _body = new(body);
        private readonly bool _hasBody = body.Length > 0;

        public static MatchTexts Of(DutySnapshot duty) => new(
            TextNormalization.ForMatching(duty.Name),
            TextNormalization.ForMatching(string.Concat(
                duty.Departments
                    .Append(duty.OtherDepartments ?? "")
                    .Concat(duty.DepartmentResponsibilities)
                    .Concat(duty.TownshipResponsibilities)
                    .Concat(duty.Support)
                    .Concat(duty.Takeovers.Select(t => t.ToString()))
                    .Append(duty.TakeoverText ?? ""))));

        /// <summary>
        /// The name's similarity; for duties that have more than a name (cooperative and reclaimed), blended with
        /// that of the rest, so a renamed duty with the same responsibilities still pairs and a reused name with
        /// wholly new content pairs less readily. Returns 0 as soon as the threshold is out of reach.
        /// </summary>
        public double Similarity(MatchTexts other)
        {
            var bodyless = !_hasBody && !other._hasBody;
            if (Blend(_name.UpperBound(other._name), 1, bodyless) < Threshold)
            {
                return 0;
            }

            var name = _name.Similarity(other._name);
            return Blend(name, 1, bodyless) < Threshold ? 0 : Blend(name, _body.Similarity(other._body), bodyless);
        }

        private static double Blend(double name, double body, bool bodyless) =>
            bodyless ? name : (NameWeight * name) + ((1 - NameWeight) * body);
    }
}
