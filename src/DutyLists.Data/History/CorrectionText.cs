using System.Text.RegularExpressions;
using DutyLists.Import.Model;

namespace DutyLists.Data.History;

/// <summary>Reads and writes the one-item-per-line texts of the correction form.</summary>
public static partial class CorrectionText
{
    public static string Write(IEnumerable<ResponsibilityItem> items) =>
        string.Join('\n', items.Select(i => i.Number is null ? i.Text : i.Number + i.Text));

    public static string Write(IEnumerable<Takeover> takeovers) =>
        string.Join('\n', takeovers.Select(t => t.Department is null ? t.Method : t.Department + "：" + t.Method));

    /// <summary>Items from lines; a line whose text was a heading before stays a heading.</summary>
    public static IReadOnlyList<ResponsibilityItem> ReadItems(string text, IReadOnlyList<ResponsibilityItem> before)
    {
        var headings = before.Where(i => i.IsHeading).Select(i => i.Text).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. Lines(text).Select(line =>
            {
                var match = Marker().Match(line);
                var number = match.Success ? match.Groups["marker"].Value : null;
                var body = match.Success ? line[match.Length..].Trim() : line;
                return new ResponsibilityItem(number, body, headings.Contains(body));
            }),
        ];
    }

    public static IReadOnlyList<Takeover> ReadTakeovers(string text) =>
    [
        .. Lines(text).Select(line =>
        {
            var colon = line.IndexOfAny(['：', ':']);
            return colon > 0 && colon < line.Length - 1
                ? new Takeover(line[..colon].Trim(), line[(colon + 1)..].Trim())
                : new Takeover(null, line);
        }),
    ];

    public static IReadOnlyList<string> ReadNames(string text) =>
        [.. text.Split(['\n', '、', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string[] Lines(string text) =>
        text.Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // The markers the documents use: 1. 1、 1． （1） (1) 一、 ①.
    [GeneratedRegex(@"^(?<marker>\d{1,3}[.．、]|[（(]\d{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[①-⑳])\s*")]
    private static partial Regex Marker();
}
