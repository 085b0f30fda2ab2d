using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DutyLists.Import.Model;
using DutyLists.Import.Pdf;
using DutyLists.Import.PdfText;
using DutyLists.Import.Reading;
using DutyLists.Import.Sheets;
using DutyLists.Import.TableText;
using DutyLists.Import.Word;

namespace DutyLists.Import;

/// <summary>Entry point of the import pipeline: bytes of a document → <see cref="ParsedList"/>.</summary>
/// <param name="parsers">The layouts read, the first that recognises a document reads it.</param>
/// <param name="extractors">The packaged formats turned into text first.</param>
/// <param name="limits">What one document may ask of the reader; <see cref="ImportLimits.Default"/> when not given.</param>
/// <param name="knownTownships">The townships already known (from the database), read when a title runs the levels together.</param>
public sealed class DutyListReader(IEnumerable<ILayoutParser> parsers, IEnumerable<ITextExtractor>? extractors = null, ImportLimits? limits = null, Func<IReadOnlyCollection<string>>? knownTownships = null)
{
    /// <summary>The suffix of the metadata file read beside a document: <c>x.txt</c> → <c>x.txt.meta.json</c>.</summary>
    public const string MetadataSuffix = ".meta.json";

    private static readonly JsonSerializerOptions MetadataJson = new() { PropertyNameCaseInsensitive = true };

    private readonly IReadOnlyList<ILayoutParser> _parsers = [.. parsers];
    private readonly IReadOnlyList<ITextExtractor> _extractors = [.. extractors ?? []];

    public ImportLimits Limits { get; } = limits ?? ImportLimits.Default;

    /// <summary>
    /// A reader for every layout this project reads: the duty sheet (CSV, or Excel through its extractor), TAB-separated
    /// tables (text, or Word and PDF files through their extractors) and PDF text exports.
    /// </summary>
    public static DutyListReader CreateDefault(ImportLimits? limits = null, Func<IReadOnlyCollection<string>>? knownTownships = null) =>
        new([new DutySheetParser(), new TableTextParser(), new PdfTextParser()], [new DocxTextExtractor(), new XlsxTextExtractor(), new PdfExtractor()], limits, knownTownships);

    /// <summary>Reads a document from disk, with its metadata file when one lies beside it.</summary>
    public ParsedList ReadFile(string path, DocumentMetadata? metadata = null, CancellationToken ct = default)
    {
        var fileName = Path.GetFileName(path);
        metadata ??= ReadMetadataBeside(path);
        return Read(fileName, File.ReadAllBytes(path), metadata, ct);
    }

    /// <summary>
    /// Reads a document's bytes; <paramref name="fileName"/> is used only in messages. The whole read must finish
    /// within <see cref="ImportLimits.ParseTimeout"/>, or the document is refused; when <paramref name="ct"/> is
    /// cancelled it stops with <see cref="OperationCanceledException"/>.
    /// </summary>
    public ParsedList Read(string fileName, byte[] content, DocumentMetadata? metadata = null, CancellationToken ct = default)
    {
        if (content.Length == 0)
        {
            throw new DocumentRejectedException(fileName, 0, "文件为空");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(Limits.ParseTimeout);
        try
        {
            return ReadWithin(fileName, content, metadata, deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new DocumentRejectedException(fileName, 0,
                $"解析超过 {Limits.ParseTimeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} 秒的时限，已中止；文件可能过大或结构异常，{LimitMessages.Tail}");
        }
    }

    private ParsedList ReadWithin(string fileName, byte[] content, DocumentMetadata? metadata, CancellationToken ct)
    {
        var extractor = _extractors.FirstOrDefault(e => e.Recognises(content));
        var text = extractor is null ? DecodeText(fileName, content) : extractor.Extract(fileName, content, Limits, ct);
        if (text.Length > Limits.MaxTextChars)
        {
            throw new DocumentRejectedException(fileName, 0,
                $"文件的文字有 {LimitMessages.Count(text.Length)} 个字符，超过 {LimitMessages.Count(Limits.MaxTextChars)} 个字符的上限，{LimitMessages.Tail}");
        }

        ct.ThrowIfCancellationRequested();
        var document = new SourceDocument(fileName, Convert.ToHexStringLower(SHA256.HashData(content)), text, Limits, ct) { KnownTownships = knownTownships?.Invoke() ?? [] };
        if (document.Lines.Count > Limits.MaxRows)
        {
            throw new DocumentRejectedException(fileName, 0,
                $"文件有 {LimitMessages.Count(document.Lines.Count)} 行，超过 {LimitMessages.Count(Limits.MaxRows)} 行的上限，{LimitMessages.Tail}");
        }

        var parser = _parsers.FirstOrDefault(p => p.Recognises(document))
            ?? throw new DocumentRejectedException(fileName, 0, "不是履职事项清单：文件中找不到“基本履职事项清单”“配合履职事项清单”或“上级部门收回事项清单”的表格");
        // Whichever reader read it, nothing is stored unless the lists hold up as lists.
        return ListInvariants.Apply(parser.Parse(document, metadata));
    }

    /// <summary>Reads <c>&lt;path&gt;.meta.json</c> if it exists.</summary>
    public static DocumentMetadata? ReadMetadataBeside(string path)
    {
        var metaPath = path + MetadataSuffix;
        if (!File.Exists(metaPath))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<DocumentMetadata>(File.ReadAllText(metaPath), MetadataJson);
        }
        catch (JsonException e)
        {
            throw new DocumentRejectedException(Path.GetFileName(metaPath), (int)(e.LineNumber ?? 0) + 1, $"元数据文件不是有效的 JSON：{e.Message}");
        }
    }

    private static string DecodeText(string fileName, byte[] content)
    {
        if (Array.IndexOf(content, (byte)0) >= 0)
        {
            throw new DocumentRejectedException(fileName, 0, "不是文本文件（含有二进制内容）");
        }

        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new DocumentRejectedException(fileName, 0, "不是 UTF-8 编码的文本文件");
        }
    }
}
