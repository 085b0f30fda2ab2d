using System.Diagnostics;
using DutyLists.Corpus;
using DutyLists.Import;
using DutyLists.Import.Sheets;

// dotnet run --project tools/DutyLists.Corpus -c Release -- <output folder> [townships=1000] [seed=1]
if (args.Length is < 1 or > 3)
{
    Console.Error.WriteLine("usage: DutyLists.Corpus <output folder> [townships] [seed]");
    return 2;
}

var output = Directory.CreateDirectory(args[0]).FullName;
var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
var seed = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
var seedData = FindSeedData(AppContext.BaseDirectory) ?? FindSeedData(Directory.GetCurrentDirectory())
    ?? throw new DirectoryNotFoundException("seed-data/ not found above the tool or the current folder");

var watch = Stopwatch.StartNew();
var reader = DutyListReader.CreateDefault();
var seeds = Directory.GetFiles(seedData, "*.txt").Order(StringComparer.Ordinal).Select(f => reader.ReadFile(f)).ToList();
var duties = 0;
foreach (var township in new SyntheticCorpus(seeds, seed).Townships(count))
{
    // The duty sheet is a layout the importer reads, so the whole pipeline (detect, parse, validate, store) runs.
    using var file = File.Create(Path.Combine(output, township.FileName));
    DutySheetCsvWriter.Write(DutySheetRow.From(township), file);
    duties += township.Duties.Count;
}

Console.WriteLine($"{count} townships, {duties} duties written to {output} in {watch.Elapsed.TotalSeconds:F1} s");
return 0;

static string? FindSeedData(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "seed-data");
        if (Directory.Exists(candidate))
        {
            return candidate;
        }
    }

    return null;
}
