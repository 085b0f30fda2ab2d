using DutyLists.Import.Model;
using DutyLists.Import.Reading;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Importing;

/// <summary>
/// Fills the places a document and its metadata leave out from the one township of that name already stored. Seed
/// 003 names only 卜尔汉图镇 and gets its county from the metadata file beside it; a Word or PDF revision of it
/// uploaded without that file would otherwise be refused for want of a county. Only an unambiguous match fills: with
/// no stored township of the name, or several, the list is left as it is (the preview then asks for the county).
/// </summary>
public static class StoredPlaces
{
    public static async Task<ParsedList> FillAsync(DutyListsDbContext db, ParsedList list, CancellationToken ct)
    {
        var info = list.Township;
        if (!string.IsNullOrWhiteSpace(info.County) || string.IsNullOrWhiteSpace(info.Name))
        {
            return list;
        }

        var stored = await db.Townships.AsNoTracking().Where(t => t.Name == info.Name && t.County != null)
            .OrderBy(t => t.Id).Select(t => new { t.County, t.Prefecture, t.Region }).Take(2).ToListAsync(ct);
        if (stored.Count != 1)
        {
            return list;
        }

        var township = stored[0];
        var filled = new List<string>();
        string? Fill(string part, string? own, string? known)
        {
            if (!string.IsNullOrWhiteSpace(own) || known is null)
            {
                return own;
            }

            filled.Add(part);
            return known;
        }

        var county = Fill(PlaceResolution.CountyPart, info.County, township.County);
        // A prefecture or region the document states differently from the stored township's is the document's to say.
        var prefecture = Fill(PlaceResolution.PrefecturePart, info.Prefecture, township.Prefecture);
        var region = Fill(PlaceResolution.RegionPart, info.Region, township.Region);
        var values = new Dictionary<string, string?>
        {
            [PlaceResolution.CountyPart] = county,
            [PlaceResolution.PrefecturePart] = prefecture,
            [PlaceResolution.RegionPart] = region,
        };

        // The "please supply" warnings of the parts now known no longer hold.
        var gaps = filled.Select(PlaceResolution.MissingPartMessage).ToHashSet(StringComparer.Ordinal);
        return list with
        {
            Township = info with { County = county, Prefecture = prefecture, Region = region },
            Places = [.. list.Places.Select(p => filled.Contains(p.Part) ? new PlaceValue(p.Part, values[p.Part], PlaceSource.StoredTownship) : p)],
            Warnings = [.. list.Warnings.Where(w => !(w.Line == 0 && gaps.Contains(w.Message)))],
        };
    }
}
