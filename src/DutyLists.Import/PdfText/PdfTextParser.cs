using System.Text.RegularExpressions;
using DutyLists.Import.Model;
using DutyLists.Import.Reading;

namespace DutyLists.Import.PdfText;

/// <summary>Reads duty lists exported from PDF as plain text (document 002's layout): no tabs, wrapped and shredded cells.</summary>
public sealed partial class PdfTextParser : ILayoutParser
{
    public DocumentLayout Layout => DocumentLayout.PdfText;

    /// <summary>No tab anywhere, and at least one list heading standing on its own line.</summary>
    public bool Recognises(SourceDocument document) =>
        document.Lines.All(l => !l.Contains('\t')) && document.Lines.Any(l => ListHeadings.HeadingKind(l) is not null);

    public ParsedList Parse(SourceDocument document, DocumentMetadata? metadata)
    {
        var file = document.FileName;
        for (var n = 1; n <= document.Lines.Count; n++)
        {
            // No TAB in this layout: a line is the most one cell can hold before the readers join wrapped lines.
            CellLimits.CheckLine(document, n, document.Lines[n - 1], '\t');
        }

        var lines = document.Lines.Select((raw, i) => new PdfLine(i + 1, raw)).ToList();
        var sections = ListHeadings.Locate(document.Lines, file);
        if (sections.Lists.Count == 0)
        {
            throw new DocumentRejectedException(file, 0, "找不到“基本履职事项清单”“配合履职事项清单”或“上级部门收回事项清单”的标题");
        }

        RefuseColumnLayout(document, sections);
        var warnings = new List<ImportWarning>();
        var paragraphs = Introduction.Paragraphs(lines[..sections.PreambleEnd]);
        var declared = Introduction.Figures(paragraphs);

        var categories = new KnownCategories();
        var duties = new List<ParsedDuty>();
        foreach (var range in sections.Lists.OrderBy(r => r.Kind))
        {
            var body = lines[(range.HeadingIndex + 1)..range.End];
            var read = range.Kind switch
            {
                DutyKind.Basic => BasicListReader.Read(body, categories),
                DutyKind.Reclaimed => ReclaimedListReader.Read(body, categories),
                _ => [],
            };
            categories.AddFromDocument(read.Select(d => d.Category));
            duties.AddRange(read);
        }

        if (sections.Lists.FirstOrDefault(r => r.Kind == DutyKind.Cooperative) is { } cooperative)
        {
            var body = lines[(cooperative.HeadingIndex + 1)..cooperative.End];
            var read = CooperativeListReader.Read(body, categories, file, warnings);
            duties.InsertRange(duties.Count(d => d.Kind == DutyKind.Basic), read);
        }

        warnings.AddRange(SequenceWarnings(duties, file));
        foreach (var range in sections.Lists)
        {
            var read = duties.Count(d => d.Kind == range.Kind);
            if (ListHeadings.Declared(document.Lines[range.HeadingIndex]) is { } declaredCount && declaredCount != read)
            {
                warnings.Add(new ImportWarning(file, range.HeadingIndex + 1, $"{ListVocabulary.NameOf(range.Kind)}标题声明{declaredCount}项，实有{read}项"));
            }
        }

        if (declared is not null)
        {
            warnings.AddRange(FigureCheck.Compare(declared, duties, file, figure => DeclaringLine(lines[..sections.PreambleEnd], figure)));
        }

        // The title block (a rendering of a TAB document), then the headings, then the departments' names.
        var title = TableText.TitleBlock.Read(document.Lines, document.KnownTownships);
        var heading = sections.Lists
            .Select(r => PlaceName.Split(ListHeadings.Prefix(document.Lines[r.HeadingIndex]), document.KnownTownships))
            .FirstOrDefault(p => p?.Township is not null);
        var (departmentCounty, departmentPrefecture) = TownshipLocator.FromDepartments(FigureCheck.DepartmentsOf(duties));
        var county = title.County ?? heading?.County ?? departmentCounty;
        var stated = new PlaceName(
            title.Region ?? heading?.Region,
            title.Prefecture ?? heading?.Prefecture ?? (county == departmentCounty ? departmentPrefecture : null),
            county,
            title.Township ?? TownshipLocator.TownshipFromText(paragraphs, sections.Lists.Select(r => ListHeadings.Prefix(document.Lines[r.HeadingIndex]))));
        var (township, places) = PlaceResolution.Resolve(stated, metadata, file, warnings);

        return new ParsedList
        {
            FileName = file,
            Sha256 = document.Sha256,
            Layout = DocumentLayout.PdfText,
            Township = township,
            Places = places,
            DocumentDate = title.Date ?? metadata?.Date,
            Introduction = paragraphs.Count > 0 ? string.Join("\n\n", paragraphs) : null,
            Declared = declared,
            Lists = [.. sections.Lists.Select(r => r.Kind).Order()],
            Duties = duties,
            Warnings = warnings,
        };
    }

    /// <summary>The share of a list's lines that may be laid out in columns before the text is taken for a page image.</summary>
    private const double ColumnLayoutShare = 0.1;

    /// <summary>
    /// This layout is text in reading order, one cell after another (<c>pdftotext -raw</c>). Text laid out as on
    /// the page (<c>pdftotext -layout</c>) puts the cells of a row side by side, indented and separated by runs of
    /// spaces, and interleaves wrapped cells line by line: names cannot be told apart, so it is refused rather
    /// than read wrong (docs/import-formats.md §10.6).
    /// </summary>
    private static void RefuseColumnLayout(SourceDocument document, DocumentSections sections)
    {
        var body = sections.Lists.SelectMany(r => Enumerable.Range(r.HeadingIndex + 1, r.End - r.HeadingIndex - 1))
            .Where(i => !NoiseLines.IsBlank(document.Lines[i]))
            .ToList();
        var columned = body.Where(i => ColumnGap().IsMatch(document.Lines[i])).ToList();
        if (body.Count > 0 && columned.Count > body.Count * ColumnLayoutShare)
        {
            throw new DocumentRejectedException(document.FileName, columned[0] + 1,
                $"文字按页面版式排成了多栏（{columned.Count} / {body.Count} 行有缩进或栏间空白，例如 pdftotext -layout 的输出），同一行混有不同单元格的文字，无法还原事项。{ListInvariants.Suggestion}");
        }
    }

    [GeneratedRegex(@"^ {4,}\S|\S {3,}\S")]
    private static partial Regex ColumnGap();

    /// <summary>Items of each list must be numbered 1..N; a gap means a row was lost.</summary>
    private static IEnumerable<ImportWarning> SequenceWarnings(List<ParsedDuty> duties, string file)
    {
        foreach (var list in duties.GroupBy(d => d.Kind))
        {
            var expected = 1;
            foreach (var duty in list)
            {
                if (duty.Number != expected)
                {
                    yield return new ImportWarning(file, duty.Line, $"序号不连续：应为 {expected}，读到 {duty.Number}");
                }

                expected = duty.Number + 1;
            }
        }
    }

    /// <summary>The first line of the preamble that states a figure, so that a warning can point at it.</summary>
    private static int DeclaringLine(IReadOnlyList<PdfLine> preamble, string figure) =>
        preamble.FirstOrDefault(l => l.Raw.Replace(" ", "", StringComparison.Ordinal).Contains(figure, StringComparison.Ordinal)).Number;
}
