using System.Globalization;
using DutyLists.Import.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DutyLists.Data.Queries;

/// <summary>
/// Every township's current duties reduced to what a filter, a facet and the order of a cross-township list need
/// (township, list, category, number, departments), held in memory, so that counting and faceting a search across
/// a thousand townships is one pass over a few arrays instead of a dozen queries over every stored duty. The texts
/// stay in the database; a page loads only the fifty duties it shows.
/// <para>
/// Every change to the lists (import, correction, rollback, department alias or merge) advances the version of the
/// lists in its own transaction (<see cref="ListsVersions"/>), and nothing else does: each use compares it, one
/// primary-key look-up, and the first use after a change, made by whichever instance or command, reloads.
/// </para>
/// </summary>
public sealed class CurrentDuties(IDbContextFactory<DutyListsDbContext> contextFactory, ILogger<CurrentDuties>? logger = null) : IDisposable
{
    /// <summary>Marks the first query of a load in the SQL it sends, for a database's own logs.</summary>
    internal const string LoadTag = "DutyLists: loading the current duties";

    private readonly SemaphoreSlim _loading = new(1, 1);
    private Snapshot? _snapshot;

    /// <summary>The current duties as of now, reloaded if the lists changed since the last load.</summary>
    internal async Task<Snapshot> GetAsync(DutyListsDbContext db, CancellationToken ct)
    {
        var version = await VersionAsync(db, ct);
        if (LoadedAt(version) is { } loaded)
        {
            return loaded;
        }

        await _loading.WaitAsync(ct);
        try
        {
            if (LoadedAt(version) is { } other)
            {
                return other;
            }

            await using var own = await contextFactory.CreateDbContextAsync(ct);
            using var reload = DutyListsTelemetry.StartReload(version);
            var snapshot = await Snapshot.LoadAsync(own, version, ct);
            reload.Succeeded();
            reload.Activity?.SetTag("dutylists.duties", snapshot.Rows.Length);
            Volatile.Write(ref _snapshot, snapshot);
            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>
    /// The current duties if they are loaded as of now; otherwise null at once, with a load started in the background.
    /// For a caller that SQL can answer as well, a township's own page: at ten thousand townships a load takes seconds,
    /// which every page would otherwise wait for after each start, import or correction.
    /// </summary>
    internal async Task<Snapshot?> GetIfLoadedAsync(DutyListsDbContext db, CancellationToken ct)
    {
        if (LoadedAt(await VersionAsync(db, ct)) is { } loaded)
        {
            return loaded;
        }

        if (_loading.CurrentCount > 0)
        {
            _ = Task.Run(() => TryLoadAsync(CancellationToken.None), CancellationToken.None);
        }

        return null;
    }

    /// <summary>Loads the current duties, unless they are loaded as of now.</summary>
    private async Task LoadAsync(CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await GetAsync(db, ct);
    }

    /// <summary>
    /// Loads the current duties ahead of need, at start or in the background, so that no request waits for the load:
    /// seconds at ten thousand townships. A failure is logged, not thrown, since the next search across townships loads
    /// them itself and reports the error if it persists. False when they were not loaded.
    /// </summary>
    public async Task<bool> TryLoadAsync(CancellationToken ct)
    {
        try
        {
            await LoadAsync(ct);
            return true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            logger?.LogWarning(e, "Loading the current duties ahead of the first search failed.");
            return false;
        }
    }

    /// <summary>The version of the lists, as stored with the last change to them.</summary>
    private static Task<long> VersionAsync(DutyListsDbContext db, CancellationToken ct) => ListsVersions.ReadAsync(db, ct);

    /// <summary>The snapshot held, if it is of <paramref name="version"/>.</summary>
    private Snapshot? LoadedAt(long version) => Volatile.Read(ref _snapshot) is { } loaded && loaded.Version == version ? loaded : null;

    public void Dispose() => _loading.Dispose();

    /// <summary>One load of the current duties, in the order the lists show them: township name, list, number.</summary>
    internal sealed class Snapshot
    {
        private Snapshot(long version, Row[] rows, int[] departmentStarts, int[] departments, Dictionary<int, int> positions,
            Dictionary<int, string> categories, Dictionary<int, (string Name, string County)> departmentNames, Dictionary<int, string> townships,
            Dictionary<int, int> currentRevisions)
        {
            Version = version;
            Rows = rows;
            _departmentStarts = departmentStarts;
            _departments = departments;
            _positions = positions;
            Categories = categories;
            DepartmentNames = departmentNames;
            Townships = townships;
            _currentRevisions = currentRevisions;

            // Rows are in township order, so each township's current list is one run of positions.
            for (var start = 0; start < rows.Length;)
            {
                var end = start;
                while (end < rows.Length && rows[end].TownshipId == rows[start].TownshipId)
                {
                    end++;
                }

                _townshipRuns[rows[start].TownshipId] = (start, end - start);
                start = end;
            }
        }

        /// <summary>The ids a search's words matched, by the words: enough for a few dozen searches' paging and facet clicks.</summary>
        private const int CachedIdsLimit = 1_000_000;

        private readonly int[] _departmentStarts;
        private readonly int[] _departments;
        private readonly Dictionary<int, int> _positions;
        private readonly Dictionary<int, int> _currentRevisions;
        private readonly Dictionary<int, (int Start, int Count)> _townshipRuns = [];
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<int>> _textMatches = new(StringComparer.Ordinal);
        private int _cachedIds;

        public long Version { get; }

        public Row[] Rows { get; }

        public Dictionary<int, string> Categories { get; }

        public Dictionary<int, (string Name, string County)> DepartmentNames { get; }

        public Dictionary<int, string> Townships { get; }

        /// <summary>The departments a duty names, leading or taking over, each once.</summary>
        public ReadOnlySpan<int> DepartmentsOf(int position) =>
            _departments.AsSpan(_departmentStarts[position], _departmentStarts[position + 1] - _departmentStarts[position]);

        /// <summary>
        /// The ids of the duties whose text holds every word, as <paramref name="find"/> reads them, kept with this
        /// snapshot: the next page of a search, or a facet clicked beside it, asks for the same words, and the text test is
        /// the costly part (a word as common as 水利局 is confirmed in 14,000 duties' texts at 1,000 townships). A change to
        /// the lists makes a new snapshot, so the kept matches go with the old one. Ids of duties stored after this
        /// snapshot are not current in it and are ignored as any other's.
        /// </summary>
        public async Task<IReadOnlyList<int>> TextMatchesAsync(IReadOnlyList<string> words, Func<Task<List<int>>> find)
        {
            var key = string.Join(' ', words.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            if (_textMatches.TryGetValue(key, out var kept))
            {
                return kept;
            }

            var ids = await find();
            if (ids.Count > CachedIdsLimit)
            {
                return ids; // A word in nearly every duty of a very large corpus: kept, it would be over the bound alone.
            }

            if (Interlocked.Add(ref _cachedIds, ids.Count) > CachedIdsLimit)
            {
                // Full: start again rather than track which words were used last; a cleared entry costs one text test.
                _textMatches.Clear();
                Volatile.Write(ref _cachedIds, ids.Count);
            }

            _textMatches[key] = ids;
            return ids;
        }

        /// <summary>The township whose current revision this is, or null when the revision is an older one.</summary>
        public int? TownshipOfCurrent(int revisionId) => _currentRevisions.TryGetValue(revisionId, out var township) ? township : null;

        /// <summary>Where a duty stands in <see cref="Rows"/>, or -1 when it is not current.</summary>
        public int PositionOf(int dutyId) => _positions.TryGetValue(dutyId, out var position) ? position : -1;

        public static async Task<Snapshot> LoadAsync(DutyListsDbContext db, long version, CancellationToken ct)
        {
            // One read transaction, so that the duties and their departments are of the same lists even when an import
            // commits during the seconds a large load takes. On SQLite it is deferred: a plain BEGIN takes no write lock
            // (Microsoft.Data.Sqlite's default is BEGIN IMMEDIATE), so imports go on meanwhile.
            await db.Database.OpenConnectionAsync(ct);
            var connection = db.Database.GetDbConnection();
            await using var read = connection is SqliteConnection sqlite
                ? sqlite.BeginTransaction(deferred: true)
                : await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
            await db.Database.UseTransactionAsync(read, ct);
            var townshipRows = await db.Townships.AsNoTracking().TagWith(LoadTag).Select(t => new { t.Id, t.Name, t.CurrentRevisionId }).ToListAsync(ct);
            var townships = townshipRows.ToDictionary(t => t.Id, t => t.Name);
            var currentRevisions = townshipRows.Where(t => t.CurrentRevisionId is not null).ToDictionary(t => t.CurrentRevisionId!.Value, t => t.Id);
            var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
            var departmentNames = await db.Departments.AsNoTracking().Select(d => new { d.Id, d.Name, d.County })
                .ToDictionaryAsync(d => d.Id, d => (d.Name, d.County), ct);

            var current = db.Duties.Join(db.Townships, d => d.RevisionId, t => t.CurrentRevisionId, (d, t) => new { Duty = d, TownshipId = t.Id });
            var rows = await current.Select(x => new Row(x.Duty.Id, x.TownshipId, x.Duty.Kind, x.Duty.CategoryId, x.Duty.Number)).ToListAsync(ct);
            // Townships ranked by name once: millions of comparisons then compare two integers, not two looked-up names.
            var rank = townships.OrderBy(t => t.Value, StringComparer.Ordinal).ThenBy(t => t.Key)
                .Select((t, i) => (t.Key, i)).ToDictionary(t => t.Key, t => t.i);
            var ranks = rows.Select(r => rank[r.TownshipId]).ToArray();
            var order = Enumerable.Range(0, rows.Count).ToArray();
            Array.Sort(order, (a, b) =>
            {
                var (x, y) = (rows[a], rows[b]);
                return ranks[a] != ranks[b] ? ranks[a].CompareTo(ranks[b])
                    : x.Kind != y.Kind ? x.Kind.CompareTo(y.Kind)
                    : x.Number.CompareTo(y.Number);
            });
            rows = [.. order.Select(i => rows[i])];

            var positions = new Dictionary<int, int>(rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                positions[rows[i].Id] = i;
            }

            var leading = await current.Join(db.DutyDepartments, x => x.Duty.Id, dd => dd.DutyId, (x, dd) => new { dd.DutyId, dd.DepartmentId })
                .ToListAsync(ct);
            var takingOver = await current.Join(db.Takeovers, x => x.Duty.Id, t => t.DutyId, (x, t) => new { t.DutyId, t.DepartmentId })
                .Where(t => t.DepartmentId != null).ToListAsync(ct);
            var pairs = leading.Select(x => (Position: positions[x.DutyId], x.DepartmentId))
                .Concat(takingOver.Select(x => (Position: positions[x.DutyId], DepartmentId: x.DepartmentId!.Value)));
            var (starts, departments) = DepartmentsByPosition(rows.Count, pairs, leading.Count + takingOver.Count);
            return new Snapshot(version, [.. rows], starts, departments, positions, categories, departmentNames, townships, currentRevisions);
        }

        /// <summary>
        /// Each position's departments, each once, in the order given, as one array and where each position's part
        /// starts: a counting sort, where a lookup would make an object per duty (hundreds of megabytes at ten thousand
        /// townships).
        /// </summary>
        private static (int[] Starts, int[] Departments) DepartmentsByPosition(int count, IEnumerable<(int Position, int DepartmentId)> pairs, int capacity)
        {
            var list = new List<(int Position, int DepartmentId)>(capacity);
            list.AddRange(pairs);
            var starts = new int[count + 1];
            foreach (var (position, _) in list)
            {
                starts[position + 1]++;
            }

            for (var i = 0; i < count; i++)
            {
                starts[i + 1] += starts[i];
            }

            var departments = new int[list.Count];
            var next = starts[..count];
            foreach (var (position, departmentId) in list)
            {
                departments[next[position]++] = departmentId;
            }

            // A department that both leads a duty and takes it over is named once: each part is compacted in place.
            var written = 0;
            for (var i = 0; i < count; i++)
            {
                var (from, to) = (starts[i], starts[i + 1]);
                starts[i] = written;
                for (var j = from; j < to; j++)
                {
                    if (!departments.AsSpan(starts[i], written - starts[i]).Contains(departments[j]))
                    {
                        departments[written++] = departments[j];
                    }
                }
            }

            starts[count] = written;
            return (starts, departments[..written]);
        }

        /// <summary>
        /// Applies <paramref name="filter"/> (its text already resolved to <paramref name="textMatches"/>, ids of any
        /// revision) and counts every facet with the other filters applied, in one pass. With
        /// <paramref name="withinTownships"/> only the filter's townships are looked at, as a township's own page counts
        /// its facets over its own list; otherwise the township facet counts every township.
        /// </summary>
        public Matches Match(DutyFilter filter, IReadOnlyCollection<int>? textMatches, bool withinTownships = false)
        {
            var categoryIds = filter.Categories.Count == 0 ? null
                : Categories.Where(c => filter.Categories.Contains(c.Value)).Select(c => c.Key).ToHashSet();
            var departmentIds = filter.DepartmentIds.Count == 0 ? null : filter.DepartmentIds.ToHashSet();
            var townshipIds = filter.TownshipIds.Count == 0 ? null : filter.TownshipIds.ToHashSet();
            var candidates = withinTownships && filter.DutyIds is null && textMatches is null
                ? RunsOf(filter.TownshipIds)
                : Candidates(filter.DutyIds, textMatches);

            var matching = new List<int>();
            var kinds = new int[Enum.GetValues<DutyKind>().Length];
            var categories = new Dictionary<int, int>();
            var departments = new Dictionary<int, int>();
            var townships = new Dictionary<int, int>();
            foreach (var i in candidates)
            {
                var row = Rows[i];
                var kindOk = filter.Kind is not DutyKind kind || row.Kind == kind;
                var categoryOk = categoryIds is null || categoryIds.Contains(row.CategoryId);
                var townshipOk = townshipIds is null || townshipIds.Contains(row.TownshipId);
                var departmentOk = departmentIds is null || Any(DepartmentsOf(i), departmentIds);
                if (categoryOk && departmentOk && townshipOk)
                {
                    kinds[(int)row.Kind]++;
                }

                if (kindOk && departmentOk && townshipOk)
                {
                    categories[row.CategoryId] = categories.GetValueOrDefault(row.CategoryId) + 1;
                }

                if (kindOk && categoryOk && townshipOk)
                {
                    foreach (var department in DepartmentsOf(i))
                    {
                        departments[department] = departments.GetValueOrDefault(department) + 1;
                    }
                }

                if (kindOk && categoryOk && departmentOk)
                {
                    townships[row.TownshipId] = townships.GetValueOrDefault(row.TownshipId) + 1;
                    if (townshipOk)
                    {
                        matching.Add(i);
                    }
                }
            }

            return new Matches(matching, Facets(kinds, categories, departments, townships));
        }

        /// <summary>The positions to look at, in list order: all of them, or those of the given duties that are current.</summary>
        private IEnumerable<int> Candidates(IReadOnlyList<int>? dutyIds, IReadOnlyCollection<int>? textMatches)
        {
            if (dutyIds is null && textMatches is null)
            {
                return Enumerable.Range(0, Rows.Length);
            }

            IEnumerable<int> ids = textMatches ?? (IEnumerable<int>)dutyIds!;
            if (dutyIds is not null && textMatches is not null)
            {
                var allowed = dutyIds.ToHashSet();
                ids = ids.Where(allowed.Contains);
            }

            var positions = ids.Select(PositionOf).Where(p => p >= 0).Distinct().ToList();
            positions.Sort();
            return positions;
        }

        /// <summary>The positions of the given townships' current duties, in list order.</summary>
        private List<int> RunsOf(IReadOnlyList<int> townshipIds)
        {
            var positions = new List<int>();
            foreach (var (start, count) in townshipIds.Distinct().Select(t => _townshipRuns.GetValueOrDefault(t)).OrderBy(r => r.Start))
            {
                positions.AddRange(Enumerable.Range(start, count));
            }

            return positions;
        }

        private static bool Any(ReadOnlySpan<int> values, HashSet<int> wanted)
        {
            foreach (var value in values)
            {
                if (wanted.Contains(value))
                {
                    return true;
                }
            }

            return false;
        }

        private Facets Facets(int[] kinds, Dictionary<int, int> categories, Dictionary<int, int> departments, Dictionary<int, int> townships)
        {
            // Across counties, 县水利局 alone does not say whose: a name with a bare 县/区/市 prefix gets its county.
            var severalCounties = departments.Keys.Select(d => DepartmentNames[d].County).Distinct().Skip(1).Any();
            return new Facets(
                [.. Enum.GetValues<DutyKind>().Select(k => new FacetValue(k.ToString(), k.ToString(), kinds[(int)k]))],
                [.. categories.Select(c => (Name: Categories[c.Key], Count: c.Value))
                    .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)
                    .Select(c => new FacetValue(c.Name, c.Name, c.Count))],
                [.. departments.Select(d => new FacetValue(
                        d.Key.ToString(CultureInfo.InvariantCulture),
                        DepartmentLabel(DepartmentNames[d.Key], severalCounties),
                        d.Value))
                    .OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal)],
                [.. townships.Select(t => (t.Key, Name: Townships[t.Key], Count: t.Value))
                    .OrderBy(t => t.Name, StringComparer.Ordinal).ThenBy(t => t.Key)
                    .Select(t => new FacetValue(t.Key.ToString(CultureInfo.InvariantCulture), t.Name, t.Count))]);
        }
    }

    /// <summary>A department's name as a facet shows it, with its county when the facet spans several.</summary>
    internal static string DepartmentLabel((string Name, string County) department, bool severalCounties) =>
        severalCounties && department.Name.Length > 0 && department.Name[0] is '县' or '区' or '市'
            ? $"{department.Name}（{department.County}）"
            : department.Name;

    /// <summary>A current duty as filters and facets see it.</summary>
    internal readonly record struct Row(int Id, int TownshipId, DutyKind Kind, int CategoryId, int Number);

    /// <summary>The positions of the matching duties in list order, and the facet counts.</summary>
    internal sealed record Matches(List<int> Positions, Facets Facets);
}
