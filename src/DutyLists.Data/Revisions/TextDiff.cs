using System.Buffers;
using System.Text;

namespace DutyLists.Data.Revisions;

/// <summary>
/// Splits two versions of a text into equal, deleted and inserted segments: a longest common subsequence over
/// tokens (a run of Latin letters and digits, or any other single character, so Chinese is compared character by
/// character). The common head and tail are set aside first; if what is left is still too large for the table,
/// the comparison falls back to whole lines, and beyond that to one deleted and one inserted block.
/// </summary>
internal static class TextDiff
{
    /// <summary>Largest LCS table, in cells; about 1 MB.</summary>
    internal const int MaxCells = 250_000;

    public static IReadOnlyList<DiffSegment> Compare(string oldText, string newText)
    {
        if (oldText == newText)
        {
            return oldText.Length == 0 ? [] : [new DiffSegment(DiffOperation.Equal, oldText)];
        }

        var a = Tokens(oldText);
        var b = Tokens(newText);
        var ops = Diff(a, b);
        if (ops is null)
        {
            a = Lines(oldText);
            b = Lines(newText);
            ops = Diff(a, b) ?? Replaced(a, b);
        }

        return Merge(ops);
    }

    /// <summary>Token operations in order: kept, deleted from the old text, inserted from the new one; null when the table would be too large.</summary>
    private static List<(DiffOperation Op, string Token)>? Diff(List<string> a, List<string> b)
    {
        var head = 0;
        while (head < a.Count && head < b.Count && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Count - head && tail < b.Count - head && a[a.Count - 1 - tail] == b[b.Count - 1 - tail])
        {
            tail++;
        }

        var n = a.Count - head - tail;
        var m = b.Count - head - tail;
        if ((long)(n + 1) * (m + 1) > MaxCells)
        {
            return null;
        }

        var ops = new List<(DiffOperation, string)>(a.Count + b.Count);
        ops.AddRange(a.Take(head).Select(t => (DiffOperation.Equal, t)));

        // lcs[i, j] = length of the LCS of a[head+i..] and b[head+j..] within the middle, so the walk can go forwards.
        var width = m + 1;
        var cells = (n + 1) * width;
        var lcs = ArrayPool<int>.Shared.Rent(cells);
        Array.Clear(lcs, 0, cells);
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[(i * width) + j] = a[head + i] == b[head + j]
                    ? lcs[((i + 1) * width) + j + 1] + 1
                    : Math.Max(lcs[((i + 1) * width) + j], lcs[(i * width) + j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[head + x] == b[head + y])
            {
                ops.Add((DiffOperation.Equal, a[head + x++]));
                y++;
            }
            else if (y == m || (x < n && lcs[((x + 1) * width) + y] >= lcs[(x * width) + y + 1]))
            {
                ops.Add((DiffOperation.Deleted, a[head + x++]));
            }
            else
            {
                ops.Add((DiffOperation.Inserted, b[head + y++]));
            }
        }

        ArrayPool<int>.Shared.Return(lcs);
        ops.AddRange(a.Skip(a.Count - tail).Select(t => (DiffOperation.Equal, t)));
        return ops;
    }

    private static List<(DiffOperation, string)> Replaced(List<string> a, List<string> b)
    {
        var head = 0;
        while (head < a.Count && head < b.Count && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Count - head && tail < b.Count - head && a[a.Count - 1 - tail] == b[b.Count - 1 - tail])
        {
            tail++;
        }

        return
        [
            .. a.Take(head).Select(t => (DiffOperation.Equal, t)),
            .. a.Skip(head).Take(a.Count - head - tail).Select(t => (DiffOperation.Deleted, t)),
            .. b.Skip(head).Take(b.Count - head - tail).Select(t => (DiffOperation.Inserted, t)),
            .. a.Skip(a.Count - tail).Select(t => (DiffOperation.Equal, t)),
        ];
    }

    /// <summary>
    /// Joins tokens into segments, deletions before insertions within a changed stretch. A single kept character
    /// between two changes (a 的 or a 、 that happens to survive a rewording) is shown as part of the change.
    /// </summary>
    private static List<DiffSegment> Merge(List<(DiffOperation Op, string Token)> ops)
    {
        var segments = new List<DiffSegment>();
        var deleted = new StringBuilder();
        var inserted = new StringBuilder();
        var i = 0;
        while (i < ops.Count)
        {
            var start = i;
            var op = ops[i].Op;
            var text = new StringBuilder();
            while (i < ops.Count && ops[i].Op == op)
            {
                text.Append(ops[i++].Token);
            }

            if (op == DiffOperation.Deleted)
            {
                deleted.Append(text);
            }
            else if (op == DiffOperation.Inserted)
            {
                inserted.Append(text);
            }
            else if (text.Length == 1 && start > 0 && i < ops.Count && text[0] != '\n')
            {
                deleted.Append(text);
                inserted.Append(text);
            }
            else
            {
                Flush(segments, deleted, inserted);
                segments.Add(new DiffSegment(DiffOperation.Equal, text.ToString()));
            }
        }

        Flush(segments, deleted, inserted);
        return segments;
    }

    private static void Flush(List<DiffSegment> segments, StringBuilder deleted, StringBuilder inserted)
    {
        if (deleted.Length > 0)
        {
            segments.Add(new DiffSegment(DiffOperation.Deleted, deleted.ToString()));
            deleted.Clear();
        }

        if (inserted.Length > 0)
        {
            segments.Add(new DiffSegment(DiffOperation.Inserted, inserted.ToString()));
            inserted.Clear();
        }
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
                {
                    i++;
                }
            }
            else
            {
                // A surrogate pair is one character to the reader.
                i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            }

            tokens.Add(text[start..i]);
        }

        return tokens;
    }

    /// <summary>Lines with their line break kept, so that joining them gives the text back.</summary>
    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }
}
