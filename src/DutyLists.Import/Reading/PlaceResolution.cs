using DutyLists.Import.Model;

namespace DutyLists.Import.Reading;

/// <summary>
/// Decides where the township sits from what the document states and the metadata given with it: a value the admin
/// gives on the form or the command line wins; then the document; then the metadata file. Every disagreement and
/// every gap is a warning, and the list records which value came from where.
/// </summary>
public static class PlaceResolution
{
    public const string TownshipPart = "乡镇名称";
    public const string CountyPart = "所属县（市、区）";
    public const string PrefecturePart = "所属地（州、市）";
    public const string RegionPart = "所属省（自治区）";

    /// <summary>The township and the source of each of its parts; warnings are added to <paramref name="warnings"/>.</summary>
    public static (TownshipInfo Township, IReadOnlyList<PlaceValue> Places) Resolve(
        PlaceName stated, DocumentMetadata? metadata, string file, ICollection<ImportWarning> warnings)
    {
        var layers = metadata?.Layers().ToList() ?? [];
        PlaceValue Pick(string part, string? fromDocument, Func<DocumentMetadata, string?> get)
        {
            var given = layers.Select(l => (Value: Clean(get(l)), Layer: l)).Where(x => x.Value is not null).ToList();
            var over = given.FirstOrDefault(x => x.Layer.Overrides);
            if (over.Value is not null)
            {
                var source = new PlaceValue(part, over.Value, over.Layer.Source);
                if (fromDocument is not null && fromDocument != over.Value)
                {
                    warnings.Add(new ImportWarning(file, 0, $"{source.SourceText}中的{part}“{over.Value}”与文件中的“{fromDocument}”不一致，以{source.SourceText}为准"));
                }

                return source;
            }

            var filled = given.FirstOrDefault(x => !x.Layer.Overrides);
            if (fromDocument is not null)
            {
                if (filled.Value is not null && filled.Value != fromDocument)
                {
                    warnings.Add(new ImportWarning(file, 0, $"元数据中的{part}“{filled.Value}”与文件中的“{fromDocument}”不一致，以文件为准"));
                }

                return new PlaceValue(part, fromDocument, PlaceSource.Document);
            }

            if (filled.Value is not null)
            {
                return new PlaceValue(part, filled.Value, filled.Layer.Source);
            }

            warnings.Add(new ImportWarning(file, 0, MissingPartMessage(part)));
            return new PlaceValue(part, null, null);
        }

        var township = Pick(TownshipPart, Clean(stated.Township), m => m.Township);
        var county = Pick(CountyPart, Clean(stated.County), m => m.County);
        var prefecture = Pick(PrefecturePart, Clean(stated.Prefecture), m => m.Prefecture);
        var region = Pick(RegionPart, Clean(stated.Region), m => m.Region);
        var name = township.Value ?? "";
        return (new TownshipInfo(name, Level(name), county.Value, prefecture.Value, region.Value), [township, county, prefecture, region]);
    }

    /// <summary>The warning for a part that neither the document nor its metadata gives.</summary>
    public static string MissingPartMessage(string part) => $"文件中没有写明{part}，元数据中也没有提供，请补充";

    /// <summary>乡, 镇, 苏木 or 街道, from the name's ending.</summary>
    public static string? Level(string? township) =>
        township is null ? null : Levels.FirstOrDefault(level => township.EndsWith(level, StringComparison.Ordinal));

    private static readonly string[] Levels = ["街道", "苏木", "镇", "乡"];

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
