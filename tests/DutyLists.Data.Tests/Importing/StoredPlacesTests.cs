using DutyLists.Data.Model;
using DutyLists.Data.Tests.Infrastructure;
using DutyLists.Import;
using DutyLists.Import.Model;
using DutyLists.Import.Reading;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Tests.Importing;

/// <summary>
/// Seed 003 names only its township; its county comes from the metadata file beside it. Its Word rendering, uploaded
/// with nothing on the form, is a revision of the stored 卜尔汉图镇, and the preview says where the county came from.
/// </summary>
public sealed class StoredPlacesTests
{
    private const string Rendering = "003-libreoffice-a4-portrait-12pt.docx";

    private static byte[] Docx() => File.ReadAllBytes(Path.GetFullPath(Path.Combine(SeedDocuments.Folder, "..", "tests", "DutyLists.Import.Tests", "Pdf", "Fixtures", "Renderings", Rendering)));

    [Fact]
    public async Task ARevisionThatNamesNoCountyIsTheStoredTownshipsAndSaysWhereTheCountyCameFrom()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var importer = database.Importer();
        var first = await importer.ImportAsync(SeedDocuments.Read("003"), importedBy: null);

        var read = DutyListReader.CreateDefault().Read(Rendering, Docx());
        Assert.Null(read.Township.County);
        Assert.Contains(read.Warnings, w => w.Message == PlaceResolution.MissingPartMessage(PlaceResolution.CountyPart));

        var preview = await database.Previewer().PreviewAsync(read, newTownshipConfirmed: false);

        Assert.Equal(first.TownshipId, preview.Base.TownshipId);
        Assert.Equal(("卜尔汉图镇", "昆都仑区", "包头市", "内蒙古自治区"), (preview.List.Township.Name, preview.List.Township.County, preview.List.Township.Prefecture, preview.List.Township.Region));
        Assert.Equal(
            [(PlaceResolution.TownshipPart, "卜尔汉图镇", PlaceSource.Document), (PlaceResolution.CountyPart, "昆都仑区", PlaceSource.StoredTownship),
             (PlaceResolution.PrefecturePart, "包头市", PlaceSource.StoredTownship), (PlaceResolution.RegionPart, "内蒙古自治区", PlaceSource.StoredTownship)],
            preview.List.Places.Select(p => (p.Part, p.Value, p.Source)));
        Assert.Equal("所属县（市、区）：昆都仑区（来自已有的同名乡镇）", preview.List.Places[1].ToString());
        Assert.DoesNotContain(preview.List.Warnings, w => w.Message.Contains("没有写明", StringComparison.Ordinal));
        Assert.False(preview.Diff.HasChanges);

        // Confirmed from a list read again (as after the parsed preview was evicted): the same township's revision 2.
        var second = await importer.ImportAsync(DutyListReader.CreateDefault().Read(Rendering, Docx()), "admin", preview.Base);
        Assert.Equal((first.TownshipId, 2), (second.TownshipId, second.RevisionNumber));
        await using var db = await database.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.Townships.CountAsync());
        Assert.DoesNotContain(await db.RevisionWarnings.Where(w => w.RevisionId == second.RevisionId).Select(w => w.Message).ToListAsync(),
            m => m.Contains("没有写明", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ANewTownshipOfTheSameNameOrAnAmbiguousNameStillNeedsItsCounty()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        await database.Importer().ImportAsync(SeedDocuments.Read("003"), importedBy: null);
        var read = DutyListReader.CreateDefault().Read(Rendering, Docx());
        var expected = "文件没有写明卜尔汉图镇所属的县（市、区）：请在上传表单中填写，或在文件旁放置元数据文件。";

        var asNew = await Assert.ThrowsAsync<DocumentRejectedException>(() => database.Previewer().PreviewAsync(read, newTownshipConfirmed: true));
        Assert.Equal((Rendering, 0, expected), (asNew.File, asNew.Line, asNew.Reason));

        // A second 卜尔汉图镇 in another county: the name alone no longer says which.
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            db.Townships.Add(new Township { Name = "卜尔汉图镇", County = "东河区", Prefecture = "包头市" });
            await db.SaveChangesAsync();
        }

        var ambiguous = await Assert.ThrowsAsync<DocumentRejectedException>(() => database.Previewer().PreviewAsync(read, newTownshipConfirmed: false));
        Assert.Equal(expected, ambiguous.Reason);
    }
}
